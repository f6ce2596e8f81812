import { describe, expect, it } from 'vitest';
import { dayNumber, utcDateToDay } from '../../../src/core/days.ts';
import { customerKey } from '../../../src/core/ledger/index.ts';
import { buildTierTimeline } from '../../../src/core/ledger/timeline.ts';
import { SETTINGS } from './fixtures.ts';

const timeline = (history: unknown[][], current: [unknown, unknown][] = [], today = '2026-12-31') =>
  buildTierTimeline({ tiers: SETTINGS.tiers, history, current, today, toDay: utcDateToDay });
const on = (day: string) => dayNumber(day);

describe('ledger/timeline', () => {
  describe('customerKey', () => {
    it('ignores case, width and extra spaces', () => expect(customerKey(' ＡＣＭＥ   Ltd ')).toBe('acme ltd'));
    it('gives non-text cells no key', () => expect(customerKey(true)).toBe(''));
  });

  describe('buildTierTimeline', () => {
    const history = [
      ['2026-01-10', 'Acme', 'B', 61, ''],
      ['2026-07-01', 'Acme', 'A', 85, ''],
      ['2026-09-01', 'acme', 'C', 45, ''],
    ];

    it('takes the latest snapshot on or before the day', () => {
      const tl = timeline(history);
      expect(tl.tierOn('Acme', on('2026-06-30'))).toBe(1);
      expect(tl.tierOn('Acme', on('2026-07-01'))).toBe(0);
      expect(tl.tierOn('ACME', on('2026-12-01'))).toBe(2);
    });
    it('gives days before the first snapshot the first known tier', () =>
      expect(timeline(history).tierOn('Acme', on('2025-05-01'))).toBe(1));
    it('uses the current Tier when a customer has no history', () => {
      const tl = timeline(history, [['Bolt', 'C']]);
      expect(tl.tierOn('Bolt', on('2026-02-01'))).toBe(2);
      expect(tl.tierOn('Nobody', on('2026-02-01'))).toBeNull();
    });
    it('counts the current Tier from today when it differs from an older snapshot', () => {
      const tl = timeline(history, [['Acme', 'D']], '2026-11-01');
      expect(tl.tierOn('Acme', on('2026-10-31'))).toBe(2);
      expect(tl.tierOn('Acme', on('2026-11-01'))).toBe(3);
    });
    it('lets the last row of a day win and treats unknown tier names as no tier', () => {
      const tl = timeline([
        ['2026-01-01', 'Acme', 'A', 90, ''],
        ['2026-01-01', 'Acme', 'B', 70, ''],
        ['2026-02-01', 'Acme', 'Gold', 70, ''],
      ]);
      expect(tl.tierOn('Acme', on('2026-01-01'))).toBe(1);
      expect(tl.tierOn('Acme', on('2026-02-01'))).toBeNull();
    });
    it('skips history rows without a readable date', () =>
      expect(timeline([['soon', 'Acme', 'A', 1, '']]).tierOn('Acme', on('2026-01-01'))).toBeNull());
    it('counts days per tier in a range, merging repeats', () => {
      const tl = timeline([...history, ['2026-08-01', 'Acme', 'A', 86, '']]);
      expect(tl.daysByTier('Acme', on('2026-01-01'), on('2026-12-31'))).toEqual([
        [1, 181],
        [0, 62],
        [2, 122],
      ]);
      expect(tl.daysByTier('Nobody', on('2026-01-01'), on('2026-01-31'))).toEqual([[null, 31]]);
    });
  });
});
