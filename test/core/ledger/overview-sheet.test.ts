import { describe, expect, it } from 'vitest';
import { OVER_QUOTA_BACKGROUND, PLAIN_BACKGROUND } from '../../../src/core/colours.ts';
import { buildTierTimeline, evaluateLog } from '../../../src/core/ledger/index.ts';
import { overviewSheet } from '../../../src/core/ledger/overview-sheet.ts';
import { SETTINGS } from './fixtures.ts';

const TODAY = '2026-06-30';
const toDay = (d: Date) => d.toISOString().slice(0, 10);
const customers = { names: ['Acme', 'Beta', '', 'Gamma'], tiers: ['A', 'B', '', 'D'] };
const timeline = buildTierTimeline({
  tiers: SETTINGS.tiers,
  history: [],
  current: customers.names.map((n, i) => [n, customers.tiers[i]] as const),
  today: TODAY,
  toDay,
});
const LOG = [
  ['2026-03-01', 'Acme', 'Free samples', 1000, ''],
  ['2026-03-02', 'Beta', 'Free samples', 1500, 'over the B allowance'],
  ['2026-03-03', 'Gamma', 'Free mould opening', 1, 'a perk D does not include'],
];

function sheet(lang: 'zh' | 'en' = 'en', rows: unknown[][] = LOG) {
  const evaluation = evaluateLog({
    settings: SETTINGS,
    timeline,
    rows,
    customers: customers.names,
    today: TODAY,
    toDay,
  });
  return overviewSheet(evaluation, { settings: SETTINGS, timeline, today: TODAY }, customers, lang);
}

describe('overview-sheet', () => {
  describe('overviewSheet', () => {
    it('titles the period, names each benefit column and gives one row per named customer', () => {
      const { grid, periodLabel } = sheet();
      expect(grid[0]?.[0]).toBe(`Quota overview · ${periodLabel} (2026-01-01 – 2026-12-31)`);
      expect(grid[1]?.slice(0, 5)).toEqual([
        'Customer',
        'Current tier',
        'Free samples · Allotted',
        'Free samples · Used',
        'Free samples · Remaining',
      ]);
      expect(grid.slice(2).map(row => row[0])).toEqual(['Acme', 'Beta', 'Gamma']);
      expect(grid.every(row => row.length === 2 + 3 * SETTINGS.benefits.length)).toBe(true);
    });

    it('shows allotted, used and remaining, and Included / Not included for a perk', () => {
      const { grid } = sheet();
      expect(grid[2]?.slice(0, 5)).toEqual(['Acme', 'A', 3000, 1000, 2000]);
      expect(grid[4]?.slice(-3)).toEqual(['Not included', 1, '']);
      expect(grid[2]?.slice(-3)).toEqual(['Included', 0, '']);
    });

    it('marks exactly the over-quota cells and counts them', () => {
      const { backgrounds, overQuota } = sheet();
      expect(overQuota).toBe(2);
      const marked = backgrounds.flatMap((row, r) =>
        row.flatMap((c, col) => (c === OVER_QUOTA_BACKGROUND ? [[r, col]] : [])),
      );
      expect(marked).toEqual([
        [1, 4],
        [2, 10],
      ]);
      expect(backgrounds.flat().filter(c => c !== OVER_QUOTA_BACKGROUND && c !== PLAIN_BACKGROUND)).toEqual([]);
    });

    it("speaks the user's language", () => {
      const { grid } = sheet('zh');
      expect(grid[1]?.[0]).toBe('客户');
      expect(String(grid[0]?.[0])).toMatch(/^额度概览/u);
    });

    it('has only the title and header rows when there are no customers', () => {
      const evaluation = evaluateLog({ settings: SETTINGS, timeline, rows: [], customers: [], today: TODAY, toDay });
      const empty = overviewSheet(
        evaluation,
        { settings: SETTINGS, timeline, today: TODAY },
        { names: [], tiers: [] },
        'en',
      );
      expect(empty.grid).toHaveLength(2);
      expect(empty.backgrounds).toEqual([]);
    });
  });
});
