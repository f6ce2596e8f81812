// Tiering on generated inputs, against oracles written from the rules themselves: cut-offs, each gate operator, how
// many customers each share gets, Pareto on cumulative measure (negative and missing counting as zero), tie groups,
// and no dependence on row order. A wrong tier here is silent, so every rule has its own check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/presets.ts';
import type { Column } from '../../src/core/scoring.ts';
import type { Dimension, Gate, GateOp, Method, Settings } from '../../src/core/settings-schema.ts';
import { assignTiers, gateHolds, type TieringInput, tierForScore } from '../../src/core/tiering.ts';

const base = defaultSettings('factory', 'en');
const OPS: readonly GateOp[] = ['>', '>=', '<', '<=', '='];

function dimension(id: string, direction: Dimension['direction']): Dimension {
  const template = base.dimensions[0];
  if (!template) throw new Error('preset without dimensions');
  return { ...template, id, direction };
}

function column(dim: Dimension, values: readonly number[]): Column {
  return {
    dim,
    index: 0,
    column: 0,
    values: Float64Array.from(values),
    state: new Uint8Array(values.length),
    codes: new Map(),
    order: new Uint32Array(0),
    min: Number.NaN,
    max: Number.NaN,
    points: new Float64Array(values.length),
  } as Column;
}

type Row = { score: number; revenue: number; overdue: number; eligible: boolean };

function input(rows: readonly Row[]): TieringInput {
  return {
    eligible: Uint8Array.from(rows.map(r => (r.eligible ? 1 : 0))),
    scores: Float64Array.from(rows.map(r => r.score)),
    columns: [
      column(
        dimension('revenue', 'higher'),
        rows.map(r => r.revenue),
      ),
      column(
        dimension('overdue', 'lower'),
        rows.map(r => r.overdue),
      ),
    ],
  };
}

const settingsWith = (method: Method, gates: Gate[] = []): Settings => ({ ...base, method, gates });

// Small integer ranges make ties, equal values at a gate's threshold and zero measures common.
const arbRow = fc.record({
  score: fc.integer({ min: 0, max: 10 }).map(s => s * 10),
  revenue: fc.oneof(fc.integer({ min: -3, max: 6 }), fc.constant(Number.NaN)),
  overdue: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(Number.NaN)),
  eligible: fc.boolean(),
});
const arbRows = fc.array(arbRow, { minLength: 1, maxLength: 25 });
const arbShares = fc
  .array(fc.integer({ min: 0, max: 60 }), { minLength: 3, maxLength: 3 })
  .filter(s => s.reduce((a, b) => a + b, 0) <= 100);

