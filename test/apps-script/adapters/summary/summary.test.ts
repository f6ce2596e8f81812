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

/** The Summary's tier table rows: [tier, customers, revenue, profit, shares…, budget/used per benefit]. */
function tierRows(emu: Emulator, sheet = 'Summary'): unknown[][] {
  const values = valuesOf(emu, sheet);
  return values.slice(3, 3 + 4);
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
        expect(row[7]).toBe((settings.benefits[0]?.allowance[t] ?? 0) * (byTier[t]?.customers ?? 0));
      });
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
      const header = valuesOf(emu, 'Summary')[2] ?? [];
      expect(header.slice(7, 11)).toEqual([
        'Free samples budget',
        'Free samples used this period',
        'Free product training budget',
        'Free product training used this period',
      ]);
      expect(tierRows(emu).map(r => [r[0], r[1], r[7], r[8], r[9], r[10]])).toEqual([
        // Trainings in each tier's own period: A 1 a quarter, B 1 a half-year (Bolt's August one is this half).
        ['A', 1, 3000, 1200, 1, 0],
        ['B', 2, 2000, 500, 2, 1],
        ['C', 1, 500, 0, 1, 0],
        ['D', 0, 0, 0, 0, 0],
      ]);
      expect(rowNamed(emu, 'Total')?.slice(7, 11)).toEqual([5500, 1700, 4, 1]);
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
      expect(tierRows(emu)[1]?.[8]).toBe(500);
    });

    it('leaves use blank without a benefit log, and lists customers with problems', () => {
      const emu = workbook([...SMALL, ['Typo Co', 'three', 9_000, 45]]);
      emu.runMenuItem('showSummary');
      expect(tierRows(emu)[0]?.slice(7, 9)).toEqual([3000, '']);
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
      const column = (values[0] ?? []).indexOf('Customer');
      expect(values.slice(0, 5).map(r => r.slice(column, column + 3))).toEqual([
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
      expect(combo?.ranges[0]).toMatchObject({ row: 1, numRows: 5, numColumns: 3 });
      expect(combo?.options.series).toEqual({
        0: { type: 'bars', targetAxisIndex: 0 },
        1: { type: 'line', targetAxisIndex: 1 },
      });
    });

    it('names the sheet, headers and charts in Chinese for a Chinese user', () => {
      const emu = workbook([['客户名称', '销售额', '利润', '逾期天数'], ...SMALL.slice(1)], 'zh_CN');
      emu.runMenuItem('showSummary');
      expect(valuesOf(emu, '汇总')[2]?.slice(0, 4)).toEqual(['等级', '客户数', '销售额', '利润']);
      expect(emu.sheetModel('汇总').charts.map(c => c.options.title)).toEqual(['各等级客户数', '销售额帕累托图']);
      expect(emu.toasts.at(-1)?.message).toBe('汇总已更新：4 位客户。');
    });
  });
});
