// Generated tier histories against the timeline rule written day by day: the tier on a day is the latest known tier
// on or before it (same day: the row written last), else the first known one; the table's tier counts from today
// unless a snapshot is dated today or later; days per tier are the day-by-day tiers merged into runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber, utcDateToDay } from '../../../src/core/days.ts';
import { buildTierTimeline } from '../../../src/core/ledger/timeline.ts';
import { SETTINGS } from './fixtures.ts';

const START = dayNumber('2026-01-01');
const NAMES = ['A', 'B', 'C', 'D'];
const nameArb = fc.constantFrom('A', 'B', 'C', 'D', 'b', 'Gold', '');
const rowArb = fc.record({
  day: fc.integer({ min: 0, max: 40 }),
  who: fc.constantFrom('Acme', 'ACME', 'Bolt'),
  tier: nameArb,
});
const inputArb: fc.Arbitrary<Input> = fc.record({
  history: fc.array(rowArb, { maxLength: 12 }),
  current: fc.array(fc.record({ who: fc.constantFrom('Acme', 'Bolt', 'Cato'), tier: nameArb }), { maxLength: 3 }),
  today: fc.integer({ min: 0, max: 45 }),
});

/** The rule, day by day: known points in write order, and the tier of each day in a range. */
type Input = {
  readonly history: readonly { readonly day: number; readonly who: string; readonly tier: string }[];
  readonly current: readonly { readonly who: string; readonly tier: string }[];
  readonly today: number;
};

function oracle(input: Input, who: string) {
  const key = who.toLowerCase();
  const known: { day: number; tier: string }[] = input.history
    .filter(r => r.who.toLowerCase() === key)
    .map(r => ({ day: r.day, tier: r.tier }));
  for (const c of input.current.filter(c => c.who.toLowerCase() === key)) {
    const latest = Math.max(-1, ...known.map(k => k.day));
    if (known.length === 0 || latest < input.today) known.push({ day: input.today, tier: c.tier });
  }
  const index = (name: string) => {
    const at = NAMES.indexOf(name.toUpperCase());
    return at < 0 ? null : at;
  };
  return (day: number): number | null | 'none' => {
    if (known.length === 0) return 'none';
    const atOrBefore = known.filter(k => k.day <= day);
    if (atOrBefore.length > 0) {
      const last = Math.max(...atOrBefore.map(k => k.day));
      return index(atOrBefore.filter(k => k.day === last).at(-1)?.tier ?? '');
    }
    const first = Math.min(...known.map(k => k.day));
    return index(known.filter(k => k.day === first).at(-1)?.tier ?? '');
  };
}

describe('ledger/timeline (generated)', () => {
  it('gives every day the tier of the rule, and counts days per tier as its runs', () =>
    fc.assert(
      fc.property(inputArb, fc.integer({ min: -5, max: 50 }), fc.integer({ min: 0, max: 30 }), (input, from, span) => {
        const timeline = buildTierTimeline({
          tiers: SETTINGS.tiers,
          history: input.history.map(r => [dayFromNumber(START + r.day), r.who, r.tier]),
          current: input.current.map(c => [c.who, c.tier] as const),
          today: dayFromNumber(START + input.today),
          toDay: utcDateToDay,
        });
        for (const who of ['Acme', 'Bolt', 'Cato', 'Dora']) {
          const rule = oracle(input, who);
          const runs: [number | null, number][] = [];
          for (let day = from; day <= from + span; day += 1) {
            const want = rule(day);
            expect(timeline.tierOn(who, START + day)).toBe(want === 'none' ? null : want);
            const tier = want === 'none' ? null : want;
            const last = runs.at(-1);
            if (last && last[0] === tier) last[1] += 1;
            else runs.push([tier, 1]);
          }
          expect(timeline.daysByTier(who, START + from, START + from + span)).toEqual(runs);
        }
      }),
      { numRuns: 300 },
    ));
});
