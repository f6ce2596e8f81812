import { describe, expect, it } from 'vitest';
import { type SummaryRow, summarise } from '../../../src/core/history/index.ts';
import { settingsWith } from './fixtures.ts';

const row = (
  customer: string,
  tier: number | null,
  revenue: number | null,
  profit = 0,
  problem = false,
): SummaryRow => ({
  customer,
  tier,
  revenue,
  profit,
  problem,
});

describe('history/summary', () => {
  describe('summarise', () => {
    const rows = [
      row('a', 0, 600, 60),
      row('b', 0, 200, 20),
      row('c', 1, 150, 10, true),
      row('d', 3, 50, -10),
      row('e', null, null, 0, true),
    ];
    const summary = summarise(rows, settingsWith(0), [
      [1200, 300, 0, 0],
      [3, 1, 0, 0],
      [1, 0, 0, 0],
    ]);

    it('counts customers, revenue and profit per tier with shares', () => {
      expect(summary.tiers.map(t => [t.name, t.customers, t.revenue, t.profit])).toEqual([
        ['A', 2, 800, 80],
        ['B', 1, 150, 10],
        ['C', 0, 0, 0],
        ['D', 1, 50, -10],
      ]);
      expect(summary.tiers[0]?.customerShare).toBe(0.5);
      expect(summary.tiers[0]?.revenueShare).toBe(0.8);
      expect(summary.total).toEqual({ customers: 4, revenue: 1000, profit: 80 });
      expect(summary).toMatchObject({ untiered: 1, problems: 2 });
    });
    it('multiplies each allowance by the customers of the tier and carries usage', () => {
      // Each in its tier's own period: trainings are 1 a quarter for A, 1 a half-year for B.
      expect(summary.tiers[0]?.budget).toEqual([6000, 2, 2]);
      expect(summary.tiers[1]?.budget).toEqual([1000, 1, 0]);
      expect(summary.tiers[0]?.used).toEqual([1200, 3, 1]);
      expect(summarise(rows, settingsWith(0)).tiers[0]?.used).toEqual([null, null, null]);
    });
    it('sorts the Pareto series by revenue with the cumulative share', () => {
      expect(summary.pareto).toEqual([
        { customer: 'a', revenue: 600, cumulative: 0.6 },
        { customer: 'b', revenue: 200, cumulative: 0.8 },
        { customer: 'c', revenue: 150, cumulative: 0.95 },
        { customer: 'd', revenue: 50, cumulative: 1 },
      ]);
    });
    it('gives zero shares for an empty list', () => {
      const empty = summarise([], settingsWith(0));
      expect(empty.tiers[0]).toMatchObject({ customers: 0, customerShare: 0, revenueShare: 0 });
      expect(empty.pareto).toEqual([]);
    });
    it('counts a tier index outside the settings as untiered', () => {
      const out = summarise([row('a', -1, 10), row('b', 4, 10), row('c', 3, 10)], settingsWith(0));
      expect(out).toMatchObject({ untiered: 2, total: { customers: 1, revenue: 10, profit: 0 } });
      expect(out.tiers.map(t => t.customers)).toEqual([0, 0, 0, 1]);
    });
    it('shares profit over the total profit, blank revenue and profit counting 0', () => {
      const out = summarise(
        [row('a', 0, null, 30), { ...row('b', 1, 100), profit: null }, row('c', 1, 300, 10)],
        settingsWith(0),
      );
      expect(out.tiers.map(t => [t.revenue, t.revenueShare, t.profit, t.profitShare])).toEqual([
        [0, 0, 30, 0.75],
        [400, 1, 10, 0.25],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
      ]);
    });
    it('leaves credit notes, zero revenue and unnamed rows out of the Pareto, ties by name', () => {
      const out = summarise(
        [
          row('z', 0, 100),
          row('m', 1, 100),
          row('neg', 0, -50),
          row('zero', 0, 0),
          row('', 0, 300),
          row('b', null, 200),
        ],
        settingsWith(0),
      );
      expect(out.pareto).toEqual([
        { customer: 'b', revenue: 200, cumulative: 0.5 },
        { customer: 'm', revenue: 100, cumulative: 0.75 },
        { customer: 'z', revenue: 100, cumulative: 1 },
      ]);
    });
  });
});
