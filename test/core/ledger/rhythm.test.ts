// Benefits on their own rhythm with the preset's trainings (A once a quarter, B once every half-year, C once a year):
// statuses, proration across a tier change, =QUOTA_LEFT's view and the overview's period words.
import { describe, expect, it } from 'vitest';
import { utcDateToDay } from '../../../src/core/days.ts';
import { overviewSheet, rhythmText } from '../../../src/core/ledger/overview-sheet.ts';
import { evaluateLog, type LedgerInput, quotaOn } from '../../../src/core/ledger/quota.ts';
import { buildTierTimeline } from '../../../src/core/ledger/timeline.ts';
import { policyDocument } from '../../../src/core/policy/document.ts';
import { defaultSettings } from '../../../src/core/presets.ts';

const settings = defaultSettings('factory', 'en');
const training = settings.benefits.find(b => b.id === 'training');
if (!training) throw new Error('the preset has trainings');
const TODAY = '2026-12-31';
const NAMES = ['Acme', 'Bolt', 'Cord'];

function input(rows: unknown[][], history: unknown[][] = [], today = TODAY): LedgerInput {
  const timeline = buildTierTimeline({
    tiers: settings.tiers,
    history,
    current: [
      ['Acme', 'A'],
      ['Bolt', 'B'],
      ['Cord', 'C'],
    ],
    today,
    toDay: utcDateToDay,
  });
  return { settings, timeline, rows, customers: NAMES, today, toDay: utcDateToDay };
}
const kinds = (rows: unknown[][], history: unknown[][] = []) => evaluateLog(input(rows, history)).rows.map(r => r.kind);

