// Whether each gate can ever change a tier under score cut-offs: the best score a customer can reach while the
// gate's condition holds must give a better tier than the gate allows. A gate that never fires only looks like a
// rule, so settings validation warns about it. Pure.
import { roundScore } from './gap.ts';
import type { Dimension, Gate, Settings } from './settings-schema.ts';
import { gateHolds, tierForScore } from './tiering.ts';

/** A gate that can never change a tier: its index and the best score possible while it holds. */
export type IdleGate = { readonly index: number; readonly bestScore: number; readonly bestTier: number };

/**
 * The gates that can never lower anyone's tier: even with every other dimension at its best, a customer meeting
 * the gate's condition scores into its allowed tier or below. Only score cut-offs are judged; under share or
 * Pareto tiers any score can reach the top, so every gate can fire there.
 */
export function idleGates(settings: Settings): IdleGate[] {
  const method = settings.method;
  if (method.kind !== 'cutoffs') return [];
  const weighted = settings.dimensions.filter(d => d.weight > 0);
  const total = weighted.reduce((sum, d) => sum + d.weight, 0);
  if (total <= 0) return [];
  const out: IdleGate[] = [];
  settings.gates.forEach((gate, index) => {
    const gated = settings.dimensions.find(d => d.id === gate.dimension);
    if (!gated) return;
    const gatedBest = bestPointsWhile(gated, gate);
    // No value meets the condition: the gate never fires either.
    if (gatedBest === null) {
      out.push({ index, bestScore: 0, bestTier: method.cutoffs.length });
      return;
    }
    let sum = 0;
    for (const d of weighted) sum += d.weight * (d.id === gated.id ? gatedBest : bestPoints(d));
    const bestScore = roundScore(sum / total);
    const bestTier = tierForScore(bestScore, method.cutoffs);
    if (bestTier >= gate.atMost) out.push({ index, bestScore, bestTier });
  });
  return out;
}

/** The most points a dimension gives. */
function bestPoints(d: Dimension): number {
  const norm = d.normalisation;
  if (norm.kind === 'categories') return Math.max(...norm.categories.map(c => c.score));
  if (norm.kind !== 'bands') return 100;
  return Math.max(norm.otherwise, ...norm.bands.map(b => b.points));
}

/**
 * The most points a dimension gives to a value meeting the gate's condition, or null when no value does. Relative
 * normalisations can give any value 100 points (it depends on the others); fixed bands are tried at each
 * threshold, just past it on either side, at the gate's own value and far out both ways.
 */
function bestPointsWhile(d: Dimension, gate: Gate): number | null {
  const norm = d.normalisation;
  if (norm.kind === 'categories') {
    // A categorical value is its score: the best score meeting the condition.
    const met = norm.categories.map(c => c.score).filter(s => gateHolds(gate.op, s, gate.value));
    return met.length === 0 ? null : Math.max(...met);
  }
  if (norm.kind !== 'bands') return 100;
  const higher = d.direction === 'higher';
  const points = (v: number) => {
    for (const band of norm.bands) if (higher ? v >= band.threshold : v <= band.threshold) return band.points;
    return norm.otherwise;
  };
  const anchors = [...norm.bands.map(b => b.threshold), gate.value];
  const candidates = [
    -1e15,
    1e15,
    ...anchors.flatMap(x => [x, x - 1e-6 * Math.max(1, Math.abs(x)), x + 1e-6 * Math.max(1, Math.abs(x))]),
  ];
  let best: number | null = null;
  for (const v of candidates) {
    if (gateHolds(gate.op, v, gate.value)) best = Math.max(best ?? 0, points(v));
  }
  return best;
}
