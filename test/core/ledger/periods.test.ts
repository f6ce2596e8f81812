import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber } from '../../../src/core/days.ts';
import { periodOf, shiftPeriod } from '../../../src/core/ledger/periods.ts';
import type { PeriodSetting } from '../../../src/core/ledger/types.ts';

const spans = (day: string, setting: PeriodSetting, start: string, end: string) =>
  expect(periodOf(day, setting)).toMatchObject({ start, end, key: start });

describe('ledger/periods', () => {
  describe('periodOf', () => {
    it('finds calendar years, halves, quarters and months', () => {
      spans('2026-03-05', { length: 'year', fiscalYearStartMonth: 1 }, '2026-01-01', '2026-12-31');
      spans('2026-07-01', { length: 'half', fiscalYearStartMonth: 1 }, '2026-07-01', '2026-12-31');
      spans('2026-06-30', { length: 'quarter', fiscalYearStartMonth: 1 }, '2026-04-01', '2026-06-30');
      spans('2024-02-10', { length: 'month', fiscalYearStartMonth: 1 }, '2024-02-01', '2024-02-29');
    });
    it('anchors on the fiscal year start month, across calendar years', () => {
      spans('2026-03-31', { length: 'year', fiscalYearStartMonth: 4 }, '2025-04-01', '2026-03-31');
      spans('2026-04-01', { length: 'year', fiscalYearStartMonth: 4 }, '2026-04-01', '2027-03-31');
      spans('2027-01-15', { length: 'half', fiscalYearStartMonth: 10 }, '2026-10-01', '2027-03-31');
      spans('2026-02-01', { length: 'quarter', fiscalYearStartMonth: 11 }, '2026-02-01', '2026-04-30');
    });
    it('labels periods in both languages', () => {
      expect(periodOf('2026-05-01', { length: 'quarter', fiscalYearStartMonth: 4 }).label).toEqual({
        zh: '2026/27 财年第 1 季度',
        en: 'FY2026/27 Q1',
      });
      expect(periodOf('2026-08-01', { length: 'half', fiscalYearStartMonth: 1 }).label).toEqual({
        zh: '2026 年下半年',
        en: '2026 H2',
      });
    });
    it('puts every day in exactly one period, with consecutive periods touching', () => {
      const lengths = ['year', 'half', 'quarter', 'month'] as const;
      fc.assert(
        fc.property(
          fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2100-12-31') }),
          fc.constantFrom(...lengths),
          fc.integer({ min: 1, max: 12 }),
          (n, length, fiscalYearStartMonth) => {
            const setting = { length, fiscalYearStartMonth };
            const p = periodOf(dayFromNumber(n), setting);
            expect(p.startNumber).toBeLessThanOrEqual(n);
            expect(p.endNumber).toBeGreaterThanOrEqual(n);
            expect(periodOf(p.start, setting).key).toBe(p.key);
            expect(periodOf(p.end, setting).key).toBe(p.key);
            expect(shiftPeriod(p, 1, setting).startNumber).toBe(p.endNumber + 1);
          },
        ),
      );
    });
  });
});
