import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Classification, classify } from '../../src/core/classify.ts';
import { defaultSettings } from '../../src/core/presets.ts';
import type { Normalisation, Settings } from '../../src/core/settings.ts';
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
});
