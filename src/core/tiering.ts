// Turns scores (or one measure) into tiers: score cut-offs, share of customers, or Pareto on one dimension,
// then applies gates, which can only lower a tier. Ties never depend on input order.
import type { Column } from './scoring.ts';
import type { Gate, GateOp, Settings } from './settings-schema.ts';

/** Per-row inputs of tiering, all indexed by row. Only rows with `eligible[i] === 1` get a tier. */
export type TieringInput = {
  readonly eligible: Uint8Array;
  /** Rounded score per row (NaN when not scored). */
  readonly scores: Float64Array;
  /** Columns of the dimensions in use, in settings order. */
  readonly columns: readonly Column[];
};

/** Tier per row before gates (`scoreTier`), after gates (`tier`), the gate that lowered it, and rank percentages. */
export type Tiering = {
  readonly scoreTier: Int8Array;
  readonly tier: Int8Array;
  readonly gate: Int8Array;
  /** Share: % of customers ranked above the row's tie group. Pareto: % of the total before the row's tie group. */
  readonly rankPercent: Float64Array;
};

/** The tier a rounded score reaches with descending `cutoffs`; the last tier when it reaches none. */
export function tierForScore(score: number, cutoffs: readonly number[]): number {
  for (let k = 0; k < cutoffs.length; k++) {
    if (score >= (cutoffs[k] ?? Number.POSITIVE_INFINITY)) return k;
  }
  return cutoffs.length;
}

/** True when `value op threshold` holds. */
export function gateHolds(op: GateOp, value: number, threshold: number): boolean {
  switch (op) {
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '=':
      return value === threshold;
  }
}

/**
 * Applies the gates to a tier for one row, given a value per gate (NaN = missing: the gate does not fire).
 * Returns the lowered tier and the index of the gate that decided it (-1 when none lowered it).
 */
function applyGates(tier: number, gates: readonly Gate[], valueFor: (g: Gate) => number): [number, number] {
  let result = tier;
  let fired = -1;
  for (let g = 0; g < gates.length; g++) {
    const gate = gates[g];
    if (!gate || gate.atMost <= result) continue;
    const v = valueFor(gate);
    if (!Number.isNaN(v) && gateHolds(gate.op, v, gate.value)) {
      result = gate.atMost;
      fired = g;
    }
  }
  return [result, fired];
}

/**
 * Assigns tiers to eligible rows. Share and Pareto sort by measure (Pareto), score, then each dimension from the
 * best value; rows equal on all of these form a tie group, placed as a whole where its first member falls (the
 * higher tier), so identical rows and equally good customers always share a tier; the order within a group changes
 * nothing, so none is imposed. Gates are applied after placement (a gated customer keeps its slot).
 */
export function assignTiers(input: TieringInput, settings: Settings): Tiering {
  const n = input.scores.length;
  const scoreTier = new Int8Array(n).fill(-1);
  const rankPercent = new Float64Array(n).fill(Number.NaN);
  const method = settings.method;
  if (method.kind === 'cutoffs') {
    for (let i = 0; i < n; i++) {
      if (input.eligible[i] === 1) scoreTier[i] = tierForScore(input.scores[i] ?? 0, method.cutoffs);
    }
  } else {
    const paretoCol = method.kind === 'pareto' ? input.columns.find(c => c.dim.id === method.dimension) : undefined;
    const measure = (i: number) => {
      const v = paretoCol?.values[i] ?? Number.NaN;
      return Number.isNaN(v) || v < 0 ? 0 : v;
    };
    const order: number[] = [];
    for (let i = 0; i < n; i++) if (input.eligible[i] === 1) order.push(i);
    const sameGroup = groupOrder(input, method.kind === 'pareto' ? measure : null);
    order.sort(sameGroup);
    const m = order.length;
    let total = 0;
    if (method.kind === 'pareto') for (const i of order) total += measure(i);
    let groupStart = 0;
    let before = 0;
    let groupBefore = 0;
    for (let p = 0; p < m; p++) {
      const i = order[p] ?? 0;
      const prev = order[p - 1];
      if (p === 0 || prev === undefined || sameGroup(prev, i) !== 0) {
        groupStart = p;
        groupBefore = before;
      }
      const percent = method.kind === 'share' ? (groupStart * 100) / m : total > 0 ? (groupBefore * 100) / total : 100;
      rankPercent[i] = percent;
      scoreTier[i] = method.kind === 'share' ? shareTier(percent, method.shares) : paretoTier(percent, method.shares);
      before += method.kind === 'pareto' ? measure(i) : 0;
    }
  }
  const tier = new Int8Array(scoreTier);
  const gate = new Int8Array(n).fill(-1);
  if (settings.gates.length > 0) {
    const colOf = new Map(input.columns.map(c => [c.dim.id, c]));
    for (let i = 0; i < n; i++) {
      if (input.eligible[i] !== 1) continue;
      const [t, g] = applyGates(
        scoreTier[i] ?? 0,
        settings.gates,
        gt => colOf.get(gt.dimension)?.values[i] ?? Number.NaN,
      );
      tier[i] = t;
      gate[i] = g;
    }
  }
  return { scoreTier, tier, gate, rankPercent };
}

/** Share of customers: the tier whose cumulative share the group's start position falls below. */
function shareTier(percent: number, shares: readonly number[]): number {
  let cumulative = 0;
  for (let k = 0; k < shares.length; k++) {
    cumulative += shares[k] ?? 0;
    if (percent < cumulative) return k;
  }
  return shares.length;
}

/** Pareto: the customer that crosses a boundary stays in the higher class. */
function paretoTier(percent: number, boundaries: readonly number[]): number {
  for (let k = 0; k < boundaries.length; k++) {
    if (percent < (boundaries[k] ?? 0)) return k;
  }
  return boundaries.length;
}

/**
 * The ranking order: measure (Pareto), score, then each dimension value from the best; a missing value ranks last.
 * Rows equal on all of these are tied (0) and always share a tier, which keeps "at least as good on every dimension
 * never ranks lower" true.
 */
function groupOrder(input: TieringInput, measure: ((i: number) => number) | null): (a: number, b: number) => number {
  const { scores, columns } = input;
  return (a: number, b: number): number => {
    if (measure) {
      const d = measure(b) - measure(a);
      if (d !== 0) return d;
    }
    const sa = scores[a] ?? 0;
    const sb = scores[b] ?? 0;
    if (sa !== sb) return sb - sa;
    for (const col of columns) {
      const va = col.values[a] ?? Number.NaN;
      const vb = col.values[b] ?? Number.NaN;
      if (Number.isNaN(va) || Number.isNaN(vb)) {
        if (Number.isNaN(va) !== Number.isNaN(vb)) return Number.isNaN(va) ? 1 : -1;
        continue;
      }
      if (va !== vb) return col.dim.direction === 'higher' ? vb - va : va - vb;
    }
    return 0;
  };
}
