import { describe, expect, it } from 'vitest';
import { utcDateToDay } from '../../../src/core/days.ts';
import { formatAmount, remainingCell, statusText } from '../../../src/core/ledger/messages.ts';
import { evaluateLog } from '../../../src/core/ledger/quota.ts';
import { buildTierTimeline } from '../../../src/core/ledger/timeline.ts';
import { SETTINGS } from './fixtures.ts';

const rows = [
  ['2026-02-01', 'Bolt', 'samples', 1200],
  ['2026-02-01', 'Bolt', 'training', 1],
  ['2026-02-01', 'Bolt', 'mould', 1],
  ['2026-02-01', 'Nobody', 'samples', 1],
  ['', '', '', ''],
];
const evaluation = evaluateLog({
  settings: SETTINGS,
  timeline: buildTierTimeline({
    tiers: SETTINGS.tiers,
    history: [],
    current: [['Bolt', 'B']],
    today: '2026-06-01',
    toDay: utcDateToDay,
  }),
  rows,
  customers: ['Bolt'],
  today: '2026-06-01',
  toDay: utcDateToDay,
});
const texts = (lang: 'zh' | 'en') => evaluation.rows.map(r => statusText(r, '¥', lang));

describe('ledger/messages', () => {
  describe('statusText', () => {
    it('says OK, Over quota by how much, and why a row was not counted, in English', () =>
      expect(texts('en')).toEqual([
        'Over quota by ¥200',
        'OK',
        'Over quota: not included in this tier',
        'Unknown customer "Nobody" (not in the customer table)',
        '',
      ]));
    it('says the same in Chinese', () =>
      expect(texts('zh')).toEqual([
        '超出额度 ¥200',
        '正常',
        '超出额度：当前等级不含此权益',
        '未知客户“Nobody”（不在客户表中）',
        '',
      ]));
  });

  describe('remainingCell', () => {
    it('writes numbers for counted benefits, words for perks and nothing for bad rows', () =>
      expect(evaluation.rows.map(r => remainingCell(r, 'en'))).toEqual([-200, 1, 'Not included', '', '']));
    it('writes Included for a perk the tier includes, and OK as its status', () => {
      const a = evaluateLog({
        settings: SETTINGS,
        timeline: buildTierTimeline({
          tiers: SETTINGS.tiers,
          history: [],
          current: [['Acme', 'A']],
          today: '2026-06-01',
          toDay: utcDateToDay,
        }),
        rows: [['2026-02-01', 'Acme', 'mould', 1]],
        customers: ['Acme'],
        today: '2026-06-01',
        toDay: utcDateToDay,
      }).rows;
      expect(a.map(r => remainingCell(r, 'zh'))).toEqual(['已包含']);
      expect(a.map(r => statusText(r, '¥', 'en'))).toEqual(['Included']);
    });
  });

  describe('formatAmount', () => {
    it('formats money with separators and cents only when there are cents', () => {
      expect(formatAmount('money', 1234567.5, '¥', 'en')).toBe('¥1,234,567.50');
      expect(formatAmount('money', -3000, '$', 'en')).toBe('−$3,000');
    });
    it('writes cents when there are any, and groups thousands only from four digits', () => {
      expect(formatAmount('money', 0.05, '¥', 'en')).toBe('¥0.05');
      expect(formatAmount('money', 999, '¥', 'zh')).toBe('¥999');
      expect(formatAmount('money', 1000, '¥', 'zh')).toBe('¥1,000');
      expect(formatAmount('money', 123456, '', 'en')).toBe('123,456');
      expect(formatAmount('money', -0.5, '¥', 'en')).toBe('−¥0.50');
    });
    it('rounds times to whole numbers and counts the unit from the absolute value', () => {
      expect(formatAmount('times', 2.6, '¥', 'en')).toBe('3 times');
      expect(formatAmount('times', -1, '¥', 'en')).toBe('−1 time');
      expect(formatAmount('times', 1234, '¥', 'en')).toBe('1,234 times');
    });
    it('formats times with a unit', () => {
      expect(formatAmount('times', 1, '¥', 'en')).toBe('1 time');
      expect(formatAmount('times', 3, '¥', 'zh')).toBe('3 次');
    });
  });
});