describe('tiering (properties)', () => {
  it('holds each gate operator exactly when the comparison does (every operator, below, at and above)', () => {
    for (const op of OPS) {
      for (const v of [-2, -1, 0, 1, 2]) {
        for (const t of [-1, 0, 1]) {
          const expected = { '>': v > t, '>=': v >= t, '<': v < t, '<=': v <= t, '=': v === t }[op];
          expect(gateHolds(op, v, t), `${v} ${op} ${t}`).toBe(expected);
        }
      }
    }
  });

  it('gives the first tier whose cut-off the score reaches, else the last', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { maxLength: 4 }),
        (score, raw) => {
          const cutoffs = [...raw].sort((a, b) => b - a);
          const reached = cutoffs.findIndex(c => score >= c);
          expect(tierForScore(score, cutoffs)).toBe(reached < 0 ? cutoffs.length : reached);
        },
      ),
    );
  });

  it('lowers a tier by every gate that holds, to the lowest such tier, naming the first gate that set it', () => {
    const arbGate = fc.record({
      atMost: fc.integer({ min: 0, max: 3 }),
      dimension: fc.constantFrom('revenue', 'overdue', 'absent'),
      op: fc.constantFrom(...OPS),
      value: fc.integer({ min: -3, max: 6 }),
    });
    fc.assert(
      fc.property(arbRows, fc.array(arbGate, { maxLength: 4 }), (rows, gates) => {
        const settings = settingsWith({ kind: 'cutoffs', cutoffs: [80, 60, 40] }, gates);
        const out = assignTiers(input(rows), settings);
        rows.forEach((row, i) => {
          if (!row.eligible) {
            expect(out.tier[i]).toBe(-1);
            return;
          }
          const scoreTier = tierForScore(row.score, [80, 60, 40]);
          expect(out.scoreTier[i]).toBe(scoreTier);
          const gatedValue = (g: Gate) =>
            g.dimension === 'revenue' ? row.revenue : g.dimension === 'overdue' ? row.overdue : Number.NaN;
          const holding = gates.map(g => !Number.isNaN(gatedValue(g)) && gateHolds(g.op, gatedValue(g), g.value));
          const lowest = Math.max(scoreTier, ...gates.filter((_, g) => holding[g]).map(g => g.atMost));
          const decided = gates.findIndex((g, k) => holding[k] && g.atMost === lowest && g.atMost > scoreTier);
          expect([out.tier[i], out.gate[i]]).toEqual([lowest, decided]);
        });
      }),
    );
  });

  it('by share, gives each tier its share of the ranked customers (rounded up at each boundary) when scores differ', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }),
        arbShares,
        (scores, shares) => {
          const rows = scores.map(score => ({ score, revenue: 1, overdue: 1, eligible: true }));
          const out = assignTiers(input(rows), settingsWith({ kind: 'share', shares }));
          const m = rows.length;
          const cumulative = shares.map((_, k) => shares.slice(0, k + 1).reduce((a, b) => a + b, 0));
          const ranked = rows.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
          ranked.forEach((row, rank) => {
            const percent = (rank * 100) / m;
            const reached = cumulative.findIndex(c => percent < c);
            expect(out.tier[row], `rank ${rank} of ${m}, shares ${shares}`).toBe(reached < 0 ? 3 : reached);
            expect(out.rankPercent[row]).toBeCloseTo(percent, 9);
          });
          // So the top tier holds the first ⌈m × share⌉ customers.
          const top = Array.from(out.tier).filter(t => t === 0).length;
          expect(top).toBe(Math.min(m, Math.ceil((m * (shares[0] ?? 0)) / 100)));
        },
      ),
    );
  });

  it('by Pareto, places customers by the share of the total measure before them; negative or missing count as 0', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 20 }),
        arbShares,
        fc.integer({ min: 0, max: 3 }),
        (measures, shares, zeros) => {
          const rows: Row[] = [
            ...measures.map(revenue => ({ score: 50, revenue, overdue: 1, eligible: true })),
            // Below every positive measure: a negative, a missing and a zero measure all rank as 0.
            ...[-5, Number.NaN, 0, -1]
              .slice(0, zeros)
              .map(revenue => ({ score: 50, revenue, overdue: 1, eligible: true })),
          ];
          const out = assignTiers(input(rows), settingsWith({ kind: 'pareto', dimension: 'revenue', shares }));
          const total = measures.reduce((a, b) => a + b, 0);
          const boundaries = shares;
          const sorted = [...measures].sort((a, b) => b - a);
          let before = 0;
          for (const value of sorted) {
            const i = rows.findIndex(r => r.revenue === value);
            const percent = (before * 100) / total;
            const reached = boundaries.findIndex(b => percent < b);
            expect(out.tier[i]).toBe(reached < 0 ? boundaries.length : reached);
            expect(out.rankPercent[i]).toBeCloseTo(percent, 9);
            before += value;
          }
          // The zero-measure rows are one tie group (same score and dimensions as each other) after all the others.
          const zeroTiers = rows.slice(measures.length).map((_, k) => out.tier[measures.length + k]);
          expect(new Set(zeroTiers).size).toBeLessThanOrEqual(1);
          const nonZeroWorst = Math.max(...measures.map((_, i) => out.tier[i] ?? 0));
          for (const t of zeroTiers) expect(t).toBeGreaterThanOrEqual(nonZeroWorst);
        },
      ),
    );
  });

  it('never depends on row order, ties share a tier, and a customer at least as good everywhere never ranks lower', () => {
    const arbMethod: fc.Arbitrary<Method> = fc.oneof(
      arbShares.map(shares => ({ kind: 'share' as const, shares })),
      arbShares.map(shares => ({ kind: 'pareto' as const, dimension: 'revenue', shares })),
    );
    fc.assert(
      fc.property(arbRows, arbMethod, fc.infiniteStream(fc.integer()), (rows, method, randoms) => {
        const settings = settingsWith(method);
        const out = assignTiers(input(rows), settings);
        // Shuffle the rows and map each back to where it came from.
        const order = rows.map((_, i) => i);
        for (let i = order.length - 1; i > 0; i--) {
          const j = Math.abs(randoms.next().value) % (i + 1);
          [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
        }
        const shuffled = assignTiers(input(order.map(i => rows[i] as Row)), settings);
        order.forEach((from, to) => {
          expect(shuffled.tier[to]).toBe(out.tier[from]);
        });
        const measure = (r: Row) =>
          method.kind === 'pareto' ? (Number.isNaN(r.revenue) || r.revenue < 0 ? 0 : r.revenue) : 0;
        const atLeast = (a: number, b: number) => (Number.isNaN(b) ? true : !Number.isNaN(a) && a >= b);
        rows.forEach((a, i) => {
          rows.forEach((b, j) => {
            if (!a.eligible || !b.eligible) return;
            const dominates =
              measure(a) >= measure(b) &&
              a.score >= b.score &&
              atLeast(a.revenue, b.revenue) &&
              (Number.isNaN(b.overdue) || (!Number.isNaN(a.overdue) && a.overdue <= b.overdue));
            if (dominates) expect(out.tier[i], `row ${i} dominates row ${j}`).toBeLessThanOrEqual(out.tier[j] ?? 0);
          });
        });
      }),
    );
  });
});
