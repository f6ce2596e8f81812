// readColumn, pointsOf and valueForPoints against rules written out here: mid-rank percentile points among the other
// customers, min-max between the others and the value, bands in their direction, category scores, header units.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcDateToDay } from '../../src/core/days.ts';
import {
  CELL_EMPTY,
  CELL_INVALID,
  CELL_OK,
  CELL_SHEET_ERROR,
  type Column,
  hasOwnMagnitude,
  pointsOf,
  readColumn,
  scaleValue,
  valueForPoints,
} from '../../src/core/scoring.ts';
import type { Dimension, Normalisation } from '../../src/core/settings.ts';

const TODAY = { year: 2026, month: 3, day: 5 };

function dim(normalisation: Normalisation, over: Partial<Dimension> = {}): Dimension {
  return {
    id: 'm',
    label: { zh: '指标', en: 'M' },
    headers: ['m'],
    valueType: 'number',
    unit: 'plain',
    direction: 'higher',
    weight: 1,
    normalisation,
    missing: 'worst',
    ...over,
  };
}

/** One column of the given cells (column 1 of each row; column 0 holds a name). */
function column(d: Dimension, cells: readonly unknown[], scale = 1, skip: readonly number[] = []): Column {
  const rows = cells.map((c, i) => [`c${i}`, c]);
  const mask = new Uint8Array(cells.length);
  for (const i of skip) mask[i] = 1;
  return readColumn(d, 0, 1, rows, mask, TODAY, utcDateToDay, scale);
}

/** Mid-rank points of `x` among `others`: strictly worse ones count whole, equal ones half; 50 with no others. */
function rankPoints(others: readonly number[], x: number, higher: boolean): number {
  if (others.length === 0) return 50;
  const worse = others.filter(o => (higher ? o < x : o > x)).length;
  const ties = others.filter(o => o === x).length;
  return (100 * (worse + ties / 2)) / others.length;
}

/** `values` without one copy of `self`. */
function without(values: readonly number[], self: number): number[] {
  const k = values.indexOf(self);
  return k < 0 ? [...values] : [...values.slice(0, k), ...values.slice(k + 1)];
}

const present = (c: Column) => [...c.points];
/** Two bands and an "otherwise", shared by the band-points and the value-for-points tests. */
const bands: Normalisation = {
  kind: 'bands',
  bands: [
    { threshold: 100, points: 100 },
    { threshold: 50, points: 60 },
  ],
  otherwise: 10,
};
const direction = fc.constantFrom<Dimension['direction']>('higher', 'lower');

