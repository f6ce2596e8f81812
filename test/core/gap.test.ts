import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Classification, classify } from '../../src/core/classify.ts';
import { utcDateToDay } from '../../src/core/days.ts';
import { emptyShownGap, paretoFloors, paretoGap, passCutoffs, roundScore } from '../../src/core/gap.ts';
import { defaultSettings } from '../../src/core/presets.ts';
import { readColumn } from '../../src/core/scoring.ts';
import type { Dimension, GateOp, Normalisation, Settings } from '../../src/core/settings.ts';
import { measures } from './fixtures.ts';

const TODAY = new Date(2026, 2, 5);
const HEADERS = ['Customer', 'Revenue', 'Profit', 'Overdue days'];
/** Column of each factory dimension in HEADERS. */
const COLUMN: Readonly<Record<string, number>> = { revenue: 1, profit: 2, overdue_days: 3 };
type Row = [string, number, number, number];

const run = (rows: readonly (readonly unknown[])[], s: Settings): Classification =>
  classify({ headers: HEADERS, rows }, s, { today: TODAY });

const targets = (kind: 'percentile' | 'minmax', values: readonly number[]) =>
  classify({ headers: ['Customer', 'm0'], rows: values.map((v, i) => [`c${i}`, v]) }, measures(kind), {
    today: TODAY,
  }).results.map(r => r.gap && [r.gap.tier, r.gap.options.map(o => o.target)]);

/** The table with one cell of row `i` replaced. */
const withCell = (data: readonly Row[], i: number, column: number, value: number): unknown[][] =>
  data.map((row, k) => (k === i ? row.map((cell, c) => (c === column ? value : cell)) : row));

