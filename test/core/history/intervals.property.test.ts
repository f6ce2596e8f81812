// Generated histories through the interval layout: building intervals snapshot by snapshot, the tier on every date,
// the grace period against the old one-row-per-day rules, and the one-time conversion of old daily rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber } from '../../../src/core/days.ts';
import {
  applyStability,
  baselinesOf,
  type HistoryInterval,
  type HistoryRecord,
  intervalsFromDaily,
  migrationMatrix,
  type OverrideCells,
  planIntervalSnapshot,
  readIntervals,
  snapshotMatrix,
  toIntervalCells,
} from '../../../src/core/history/index.ts';
import { buildTierTimeline } from '../../../src/core/ledger/timeline.ts';
import { computed, dailyBaselines, record, settingsWith, TIERS, type TierName, utcKey } from './fixtures.ts';

const START = dayNumber('2026-01-01');
const REVENUE = new Map([
  ['Acme', 1000],
  ['Gamma', 5],
]);
// 'ACME' is Acme under another spelling (names match by customerKey).
const CUSTOMERS = ['Acme', 'Beta', 'Gamma', 'Delta', 'ACME'];

/** One snapshot day: the gap since the previous one, and per customer its computed tier (null: not in the table). */
type Day = { readonly gap: number; readonly tiers: readonly (TierName | null)[]; readonly override: number | null };
const tierArb = fc.constantFrom<TierName | null>(...TIERS, ...TIERS, null);
const dayArb: fc.Arbitrary<Day> = fc
  .record({
    gap: fc.integer({ min: 0, max: 5 }), // 0: a second snapshot the same day
    tiers: fc.array(tierArb, { minLength: 4, maxLength: 4 }),
    override: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  })
  .filter(d => d.tiers.some(t => t !== null)); // a snapshot records someone (the old matrix saw only such days)
const runArb = fc.record({
  days: fc.array(dayArb, { minLength: 1, maxLength: 25 }),
  grace: fc.integer({ min: 0, max: 3 }),
});

/** Both layouts fed by the same snapshots: the old rows (one per customer per day) and the interval rows. */
function simulate(run: { days: readonly Day[]; grace: number }, check: (step: Step) => void = () => {}) {
  const settings = settingsWith(run.grace);
  const daily: HistoryRecord[] = [];
  let open: HistoryInterval[] = [];
  const closed: HistoryInterval[] = [];
  let day = START - 1;
  let last: string | null = null;
  let previous: string | null = null;
  run.days.forEach(d => {
    day += d.gap;
    const today = dayFromNumber(day);
    const rows = CUSTOMERS.slice(0, 4).flatMap((name, i) => {
      const tier = d.tiers[i];
      return tier === undefined || tier === null ? [] : [computed(name, tier)];
    });
    // An override with a reason on one customer now and then: it must not start a grace period afterwards.
    const overrides: (OverrideCells | null)[] = rows.map((_, i) =>
      d.override === i ? { tier: 'A', reason: 'visit', until: '' } : null,
    );
    const old = applyStability(rows, overrides, dailyBaselines(daily, today), settings, { today, dateKey: utcKey });
    const now = applyStability(rows, overrides, baselinesOf(open, today), settings, { today, dateKey: utcKey });
    check({ today, old, now });
    // The old snapshot: one row per customer per day (a second run the same day adds only customers missing).
    const recorded = new Set(daily.filter(r => r.date === today).map(r => r.customer));
    rows.forEach((row, i) => {
      const final = old[i];
      const tier = final?.tier;
      if (final && tier !== null && tier !== undefined && !recorded.has(row.customer))
        daily.push({
          date: today,
          customer: row.customer,
          tier: TIERS[tier] ?? '',
          score: row.score,
          why: '',
          facts: final.facts,
        });
    });
    const plan = planIntervalSnapshot(rows, now, open, settings, { today, lang: 'en', sameDay: last === today });
    open = plan.open;
    closed.push(...plan.closed);
    if (last !== today) [previous, last] = [last, today];
    const matrix = { previous, today };
    check({
      today,
      old: migrationMatrix(daily, settings, REVENUE),
      now: snapshotMatrix(open, matrix, settings, REVENUE),
    });
    // A recompute later the same day sees the baselines the snapshot saw.
    check({ today, old: dailyBaselines(daily, today), now: baselinesOf(open, today) });
  });
  return { daily, intervals: [...open, ...closed], lastDay: day };
}

