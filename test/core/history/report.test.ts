import { describe, expect, it } from 'vitest';
import {
  changesSheetValues,
  listChanges,
  migrationMatrix,
  summarise,
  summarySheetValues,
} from '../../../src/core/history/index.ts';
import { record, settingsWith } from './fixtures.ts';

const settings = settingsWith(0);
const history = [
  record('2026-03-01', 'Acme', 'B', { points: { revenue: 20 } }),
  record('2026-03-01', '=Evil', 'C'),
  record('2026-03-02', 'Acme', 'A', { points: { revenue: 35 } }),
  record('2026-03-02', '=Evil', 'C'),
];

describe('history/report', () => {
  describe('changesSheetValues', () => {
    const values = changesSheetValues(
      migrationMatrix(history, settings, new Map([['Acme', 1000]])),
      listChanges(history, settings),
      [],
      'en',
    );
    it('writes a rectangle with the matrix first, then the changes', () => {
      expect(new Set(values.map(r => r.length)).size).toBe(1);
      expect(values[0]?.[0]).toBe('Migration matrix: 2026-03-01 → 2026-03-02');
      expect(values[1]?.slice(0, 6)).toEqual(['Customers · Before \\ after', 'A', 'B', 'C', 'D', 'gone']);
      expect(values[3]?.slice(0, 6)).toEqual(['B', 1, 0, 0, 0, 0]);
      expect(values[4]?.slice(0, 6)).toEqual(['C', 0, 0, 1, 0, 0]);
      expect(values[6]?.[0]).toBe('new');
      expect(values[10]?.slice(0, 2)).toEqual(['B', 1000]);
      const changesAt = values.findIndex(r => r[0] === 'Tier changes (newest first)');
      expect(values[changesAt + 2]).toEqual([
        '2026-03-02',
        '2026-03-01',
        'Acme',
        'B',
        'A',
        'up',
        50,
        50,
        'Revenue +15.0 points',
      ]);
    });
    it('says so when there is no matrix or change yet, in Chinese too', () => {
      const empty = changesSheetValues(null, [], [], 'zh');
      expect(empty.map(r => r[0])).toEqual([
        '分级存档还不到两次，暂无迁移矩阵。',
        '',
        '等级变动（最新在前）',
        '暂无等级变动。',
      ]);
    });
  });

  describe('summarySheetValues', () => {
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
    const layout = summarySheetValues(
      summary,
      settings,
      [{ customer: '+Beta', text: 'Profit: not a number' }],
      'en',
      '2026-03-02',
    );

    it('lays out the tier table with budget and use per benefit, and totals', () => {
      const v = layout.values;
      expect(v[0]?.[0]).toBe('Customer tiers summary · 2026-03-02');
      const label = settings.benefits[0]?.label.en;
      expect(v[2]?.slice(0, 9)).toEqual([
        'Tier',
        'Customers',
        'Revenue',
        'Profit',
        'Share of customers',
        'Share of revenue',
        'Share of profit',
        `${label} budget`,
        `${label} used this period`,
      ]);
      expect(v[3]?.slice(0, 9)).toEqual(['A', 1, 900, 90, 0.5, 0.9, 0.9, 3000, 500]);
      expect(v[5]?.slice(0, 9)).toEqual(['C', 1, 100, 10, 0.5, 0.1, 0.1, 500, 100]);
      expect(v[7]?.slice(0, 9)).toEqual(['Total', 2, 1000, 100, 1, 1, 1, 3500, 600]);
      expect(v.find(r => r[0] === 'Rows with problems')?.[1]).toBe(1);
      expect(v.find(r => r[0] === '+Beta')?.[1]).toBe('Profit: not a number');
    });
    it('points the charts at the tier table and the Pareto block', () => {
      expect(layout.tierChart).toEqual({ row: 3, column: 1, numRows: 5, numColumns: 2 });
      expect(layout.shareColumns).toEqual({ row: 4, column: 5, numRows: 5, numColumns: 3 });
      expect(layout.pareto).toMatchObject({ row: 1, numRows: 3, numColumns: 3 });
      expect(layout.pareto.column).toBe((layout.values[0]?.length ?? 0) + 2);
      expect(layout.paretoValues).toEqual([
        ['Customer', 'Revenue', 'Cumulative share'],
        ['Acme', 900, 0.9],
        ['+Beta', 100, 1],
      ]);
    });
  });
});