describe('ledger rhythm', () => {
  it('gives an A customer one training a quarter: not the year’s four in Q1', () =>
    expect(
      kinds([
        ['2026-01-10', 'Acme', 'training', 1],
        ['2026-02-10', 'Acme', 'training', 1],
        ['2026-03-10', 'Acme', 'training', 1],
        ['2026-04-10', 'Acme', 'training', 1],
        ['2026-07-10', 'Acme', 'training', 1],
      ]),
    ).toEqual(['ok', 'over_quota', 'over_quota', 'ok', 'ok']));

  it('gives a B customer one training a half-year and a C customer one for the year', () =>
    expect(
      kinds([
        ['2026-02-01', 'Bolt', 'training', 1],
        ['2026-06-30', 'Bolt', 'training', 1],
        ['2026-07-01', 'Bolt', 'training', 1],
        ['2026-02-01', 'Cord', 'training', 1],
        ['2026-11-01', 'Cord', 'training', 1],
      ]),
    ).toEqual(['ok', 'over_quota', 'ok', 'ok', 'over_quota']));

  it('judges a use after an upgrade in the new tier’s period, prorated from the old tier’s rate', () => {
    // C until 30 April, A from 1 May: Q2 earned 1 × 30/365 (April at C's yearly rate) + 1 × 61/91 = 0.75: one.
    const history = [
      ['2026-01-01', 'Cord', 'C', 45, ''],
      ['2026-05-01', 'Cord', 'A', 85, ''],
    ];
    const statuses = evaluateLog(
      input(
        [
          ['2026-02-01', 'Cord', 'training', 1],
          ['2026-05-20', 'Cord', 'training', 1],
          ['2026-06-20', 'Cord', 'training', 1],
        ],
        history,
      ),
    ).rows;
    expect(
      statuses.map(r => (r.kind === 'ok' || r.kind === 'over_quota' ? [r.kind, r.period.key, r.used] : [])),
    ).toEqual([
      ['ok', '2026-01-01', 1],
      ['ok', '2026-04-01', 1],
      ['over_quota', '2026-04-01', 2],
    ]);
  });

  it('answers =QUOTA_LEFT in the period of the day asked about', () => {
    const inp = input([
      ['2026-01-10', 'Acme', 'training', 1],
      ['2026-02-01', 'Bolt', 'training', 1],
    ]);
    const evaluation = evaluateLog(inp);
    expect(quotaOn(evaluation, inp, 'Acme', training, '2026-03-31')).toMatchObject({ remaining: 0 });
    expect(quotaOn(evaluation, inp, 'Acme', training, '2026-04-01')).toMatchObject({
      remaining: 1,
      period: { start: '2026-04-01', end: '2026-06-30' },
    });
    expect(quotaOn(evaluation, inp, 'Bolt', training, '2026-06-30')).toMatchObject({ remaining: 0 });
    expect(quotaOn(evaluation, inp, 'Bolt', training, '2026-07-01')).toMatchObject({ remaining: 1 });
  });

  describe('overviewSheet', () => {
    const today = '2026-05-20';
    const sheet = (lang: 'zh' | 'en') => {
      const inp = input([['2026-04-02', 'Acme', 'training', 1]], [], today);
      const tiers = ['A', 'B', 'C'];
      return overviewSheet(evaluateLog(inp), inp, { names: NAMES, tiers }, lang);
    };

    it('says each benefit’s period: in its header when shared by its tiers, else in a Period column', () => {
      const { grid, periodLabel } = sheet('en');
      expect(periodLabel).toBe('Each benefit in its own period, as of 2026-05-20');
      expect(grid[0]?.[0]).toBe('Quota overview · Each benefit in its own period, as of 2026-05-20');
      expect(grid[1]).toEqual([
        'Customer',
        'Current tier',
        'Free samples · Allotted (2026)',
        'Free samples · Used',
        'Free samples · Remaining',
        `${training.label.en} · Period`,
        `${training.label.en} · Allotted`,
        `${training.label.en} · Used`,
        `${training.label.en} · Remaining`,
        'Free mould opening · Allotted (2026)',
        'Free mould opening · Used',
        'Free mould opening · Remaining',
      ]);
      expect(grid.slice(2).map(row => row.slice(5, 9))).toEqual([
        ['1 time / quarter · 2026 Q2', 1, 1, 0],
        ['1 time / half-year · 2026 H1', 1, 0, 1],
        ['1 time / year · 2026', 1, 0, 1],
      ]);
      expect(grid.every(row => row.length === grid[1]?.length)).toBe(true);
    });

    it('speaks Chinese: 每季度 1 次', () => {
      const { grid } = sheet('zh');
      expect(grid[2]?.[5]).toMatch(/^每季度 1 次 · 2026\s?年第 ?2 ?季度$/u);
      expect(grid[1]?.[5]).toBe(`${training.label.zh} · 周期`);
    });
  });

  describe('rhythmText', () => {
    it('says an allowance with its period in both languages', () => {
      const samples = settings.benefits[0];
      if (!samples) throw new Error('preset has samples');
      expect(rhythmText(samples, 0, '¥', 'zh')).toBe('每年 ¥3,000');
      expect(rhythmText(samples, 0, '¥', 'en')).toBe('¥3,000 / year');
      expect(rhythmText(training, 1, '¥', 'zh')).toBe('每半年 1 次');
    });
  });

  describe('policyDocument', () => {
    const stamp = { settingsVersion: 1, generated: '2026-11-30', effective: '2026-12-01', sheetName: 'Customers' };
    const text = (s: typeof settings, lang: 'zh' | 'en') => JSON.stringify(policyDocument(s, lang, stamp));

    it('states each tier’s training on its own period, and one shared period once', () => {
      expect(text(settings, 'en')).toContain('each counted per its own period');
      expect(text(settings, 'en')).toMatch(/A customers: [^"]*1 time per quarter/u);
      expect(text(settings, 'zh')).toMatch(/每季度[^"]*培训 1 次/u);
      const yearly = {
        ...settings,
        benefits: settings.benefits.map(b => ({ ...b, periods: b.periods.map(() => 'year' as const) })),
      };
      expect(text(yearly, 'en')).not.toContain('its own period');
    });
  });
});
