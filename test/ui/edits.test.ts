import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/presets.ts';
import { type Settings, validateSettings } from '../../src/core/settings.ts';
import * as edit from '../../src/ui/edits.ts';

const factory = () => defaultSettings('factory', 'zh');

/** The edit leaves a document the shared validator accepts. */
const staysValid = (s: Settings) => expect(validateSettings(s)).toMatchObject({ ok: true });

describe('edits', () => {
  describe('weightShares', () => {
    it('gives each weight its share of the positive total in percent', () => {
      expect(edit.weightShares([{ weight: 50 }, { weight: 15 }, { weight: 35 }])).toEqual([50, 15, 35]);
      expect(edit.weightShares([{ weight: 1 }, { weight: 3 }])).toEqual([25, 75]);
    });

    it('gives zeros when no weight is positive, and ignores negative weights', () => {
      expect(edit.weightShares([{ weight: 0 }, { weight: 0 }])).toEqual([0, 0]);
      expect(edit.weightShares([{ weight: -5 }, { weight: 5 }])).toEqual([0, 100]);
    });
  });

  describe('applyPreset', () => {
    it("switches the grading but keeps the user's sheet, customer column names and currency", () => {
      const current = { ...factory(), sheetName: '客户', customerHeaders: ['公司'], currency: 'US$' };
      const next = edit.applyPreset(current, 'trading', 'zh');
      expect(next).toMatchObject({ preset: 'trading', sheetName: '客户', customerHeaders: ['公司'], currency: 'US$' });
      expect(next.dimensions[0]?.id).toBe('profit');
      staysValid(next);
    });
  });

  describe('setTierCount', () => {
    it('adds a fifth tier with a name, colour, cut-off and zero allowances', () => {
      const next = edit.setTierCount(factory(), 5);
      expect(next.tiers.map(t => t.name)).toEqual(['A', 'B', 'C', 'D', 'E']);
      expect(next.method).toEqual({ kind: 'cutoffs', cutoffs: [85, 70, 55, 40] });
      expect(next.benefits.find(b => b.id === 'samples')?.allowance).toEqual([3000, 1000, 500, 0, 0]);
      staysValid(next);
    });

    it('drops to three tiers and pulls gates that pointed at a removed tier into range', () => {
      const next = edit.setTierCount(factory(), 3);
      expect(next.tiers).toHaveLength(3);
      expect(next.gates.map(g => g.atMost)).toEqual([2, 2]);
      expect(next.benefits.find(b => b.id === 'training')?.allowance).toEqual([1, 1, 1]);
      expect(next.benefits.find(b => b.id === 'training')?.periods).toEqual(['quarter', 'half', 'year']);
      staysValid(next);
    });

    it('clamps to 3 to 5 tiers', () => {
      expect(edit.setTierCount(factory(), 9).tiers).toHaveLength(5);
      expect(edit.setTierCount(factory(), 1).tiers).toHaveLength(3);
    });
  });

  describe('setMethodKind', () => {
    it('starts share of customers with one share per tier but the last', () => {
      const next = edit.setMethodKind(factory(), 'share');
      expect(next.method).toEqual({ kind: 'share', shares: [10, 20, 30] });
      staysValid(next);
    });

    it('starts Pareto on the first higher-is-better money dimension', () => {
      const next = edit.setMethodKind(factory(), 'pareto');
      expect(next.method).toEqual({ kind: 'pareto', dimension: 'revenue', shares: [80, 95] });
      staysValid(next);
    });
  });

  describe('setMethodValue', () => {
    it('sets one cut-off', () => {
      expect(edit.setMethodValue(factory(), 1, 65).method).toEqual({ kind: 'cutoffs', cutoffs: [80, 65, 40] });
    });
  });

  describe('removeDimension', () => {
    it('removes the gates that test the dimension', () => {
      const next = edit.removeDimension(factory(), 2);
      expect(next.dimensions.map(d => d.id)).toEqual(['revenue', 'profit']);
      expect(next.gates).toEqual([]);
      staysValid(next);
    });

    it('falls back to cut-offs when Pareto used the removed dimension', () => {
      const next = edit.removeDimension(edit.setMethodKind(factory(), 'pareto'), 0);
      expect(next.method.kind).toBe('cutoffs');
      staysValid(next);
    });

    it('keeps the last dimension', () => {
      const custom = defaultSettings('custom', 'en');
      expect(edit.removeDimension(custom, 0)).toBe(custom);
    });
  });

  describe('addDimension', () => {
    it('adds a percentile-scored custom dimension mapped to the chosen column, with a unique id', () => {
      const once = edit.addDimension(factory(), '订单数');
      const twice = edit.addDimension(once, '回款率');
      expect(twice.dimensions.slice(3).map(d => [d.id, d.headers, d.label.zh, d.normalisation.kind])).toEqual([
        ['custom_1', ['订单数'], '订单数', 'percentile'],
        ['custom_2', ['回款率'], '回款率', 'percentile'],
      ]);
      staysValid(twice);
    });
  });

  describe('setDirection', () => {
    it('mirrors fixed bands so they stay ordered for the new direction', () => {
      const next = edit.setDirection(factory(), 2, 'higher');
      const n = next.dimensions[2]?.normalisation;
      expect(n?.kind === 'bands' && n.bands.map(b => [b.threshold, b.points])).toEqual([
        [90, 100],
        [60, 85],
        [30, 70],
        [15, 40],
        [0, 20],
      ]);
      staysValid(next);
    });

    it('leaves Pareto when its measure becomes lower-is-better', () => {
      const next = edit.setDirection(edit.setMethodKind(factory(), 'pareto'), 0, 'lower');
      expect(next.method.kind).toBe('cutoffs');
      staysValid(next);
    });
  });

  describe('quartileBands', () => {
    const values = Array.from({ length: 100 }, (_, i) => (i + 1) * 1000);

    it('scores the top quartile 100, the median 70 and the lower quartile 40 for higher-is-better', () => {
      expect(edit.quartileBands(values, 'higher')).toEqual([
        { threshold: 76_000, points: 100 },
        { threshold: 51_000, points: 70 },
        { threshold: 26_000, points: 40 },
      ]);
    });

    it('runs low to high for lower-is-better and merges equal quartiles', () => {
      expect(edit.quartileBands([0, 0, 0, 0, 30, 60, 90, 120], 'lower')).toEqual([
        { threshold: 0, points: 100 },
        { threshold: 30, points: 70 },
        { threshold: 90, points: 40 },
      ]);
    });

    it('gives one band when the column has no numbers', () => {
      expect(edit.quartileBands([], 'higher')).toEqual([{ threshold: 0, points: 100 }]);
    });
  });

  describe('bands', () => {
    it('adds a worse band after the last and removes any but the last remaining one', () => {
      const s = edit.setNormalisationKind(defaultSettings('custom', 'en'), 0, 'minmax');
      const banded = edit.setNormalisationKind(s, 0, 'bands', [10, 20, 30, 40]);
      const added = edit.addBand(banded, 0);
      staysValid(added);
      const n = added.dimensions[0]?.normalisation;
      expect(n?.kind === 'bands' && n.bands.length).toBe(4);
      let shrunk = added;
      for (let i = 0; i < 5; i++) shrunk = edit.removeBand(shrunk, 0, 0);
      const m = shrunk.dimensions[0]?.normalisation;
      expect(m?.kind === 'bands' && m.bands.length).toBe(1);
    });
  });

  describe('gates and benefits', () => {
    it('adds a gate on the first lower-is-better dimension', () => {
      const next = edit.addGate(edit.removeDimension(factory(), 2));
      expect(next.gates).toEqual([{ atMost: 1, dimension: 'revenue', op: '>', value: 90 }]);
    });

    it('turns allowances into yes/no when a benefit becomes a perk', () => {
      const next = edit.updateBenefit(factory(), 0, { kind: 'perk' });
      expect(next.benefits[0]?.allowance).toEqual([1, 1, 1, 0]);
      staysValid(next);
    });

    it('adds a benefit with one zero allowance per tier', () => {
      const next = edit.addBenefit(edit.setTierCount(factory(), 5), 'Gift');
      expect(next.benefits.at(-1)).toEqual({
        id: 'benefit_1',
        label: { zh: 'Gift', en: 'Gift' },
        kind: 'money',
        allowance: [0, 0, 0, 0, 0],
        periods: ['year', 'year', 'year', 'year', 'year'],
      });
      staysValid(next);
    });

    it('sets one tier’s period, and a new tier renews like the lowest one', () => {
      const next = edit.setBenefitPeriod(factory(), 0, 1, 'month');
      expect(next.benefits[0]?.periods).toEqual(['year', 'month', 'year', 'year']);
      staysValid(next);
      const five = edit.setTierCount(edit.setBenefitPeriod(factory(), 1, 3, 'half'), 5);
      expect(five.benefits[1]?.periods).toEqual(['quarter', 'half', 'year', 'half', 'half']);
      staysValid(five);
    });

    it('sets one allowance', () => {
      expect(edit.setAllowance(factory(), 0, 1, 1500).benefits[0]?.allowance).toEqual([3000, 1500, 500, 0]);
    });
  });
});