describe('gap', () => {
  describe('cutoffGap', () => {
    it('beats a run of tied customers when tying with them is not enough', () => {
      // c1..c5 tie at 60 points (B); 31 ranks above all of them: 100 points, A.
      expect(targets('percentile', [10, 30, 30, 30, 30, 30])[1]).toEqual([0, [31]]);
    });

    it('stops between two customers when that already reaches the next tier', () => {
      // Points: 0, 25, 50, 75, 100. c0 needs 40: 21 ranks above c1 and c2 → 50; tying c3 (30) is not the least.
      expect(targets('percentile', [0, 10, 20, 30, 40])[0]).toEqual([2, [21]]);
    });

    it('measures min-max against the other customers when the customer is the minimum', () => {
      // Raised above 0, c0 is no longer the minimum: 50..100 is the range, so 40 points need 70, not 40.
      expect(targets('minmax', [0, 50, 100])[0]).toEqual([2, [70]]);
      expect(targets('minmax', [0, 10, 100])[1]).toEqual([2, [40]]);
    });

    it('names a value that reaches the next tier, and no value one step short of it does', () => {
      const coarse = fc.tuple(
        fc.constantFrom('A', 'B', 'C'),
        fc.integer({ min: 0, max: 20 }).map(v => v * 60_000),
        fc.integer({ min: -2, max: 10 }).map(v => v * 25_000),
        fc.integer({ min: 0, max: 8 }).map(v => v * 30),
      );
      const fine = fc.tuple(
        fc.constantFrom('A', 'B', 'C'),
        fc.integer({ min: 0, max: 1_200_000 }),
        fc.integer({ min: -50_000, max: 250_000 }),
        fc.integer({ min: 0, max: 240 }),
      );
      const rows = fc.array(fc.oneof(coarse, fine), { minLength: 1, maxLength: 12 });
      const norm = fc.constantFrom('bands' as const, 'percentile' as const, 'minmax' as const);
      fc.assert(
        fc.property(rows, norm, (data, kind) => {
          const s = defaultSettings('factory', 'en');
          const n: Normalisation | null = kind === 'bands' ? null : { kind };
          if (n) for (const d of s.dimensions) d.normalisation = n;
          const base = run(data, s);
          base.results.forEach((r, i) => {
            if (r.tier === null || r.tier === 0) return;
            const gap = r.gap;
            expect(gap?.tier).toBe(r.tier - 1);
            const offered = new Set(gap?.options.map(o => o.dimension));
            for (const o of gap?.options ?? []) {
              const column = COLUMN[o.dimension] ?? -1;
              const reached = run(withCell(data, i, column, o.target), s).results[i]?.tier;
              expect(reached, `${o.dimension} → ${o.target}`).toBeLessThanOrEqual(r.tier - 1);
              const short = o.target - Math.sign(o.delta);
              if (short !== o.value) {
                const missed = run(withCell(data, i, column, short), s).results[i]?.tier;
                expect(missed, `${o.dimension} → ${short}`).toBeGreaterThan(r.tier - 1);
              }
            }
            // Any dimension that can lift the customer on its own must be offered.
            for (const d of s.dimensions) {
              const column = COLUMN[d.id] ?? -1;
              const best = d.direction === 'higher' ? 1e9 : -1e9;
              const lifted = run(withCell(data, i, column, best), s).results[i]?.tier ?? 9;
              if (lifted <= r.tier - 1) expect(offered.has(d.id), d.id).toBe(true);
            }
          });
        }),
        { numRuns: 150 },
      );
    });
  });
  describe('roundScore', () => {
    it('rounds to tenths as results show scores', () => {
      expect([roundScore(79.95), roundScore(79.94), roundScore(80), roundScore(0.04), roundScore(99.96)]).toEqual([
        80, 79.9, 80, 0, 100,
      ]);
    });
  });

  describe('passCutoffs', () => {
    it('passes the lowest score of each tier but the last by a tenth; an empty tier cannot be passed into', () => {
      const tiers = Int8Array.from([0, 1, 1, 2, -1, 0, 1, 3]);
      const scores = Float64Array.from([90, 70.04, 65, 30, 99, 95, Number.NaN, 10]);
      expect(passCutoffs(tiers, scores, 4)).toEqual([90.1, 65.1, 30.1]);
      expect(passCutoffs(Int8Array.from([0, 2]), Float64Array.from([50, 40]), 4)).toEqual([50.1, 101, 40.1]);
      expect(passCutoffs(Int8Array.from([0]), Float64Array.from([50]), 1)).toEqual([]);
      expect(passCutoffs(Int8Array.from([0]), Float64Array.from([50]), 0)).toEqual([]);
    });
  });

  describe('Pareto gaps', () => {
    const dim = (unit: Dimension['unit']): Dimension => ({
      id: 'sales',
      label: { zh: '销售额', en: 'Sales' },
      headers: ['sales'],
      valueType: 'number',
      unit,
      direction: 'higher',
      weight: 1,
      normalisation: { kind: 'minmax' },
      missing: 'worst',
    });
    const column = (unit: Dimension['unit'], values: readonly unknown[]) =>
      readColumn(
        dim(unit),
        0,
        0,
        values.map(v => [v]),
        new Uint8Array(values.length),
        { year: 2026, month: 3, day: 5 },
        utcDateToDay,
      );

    it('finds the smallest measure placed in each tier but the last, Infinity for an empty one', () => {
      const col = column('money', [500, 300, 200, 120, 100, '', 90, 700]);
      const tiers = Int8Array.from([0, 0, 1, 1, 2, 1, -1, 3]);
      expect(paretoFloors(tiers, col, 4)).toEqual([300, 120, 100]);
      expect(paretoFloors(Int8Array.from([0, 2]), column('money', [10, 5]), 4)).toEqual([10, Infinity, 5]);
      expect(paretoFloors(Int8Array.from([0]), column('money', [10]), 0)).toEqual([]);
    });

    it('passes the last customer of the next tier up by one step of the unit', () => {
      const col = column('money', [500, 300, 200, 120]);
      const ctx = { column: col, floors: [300, 120] };
      expect(paretoGap(0, 0, ctx)).toBeNull();
      expect(paretoGap(2, 1, ctx)).toEqual({
        tier: 0,
        options: [{ dimension: 'sales', value: 200, target: 301, delta: 101 }],
        relative: true,
      });
      // Placed lower than its measure (a rule), the customer already passes the floor: one step past its own value.
      expect(paretoGap(0, 1, ctx)).toEqual({
        tier: 0,
        options: [{ dimension: 'sales', value: 500, target: 501, delta: 1 }],
        relative: true,
      });
      const share = column('percent', [0.5, 0.2]);
      expect(paretoGap(1, 1, { column: share, floors: [0.5] })?.options[0]?.target).toBeCloseTo(0.501, 12);
    });

    it('offers nothing when the tier above is empty or the measure is missing', () => {
      const col = column('money', [500, '']);
      expect(paretoGap(0, 2, { column: col, floors: [500, Number.POSITIVE_INFINITY] })).toEqual({
        tier: 1,
        options: [],
        relative: true,
      });
      expect(paretoGap(1, 1, { column: col, floors: [500] })).toEqual({ tier: 0, options: [], relative: true });
      expect(paretoGap(0, 3, { column: col, floors: [500] })).toEqual({ tier: 2, options: [], relative: true });
    });
  });

  describe('emptyShownGap', () => {
    it('holds no option and no tier, with room for the size asked', () => {
      const g = emptyShownGap(3);
      expect([g.tier, g.count, g.dimension.length, g.target.length, g.delta.length]).toEqual([-1, 0, 3, 3, 3]);
    });
  });

  describe('gaps through rules', () => {
    it('offers a value that clears a rule and reaches the tier, whatever the rule operator', () => {
      const op = fc.constantFrom<GateOp>('>', '>=', '<', '<=', '=');
      const rows = fc.array(
        fc.tuple(
          fc.constantFrom('A', 'B'),
          fc.integer({ min: 0, max: 20 }).map(v => v * 60_000),
          fc.integer({ min: 0, max: 10 }).map(v => v * 25_000),
          fc.integer({ min: 0, max: 12 }).map(v => v * 15),
        ),
        { minLength: 1, maxLength: 8 },
      );
      fc.assert(
        fc.property(
          rows,
          op,
          fc.integer({ min: 0, max: 12 }).map(v => v * 15),
          fc.integer({ min: 1, max: 3 }),
          fc.constantFrom<Dimension['direction']>('higher', 'lower'),
          (data, gateOp, threshold, atMost, direction) => {
            const s = defaultSettings('factory', 'en');
            for (const d of s.dimensions) if (d.id === 'overdue_days') d.direction = direction;
            s.gates = [{ dimension: 'overdue_days', op: gateOp, value: threshold, atMost }];
            const base = run(data, s);
            base.results.forEach((r, i) => {
              const tier = r.tier;
              if (tier === null || tier === 0) return;
              for (const o of r.gap?.options ?? []) {
                const column = COLUMN[o.dimension] ?? -1;
                const reached = run(withCell(data, i, column, o.target), s).results[i]?.tier;
                expect(reached, `${o.dimension} → ${o.target}`).toBeLessThanOrEqual(tier - 1);
                const short = o.target - Math.sign(o.delta);
                if (short !== o.value) {
                  const missed = run(withCell(data, i, column, short), s).results[i]?.tier;
                  expect(missed, `${o.dimension} → ${short}`).toBeGreaterThan(tier - 1);
                }
              }
              // Overdue days alone lifts the customer when some better value of it does: it must then be offered.
              const offered = r.gap?.options.some(o => o.dimension === 'overdue_days') ?? false;
              // Only a change for the better counts (fewer days when fewer is better, more otherwise).
              const own = data[i]?.[3] ?? 0;
              const lifts = [-1, 0, threshold - 1, threshold, threshold + 1, 1000]
                .filter(x => (direction === 'lower' ? x < own : x > own))
                .some(x => (run(withCell(data, i, COLUMN.overdue_days ?? -1, x), s).results[i]?.tier ?? 9) <= tier - 1);
              if (lifts) expect(offered, 'overdue_days').toBe(true);
            });
          },
        ),
        { numRuns: 150 },
      );
    });
  });
});
