// The gap to the next tier under score cut-offs: for each dimension, the smallest change of that one value (in its
// own units) that lifts the customer one tier, holding everything else, including the other customers, as it is.
import { categoriesOf } from './categories.ts';
import { type Column, pointsOf, valueForPoints } from './scoring.ts';
import type { DimensionUnit, Gate, GateOp } from './settings-schema.ts';
import { gateHolds, tierForScore } from './tiering.ts';

/** One way to reach the next tier: move `dimension` from `value` to `target` (`delta` = target − value). */
export type GapOption = {
  readonly dimension: string;
  readonly value: number;
  readonly target: number;
  readonly delta: number;
};

/**
 * The next tier up and the single-dimension changes that reach it (settings order; may be empty). `relative`: the
 * tier depends on the other customers (share of customers, Pareto), so the change passes the last customer of the
 * next tier as the list stands today, and may not be enough once others move.
 */
export type Gap = { readonly tier: number; readonly options: readonly GapOption[]; readonly relative: boolean };

/** What the gap search needs about the whole classification. */
export type GapContext = {
  /** Score cut-offs, or for share-of-customers tiers the score that passes each tier's last customer today. */
  readonly cutoffs: readonly number[];
  readonly relative: boolean;
  readonly gates: readonly Gate[];
  /** All parsed columns (scored and gate-only), settings order. */
  readonly columns: readonly Column[];
  readonly columnById: ReadonlyMap<string, Column>;
  /** Per row: the sum of the weights counted in its score, and its unrounded score. */
  readonly weightSum: Float64Array;
  readonly rawScore: Float64Array;
};

/** Smallest change worth reporting, per unit: whole yuan, days and counts; a tenth of a percent. */
const STEP: Readonly<Record<DimensionUnit, number>> = { money: 1, days: 1, count: 1, plain: 1, percent: 0.001 };

/** Rounds a score the way results show it (one decimal), so a gap never stops at 79.96 for a cut-off of 80. */
export function roundScore(raw: number): number {
  return Math.round(raw * 10) / 10;
}

/**
 * The gap for row `i`, currently in `tier` (>= 1). Returns null for the top tier. With `limit`, stops after that many
 * options (the first ones in settings order, as a reason that shows only those needs).
 */
export function cutoffGap(i: number, tier: number, ctx: GapContext, limit = Number.POSITIVE_INFINITY): Gap | null {
  if (tier <= 0) return null;
  const target = tier - 1;
  const options: GapOption[] = [];
  for (const col of ctx.columns) {
    if (options.length >= limit) break;
    const best = bestValue(col, i, target, ctx);
    const v = col.values[i] ?? Number.NaN;
    if (best !== null) options.push({ dimension: col.dim.id, value: v, target: best, delta: best - v });
  }
  return { tier: target, options, relative: ctx.relative };
}

/**
 * The first ways up as a reason shows them, written into arrays reused for every customer (no object per option):
 * per option its dimension's index in the settings, the target value and the change. `count` 0 with `tier` −1: none.
 */
export type ShownGap = {
  tier: number;
  count: number;
  readonly dimension: Int32Array;
  readonly target: Float64Array;
  readonly delta: Float64Array;
};

/** An empty ShownGap holding up to `size` options. */
export function emptyShownGap(size: number): ShownGap {
  return {
    tier: -1,
    count: 0,
    dimension: new Int32Array(size),
    target: new Float64Array(size),
    delta: new Float64Array(size),
  };
}

/** `cutoffGap(i, tier, ctx, out's size)` written into `out`: the same options, in the same order. */
export function shownCutoffGap(i: number, tier: number, ctx: GapContext, out: ShownGap): void {
  out.count = 0;
  out.tier = tier <= 0 ? -1 : tier - 1;
  if (tier <= 0) return;
  const size = out.dimension.length;
  for (const col of ctx.columns) {
    if (out.count >= size) break;
    const best = bestValue(col, i, tier - 1, ctx);
    if (best === null) continue;
    out.dimension[out.count] = col.index;
    out.target[out.count] = best;
    out.delta[out.count] = best - (col.values[i] ?? Number.NaN);
    out.count++;
  }
}

/**
 * Share-of-customers tiers as cut-offs: the score that passes the last (lowest-scored) customer of each tier but the
 * last, one tenth of a point above it (scores are rounded to tenths). An empty tier cannot be passed into.
 */
export function passCutoffs(scoreTier: Int8Array, scores: Float64Array, tierCount: number): number[] {
  const lowest = new Array<number>(Math.max(0, tierCount - 1)).fill(Number.POSITIVE_INFINITY);
  for (let i = 0; i < scoreTier.length; i++) {
    const t = scoreTier[i] ?? -1;
    const s = scores[i] ?? Number.NaN;
    if (t >= 0 && t < lowest.length && !Number.isNaN(s) && s < (lowest[t] ?? 0)) lowest[t] = s;
  }
  // Ranked by score first, so each tier's lowest score is at least the next one's; an empty tier is out of reach.
  return lowest.map(s => (Number.isFinite(s) ? roundScore(s + 0.1) : 101));
}

/** Pareto tiers: the measure column and, per tier but the last, the smallest measure placed in it today. */
export type ParetoGapContext = { readonly column: Column; readonly floors: readonly number[] };

/** Pareto: per tier but the last, the smallest measure among its customers (before gates); Infinity when empty. */
export function paretoFloors(scoreTier: Int8Array, column: Column, tierCount: number): number[] {
  const floors = new Array<number>(Math.max(0, tierCount - 1)).fill(Number.POSITIVE_INFINITY);
  for (let i = 0; i < scoreTier.length; i++) {
    const t = scoreTier[i] ?? -1;
    const v = column.values[i] ?? Number.NaN;
    if (t >= 0 && t < floors.length && !Number.isNaN(v) && v < (floors[t] ?? 0)) floors[t] = v;
  }
  return floors;
}

