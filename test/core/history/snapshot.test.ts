import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyStability, type ComputedTier, planSnapshot } from '../../../src/core/history/index.ts';
import { computed, record, settingsWith, TIERS, utcKey } from './fixtures.ts';

function plan(rows: ComputedTier[], history = [record('2026-03-01', 'Old', 'A')], today = '2026-03-10') {
  const settings = settingsWith(1);
  const final = applyStability(rows, [], history, settings, { today, dateKey: utcKey });
  return planSnapshot(rows, final, history, settings, { today, lang: 'en' });
}

describe('history/snapshot', () => {
  describe('planSnapshot', () => {
    it('records one row per tiered customer with the final tier, the score and the Why text', () => {
      const result = plan([computed('Acme', 'B'), computed('Old', 'C')]);
      expect(result.records).toEqual([
        {
          date: '2026-03-10',
          customer: 'Acme',
          tier: 'B',
          score: 70,
          why: 'Score for B',
          facts: {
            computed: 'B',
            points: { revenue: 40, profit: 10, overdue_days: 20 },
            gate: null,
            grace: 0,
            override: false,
          },
        },
        expect.objectContaining({
          customer: 'Old',
          tier: 'A',
          why: 'Kept at A, grace period: 1 of 1 (computed C). Score for C',
        }),
      ]);
    });
    it('adds nothing for customers that already have a row today, but adds the others', () => {
      const history = [record('2026-03-10', 'Acme', 'D')];
      const result = plan([computed('Acme', 'B'), computed('Beta', 'A')], history);
      expect(result.records.map(r => r.customer)).toEqual(['Beta']);
      expect(result.already).toBe(1);
    });
    it('records a repeated name once and skips rows without a tier or a name', () => {
      const result = plan([computed('Acme', 'B'), computed('Acme', 'A'), computed('Gamma', null), computed('', 'A')]);
      expect(result.records.map(r => [r.customer, r.tier])).toEqual([['Acme', 'B']]);
      expect(result).toMatchObject({ duplicates: 1, untiered: 1, already: 0 });
    });
    it('matches names by customerKey and stores the name as the table spells it', () => {
      const history = [record('2026-03-01', 'Acme Ltd', 'A')];
      const result = plan([computed('ACME  Ltd', 'B'), computed('acme ltd', 'C')], history);
      expect(result.records.map(r => [r.customer, r.tier, r.why])).toEqual([
        ['ACME  Ltd', 'A', 'Kept at A, grace period: 1 of 1 (computed B). Score for B'],
      ]);
      expect(result.duplicates).toBe(1);
    });
    it('treats a differently spelled name already recorded today as already in the snapshot', () => {
      const history = [record('2026-03-10', 'Acme Ltd', 'D')];
      const result = plan([computed('ACME  Ltd', 'B'), computed('Beta', 'A')], history);
      expect(result.records.map(r => r.customer)).toEqual(['Beta']);
      expect(result.already).toBe(1);
    });
    it('never records a customer twice on one day, however often it runs (property)', () => {
      const rowArb = fc.tuple(
        fc.constantFrom('Acme', 'Beta', ' Beta', 'Ｂeta', 'Gamma', ''),
        fc.constantFrom(...TIERS, null),
      );
      fc.assert(
        fc.property(fc.array(rowArb, { maxLength: 12 }), fc.array(rowArb, { maxLength: 12 }), (first, second) => {
          const today = '2026-03-10';
          const run = (rows: typeof first, history: ReturnType<typeof record>[]) =>
            plan(
              rows.map(([name, tier]) => computed(name, tier)),
              history,
              today,
            ).records;
          const one = run(first, []);
          const two = run(second, one);
          const all = [...one, ...two];
          expect(new Set(all.map(r => r.customer)).size).toBe(all.length);
          expect(run(first, all)).toEqual([]);
        }),
      );
    });
  });
});
