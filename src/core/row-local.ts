// Whether the settings grade each row on its own: then an edit changes only the edited rows' outputs, and onEdit
// regrades just those rows instead of the whole table (issue 16, "Edits cost the same at any size").
import type { Settings } from './settings-schema.ts';

/**
 * True when every customer's tier, score and Why depend on its own row only: score cut-offs (not shares of
 * customers or Pareto, which rank customers) and, for every dimension the grade reads (weighted, or tested by a
 * rule), fixed bands or a word table (not percentile or min-max, which compare with the other customers).
 */
export function isRowLocal(settings: Settings): boolean {
  if (settings.method.kind !== 'cutoffs') return false;
  // Under a review cycle the Why also names the published tier ("published B · now A"), read by the whole-table path.
  if (settings.reviewCycle !== undefined) return false;
  const tested = new Set(settings.gates.map(g => g.dimension));
  return settings.dimensions.every(d => {
    if (d.weight <= 0 && !tested.has(d.id)) return true;
    const kind = d.normalisation.kind;
    return kind === 'bands' || kind === 'categories';
  });
}
