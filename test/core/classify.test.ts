import { describe, expect, it } from 'vitest';
import { type CustomerResult, classify, type Table, toPlainResult } from '../../src/core/classify.ts';
import { utcDateToDay } from '../../src/core/days.ts';
import { defaultSettings } from '../../src/core/presets.ts';
import { formatReason } from '../../src/core/reason.ts';
import type { Dimension, Settings } from '../../src/core/settings.ts';
import { measureHeaders, measures } from './fixtures.ts';

const TODAY = new Date(2026, 2, 5);
const HEADERS = ['Customer', 'Revenue', 'Profit', 'Overdue days'];
const run = (rows: unknown[][], settings: Settings = defaultSettings('factory', 'en'), headers: unknown[] = HEADERS) =>
  classify({ headers, rows }, settings, { today: TODAY });
const only = (rows: unknown[][], settings?: Settings): CustomerResult => {
  const r = run(rows, settings).results[0];
  if (!r) throw new Error('no result');
  return r;
};

/** Settings with one dimension per column m0.., all with the given normalisation. */

describe('classify', () => {
  describe('classify', () => {
    it('scores with the factory preset and explains the tier in zh and en', () => {
      const r = only([['Acme', '¥1,200,000', 150_000, 0]]);
      expect(r).toMatchObject({ status: 'tiered', tier: 0, scoreTier: 0, score: 97, gate: null, gap: null });
      expect(r.reason).toEqual({
        zh: 'A 级：销售额 ¥120 万，回款及时。得分 97.0（销售额 50.0、逾期天数 35.0、利润 12.0）',
        en: 'A: revenue ¥1.2m, pays on time. Score 97.0 (Revenue 50.0, Overdue days 35.0, Profit 12.0)',
      });
      expect(r.dimensions).toEqual([
        { id: 'revenue', value: 1_200_000, points: 100, share: 0.5, contribution: 50 },
        { id: 'profit', value: 150_000, points: 80, share: 0.15, contribution: 12 },
        { id: 'overdue_days', value: 0, points: 100, share: 0.35, contribution: 35 },
      ]);
    });

    it('gives the smallest single-dimension change to the next tier', () => {
      const r = only([['Beta', '45万', 60_000, 20]]);
      expect(r).toMatchObject({ tier: 1, score: 63.5 });
      expect(r.gap).toEqual({
        tier: 0,
        options: [{ dimension: 'revenue', value: 450_000, target: 1_000_000, delta: 550_000 }],
        relative: false,
      });
      expect(formatReason(r, 'en')).toBe(
        'B: revenue ¥450k, 20 overdue days; ¥550k more revenue would reach A. ' +
          'Score 63.5 (Revenue 30.0, Overdue days 24.5, Profit 9.0)',
      );
    });

    it('offers several dimensions when each alone is enough', () => {
      const r = only([['Gamma', 300_000, 50_000, 120]]);
      expect(r.gap?.options.map(o => [o.dimension, o.delta])).toEqual([
        ['revenue', 200_000],
        ['profit', 50_000],
        ['overdue_days', -30],
      ]);
      expect(r.reason.en).toContain('; ¥200k more revenue or ¥50k more profit or 30 fewer overdue days would reach C.');
      expect(r.reason.zh).toContain('；销售额再增加 ¥20 万或利润再增加 ¥5 万或逾期减少 30 天即可升为 C 级。');
    });

    it('lowers the tier through a gate and says so', () => {
      const s = defaultSettings('factory', 'en');
      s.gates = [{ atMost: 2, dimension: 'overdue_days', op: '>', value: 10 }];
      const r = only([['Delta', 2_000_000, 300_000, 15]], s);
      expect(r).toMatchObject({ score: 94.8, scoreTier: 0, tier: 2, gate: { index: 0, value: 15 } });
      expect(r.reason.en).toMatch(/^More than 10 overdue days \(15 now\): lowered to C; revenue ¥2m, profit ¥300k;/u);
      expect(r.reason.zh).toMatch(/^逾期超过 10 天（现 15 天），降为 C 级；销售额 ¥200 万，利润 ¥30 万；/u);
      expect(r.reason.zh).toContain('得分 94.8，按得分为 A 级（');
      expect(r.gap).toEqual({
        tier: 1,
        options: [{ dimension: 'overdue_days', value: 15, target: 10, delta: -5 }],
        relative: false,
      });
    });

    it('applies the harshest gate that fires', () => {
      const r = only([['Echo', 2_000_000, 300_000, 200]]);
      expect(r).toMatchObject({ tier: 3, gate: { index: 1 } });
    });

    it('marks unreadable cells invalid with the column and value, leaving other rows alone', () => {
      const c = run([
        ['Bad', '三千', 1, 1],
        ['Good', 1_000_000, 200_000, 0],
      ]);
      expect(c.results[0]).toMatchObject({
        status: 'invalid',
        tier: null,
        score: null,
        issues: [{ column: 'Revenue', dimension: 'revenue', raw: '三千', code: 'not_a_number' }],
        reason: { zh: 'Revenue：“三千”不是数字', en: "Revenue: '三千' is not a number" },
      });
      expect(c.results[1]).toMatchObject({ status: 'tiered', tier: 0 });
      expect(c.counts).toEqual({ tiers: [1, 0, 0, 0], insufficient: 0, invalid: 1, blank: 0 });
    });

    it('marks missing required data insufficient, never the last tier', () => {
      const r = only([['Foxtrot', '', 5000, 0]]);
      expect(r).toMatchObject({ status: 'insufficient', tier: null, missing: ['revenue'] });
      expect(r.reason).toEqual({ zh: '数据不足：缺少销售额', en: 'Insufficient data: Revenue missing' });
    });

    it('re-weights over the dimensions present and names the sheet error', () => {
      const r = only([['Golf', 1_000_000, '#N/A', 0]]);
      expect(r).toMatchObject({ status: 'tiered', score: 100, missing: ['profit'] });
      expect(r.dimensions[1]).toEqual({ id: 'profit', value: null, points: null, share: 0, contribution: 0 });
      expect(r.reason.en).toContain('; profit missing, scored on the others;');
      expect(r.reason.en).toContain("Profit: '#N/A' is a sheet error, treated as missing");
    });

    it('counts a missing value as 0 points under the worst policy', () => {
      const s = defaultSettings('factory', 'en');
      for (const d of s.dimensions) if (d.id === 'profit') d.missing = 'worst';
      const r = only([['Hotel', 1_000_000, '', 0]], s);
      expect(r).toMatchObject({ score: 85 });
      expect(r.reason.en).toContain('; profit missing, counted as 0 points');
    });

    it('skips blank rows in the counts and keeps row order', () => {
      const c = run([
        ['A', 1_000_000, 200_000, 0],
        ['', '', null, '  '],
        ['B', 10_000, 0, 0],
      ]);
      expect(c.results.map(r => [r.row, r.name, r.status])).toEqual([
        [0, 'A', 'tiered'],
        [1, '', 'blank'],
        [2, 'B', 'tiered'],
      ]);
      expect(c.results[1]?.reason).toEqual({ zh: '', en: '' });
      expect(c.counts).toEqual({ tiers: [1, 0, 1, 0], insufficient: 0, invalid: 0, blank: 1 });
    });

    it('leaves out a dimension whose column is missing and reports it', () => {
      const c = run([['A', 1_000_000]], defaultSettings('factory', 'en'), ['Customer', 'Revenue']);
      expect(c.columns.missing).toEqual(['profit', 'overdue_days']);
      expect(c.results[0]).toMatchObject({ status: 'tiered', score: 100, tier: 0, missing: [] });
    });

    it('is insufficient when none of the scored columns exists', () => {
      const r = run([['A', 5]], defaultSettings('factory', 'en'), ['Customer', 'Visits']).results[0];
      expect(r).toMatchObject({ status: 'insufficient' });
      expect(r?.reason.en).toBe('Insufficient data: none of the scored columns was found');
    });

    it('scores a date dimension as days since that date', () => {
      const s = measures('minmax');
      s.dimensions[0] = { ...(s.dimensions[0] as Dimension), valueType: 'date', unit: 'days', direction: 'lower' };
      const c = run(
        [
          ['A', new Date(2026, 2, 1)],
          ['B', '2026-02-03'],
          ['C', 46000],
        ],
        s,
        measureHeaders(),
      );
      expect(c.results.map(r => r.dimensions[0]?.value ?? null)).toEqual([4, 30, null]);
      expect(c.results.map(r => r.dimensions[0]?.points ?? null)).toEqual([100, 0, null]);
      expect(c.results[2]).toMatchObject({ status: 'invalid', issues: [{ code: 'serial_date' }] });
    });

    it('reads date cells and today on the calendar of the time zone it is given', () => {
      const s = measures('minmax');
      s.dimensions[0] = { ...(s.dimensions[0] as Dimension), valueType: 'date', unit: 'days', direction: 'lower' };
      // Sheets gives a date cell as midnight in the spreadsheet's zone: here 5 March in Shanghai (4 March in UTC).
      const shanghai = (d: Date) => utcDateToDay(new Date(d.getTime() + 8 * 3_600_000));
      const table = { headers: measureHeaders(), rows: [['A', new Date(Date.UTC(2026, 2, 4, 16))]] };
      const today = new Date(Date.UTC(2026, 2, 5, 1));
      const days = (toDay: (d: Date) => string) =>
        classify(table, s, { today, toDay }).results[0]?.dimensions[0]?.value ?? null;
      expect(days(shanghai)).toBe(0);
      expect(days(utcDateToDay)).toBe(1);
    });

    it('gives a plain copy with everything for JSON and spreads', () => {
      const r = only([['Acme', 1_000_000, 200_000, 0]]);
      const plain = toPlainResult(r);
      expect({ ...plain }).toEqual(JSON.parse(JSON.stringify(r)));
      expect(plain.reason.en).toBe(r.reason.en);
    });
  });

  describe('percentile and min-max on small lists', () => {
    it('handles an empty list', () => {
      const c = run([], measures('percentile'), measureHeaders());
      expect(c.results).toEqual([]);
      expect(c.counts.tiers).toEqual([0, 0, 0, 0]);
    });
    it('gives a single customer 50 points', () => {
      expect(run([['A', 7]], measures('percentile'), measureHeaders()).results[0]?.score).toBe(50);
      expect(run([['A', 7]], measures('minmax'), measureHeaders()).results[0]?.score).toBe(50);
    });
    it('gives two customers 100 and 0', () => {
      const c = run(
        [
          ['A', 7],
          ['B', 3],
        ],
        measures('percentile'),
        measureHeaders(),
      );
      expect(c.results.map(r => r.score)).toEqual([100, 0]);
    });
    it('gives an all-equal list 50 each', () => {
      for (const kind of ['percentile', 'minmax'] as const) {
        const c = run(
          [
            ['A', 5],
            ['B', 5],
            ['C', 5],
          ],
          measures(kind),
          measureHeaders(),
        );
        expect(c.results.map(r => r.score)).toEqual([50, 50, 50]);
      }
    });
    it('ranks ties at their mid-rank', () => {
      const c = run(
        [
          ['A', 1],
          ['B', 2],
          ['C', 2],
          ['D', 3],
        ],
        measures('percentile'),
        measureHeaders(),
      );
      expect(c.results.map(r => r.score)).toEqual([0, 50, 50, 100]);
    });
    it('keeps ranks sane with a 1000× outlier', () => {
      const rows = [['Big', 1_000_000], ...Array.from({ length: 9 }, (_, i) => [`c${i}`, 1000 + i])];
      const p = run(rows, measures('percentile'), measureHeaders());
      expect(p.results[0]?.score).toBe(100);
      expect(p.results[1]?.score).toBe(0);
      const m = run(rows, measures('minmax'), measureHeaders());
      expect(m.results.slice(1).every(r => r.tier === 3)).toBe(true);
    });
  });

  describe('gap with relative normalisations', () => {
    it('names the value to tie with under percentile ranks', () => {
      // Points: a 0, b 33.3 (D), c 66.7, d 100. Tying with c ranks b above a and level with c: 50 points, C.
      const c = run(
        [
          ['a', 10],
          ['b', 20],
          ['c', 30],
          ['d', 40],
        ],
        measures('percentile'),
        measureHeaders(),
      );
      expect(c.results[1]?.gap).toEqual({
        tier: 2,
        options: [{ dimension: 'm0', value: 20, target: 30, delta: 10 }],
        relative: false,
      });
      expect(c.results[3]?.gap).toBeNull();
    });
    it('solves the min-max line for the value that reaches the cut-off', () => {
      const c = run(
        [
          ['a', 0],
          ['b', 10],
          ['c', 100],
        ],
        measures('minmax'),
        measureHeaders(),
      );
      expect(c.results[1]?.gap).toEqual({
        tier: 2,
        options: [{ dimension: 'm0', value: 10, target: 40, delta: 30 }],
        relative: false,
      });
    });
  });

  describe('share of customers', () => {
    const shares = (rows: unknown[][]) =>
      run(rows, measures('percentile', 1, { kind: 'share', shares: [10, 20, 30] }), measureHeaders());

    it('fills tiers by share of customers', () => {
      const c = shares(Array.from({ length: 10 }, (_, i) => [`c${i}`, i]));
      expect(c.counts.tiers).toEqual([1, 2, 3, 4]);
      expect(c.results[9]?.reason.en).toBe('A: M0 9. Score 100.0, in the top 10% (M0 100.0)');
      expect(c.results[0]?.reason.en).toBe(
        'D: M0 0; 5 more M0 would reach C (as the other customers stand today). Score 0.0, below the top 60% (M0 0.0)',
      );
    });

    it('gives the change that passes the last customer of the next tier today, said to depend on the others', () => {
      const c = shares(Array.from({ length: 10 }, (_, i) => [`c${i}`, i]));
      // C holds 6, 5 and 4 today: 5 passes its last customer.
      expect(c.results[0]?.gap).toEqual({
        tier: 2,
        options: [{ dimension: 'm0', value: 0, target: 5, delta: 5 }],
        relative: true,
      });
      expect(c.results[9]?.gap).toBeNull();
    });

    it('keeps a group of equal customers together in the higher tier', () => {
      const c = shares([
        ['a', 9],
        ['b', 9],
        ['c', 1],
        ['d', 0],
        ['e', 0],
        ['f', 0],
        ['g', 0],
        ['h', 0],
        ['i', 0],
        ['j', 0],
      ]);
      expect(c.results.slice(0, 2).map(r => r.tier)).toEqual([0, 0]);
    });
  });

  describe('Pareto', () => {
    it('puts the customers of the first 80% in A and keeps the crossing customer high', () => {
      const s = {
        ...measures('percentile', 1),
        method: { kind: 'pareto' as const, dimension: 'm0', shares: [80, 95] },
      };
      const c = run(
        [
          ['a', 50],
          ['b', 30],
          ['c', 10],
          ['d', 5],
          ['e', 5],
        ],
        s,
        measureHeaders(),
      );
      expect(c.results.map(r => r.tier)).toEqual([0, 0, 1, 1, 1]);
      expect(c.results[2]?.reason.en).toBe(
        'B: M0 within the first 95% of the total; 21 more M0 would reach A (as the other customers stand today)',
      );
      expect(c.results[2]?.reason.zh).toBe(
        'B 级：指标0累计占比在前 95% 之内；指标0再增加 21 即可升为 A 级（按目前其他客户计算）',
      );
      // Passing b (30), the last customer in A, takes one more than 30.
      expect(c.results[2]?.gap).toEqual({
        tier: 0,
        options: [{ dimension: 'm0', value: 10, target: 31, delta: 21 }],
        relative: true,
      });
    });
    it('puts everyone in the last class when the total is zero', () => {
      const s = { ...measures('percentile', 1), method: { kind: 'pareto' as const, dimension: 'm0', shares: [80] } };
      expect(
        run(
          [
            ['a', 0],
            ['b', 0],
          ],
          s,
          measureHeaders(),
        ).results.map(r => r.tier),
      ).toEqual([1, 1]);
    });
  });

  it('reads a table given as a Table type', () => {
    const table: Table = { headers: ['客户名称', '销售额'], rows: [['甲', '100万']] };
    expect(classify(table, defaultSettings('custom', 'zh'), { today: TODAY }).results[0]).toMatchObject({
      tier: 0,
      name: '甲',
    });
  });
});
