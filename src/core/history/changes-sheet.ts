// The "Tier changes" sheet as one block of cells: the migration matrix of the last two snapshots (counts and
// revenue, revenue read from today's engine results) and every move, newest first. Pure.
import { customerKey } from '../customers.ts';
import type { Lang } from '../locale.ts';
import type { TieredTable } from '../pipeline.ts';
import type { Settings } from '../settings.ts';
import { HISTORY_WORDS } from '../wording/history.ts';
import type { MigrationMatrix, TierChange } from './changes.ts';
import { cellText } from './record.ts';
import { type Cell, changesSheetValues } from './report.ts';

/** How many moves the sheet lists (newest first); older ones stay readable in Tier history. */
const MAX_CHANGES = 2000;

/**
 * The Tier changes sheet from A1: the matrix, then today's moves (`changes`, newest first) above the moves the
 * sheet listed before (`older`, rows as read back from it), at most 2000 in all.
 */
export function changesSheet(
  matrix: MigrationMatrix | null,
  changes: readonly TierChange[],
  older: readonly (readonly Cell[])[],
  lang: Lang,
): Cell[][] {
  const kept = older.slice(0, Math.max(0, MAX_CHANGES - changes.length));
  return changesSheetValues(matrix, changes.slice(0, MAX_CHANGES), kept, lang);
}

/**
 * The move rows a Tier changes sheet lists (below its list header, in either language): [] when it says there are
 * none yet, null when the sheet has no list at all (then the caller rebuilds it from the history).
 */
export function listedChanges(values: readonly (readonly unknown[])[]): Cell[][] | null {
  const width = HISTORY_WORDS.changesHeaders.length;
  const isHeader = (row: readonly unknown[]) =>
    (['zh', 'en'] as const).some(
      lang =>
        cellText(row[0]) === HISTORY_WORDS.changesHeaders[0]?.[lang] &&
        cellText(row[2]) === HISTORY_WORDS.changesHeaders[2]?.[lang],
    );
  const at = values.findIndex(isHeader);
  if (at < 0) {
    const none = (['zh', 'en'] as const).map(lang => HISTORY_WORDS.changesNone[lang]);
    return values.some(row => none.includes(cellText(row[0]))) ? [] : null;
  }
  const out: Cell[][] = [];
  for (const row of values.slice(at + 1)) {
    if (cellText(row[0]) === '') break;
    out.push(row.slice(0, width).map(cell => (typeof cell === 'number' ? cell : cellText(cell))));
  }
  return out;
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
