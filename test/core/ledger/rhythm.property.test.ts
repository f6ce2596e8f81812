// Generated cases for benefits on their own rhythm: period arithmetic against a day-by-day oracle (any date, any
// fiscal start month, mid-year starts included), entries counted in the right period, and a quarterly allowance of N
// never letting more than N through in one quarter, whatever the tier history.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber, dayParts, utcDateToDay } from '../../../src/core/days.ts';
import { MONTHS, periodFinder, periodOf } from '../../../src/core/ledger/periods.ts';
import { evaluateLog, quotaOn } from '../../../src/core/ledger/quota.ts';
import { buildTierTimeline } from '../../../src/core/ledger/timeline.ts';
import type { LedgerBenefit, LedgerSettings, PeriodLength } from '../../../src/core/ledger/types.ts';

const LENGTHS: readonly PeriodLength[] = ['year', 'half', 'quarter', 'month'];
const TIERS = [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }];
const TODAY = '2027-12-31';

// Oracle: a day starts a period when it is the 1st of a month a whole number of periods after the fiscal start.
function startsPeriod(n: number, length: PeriodLength, fiscal: number): boolean {
  const { month, date } = dayParts(dayFromNumber(n));
  return date === 1 && (((month - fiscal) % 12) + 12) % MONTHS[length] === 0;
}
function oracle(n: number, length: PeriodLength, fiscal: number): { start: number; end: number } {
  let start = n;
  while (!startsPeriod(start, length, fiscal)) start -= 1;
  let end = n;
  while (!startsPeriod(end + 1, length, fiscal)) end += 1;
  return { start, end };
}

const anyDay = fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2099-12-31') });
const fiscalMonth = fc.integer({ min: 1, max: 12 });
const length = fc.constantFrom(...LENGTHS);

function settingsWith(benefit: LedgerBenefit, fiscalYearStartMonth: number): LedgerSettings {
  return { benefits: [benefit], fiscalYearStartMonth, tiers: TIERS, currency: '¥' };
}

// Log rows for one customer 'Acme' and benefit 'b' in 2026–2027.
const logRows = (maxAmount: number) =>
  fc.array(
    fc.tuple(
      fc.integer({ min: dayNumber('2026-01-01'), max: dayNumber(TODAY) }).map(dayFromNumber),
      fc.integer({ min: 0, max: maxAmount }),
    ),
    { maxLength: 40 },
  );

