import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber } from '../../../src/core/days.ts';
import { MONTHS, periodFinder, periodLengthFor, periodOf, shiftPeriod } from '../../../src/core/ledger/periods.ts';
import type { PeriodLength, PeriodSetting } from '../../../src/core/ledger/types.ts';

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

  describe('periodLengthFor', () => {
    const lengthArb = fc.constantFrom<PeriodLength>('year', 'half', 'quarter', 'month');
    it("gives a listed tier its own period, and no tier or an unlisted one the benefit's longest", () =>
      fc.assert(
        fc.property(
          fc.array(lengthArb, { minLength: 1, maxLength: 6 }),
          fc.integer({ min: -1, max: 8 }),
          (periods, t) => {
            const longest = periods.reduce((a, b) => (MONTHS[b] > MONTHS[a] ? b : a));
            const own = t >= 0 && t < periods.length ? periods[t] : longest;
            expect(periodLengthFor({ periods }, t < 0 ? null : t)).toBe(own);
          },
        ),
      ));
    it('gives a benefit without periods a year', () => {
      expect(periodLengthFor({ periods: [] }, null)).toBe('year');
      expect(periodLengthFor({ periods: [] }, 0)).toBe('year');
      expect(periodLengthFor({ periods: ['month', 'month'] }, null)).toBe('month');
    });
  });

  describe('periodFinder', () => {
    it('finds the same periods as periodOf, per length and day', () => {
      const find = periodFinder(4);
      for (const day of ['2026-03-31', '2026-04-01', '2026-11-15'])
        for (const length of ['year', 'half', 'quarter', 'month'] as const) {
          expect(find(dayNumber(day), length)).toEqual(periodOf(day, { length, fiscalYearStartMonth: 4 }));
          expect(find(dayNumber(day), length)).toEqual(periodOf(day, { length, fiscalYearStartMonth: 4 }));
        }
    });
  });

  describe('period labels', () => {
    it('names calendar years, fiscal years across a century, quarters and months', () => {
      const label = (day: string, length: PeriodLength, fiscalYearStartMonth: number) =>
        periodOf(day, { length, fiscalYearStartMonth }).label.en;
      expect(label('2026-05-01', 'year', 1)).toBe('2026');
      expect(label('2099-05-01', 'year', 4)).toBe('FY2099/00');
      expect(label('2026-02-01', 'year', 4)).toBe('FY2025/26');
      expect(label('2026-11-01', 'quarter', 1)).toBe('2026 Q4');
      expect(label('2026-02-01', 'half', 4)).toBe('FY2025/26 H2');
      expect(label('2026-07-01', 'half', 4)).toBe('FY2026/27 H1');
      expect(periodOf('2026-11-20', { length: 'month', fiscalYearStartMonth: 4 }).label).toEqual({
        zh: '2026年11月',
        en: '2026-11',
      });
      expect(periodOf('2026-01-20', { length: 'year', fiscalYearStartMonth: 1 }).label.zh).toBe('2026 年');
    });
  });
});
