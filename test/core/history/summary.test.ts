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
  });
});
