// "Show summary" on the emulator with the built bundle: numbers equal the engine's own results, benefit budget and
// use from the benefit log, localised titles, and native charts that are replaced rather than stacked.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../../emulator/index.ts';
import { classify } from '../../../../src/core/classify.ts';
import { defaultSettings } from '../../../../src/core/presets.ts';
import { sampleCustomers } from '../../../../src/core/sample.ts';
import { loadAddon, valuesOf } from '../../../support/addon.ts';

const NOW = new Date('2026-11-26T02:00:00Z');
const SMALL = [
  ['Customer', 'Revenue', 'Profit', 'Overdue days'],
  ['Acme', 2_000_000, 400_000, 0],
  ['Beta', 600_000, 90_000, 10],
  ['Bolt', 650_000, 95_000, 5],
  ['Gamma', 150_000, 20_000, 30],
];

function workbook(table: readonly (readonly unknown[])[], locale = 'en_US'): Emulator {
  const emu = loadAddon({ locale, firstSheet: null, now: () => NOW });
  emu.addSheet('Customers', table);
  return emu;
}

/** The Summary's tier table rows: [tier, customers, revenue, profit, shares of each]. */
function tierRows(emu: Emulator, sheet = 'Summary'): unknown[][] {
  const values = valuesOf(emu, sheet);
  return values.slice(3, 3 + 4);
}

/** The benefit table's rows [benefit, tier, per customer, budget, used, left] of one benefit. */
function benefitRows(emu: Emulator, benefit: string, sheet = 'Summary'): unknown[][] {
  return valuesOf(emu, sheet)
    .filter(row => row[0] === benefit)
    .map(row => row.slice(0, 6));
}

/** The spend table's rows [tier, spend, profit, revenue, spend ÷ profit, spend ÷ revenue], total included. */
function spendRows(emu: Emulator, sheet = 'Summary'): unknown[][] {
  const values = valuesOf(emu, sheet);
  const header = values.findIndex(row => row[1] === 'Benefit spend' && row[0] === 'Tier');
  return header < 0 ? [] : values.slice(header + 1, header + 6).map(row => row.slice(0, 6));
}

function rowNamed(emu: Emulator, first: string, sheet = 'Summary'): unknown[] | undefined {
  return valuesOf(emu, sheet).find(row => row[0] === first);
}