type Step = { today: string; old: unknown; now: unknown };

/** The tier on every day from before the first snapshot to after the last, by the ledger's timeline. */
function tiersByDay(rows: readonly (readonly unknown[])[], lastDay: number): (number | null)[][] {
  const timeline = buildTierTimeline({
    tiers: settingsWith().tiers,
    history: rows,
    current: [],
    today: '2000-01-01',
    toDay: utcKey,
  });
  return CUSTOMERS.map(name => {
    const out: (number | null)[] = [];
    for (let day = START - 2; day <= lastDay + 2; day += 1) out.push(timeline.tierOn(name, day));
    return out;
  });
}

const dailyPoints = (records: readonly HistoryRecord[]) => records.map(r => [r.date, r.customer, r.tier]);
const intervalPoints = (rows: readonly HistoryInterval[]) => rows.map(r => [r.from, r.customer, r.tier]);

describe('history/intervals (generated)', () => {
  it('grades every snapshot and same-day recompute, and builds the migration matrix, as the daily rows did', () => {
    fc.assert(
      fc.property(runArb, run => {
        simulate(run, step => expect(step.now).toEqual(step.old));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the tier on every date that the daily rows give, with one row per customer per change', () => {
    fc.assert(
      fc.property(runArb, run => {
        const { daily, intervals, lastDay } = simulate(run);
        expect(tiersByDay(intervalPoints(intervals), lastDay)).toEqual(tiersByDay(dailyPoints(daily), lastDay));
        const changes = CUSTOMERS.slice(0, 4).reduce((n, name) => {
          const tiers = daily.filter(r => r.customer === name).map(r => r.tier);
          return n + (tiers.length === 0 ? 0 : 1) + tiers.filter((t, i) => i > 0 && t !== tiers[i - 1]).length;
        }, 0);
        expect(intervals).toHaveLength(changes);
        expect(intervals.filter(r => r.to === null)).toHaveLength(new Set(daily.map(r => r.customer)).size);
      }),
      { numRuns: 200 },
    );
  });

  it('converts old daily rows losslessly: the tier on every past date and the grace baselines are kept', () => {
    const recordArb = fc.record({
      day: fc.integer({ min: 0, max: 40 }),
      customer: fc.constantFrom(...CUSTOMERS),
      tier: fc.constantFrom('A', 'B', 'C', 'D', 'a', 'Z'),
      grace: fc.integer({ min: 0, max: 2 }),
      override: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 60 }), fc.integer({ min: 0, max: 45 }), (raw, todayOffset) => {
        const records = raw.map(r =>
          record(dayFromNumber(START + r.day), r.customer, r.tier, { grace: r.grace, override: r.override }),
        );
        const intervals = intervalsFromDaily(records);
        // Through the sheet cells and back, as the add-on stores them.
        const cells = intervals.map(toIntervalCells);
        const back = readIntervals(cells, utcKey).map(r => r.interval);
        expect(back).toEqual(intervals);
        // The Reason column is the Why text only; the facts and bookkeeping live in the hidden last column.
        cells.forEach((row, i) => {
          expect(row[5]).toBe(intervals[i]?.why);
          expect(row[7] === '' || String(row[7]).startsWith('{')).toBe(true);
        });
        const lastDay = START + 45;
        expect(tiersByDay(intervalPoints(back), lastDay)).toEqual(tiersByDay(dailyPoints(records), lastDay));
        const today = dayFromNumber(START + todayOffset);
        const before = intervalsFromDaily(records.filter(r => r.date < today));
        expect(baselinesOf(before, today)).toEqual(dailyBaselines(records, today));
      }),
      { numRuns: 300 },
    );
  });
});
