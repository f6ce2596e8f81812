// The "Tier changes" sheet: the migration matrix of the last two snapshots and every move newest first, written
// as one block (the sheet is the add-on's own and is rewritten whole).
import { customerKey } from '../../../core/customers.ts';
import { listChanges, migrationMatrix } from '../../../core/history/changes.ts';
import type { HistoryRecord } from '../../../core/history/record.ts';
import { changesSheetValues } from '../../../core/history/report.ts';
import { literalCells } from '../../../core/layout.ts';
import type { Lang } from '../../../core/locale.ts';
import type { TieredTable } from '../../../core/pipeline.ts';
import type { Settings } from '../../../core/settings.ts';
import { HISTORY_WORDS } from '../../../core/wording/history.ts';
import { ensureSize } from '../document/sheet-size.ts';

/** How many moves the sheet lists (newest first); older ones stay readable in Tier history. */
const MAX_CHANGES = 2000;

/** Rewrites the Tier changes sheet (creating it in the user's language if missing). */
export function writeChangesSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  history: readonly HistoryRecord[],
  settings: Settings,
  tiered: TieredTable,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.Sheet {
  const matrix = migrationMatrix(history, settings, revenueByCustomer(tiered, settings));
  const values = changesSheetValues(matrix, listChanges(history, settings, { limit: MAX_CHANGES }), lang);
  const sheet =
    spreadsheet.getSheetByName(HISTORY_WORDS.changesSheet.zh) ??
    spreadsheet.getSheetByName(HISTORY_WORDS.changesSheet.en) ??
    spreadsheet.insertSheet(HISTORY_WORDS.changesSheet[lang]);
  sheet.clearContents();
  ensureSize(sheet, values.length, values[0]?.length ?? 1);
  sheet.getRange(1, 1, values.length, values[0]?.length ?? 1).setValues(literalCells(values));
  return sheet;
}

/** The dimension that stands for revenue: id 'revenue', else the Pareto dimension, else the first money dimension. */
export function revenueDimension(settings: Settings): string | null {
  const ids = settings.dimensions.map(d => d.id);
  if (ids.includes('revenue')) return 'revenue';
  if (settings.method.kind === 'pareto' && ids.includes(settings.method.dimension)) return settings.method.dimension;
  return settings.dimensions.find(d => d.unit === 'money' && d.direction === 'higher')?.id ?? null;
}

/** Each customer's value of one dimension from the engine results, by `customerKey` (a customer's first row wins). */
function valuesByCustomer(tiered: TieredTable, dimension: string | null): Map<string, number> {
  const out = new Map<string, number>();
  if (dimension === null) return out;
  for (const result of tiered.classification.results) {
    const key = customerKey(result.name);
    const value = result.dimensions.find(d => d.id === dimension)?.value;
    if (key !== '' && !out.has(key) && typeof value === 'number') out.set(key, value);
  }
  return out;
}

function revenueByCustomer(tiered: TieredTable, settings: Settings): Map<string, number> {
  return valuesByCustomer(tiered, revenueDimension(settings));
}