describe('apps-script/adapters/summary', () => {
  describe('showSummary', () => {
    it('counts customers, revenue and profit per tier exactly as the engine does', () => {
      const table = sampleCustomers('en', NOW, 60);
      const emu = workbook(table);
      emu.runMenuItem('showSummary');
      const settings = defaultSettings('factory', 'en');
      const engine = classify({ headers: table[0] ?? [], rows: table.slice(1) }, settings, { today: NOW });
      const byTier = settings.tiers.map((tier, t) => {
        const mine = engine.results.filter(r => r.tier === t);
        const sum = (id: string) => mine.reduce((acc, r) => acc + (r.dimensions.find(d => d.id === id)?.value ?? 0), 0);
        return { name: tier.name, customers: mine.length, revenue: sum('revenue'), profit: sum('profit') };
      });
      const rows = tierRows(emu);
      expect(rows.map(r => [r[0], r[1]])).toEqual(byTier.map(t => [t.name, t.customers]));
      rows.forEach((row, t) => {
        expect(row[2]).toBeCloseTo(byTier[t]?.revenue ?? Number.NaN, 6);
        expect(row[3]).toBeCloseTo(byTier[t]?.profit ?? Number.NaN, 6);
      });
      const samples = settings.benefits[0];
      const budgets = benefitRows(emu, samples?.label.en ?? '').map(r => [r[1], r[3]]);
      expect(budgets).toEqual(
        byTier
          .map((tier, t) => [tier.name, (samples?.allowance[t] ?? 0) * tier.customers])
          .filter((_, t) => (samples?.allowance[t] ?? 0) > 0),
      );
      const tiered = byTier.reduce((acc, t) => acc + t.customers, 0);
      expect(rows.reduce((acc, r) => acc + Number(r[4]), 0)).toBeCloseTo(1, 9);
      expect(rowNamed(emu, 'Total')?.[1]).toBe(tiered);
      const problems = engine.results.filter(
        r => r.status !== 'blank' && (r.status !== 'tiered' || r.issues.length > 0),
      );
      expect(problems.length).toBeGreaterThan(0);
      expect(rowNamed(emu, 'Rows with problems')?.[1]).toBe(problems.length);
      expect(rowNamed(emu, 'Not tiered')?.[1]).toBe(
        engine.results.filter(r => r.status !== 'blank' && r.tier === null).length,
      );
      expect(emu.toasts.at(-1)?.message).toBe(`Summary updated: ${tiered} customers.`);
    });

    it('shows what each tier used of its benefits this period, from the benefit log', () => {
      const emu = workbook(SMALL);
      emu.runMenuItem('recomputeTiers');
      emu.runMenuItem('setUpBenefitLog');
      emu.userEdit('Benefit log', 'A2:E5', [
        ['2026-03-01', 'Acme', 'Free samples', 1200, ''],
        ['2026-04-01', 'Beta', 'Free samples', 300, ''],
        ['2026-05-01', 'Bolt', 'Free samples', 200, ''],
        ['2026-08-02', 'Bolt', 'Free product training', 1, ''],
      ]);
      emu.runMenuItem('showSummary');
      // Each benefit in each tier's own period: trainings A 1 a quarter, B 1 a half-year (Bolt's August one is this
      // half); tier D has neither and used none, so it is not listed.
      expect(benefitRows(emu, 'Free samples')).toEqual([
        ['Free samples', 'A', '¥3,000 / year', 3000, 1200, 1800],
        ['Free samples', 'B', '¥1,000 / year', 2000, 500, 1500],
        ['Free samples', 'C', '¥500 / year', 500, 0, 500],
      ]);
      expect(benefitRows(emu, 'Free product training').map(r => r.slice(1))).toEqual([
        ['A', '1 time / quarter', 1, 0, 1],
        ['B', '1 time / half-year', 2, 1, 1],
        ['C', '1 time / year', 1, 0, 1],
      ]);
      // Spend this fiscal year: samples at their amount, Bolt's training at the preset's ¥800 a session.
      expect(spendRows(emu).map(r => r.slice(0, 4))).toEqual([
        ['A', 1200, 400_000, 2_000_000],
        ['B', 300 + 200 + 800, 185_000, 1_250_000],
        ['C', 0, 20_000, 150_000],
        ['D', 0, 0, 0],
        ['Total', 2500, 605_000, 3_400_000],
      ]);
      expect(spendRows(emu)[0]?.[4]).toBeCloseTo(1200 / 400_000, 12);
      expect(spendRows(emu)[3]?.slice(4)).toEqual(['', '']);
      const values = valuesOf(emu, 'Summary');
      const flagged = values.findIndex(r => r[0] === 'Customers whose benefit spend passes 20% of their profit');
      expect(flagged).toBeGreaterThan(0);
      expect(values[flagged + 1]?.[0]).toBe('None.');
    });

    it('flags the customers whose benefit spend passes the default 20 % of their profit', () => {
      const emu = workbook([...SMALL, ['Dent', 20_000, 1_000, 0]]);
      emu.runMenuItem('recomputeTiers');
      emu.runMenuItem('setUpBenefitLog');
      emu.userEdit('Benefit log', 'A2:E3', [
        ['2026-03-01', 'Dent', 'Free samples', 250, ''],
        ['2026-03-02', 'Gamma', 'Free samples', 100, ''],
      ]);
      emu.runMenuItem('showSummary');
      const values = valuesOf(emu, 'Summary');
      const title = values.findIndex(r => r[0] === 'Customers whose benefit spend passes 20% of their profit');
      expect(values[title + 1]?.slice(0, 5)).toEqual(['Customer', 'Tier', 'Benefit spend', 'Profit', 'Spend ÷ profit']);
      expect(values[title + 2]?.slice(0, 5)).toEqual(['Dent', 'C', 250, 1000, 0.25]);
      expect(values[title + 3]?.[0]).not.toBe('Gamma');
      const model = emu.sheetModel('Summary');
      expect(model.numberFormats.get(title + 3, 5)).toBe('0.0%');
    });

    it('counts a customer listed twice under two spellings once in the use per tier', () => {
      const emu = workbook([...SMALL, [' BETA ', 600_000, 90_000, 10]]);
      emu.runMenuItem('recomputeTiers');
      emu.runMenuItem('setUpBenefitLog');
      emu.userEdit('Benefit log', 'A2:E3', [
        ['2026-04-01', 'Beta', 'Free samples', 300, ''],
        ['2026-05-01', 'Bolt', 'Free samples', 200, ''],
      ]);
      emu.runMenuItem('showSummary');
      expect(tierRows(emu)[1]?.slice(0, 2)).toEqual(['B', 3]);
      expect(benefitRows(emu, 'Free samples')[1]?.slice(1, 5)).toEqual(['B', '¥1,000 / year', 3000, 500]);
    });

    it('leaves use blank without a benefit log, and lists customers with problems', () => {
      const emu = workbook([...SMALL, ['Typo Co', 'three', 9_000, 45]]);
      emu.runMenuItem('showSummary');
      expect(benefitRows(emu, 'Free samples')[0]?.slice(3)).toEqual([3000, '', '']);
      expect(valuesOf(emu, 'Summary').some(r => String(r[0]).startsWith('No benefit log yet'))).toBe(true);
      const values = valuesOf(emu, 'Summary');
      const listAt = values.findIndex(row => row[0] === 'Customers with problems');
      expect(values[listAt + 1]?.slice(0, 2)).toEqual(['Customer', 'Problem']);
      expect(values[listAt + 2]?.[0]).toBe('Typo Co');
      expect(String(values[listAt + 2]?.[1])).toContain('three');
    });

    it('writes the Pareto series: revenue by customer, highest first, with the cumulative share', () => {
      const emu = workbook(SMALL);
      emu.runMenuItem('showSummary');
      const values = valuesOf(emu, 'Summary');
      // Beside the tier table (its header row), one empty column after it.
      const column = (values[2] ?? []).indexOf('Customer');
      expect(column).toBe(8);
      expect(values.slice(2, 7).map(r => r.slice(column, column + 3))).toEqual([
        ['Customer', 'Revenue', 'Cumulative share'],
        ['Acme', 2_000_000, 2_000_000 / 3_400_000],
        ['Bolt', 650_000, 2_650_000 / 3_400_000],
        ['Beta', 600_000, 3_250_000 / 3_400_000],
        ['Gamma', 150_000, 1],
      ]);
    });

    it('builds a column chart and a Pareto combo chart, and replaces them instead of stacking', () => {
      const emu = workbook(SMALL);
      emu.runMenuItem('showSummary');
      // A chart of the user's own on the Summary sheet (put straight into the model: any title but the add-on's).
      emu.sheetModel('Summary').charts.push({
        chartId: emu.workbook.newChartId(),
        chartType: 'PIE',
        ranges: [{ row: 3, column: 1, numRows: 5, numColumns: 2 }],
        options: { title: 'My pie' },
        position: { row: 30, column: 1, offsetX: 0, offsetY: 0 },
        numHeaders: 1,
        transpose: false,
      });
      const first = emu.sheetModel('Summary').charts.map(c => c.chartId);
      emu.runMenuItem('showSummary');
      const charts = emu.sheetModel('Summary').charts;
      expect(charts.map(c => [c.chartType, c.options.title])).toEqual([
        ['PIE', 'My pie'],
        ['COLUMN', 'Customers per tier'],
        ['COMBO', 'Revenue Pareto'],
      ]);
      expect(charts.filter(c => first.includes(c.chartId)).map(c => c.options.title)).toEqual(['My pie']);
      const [, column, combo] = charts;
      expect(column?.ranges).toEqual([{ row: 3, column: 1, numRows: 5, numColumns: 2 }]);
      expect(combo?.ranges[0]).toEqual({ row: 3, column: 9, numRows: 5, numColumns: 3 });
      // Stacked right of the Pareto block, not below a long problem list.
      expect(charts.slice(1).map(c => [c.position.row, c.position.column])).toEqual([
        [1, 13],
        [21, 13],
      ]);
      expect(combo?.options.series).toEqual({
        0: { type: 'bars', targetAxisIndex: 0 },
        1: { type: 'line', targetAxisIndex: 1 },
      });
    });

    it('adds the spend chart with a benefit log, wraps long problem texts and sizes the columns to their content', () => {
      const long = 'x'.repeat(400);
      const emu = workbook([...SMALL, [`Typo ${long}`, 'three', 9_000, 45]]);
      emu.runMenuItem('setUpBenefitLog');
      emu.runMenuItem('showSummary');
      const model = emu.sheetModel('Summary');
      const spend = model.charts.find(c => c.options.title === 'Benefit spend and profit per tier');
      expect(spend?.chartType).toBe('COLUMN');
      const values = valuesOf(emu, 'Summary');
      const spendHeader = values.findIndex(r => r[0] === 'Tier' && r[1] === 'Benefit spend') + 1;
      expect(spend?.ranges).toEqual([{ row: spendHeader, column: 1, numRows: 5, numColumns: 3 }]);
      const problemRow = values.findIndex(r => String(r[0]).startsWith('Typo')) + 1;
      expect(model.wraps.get(problemRow, 2)).toBe(true);
      expect(model.columnWidths.get(2)).toBe(320);
      // Column A fits "Share of customers"-length labels but is capped, however long a customer's name.
      expect(model.columnWidths.get(1)).toBeLessThanOrEqual(260);
      expect(model.columnWidths.get(9)).toBeGreaterThan(64);
      // Last run's formats never stay on cells that now hold other numbers.
      emu.runMenuItem('showSummary');
      expect(model.numberFormats.get(4, 3)).not.toBe('0.0%');
    });

    it('names the sheet, headers and charts in Chinese for a Chinese user', () => {
      const emu = workbook([['客户名称', '销售额', '利润', '逾期天数'], ...SMALL.slice(1)], 'zh_CN');
      emu.runMenuItem('showSummary');
      expect(valuesOf(emu, '汇总')[2]?.slice(0, 4)).toEqual(['等级', '客户数', '销售额', '利润']);
      expect(emu.sheetModel('汇总').charts.map(c => c.options.title)).toEqual(['各等级客户数', '销售额帕累托图']);
      emu.runMenuItem('setUpBenefitLog');
      emu.runMenuItem('showSummary');
      expect(emu.sheetModel('汇总').charts.map(c => c.options.title)).toEqual([
        '各等级客户数',
        '各等级权益花费与利润',
        '销售额帕累托图',
      ]);
      expect(emu.toasts.at(-1)?.message).toBe('汇总已更新：4 位客户。');
    });
  });
});