/**
 * The Pareto gap for row `i` in `tier`: the measure that passes the last customer of the next tier up (one step
 * more than theirs), the only dimension that places a customer. Null at the top, or when that tier is empty.
 */
export function paretoGap(i: number, tier: number, ctx: ParetoGapContext): Gap | null {
  if (tier <= 0) return null;
  const v = ctx.column.values[i] ?? Number.NaN;
  const floor = ctx.floors[tier - 1] ?? Number.POSITIVE_INFINITY;
  if (Number.isNaN(v) || !Number.isFinite(floor)) return { tier: tier - 1, options: [], relative: true };
  const target = Math.max(v, floor) + STEP[ctx.column.dim.unit];
  const option = { dimension: ctx.column.dim.id, value: v, target, delta: target - v };
  return { tier: tier - 1, options: [option], relative: true };
}

/** The value of this column that reaches tier `target` with the smallest change, or null when none does. */
function bestValue(col: Column, i: number, target: number, ctx: GapContext): number | null {
  const v = col.values[i] ?? Number.NaN;
  if (Number.isNaN(v)) return null;
  const dim = col.dim;
  const categories = categoriesOf(dim);
  if (categories) {
    // A word moves the score only to another category's score: the lowest better one that reaches the tier.
    const better = [...new Set(categories.map(c => c.score))].filter(s => s > v).sort((a, b) => a - b);
    const found = better.find(s => reaches(col, i, s, target, ctx));
    return found === undefined ? null : found;
  }
  const higher = dim.direction === 'higher';
  const weightSum = ctx.weightSum[i] ?? 0;
  const share = weightSum > 0 ? dim.weight / weightSum : 0;
  const raw = ctx.rawScore[i] ?? 0;
  const cutoff = ctx.cutoffs[target] ?? 0;
  let scoreValue: number | null = null;
  if (roundScore(raw) >= cutoff) scoreValue = v;
  else if (share > 0) {
    const needed = (col.points[i] ?? 0) + (cutoff - 0.05 - raw) / share;
    scoreValue = valueForPoints(col, v, needed, STEP[dim.unit]);
  }
  let best = scoreValue === null ? null : settle(col, i, scoreValue, target, ctx);
  for (const gate of ctx.gates) {
    if (gate.dimension !== dim.id || gate.atMost <= target) continue;
    const clear = clearingValue(gate.op, gate.value, STEP[dim.unit], higher);
    if (clear === null || !improves(higher, clear, v)) continue;
    const both = scoreValue === null ? clear : higher ? Math.max(clear, scoreValue) : Math.min(clear, scoreValue);
    if (closer(best, clear, v) && reaches(col, i, clear, target, ctx)) best = clear;
    if (closer(best, both, v) && reaches(col, i, both, target, ctx)) best = both;
  }
  return best;
}

/**
 * The computed value `x` checked against the tier it must reach and moved by up to two steps either way: the
 * points-to-value inversion rounds to a step and works at the score's rounding edge, where floating point can
 * land one step off. Null when neither `x` nor a step or two further reaches the tier.
 */
function settle(col: Column, i: number, x: number, target: number, ctx: GapContext): number | null {
  const v = col.values[i] ?? Number.NaN;
  const higher = col.dim.direction === 'higher';
  const step = higher ? STEP[col.dim.unit] : -STEP[col.dim.unit];
  let k = 0;
  while (k <= 2 && !(improves(higher, x + k * step, v) && reaches(col, i, x + k * step, target, ctx))) k++;
  if (k > 2) return null;
  let found = x + k * step;
  for (let back = 0; back < 2; back++) {
    const y: number = found - step;
    if (!improves(higher, y, v) || !reaches(col, i, y, target, ctx)) break;
    found = y;
  }
  return found;
}

/** Whether `x` is a smaller change from `v` than the best so far (any change beats none). */
function closer(best: number | null, x: number, v: number): boolean {
  return best === null || Math.abs(x - v) < Math.abs(best - v);
}

function improves(higher: boolean, x: number, v: number): boolean {
  return higher ? x > v : x < v;
}

/** Whether row `i` reaches tier `target` (gates included) when this column's value becomes `x`. */
function reaches(col: Column, i: number, x: number, target: number, ctx: GapContext): boolean {
  const v = col.values[i] ?? Number.NaN;
  const points = pointsOf(col, x, v);
  // The score summed as `classify` sums it (same columns, same order), so the check agrees with a real re-run
  // to the last bit at the rounding edge; adding the change to the old score can differ there.
  let sum = 0;
  for (const c of ctx.columns) {
    if (c.dim.weight <= 0) continue;
    const p = c === col ? points : (c.points[i] ?? Number.NaN);
    if (!Number.isNaN(p)) sum += c.dim.weight * p;
  }
  let tier = tierForScore(roundScore(sum / (ctx.weightSum[i] ?? 1)), ctx.cutoffs);
  for (const g of ctx.gates) {
    if (g.atMost <= tier) continue;
    const value = g.dimension === col.dim.id ? x : (ctx.columnById.get(g.dimension)?.values[i] ?? Number.NaN);
    if (!Number.isNaN(value) && gateHolds(g.op, value, g.value)) tier = g.atMost;
  }
  return tier <= target;
}

/** The nearest value at which `value op threshold` no longer holds, or null for '='. */
function clearingValue(op: GateOp, threshold: number, step: number, higher: boolean): number | null {
  switch (op) {
    case '>':
      return threshold;
    case '>=':
      return threshold - step;
    case '<':
      return threshold;
    case '<=':
      return threshold + step;
    case '=':
      return higher ? threshold + step : threshold - step;
  }
}
