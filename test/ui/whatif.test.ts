import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/presets.ts';
import {
  benefitTotal,
  budgetLines,
  countMoves,
  countTiers,
  moveExamples,
  type RowOutcome,
  summarise,
} from '../../src/ui/whatif.ts';

const tiered = (tier: number): RowOutcome => ({ status: 'tiered', tier });
const insufficient: RowOutcome = { status: 'insufficient', tier: null };
const invalid: RowOutcome = { status: 'invalid', tier: null };
const blank: RowOutcome = { status: 'blank', tier: null };

describe('whatif', () => {
  describe('countTiers', () => {
    it('counts customers per tier and the untiered rows, skipping blank rows', () => {
      const rows = [tiered(0), tiered(2), tiered(2), insufficient, invalid, invalid, blank];
      expect(countTiers(rows, 4)).toEqual({ perTier: [1, 0, 2, 0], insufficient: 1, invalid: 2 });
    });

    it('gives zeros for an empty table', () => {
      expect(countTiers([], 3)).toEqual({ perTier: [0, 0, 0], insufficient: 0, invalid: 0 });
    });
  });

  describe('countMoves', () => {
    it('counts a lower tier index as up and a higher one as down', () => {
      const saved = [tiered(1), tiered(1), tiered(1), tiered(3)];
      const edited = [tiered(0), tiered(2), tiered(1), tiered(0)];
      expect(countMoves(saved, edited)).toEqual({ up: 2, down: 1, same: 1, changedStatus: 0 });
    });

    it('counts rows that gain or lose a tier separately from moves', () => {
      const saved = [tiered(0), insufficient, invalid, blank];
      const edited = [insufficient, tiered(2), invalid, blank];
      expect(countMoves(saved, edited)).toEqual({ up: 0, down: 0, same: 1, changedStatus: 2 });
    });
  });

  describe('benefitTotal', () => {
    const s = defaultSettings('factory', 'en');
    const samples = s.benefits.find(b => b.id === 'samples');
    const mould = s.benefits.find(b => b.id === 'mould');

    it('multiplies each tier allowance by the customers in that tier', () => {
      // 3000 × 2 + 1000 × 5 + 500 × 10 + 0 × 20
      expect(samples && benefitTotal(samples, [2, 5, 10, 20])).toBe(16_000);
    });

    it('counts a benefit whose tiers renew on different periods per year', () => {
      const training = s.benefits.find(b => b.id === 'training');
      // A 1 a quarter × 2 + B 1 a half-year × 5 + C 1 a year × 10: 8 + 10 + 10 a year.
      expect(training && benefitTotal(training, [2, 5, 10, 20])).toBe(28);
      expect(budgetLines(s, countTiers([tiered(0)], 4), s, countTiers([], 4)).map(l => [l.id, l.per, l.total])).toEqual(
        [
          ['samples', 'year', 3000],
          ['training', 'year', 4],
          ['mould', 'year', 1],
        ],
      );
    });

    it('counts perk holders for a yes/no perk', () => {
      expect(mould && benefitTotal(mould, [7, 5, 10, 20])).toBe(7);
    });
  });

  describe('budgetLines', () => {
    it('puts the saved total beside the edited one, matching benefits by id', () => {
      const saved = defaultSettings('factory', 'en');
      const edited = {
        ...saved,
        benefits: saved.benefits.map(b => (b.id === 'samples' ? { ...b, allowance: [5000, 1000, 500, 0] } : b)),
      };
      const lines = budgetLines(
        edited,
        countTiers([tiered(0), tiered(1)], 4),
        saved,
        countTiers([tiered(1), tiered(1)], 4),
      );
      expect(lines.find(l => l.id === 'samples')).toMatchObject({ total: 6000, savedTotal: 2000, kind: 'money' });
      expect(lines.find(l => l.id === 'training')).toMatchObject({ total: 6, savedTotal: 4, kind: 'times' });
    });

    it('gives a new benefit a saved total of 0', () => {
      const saved = defaultSettings('custom', 'en');
      const extra = {
        id: 'gift',
        label: { zh: '礼品', en: 'Gift' },
        kind: 'money' as const,
        allowance: [100, 50, 0, 0],
        periods: ['year', 'year', 'year', 'year'] as ('year' | 'quarter')[],
      };
      const edited = { ...saved, benefits: [...saved.benefits, extra] };
      const lines = budgetLines(edited, countTiers([tiered(0)], 4), saved, countTiers([tiered(0)], 4));
      expect(lines.find(l => l.id === 'gift')).toMatchObject({ total: 100, savedTotal: 0 });
    });
  });

  describe('summarise', () => {
    it('combines counts, saved counts, moves and budget', () => {
      const settings = defaultSettings('factory', 'zh');
      const summary = summarise(
        { settings, rows: [tiered(1), tiered(2), insufficient] },
        { settings, rows: [tiered(0), tiered(2), tiered(3)] },
      );
      expect(summary.counts.perTier).toEqual([1, 0, 1, 1]);
      expect(summary.savedCounts).toEqual({ perTier: [0, 1, 1, 0], insufficient: 1, invalid: 0 });
      expect(summary.moves).toEqual({ up: 1, down: 0, same: 1, changedStatus: 1 });
      expect(summary.budget.find(l => l.id === 'samples')).toMatchObject({ total: 3500, savedTotal: 1500 });
    });
  });

  describe('moveExamples', () => {
    const four = defaultSettings('factory', 'en');
    const three = { ...four, tiers: four.tiers.slice(0, 3) };
    const rows = (settings: typeof four, list: RowOutcome[]) => ({ settings, rows: list });

    it('names the first customers moving up and down, in table order', () => {
      const saved = [tiered(1), tiered(1), tiered(2), tiered(2), tiered(0)];
      const edited = [tiered(0), tiered(1), tiered(0), tiered(3), tiered(1)];
      const names = ['甲', '乙', '<img src=x onerror=alert(1)>', '丁', '戊'];
      expect(moveExamples(rows(four, saved), rows(four, edited), names, 1)).toEqual({
        up: [{ name: '甲', from: 'B', to: 'A' }],
        down: [{ name: '丁', from: 'C', to: 'D' }],
      });
    });

    it('names the old tier by the saved settings and the new one by the edited settings', () => {
      const renamed = { ...four, tiers: four.tiers.map((t, i) => (i === 0 ? { ...t, name: 'Gold' } : t)) };
      expect(moveExamples(rows(four, [tiered(3)]), rows(three, [tiered(2)]), ['甲']).up).toEqual([
        { name: '甲', from: 'D', to: 'C' },
      ]);
      expect(moveExamples(rows(four, [tiered(1)]), rows(renamed, [tiered(0)]), ['乙']).up).toEqual([
        { name: '乙', from: 'B', to: 'Gold' },
      ]);
    });

    it('falls back to the sheet row number when the name column is missing', () => {
      expect(moveExamples(rows(four, [tiered(2)]), rows(four, [tiered(1)]), []).up).toEqual([
        { name: '#2', from: 'C', to: 'B' },
      ]);
    });
  });
});
