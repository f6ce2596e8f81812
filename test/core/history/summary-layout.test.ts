import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/history/report.ts';
import type { SpendReport } from '../../../src/core/history/spend.ts';
import { summarise } from '../../../src/core/history/summary.ts';
import { summarySheetValues } from '../../../src/core/history/summary-layout.ts';
import { defaultSettings } from '../../../src/core/presets.ts';

const settings = defaultSettings('factory', 'en');
const summary = summarise(
  [
    { customer: 'Acme', tier: 0, revenue: 900, profit: 90, problem: false },
    { customer: '+Beta', tier: 2, revenue: 100, profit: 10, problem: true },
  ],
  settings,
  [
    [500, 0, 100, 0],
    [1, 0, 0, 0],
    [0, 0, 0, 0],
  ],
);
const spend: SpendReport = {
  tiers: ['A', 'B', 'C', 'D'].map((name, t) => ({
    name,
    spend: t === 0 ? 1300 : t === 2 ? 100 : 0,
    profit: t === 0 ? 90 : t === 2 ? 10 : 0,
    revenue: t === 0 ? 900 : t === 2 ? 100 : 0,
    spendPerProfit: t === 0 ? 1300 / 90 : t === 2 ? 10 : null,
    spendPerRevenue: t === 0 ? 1300 / 900 : t === 2 ? 1 : null,
  })),
  total: { name: '', spend: 1400, profit: 100, revenue: 1000, spendPerProfit: 14, spendPerRevenue: 1.4 },
  flagged: [{ customer: '+Beta', tier: 2, spend: 100, profit: 10, ratio: 10 }],
  alertPercent: 20,
};
const problems = [{ customer: '+Beta', text: 'Profit: not a number. '.repeat(12) }];
const layout = summarySheetValues({ summary, spend, problems }, settings, 'en', '2026-03-02');
const rowStarting = (first: Cell) => layout.values.findIndex(r => r[0] === first);
const cellAt = (row: number, column: number) => layout.values[row - 1]?.[column - 1];

describe('history/summary-layout', () => {
  it('keeps the tier table to its seven columns, with totals', () => {
    const v = layout.values;
    expect(v[0]?.[0]).toBe('Customer tiers summary · 2026-03-02');
    expect(v[2]?.slice(0, 7)).toEqual([
      'Tier',
      'Customers',
      'Revenue',
      'Profit',
      'Share of customers',
      'Share of revenue',
      'Share of profit',
    ]);
    expect(v[3]?.slice(0, 7)).toEqual(['A', 1, 900, 90, 0.5, 0.9, 0.9]);
    expect(v[7]?.slice(0, 7)).toEqual(['Total', 2, 1000, 100, 1, 1, 1]);
    expect(v[rowStarting('Rows with problems')]?.[1]).toBe(1);
  });

  it('puts the Pareto block beside the tier table, one empty column away, and the charts right of it', () => {
    expect(layout.pareto).toEqual({ row: 3, column: 9, numRows: 3, numColumns: 3 });
    expect(layout.values[0]?.length).toBe(7);
    expect(layout.paretoValues).toEqual([
      ['Customer', 'Revenue', 'Cumulative share'],
      ['Acme', 900, 0.9],
      ['+Beta', 100, 1],
    ]);
    expect(layout.chartColumn).toBe(13);
    expect(layout.tierChart).toEqual({ row: 3, column: 1, numRows: 5, numColumns: 2 });
  });

  it('lists each benefit per tier that has it, in its own period, with budget, use and what is left', () => {
    const top = rowStarting('Benefit');
    expect(layout.values[top]?.slice(0, 6)).toEqual([
      'Benefit',
      'Tier',
      'Per customer',
      'Budget this period',
      'Used this period',
      'Left',
    ]);
    const samples = settings.benefits[0]?.label.en;
    expect(layout.values[top + 1]?.slice(0, 6)).toEqual([samples, 'A', '¥3,000 / year', 3000, 500, 2500]);
    // Tier D has no samples and used none: not listed.
    const listed = layout.values.filter(r => r[0] === samples).map(r => r[1]);
    expect(listed).toEqual(['A', 'B', 'C']);
  });

  it('shows spend against profit per tier and the flagged customers, with shares as percentages', () => {
    const header = layout.values.findIndex(r => r[1] === 'Benefit spend') + 1;
    expect(layout.values[header - 1]?.slice(0, 6)).toEqual([
      'Tier',
      'Benefit spend',
      'Profit',
      'Revenue',
      'Spend ÷ profit',
      'Spend ÷ revenue',
    ]);
    expect(layout.spendChart).toEqual({ row: header, column: 1, numRows: 5, numColumns: 3 });
    expect(cellAt(header + 1, 2)).toBe(1300);
    expect(cellAt(header + 4, 5)).toBe(''); // D: no profit to divide by
    expect(cellAt(header + 5, 1)).toBe('Total');
    expect(layout.percentBlocks).toContainEqual({ row: header + 1, column: 5, numRows: 5, numColumns: 2 });
    const flagged = rowStarting('Customers whose benefit spend passes 20% of their profit');
    expect(layout.values[flagged + 2]?.slice(0, 5)).toEqual(['+Beta', 'C', 100, 10, 10]);
    expect(layout.percentBlocks).toContainEqual({ row: flagged + 3, column: 5, numRows: 1, numColumns: 1 });
  });

  it('says where the spend would come from when there is no benefit log', () => {
    const none = summarySheetValues({ summary, spend: null, problems }, settings, 'zh', '2026-03-02');
    expect(none.spendChart).toBeNull();
    expect(none.values.some(r => String(r[0]).includes('创建权益使用记录表'))).toBe(true);
  });

  it('wraps the problem texts in a fixed-width column B instead of widening it', () => {
    const first = layout.values.map(r => r[0]).lastIndexOf('+Beta') + 1;
    expect(layout.wrapped).toEqual({ row: first, column: 2, numRows: 1, numColumns: 1 });
    expect(cellAt(first, 2)).toBe(problems[0]?.text);
    expect(layout.columnWidths[1]).toBe(320);
    expect(layout.columnWidths).toHaveLength(7 + 1 + 3);
  });

  it('sizes every column within bounds, wide enough for its longest cell that is not a title or problem text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.constantFrom('zh' as const, 'en' as const), (name, lang) => {
        const named = summarise([{ customer: name, tier: 1, revenue: 5, profit: 1, problem: false }], settings);
        const out = summarySheetValues({ summary: named, spend: null, problems: [] }, settings, lang, '2026-03-02');
        for (const w of out.columnWidths) {
          expect(w).toBeGreaterThanOrEqual(32);
          expect(w).toBeLessThanOrEqual(320);
        }
        // The customer's name sits in the Pareto's first column (9th, after the gap) when it is not blank.
        if (name.trim() !== '') expect(out.columnWidths[8]).toBeGreaterThanOrEqual(Math.min(260, name.length * 7));
      }),
    );
  });
});
