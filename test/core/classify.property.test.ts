import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Classification, classify } from '../../src/core/classify.ts';
import { defaultSettings } from '../../src/core/presets.ts';
import type { Normalisation, Settings } from '../../src/core/settings.ts';

const TODAY = new Date(2026, 2, 5);
const HEADERS = ['Customer', 'Revenue', 'Profit', 'Overdue days'];
type Row = [string, number, number, number];

/** Factory preset with a chosen normalisation for every dimension and a chosen tiering method. */
function settingsFor(norm: 'bands' | 'percentile' | 'minmax', method: 'cutoffs' | 'share' | 'pareto'): Settings {
  const s = defaultSettings('factory', 'en');
  const n: Normalisation | null = norm === 'bands' ? null : { kind: norm };
  if (n) for (const d of s.dimensions) d.normalisation = n;
  if (method === 'share') s.method = { kind: 'share', shares: [20, 30, 30] };
  if (method === 'pareto') s.method = { kind: 'pareto', dimension: 'revenue', shares: [80, 95] };
  return s;
}

// Small value ranges force ties; names come from a tiny alphabet so equal names happen too.
const name = fc.constantFrom('A', 'B', 'C');
const revenue = fc.integer({ min: 0, max: 20 }).map(v => v * 60_000);
const profit = fc.integer({ min: -2, max: 10 }).map(v => v * 25_000);
const overdue = fc.integer({ min: 0, max: 8 }).map(v => v * 30);
const row = fc.tuple(name, revenue, profit, overdue);
const rows = fc.array(row, { maxLength: 25 });
// Rows as sheets give them: some cells empty, sheet errors, words or blank rows, which must not break the invariants.
const messyCell = (cell: fc.Arbitrary<number>) =>
  fc.oneof({ weight: 6, arbitrary: cell }, fc.constantFrom<unknown>('', '#N/A', '三千', null));
const messyRow = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(name, messyCell(revenue), messyCell(profit), messyCell(overdue)) },
  fc.constant(['', '', '', '']),
);
const messyRows = fc.array(messyRow, { maxLength: 25 });
const config = fc.tuple(
  fc.constantFrom('bands' as const, 'percentile' as const, 'minmax' as const),
  fc.constantFrom('cutoffs' as const, 'share' as const, 'pareto' as const),
);

const run = (data: readonly (readonly unknown[])[], s: Settings): Classification =>
  classify({ headers: HEADERS, rows: data }, s, { today: TODAY });
const outcome = (c: Classification, i: number) => {
  const r = c.results[i];
  return (
    r && { status: r.status, tier: r.tier, score: r.score, gate: r.gate?.index ?? null, reason: r.reason, gap: r.gap }
  );
};

describe('classify (properties)', () => {
  it('gives every customer the same result whatever the row order', () => {
    fc.assert(
      fc.property(messyRows, config, fc.infiniteStream(fc.nat()), (data, [norm, method], keys) => {
        const s = settingsFor(norm, method);
        const order = data.map((_, i) => i);
        const sortKeys = order.map(() => keys.next().value);
        const shuffled = [...order].sort((a, b) => (sortKeys[a] ?? 0) - (sortKeys[b] ?? 0) || a - b);
        const base = run(data, s);
        const moved = run(
          shuffled.map(i => data[i] ?? []),
          s,
        );
        shuffled.forEach((original, position) => {
          expect(outcome(moved, position)).toEqual(outcome(base, original));
        });
        expect(moved.counts).toEqual(base.counts);
      }),
      { numRuns: 150 },
    );
  });

  it('never gives a lower tier to a customer at least as good on every dimension', () => {
    fc.assert(
      fc.property(
        rows,
        row,
        fc.tuple(fc.nat(5), fc.nat(5), fc.nat(5)),
        config,
        (data, better, [dr, dp, dd], [norm, method]) => {
          const worse: Row = [
            better[0],
            Math.max(0, better[1] - dr * 60_000),
            better[2] - dp * 25_000,
            better[3] + dd * 30,
          ];
          const c = run([...data, better, worse], settingsFor(norm, method));
          const a = c.results[data.length]?.tier;
          const b = c.results[data.length + 1]?.tier;
          expect(a).not.toBeNull();
          expect(a ?? 9).toBeLessThanOrEqual(b ?? 9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives identical rows identical results, also at a tier boundary', () => {
    fc.assert(
      fc.property(messyRows, messyRow, fc.integer({ min: 2, max: 4 }), config, (data, twin, copies, [norm, method]) => {
        const c = run([...data, ...Array.from({ length: copies }, () => twin)], settingsFor(norm, method));
        const first = outcome(c, data.length);
        for (let k = 1; k < copies; k++) expect(outcome(c, data.length + k)).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });

  it('lets a gate only lower a tier', () => {
    fc.assert(
      fc.property(messyRows, config, (data, [norm, method]) => {
        const c = run(data, settingsFor(norm, method));
        for (const r of c.results) {
          if (r.tier === null) continue;
          expect(r.tier).toBeGreaterThanOrEqual(r.scoreTier ?? 9);
          expect(r.gate === null).toBe(r.tier === r.scoreTier);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('keeps relative normalisations unchanged when a dimension is scaled', () => {
    fc.assert(
      fc.property(
        rows,
        fc.constantFrom('percentile' as const, 'minmax' as const),
        fc.constantFrom('cutoffs' as const, 'share' as const),
        fc.integer({ min: -6, max: 10 }),
        (data, norm, method, exponent) => {
          // Powers of two scale exactly in binary floating point, so min-max points are bit-for-bit equal.
          const factor = 2 ** exponent;
          const s = settingsFor(norm, method);
          s.gates = [];
          const base = run(data, s);
          const scaled = run(
            data.map(([n, r, p, d]): Row => [n, r * factor, p, d]),
            s,
          );
          data.forEach((_, i) => {
            expect(scaled.results[i]?.tier).toBe(base.results[i]?.tier);
            expect(scaled.results[i]?.score).toBe(base.results[i]?.score);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps percentile tiers unchanged under any positive scale', () => {
    fc.assert(
      fc.property(rows, fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (data, factor) => {
        const s = settingsFor('percentile', 'cutoffs');
        const base = run(data, s);
        const scaled = run(
          data.map(([n, r, p, d]): Row => [n, r * factor, p * factor, d]),
          s,
        );
        expect(scaled.results.map(r => r.tier)).toEqual(base.results.map(r => r.tier));
      }),
      { numRuns: 100 },
    );
  });

  it('classifies all-equal lists and 1000× outliers without failing', () => {
    fc.assert(
      fc.property(row, fc.integer({ min: 0, max: 30 }), config, fc.boolean(), (r, n, [norm, method], outlier) => {
        const data: Row[] = Array.from({ length: n }, () => r);
        if (outlier && n > 0) data[0] = [r[0], (r[1] + 1) * 1000, r[2], r[3]];
        const c = run(data, settingsFor(norm, method));
        expect(c.results).toHaveLength(n);
        expect(c.counts.tiers.reduce((a, b) => a + b, 0)).toBe(n);
        for (const res of c.results) {
          expect(res.score).not.toBeNull();
          expect(res.score ?? -1).toBeGreaterThanOrEqual(0);
          expect(res.score ?? 101).toBeLessThanOrEqual(100);
        }
        if (!outlier && n > 1) expect(new Set(c.results.map(x => x.tier)).size).toBe(1);
      }),
      { numRuns: 150 },
    );
  });
});