describe('ledger rhythm (generated)', () => {
  describe('periodOf', () => {
    it('finds the period of any day for any length and fiscal start month, as the day-by-day oracle does', () =>
      fc.assert(
        fc.property(anyDay, length, fiscalMonth, (n, len, fiscal) => {
          const p = periodOf(dayFromNumber(n), { length: len, fiscalYearStartMonth: fiscal });
          expect([p.startNumber, p.endNumber]).toEqual(Object.values(oracle(n, len, fiscal)));
          expect(dayNumber(p.start)).toBe(p.startNumber);
          expect(dayNumber(p.end)).toBe(p.endNumber);
        }),
        { numRuns: 300 },
      ));

    it('names fiscal years starting mid-year by the calendar year they start in', () =>
      fc.assert(
        fc.property(anyDay, fc.integer({ min: 2, max: 12 }), (n, fiscal) => {
          const year = periodOf(dayFromNumber(n), { length: 'year', fiscalYearStartMonth: fiscal });
          const { year: startYear, month } = dayParts(year.start);
          expect(month).toBe(fiscal);
          expect(year.label.en).toBe(`FY${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`);
        }),
      ));

    it('remembers nothing wrong: the finder gives the same period as periodOf', () =>
      fc.assert(
        fc.property(fc.array(fc.tuple(anyDay, length), { maxLength: 20 }), fiscalMonth, (asks, fiscal) => {
          const find = periodFinder(fiscal);
          for (const [n, len] of asks) {
            expect(find(n, len)).toEqual(periodOf(dayFromNumber(n), { length: len, fiscalYearStartMonth: fiscal }));
          }
        }),
      ));
  });

  describe('evaluateLog', () => {
    it('counts each entry in its own period: used is the sum of that period’s entries up to it', () =>
      fc.assert(
        fc.property(logRows(5), length, fiscalMonth, (rows, len, fiscal) => {
          const benefit: LedgerBenefit = {
            id: 'b',
            label: { zh: 'b', en: 'b' },
            kind: 'times',
            allowance: [3, 2, 1, 0],
            periods: [len, 'year', 'year', 'year'],
          };
          const timeline = buildTierTimeline({
            tiers: TIERS,
            history: [],
            current: [['Acme', 'A']],
            today: TODAY,
            toDay: utcDateToDay,
          });
          const log = rows.map(([day, amount]) => [day, 'Acme', 'b', amount]);
          const { rows: statuses } = evaluateLog({
            settings: settingsWith(benefit, fiscal),
            timeline,
            rows: log,
            customers: ['Acme'],
            today: TODAY,
            toDay: utcDateToDay,
          });
          statuses.forEach((status, i) => {
            if (status.kind !== 'ok' && status.kind !== 'over_quota') throw new Error('every row is valid');
            const own = oracle(dayNumber(rows[i]?.[0] ?? ''), len, fiscal);
            expect(status.period.startNumber).toBe(own.start);
            let used = 0;
            rows.forEach(([day, amount], j) => {
              const n = dayNumber(day);
              const earlier = n < status.day || (n === status.day && j <= i);
              if (n >= own.start && earlier) used += amount;
            });
            expect(status.used).toBe(used);
            expect(status.kind).toBe(used > 3 ? 'over_quota' : 'ok');
          });
        }),
      ));

    it('never lets more than N through in one quarter under a quarterly allowance of N, whatever the tiers did', () =>
      fc.assert(
        fc.property(
          logRows(3),
          fc.integer({ min: 0, max: 4 }),
          fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 }),
          fc.array(
            fc.tuple(
              fc.integer({ min: dayNumber('2025-06-01'), max: dayNumber(TODAY) }).map(dayFromNumber),
              fc.constantFrom('A', 'B', 'C', 'D', ''),
            ),
            { maxLength: 8 },
          ),
          fiscalMonth,
          (rows, n, raw, history, fiscal) => {
            const benefit: LedgerBenefit = {
              id: 'b',
              label: { zh: 'b', en: 'b' },
              kind: 'times',
              allowance: raw.map(a => Math.min(a, n)),
              periods: ['quarter', 'quarter', 'quarter', 'quarter'],
            };
            const timeline = buildTierTimeline({
              tiers: TIERS,
              history: history.map(([day, tier]) => [day, 'Acme', tier]),
              current: [],
              today: TODAY,
              toDay: utcDateToDay,
            });
            const settings = settingsWith(benefit, fiscal);
            const evaluation = evaluateLog({
              settings,
              timeline,
              rows: rows.map(([day, amount]) => [day, 'Acme', 'b', amount]),
              customers: ['Acme'],
              today: TODAY,
              toDay: utcDateToDay,
            });
            const okPerQuarter = new Map<number, number>();
            for (const status of evaluation.rows) {
              if (status.kind !== 'ok') continue;
              const quarter = oracle(status.day, 'quarter', fiscal).start;
              okPerQuarter.set(quarter, (okPerQuarter.get(quarter) ?? 0) + status.amount);
            }
            for (const total of okPerQuarter.values()) expect(total).toBeLessThanOrEqual(n);
            // QUOTA_LEFT's view agrees: never more than N left in a quarter.
            const left = quotaOn(evaluation, { settings, timeline }, 'Acme', benefit, '2026-08-15').remaining;
            expect(left).toBeLessThanOrEqual(n);
          },
        ),
      ));
  });
});