describe('scoring', () => {
  describe('readColumn', () => {
    it('gives each customer its mid-rank among the others (percentile), in either direction', () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 12 }),
          direction,
          (vs, dir) => {
            const c = column(dim({ kind: 'percentile' }, { direction: dir }), vs);
            const expected = vs.map(v => rankPoints(without(vs, v), v, dir === 'higher'));
            expect(present(c)).toEqual(expected);
            expect(c.min).toBe(Math.min(...vs));
            expect(c.max).toBe(Math.max(...vs));
            expect([...c.order].map(i => vs[i])).toEqual([...vs].sort((a, b) => a - b));
          },
        ),
      );
    });

    it('places min-max points linearly between the smallest and largest value, 50 without spread', () => {
      expect(present(column(dim({ kind: 'minmax' }), [0, 25, 100, 50]))).toEqual([0, 25, 100, 50]);
      expect(present(column(dim({ kind: 'minmax' }, { direction: 'lower' }), [0, 25, 100, 50]))).toEqual([
        100, 75, 0, 50,
      ]);
      expect(present(column(dim({ kind: 'minmax' }), [7, 7, 7]))).toEqual([50, 50, 50]);
      expect(present(column(dim({ kind: 'percentile' }), [7]))).toEqual([50]);
      expect(column(dim({ kind: 'minmax' }), [10, 30, 20]).order.length).toBe(0);
    });

    it('gives band points by the first band reached in the dimension direction, else the otherwise points', () => {
      expect(present(column(dim(bands), [100, 99, 50, 49, 200]))).toEqual([100, 60, 60, 10, 100]);
      const low: Normalisation = {
        kind: 'bands',
        bands: [
          { threshold: 30, points: 100 },
          { threshold: 60, points: 50 },
        ],
        otherwise: 0,
      };
      expect(present(column(dim(low, { direction: 'lower' }), [30, 31, 60, 61, 0]))).toEqual([100, 50, 50, 0, 100]);
    });

    it('marks empty, sheet-error and unreadable cells and keeps the issue of the last two, skipping blank rows', () => {
      const c = column(dim({ kind: 'percentile' }), [10, '', '#N/A', '三千', '20', 'x', 30], 1, [5]);
      expect([...c.state]).toEqual([CELL_OK, CELL_EMPTY, CELL_SHEET_ERROR, CELL_INVALID, CELL_OK, CELL_OK, CELL_OK]);
      expect([...c.codes]).toEqual([
        [2, { code: 'sheet_error', raw: '#N/A' }],
        [3, { code: 'not_a_number', raw: '三千' }],
      ]);
      expect([...c.values].map(v => (Number.isNaN(v) ? null : v))).toEqual([10, null, null, null, 20, null, 30]);
      expect(present(c).map(p => (Number.isNaN(p) ? null : p))).toEqual([0, null, null, null, 50, null, 100]);
      expect([c.min, c.max]).toEqual([10, 30]);
    });

    it('has no minimum or maximum when no cell has a value', () => {
      const c = column(dim({ kind: 'minmax' }), ['', 'x']);
      expect(c.min).toBeNaN();
      expect(c.max).toBeNaN();
      expect(present(c).every(Number.isNaN)).toBe(true);
    });

    it('multiplies numbers and number text by the header unit, but not a cell that names its own magnitude', () => {
      const c = column(dim({ kind: 'minmax' }), [20, '1.15', '1.2万', '¥3', '(2)', '3亿'], 10_000);
      expect([...c.values]).toEqual([200_000, 11_500, 12_000, 30_000, -20_000, 300_000_000]);
    });

    it('reads days since a date cell, never scaled', () => {
      const c = column(
        dim({ kind: 'minmax' }, { valueType: 'date', unit: 'days' }),
        ['2026-03-01', new Date(Date.UTC(2026, 2, 3)), 5],
        10,
      );
      expect([...c.values].slice(0, 2)).toEqual([4, 2]);
      expect(c.state[2]).toBe(CELL_INVALID);
      expect(c.codes.get(2)).toEqual({ code: 'serial_date', raw: '5' });
    });

    it('reads payment-term text in a days column only', () => {
      const days = column(dim({ kind: 'minmax' }, { unit: 'days' }), ['月结60天', 'Net 30', 45]);
      expect([...days.values]).toEqual([60, 30, 45]);
      const plain = column(dim({ kind: 'minmax' }), ['月结60天', 45]);
      expect(plain.state[0]).toBe(CELL_INVALID);
    });

    it('reads a categorical column as category scores, and names unknown words and errors', () => {
      const cats: Normalisation = {
        kind: 'categories',
        categories: [
          { words: ['Prepaid', '预付'], score: 100 },
          { words: ['Net 30'], score: 40 },
        ],
      };
      const c = column(dim(cats, { valueType: 'category' }), [' prepaid ', 'NET30', '', '#REF!', 'COD', 12]);
      expect([...c.values].map(v => (Number.isNaN(v) ? null : v))).toEqual([100, 40, null, null, null, null]);
      expect([...c.state]).toEqual([CELL_OK, CELL_OK, CELL_EMPTY, CELL_SHEET_ERROR, CELL_INVALID, CELL_INVALID]);
      expect(c.codes.get(2)).toBeUndefined();
      expect(c.codes.get(3)).toEqual({ code: 'sheet_error', raw: '#REF!' });
      expect(c.codes.get(4)).toEqual({ code: 'unknown_word', raw: 'COD' });
      expect(present(c).slice(0, 2)).toEqual([100, 40]);
    });
  });

  describe('pointsOf', () => {
    const values = fc.array(
      fc.integer({ min: -4, max: 4 }).map(v => v * 10),
      { minLength: 1, maxLength: 10 },
    );
    it('ranks a hypothetical value against the other customers only (percentile)', () => {
      fc.assert(
        fc.property(values, fc.nat(20), fc.integer({ min: -50, max: 50 }), direction, (vs, k, x, dir) => {
          const self = vs[k % vs.length] ?? 0;
          const c = column(dim({ kind: 'percentile' }, { direction: dir }), vs);
          expect(pointsOf(c, x, self)).toBeCloseTo(rankPoints(without(vs, self), x, dir === 'higher'), 9);
        }),
      );
    });

    it('places a hypothetical value between the others and itself (min-max), clamped to 0..100', () => {
      fc.assert(
        fc.property(values, fc.nat(20), fc.integer({ min: -50, max: 50 }), direction, (vs, k, x, dir) => {
          const self = vs[k % vs.length] ?? 0;
          const c = column(dim({ kind: 'minmax' }, { direction: dir }), vs);
          const others = without(vs, self);
          const pool = x === self ? vs : [...others, x];
          const lo = Math.min(...pool);
          const hi = Math.max(...pool);
          const expected =
            (x !== self && others.length === 0) || hi === lo
              ? 50
              : (100 * (dir === 'higher' ? x - lo : hi - x)) / (hi - lo);
          expect(pointsOf(c, x, self)).toBeCloseTo(expected, 9);
        }),
      );
    });

    it('gives a categorical value as its own points', () => {
      const c = column(dim({ kind: 'categories', categories: [{ words: ['a'], score: 70 }] }), ['a']);
      expect(pointsOf(c, 33, 70)).toBe(33);
    });
  });

  describe('valueForPoints', () => {
    it('returns the least-improved tie or step past another customer that reaches the points (percentile)', () => {
      const values = fc.array(
        fc.integer({ min: -6, max: 6 }).map(v => v * 10),
        { minLength: 1, maxLength: 10 },
      );
      fc.assert(
        fc.property(values, fc.nat(20), fc.integer({ min: 0, max: 101 }), direction, (vs, k, needed, dir) => {
          const self = vs[k % vs.length] ?? 0;
          const higher = dir === 'higher';
          const c = column(dim({ kind: 'percentile' }, { direction: dir }), vs);
          const others = without(vs, self);
          const candidates = vs.flatMap(w => [w, higher ? w + 1 : w - 1]);
          const reaching = candidates.filter(x => rankPoints(others, x, higher) >= needed);
          const expected = reaching.length === 0 ? null : higher ? Math.min(...reaching) : Math.max(...reaching);
          expect(valueForPoints(c, self, needed, 1)).toBe(expected);
        }),
      );
    });

    it('agrees with the rule on long columns with long runs of ties, asked many times over (walk and binary search)', () => {
      const long = fc.array(
        fc.oneof(fc.constant(0), fc.constant(500), fc.integer({ min: -300, max: 300 })).map(v => v * 10),
        { minLength: 20, maxLength: 120 },
      );
      fc.assert(
        fc.property(
          long,
          fc.nat(200),
          fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 }),
          direction,
          (vs, k, asks, dir) => {
            const self = vs[k % vs.length] ?? 0;
            const higher = dir === 'higher';
            const c = column(dim({ kind: 'percentile' }, { direction: dir }), vs);
            const others = without(vs, self);
            const candidates = vs.flatMap(w => [w, higher ? w + 1 : w - 1]);
            for (const needed of asks) {
              const reaching = candidates.filter(x => rankPoints(others, x, higher) >= needed);
              const expected = reaching.length === 0 ? null : higher ? Math.min(...reaching) : Math.max(...reaching);
              expect(valueForPoints(c, self, needed, 1)).toBe(expected);
              // Points near the answer and far from it, in any order after the search moved its hint.
              for (const x of [expected ?? 0, -4000, 5000, vs[needed % vs.length] ?? 0, (expected ?? 0) - 1]) {
                expect(pointsOf(c, x, self)).toBeCloseTo(rankPoints(others, x, higher), 9);
              }
            }
          },
        ),
        { numRuns: 150 },
      );
    });

    it('finds nothing for points that are not a number', () => {
      expect(valueForPoints(column(dim({ kind: 'percentile' }), [1, 2, 3]), 1, Number.NaN, 1)).toBeNull();
      expect(
        valueForPoints(column(dim({ kind: 'percentile' }, { direction: 'lower' }), [1, 2, 3]), 1, Number.NaN, 1),
      ).toBeNull();
    });

    it('inverts min-max against the other customers, rounded to a step in the improving direction', () => {
      const up = column(dim({ kind: 'minmax' }), [0, 50, 100]);
      expect(valueForPoints(up, 0, 40, 1)).toBe(70);
      expect(valueForPoints(up, 0, 41, 1)).toBe(71);
      expect(valueForPoints(up, 0, 40.1, 1)).toBe(71);
      const down = column(dim({ kind: 'minmax' }, { direction: 'lower' }), [0, 50, 100]);
      expect(valueForPoints(down, 100, 40, 1)).toBe(30);
      expect(valueForPoints(down, 100, 40.1, 1)).toBe(29);
      // The others all equal: matching them gives 50 points, passing them by a step gives 100.
      const flat = column(dim({ kind: 'minmax' }), [5, 20, 20]);
      expect(valueForPoints(flat, 5, 50, 1)).toBe(20);
      expect(valueForPoints(flat, 5, 60, 1)).toBe(21);
      const flatDown = column(dim({ kind: 'minmax' }, { direction: 'lower' }), [50, 20, 20]);
      expect(valueForPoints(flatDown, 50, 60, 1)).toBe(19);
      expect(valueForPoints(column(dim({ kind: 'minmax' }), [5]), 5, 10, 1)).toBeNull();
    });

    it('returns the threshold of the last band with enough points, else null', () => {
      const c = column(dim(bands), [0]);
      expect(valueForPoints(c, 0, 60, 1)).toBe(50);
      expect(valueForPoints(c, 0, 59, 1)).toBe(50);
      expect(valueForPoints(c, 0, 61, 1)).toBe(100);
      expect(valueForPoints(c, 0, 100, 1)).toBe(100);
      expect(valueForPoints(c, 0, 100.5, 1)).toBeNull();
    });

    it('returns the lowest category score that is enough', () => {
      const cats: Normalisation = {
        kind: 'categories',
        categories: [
          { words: ['a'], score: 100 },
          { words: ['b'], score: 40 },
          { words: ['c'], score: 70 },
          { words: ['d'], score: 0 },
        ],
      };
      const c = column(dim(cats, { valueType: 'category' }), ['d']);
      expect(valueForPoints(c, 0, 40, 1)).toBe(40);
      expect(valueForPoints(c, 0, 41, 1)).toBe(70);
      expect(valueForPoints(c, 0, 71, 1)).toBe(100);
      expect(valueForPoints(c, 0, 0, 1)).toBe(0);
    });

    it('finds nothing above 100 points', () => {
      expect(valueForPoints(column(dim({ kind: 'percentile' }), [1, 2]), 1, 100.01, 1)).toBeNull();
      expect(valueForPoints(column(dim({ kind: 'percentile' }), [1, 2]), 1, 100, 1)).toBe(3);
    });
  });

  describe('scaleValue', () => {
    it('shifts by a power of ten exactly, and multiplies by any other factor', () => {
      expect(scaleValue(1.15, 10_000)).toBe(11_500);
      expect(scaleValue(0.29, 100)).toBe(29);
      expect(scaleValue(1.5, 3)).toBe(4.5);
      expect(scaleValue(1e-7, 10)).toBe(1e-6);
      expect(scaleValue(-2.5, 1000)).toBe(-2500);
    });
    it('names its own magnitude only for text holding 万 or 亿', () => {
      expect(hasOwnMagnitude('1.2万')).toBe(true);
      expect(hasOwnMagnitude('3亿元')).toBe(true);
      expect(hasOwnMagnitude('1200')).toBe(false);
      expect(hasOwnMagnitude(12_000)).toBe(false);
    });
  });
});
