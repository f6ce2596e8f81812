// The "Tier changes" sheet as one block of cells: the migration matrix of the last two snapshots (counts and
// revenue, revenue read from today's engine results) and every move, newest first. Pure.
import { customerKey } from '../customers.ts';
import type { Lang } from '../locale.ts';
import type { TieredTable } from '../pipeline.ts';
import type { Settings } from '../settings.ts';
import { listChanges, migrationMatrix } from './changes.ts';
import type { HistoryRecord } from './record.ts';
import { type Cell, changesSheetValues } from './report.ts';

/** How many moves the sheet lists (newest first); older ones stay readable in Tier history. */
const MAX_CHANGES = 2000;

/** The Tier changes sheet from A1: rectangular rows of text and numbers. */
export function changesSheet(
  history: readonly HistoryRecord[],
  settings: Settings,
  tiered: TieredTable,
  lang: Lang,
): Cell[][] {
  const revenue = valuesByCustomer(tiered, revenueDimension(settings));
  const matrix = migrationMatrix(history, settings, revenue);
  return changesSheetValues(matrix, listChanges(history, settings, { limit: MAX_CHANGES }), lang);
}

/** The dimension that stands for revenue: id 'revenue', else the Pareto dimension, else the first money dimension. */
export function revenueDimension(settings: Settings): string | null {
  const ids = settings.dimensions.map(d => d.id);
  if (ids.includes('revenue')) return 'revenue';
  if (settings.method.kind === 'pareto' && ids.includes(settings.method.dimension)) return settings.method.dimension;
  return settings.dimensions.find(d => d.unit === 'money' && d.direction === 'higher')?.id ?? null;
}

/** Each customer's value of one dimension from the engine results, by `customerKey` (a customer's first row wins). */
export function valuesByCustomer(tiered: TieredTable, dimension: string | null): Map<string, number> {
  const out = new Map<string, number>();
  if (dimension === null) return out;
  for (const result of tiered.classification.results) {
    const key = customerKey(result.name);
    const value = result.dimensions.find(d => d.id === dimension)?.value;
    if (key !== '' && !out.has(key) && typeof value === 'number') out.set(key, value);
  }
  return out;
}
