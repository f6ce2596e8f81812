import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyStability,
  type ComputedTier,
  type HistoryRecord,
  type OverrideCells,
  type StableTier,
} from '../../../src/core/history/index.ts';
import { computed, dailyBaselines, record, settingsWith, TIERS, type TierName, utcKey } from './fixtures.ts';

const TODAY = '2026-03-10';

function stable(
  rows: ComputedTier[],
  history: HistoryRecord[] = [],
  grace = 0,
  overrides: (OverrideCells | null)[] = [],
): StableTier[] {
  return applyStability(rows, overrides, dailyBaselines(history, TODAY), settingsWith(grace), {
    today: TODAY,
    dateKey: utcKey,
  });
}
const one = (row: ComputedTier, history: HistoryRecord[] = [], grace = 0, override: OverrideCells | null = null) => {
  const [result] = stable([row], history, grace, [override]);
  if (result === undefined) throw new Error('no result');
  return result;
};

describe('history/stability', () => {
  describe('applyStability: without controls', () => {
    it('passes the computed tier and Why through', () => {
      const result = one(computed('Acme', 'B'));
      expect(result).toMatchObject({ tier: 1, computedTier: 1, source: 'computed', override: 'none', problem: null });
      expect(result.why).toEqual({ zh: '得分 B', en: 'Score for B' });
      expect(result.facts).toEqual({
        computed: 'B',
        points: { revenue: 40, profit: 10, overdue_days: 20 },
        gate: null,
        grace: 0,
        override: false,
      });
    });
    it('downgrades at once with grace 0', () => {
      expect(one(computed('Acme', 'C'), [record('2026-03-09', 'Acme', 'A')], 0).tier).toBe(2);
    });
  });

  describe('applyStability: grace period', () => {
    it('keeps a customer for N snapshots below its tier and says so', () => {
      const first = one(computed('Acme', 'B'), [record('2026-03-01', 'Acme', 'A')], 2);
      expect(first).toMatchObject({ tier: 0, computedTier: 1, source: 'grace', grace: { count: 1, of: 2 } });
      expect(first.why.en).toBe('Kept at A, grace period: 1 of 2 (computed B). Score for B');
      expect(first.why.zh).toBe('暂保持 A 级（宽限期第 1/2 次，按计算为 B 级）。得分 B');
      expect(first.facts.grace).toBe(1);
    });
    it('counts consecutive snapshots from the stored grace count and moves down after N', () => {
      const held = (grace: number) => [record('2026-03-01', 'Acme', 'A'), record('2026-03-09', 'Acme', 'A', { grace })];
      expect(one(computed('Acme', 'B'), held(1), 2)).toMatchObject({ tier: 0, grace: { count: 2, of: 2 } });
      expect(one(computed('Acme', 'B'), held(2), 2)).toMatchObject({ tier: 1, source: 'computed', grace: null });
    });
    it('applies upgrades and recoveries at once and ends the grace period', () => {
      expect(one(computed('Acme', 'A'), [record('2026-03-09', 'Acme', 'B')], 3)).toMatchObject({
        tier: 0,
        grace: null,
      });
      const recovered = one(computed('Acme', 'A'), [record('2026-03-09', 'Acme', 'A', { grace: 1 })], 3);
      expect(recovered).toMatchObject({ tier: 0, source: 'computed', facts: { grace: 0 } });
    });
    it('uses the latest snapshot before today, so a same-day recompute matches the snapshot', () => {
      const history = [record('2026-03-09', 'Acme', 'A'), record(TODAY, 'Acme', 'A', { grace: 1 })];
      expect(one(computed('Acme', 'B'), history, 1)).toMatchObject({ tier: 0, grace: { count: 1, of: 1 } });
    });
    it('starts no grace period from a snapshot decided by an override or from an unknown tier', () => {
      expect(one(computed('Acme', 'C'), [record('2026-03-09', 'Acme', 'A', { override: true })], 2).tier).toBe(2);
      expect(one(computed('Acme', 'C'), [record('2026-03-09', 'Acme', 'Gold')], 2).tier).toBe(2);
    });
    it('leaves untiered rows untiered', () => {
      expect(one(computed('Acme', null), [record('2026-03-09', 'Acme', 'A')], 2)).toMatchObject({ tier: null });
    });
    it('matches history by normalised customer name', () => {
      expect(one(computed(' Ａcme', 'B'), [record('2026-03-09', 'Acme', 'A')], 1).tier).toBe(0);
    });
    it('matches history the way the ledger does: case and inner spaces ignored', () => {
      const history = [record('2026-03-09', 'Acme Ltd', 'A', { grace: 1 })];
      expect(one(computed('ACME  Ltd', 'B'), history, 2)).toMatchObject({ tier: 0, grace: { count: 2, of: 2 } });
      expect(one(computed('acme ltd', 'B'), history, 1)).toMatchObject({ tier: 1, source: 'computed' });
    });
    it('takes the later row of the latest date when one customer is spelled two ways', () => {
      const history = [record('2026-03-09', 'Acme Ltd', 'C'), record('2026-03-09', 'ACME LTD', 'A')];
      expect(one(computed('Acme  Ltd', 'B'), history, 1)).toMatchObject({ tier: 0, source: 'grace' });
    });
  });

  describe('applyStability: overrides', () => {
    it('applies an override with a reason and says so in the Why text', () => {
      const result = one(computed('Acme', 'C'), [], 0, { tier: 'a', reason: 'Strategic account', until: '' });
      expect(result).toMatchObject({ tier: 0, computedTier: 2, source: 'override', override: 'applied' });
      expect(result.why.en).toBe('Manual override: A (reason: Strategic account; computed C). Score for C');
      expect(result.facts.override).toBe(true);
    });
    it('applies until the end date, inclusive, and notes the expiry afterwards', () => {
      const until = (date: unknown) => one(computed('Acme', 'C'), [], 0, { tier: 'A', reason: 'r', until: date });
      expect(until(TODAY)).toMatchObject({ tier: 0, override: 'applied' });
      expect(until(new Date(Date.UTC(2026, 2, 10)))).toMatchObject({ tier: 0 });
      expect(until(TODAY).why.en).toContain('until 2026-03-10');
      const expired = until('2026-03-09');
      expect(expired).toMatchObject({ tier: 2, source: 'computed', override: 'expired', problem: null });
      expect(expired.why.en).toBe('Override to A expired on 2026-03-09. Score for C');
    });
    it('flags and does not apply an override without a reason', () => {
      const result = one(computed('Acme', 'C'), [], 0, { tier: 'A', reason: '  ' });
      expect(result).toMatchObject({ tier: 2, source: 'computed', override: 'no_reason' });
      expect(result.problem?.en).toBe('Override to A not applied: it needs a reason in "Override reason".');
      expect(result.why.zh).toBe('手动调级为 A 级未生效：请在“调级原因”列写明原因。得分 C');
    });
    it('flags unknown tier names and unreadable end dates', () => {
      expect(one(computed('Acme', 'C'), [], 0, { tier: 'Gold', reason: 'r' })).toMatchObject({
        tier: 2,
        override: 'unknown_tier',
        problem: { en: 'Override "Gold" not applied: not a tier name (A, B, C, D).' },
      });
      expect(one(computed('Acme', 'C'), [], 0, { tier: 'A', reason: 'r', until: 'soon' })).toMatchObject({
        tier: 2,
        override: 'bad_date',
      });
    });
    it('ignores a reason or date without a tier', () => {
      expect(one(computed('Acme', 'C'), [], 0, { tier: '', reason: 'r', until: 'x' })).toMatchObject({
        tier: 2,
        override: 'none',
        problem: null,
      });
    });
    it('wins over the grace period, and a flagged override still lets grace apply', () => {
      const history = [record('2026-03-09', 'Acme', 'A')];
      expect(one(computed('Acme', 'B'), history, 2, { tier: 'D', reason: 'r' }).tier).toBe(3);
      expect(one(computed('Acme', 'B'), history, 2, { tier: 'D' })).toMatchObject({ tier: 0, override: 'no_reason' });
    });
  });

  describe('applyStability: properties', () => {
    const tierArb = fc.constantFrom<TierName>(...TIERS);
    const dayArb = fc.integer({ min: 1, max: 9 }).map(d => `2026-03-0${d}`);

    it('never moves a customer down before N snapshots below its tier', () => {
      fc.assert(
        fc.property(tierArb, tierArb, fc.integer({ min: 1, max: 6 }), fc.nat(8), (held, now, n, previous) => {
          const history = [record('2026-03-09', 'Acme', held, { grace: previous })];
          const result = one(computed('Acme', now), history, n);
          const kept = TIERS.indexOf(now) > TIERS.indexOf(held) && previous + 1 <= n;
          expect(result.tier).toBe(kept ? TIERS.indexOf(held) : TIERS.indexOf(now));
          if (kept) expect(result.grace).toEqual({ count: previous + 1, of: n });
        }),
      );
    });

    it('never applies an override without a reason', () => {
      fc.assert(
        fc.property(
          tierArb,
          tierArb,
          fc.constantFrom('', ' ', '\u3000', null, undefined),
          dayArb,
          (now, wanted, reason, day) => {
            const result = one(computed('Acme', now), [], 0, { tier: wanted, reason, until: day });
            expect(result.source).not.toBe('override');
            expect(result.tier).toBe(TIERS.indexOf(now));
          },
        ),
      );
    });

    it('keeps every final tier between the computed tier and the tier of the latest snapshot', () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(tierArb, tierArb, fc.nat(3)), { maxLength: 20 }), fc.nat(4), (rows, n) => {
          const history = rows.map(([held, , grace], i) => record('2026-03-09', `c${i}`, held, { grace }));
          const results = stable(
            rows.map(([, now], i) => computed(`c${i}`, now)),
            history,
            n,
          );
          results.forEach((r, i) => {
            const [held, now] = rows[i] ?? ['A', 'A'];
            expect(r.tier).toBeLessThanOrEqual(TIERS.indexOf(now));
            expect(r.tier).toBeGreaterThanOrEqual(Math.min(TIERS.indexOf(held), TIERS.indexOf(now)));
          });
        }),
      );
    });
  });
});
