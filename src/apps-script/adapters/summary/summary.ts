// "Show summary": rebuilds the add-on's own "Summary" sheet from the same pipeline as Recompute (so its numbers
// are the engine's), the benefit log's use this period when the log exists, and two native charts. The numbers and
// cells come from src/core/history/summary-sheet.ts; this file reads and writes.
import { summarySheet } from '../../../core/history/summary-sheet.ts';
import { literalCells } from '../../../core/layout.ts';
import type { Lang } from '../../../core/locale.ts';
import { findOrInsertAddonSheet } from '../document/addon-sheet.ts';
import { ensureSize } from '../document/sheet-size.ts';
import { readAllHistory } from '../history/read.ts';
import { readTiersNow, type TiersNowResult } from '../history/snapshot.ts';
import { findLogSheet, LOG_ENTRY_COLUMNS } from '../ledger/log-sheet.ts';
import type { RecomputeServices } from '../table/recompute.ts';
import { replaceSummaryCharts } from './charts.ts';

export type SummaryOutcome =
  | { readonly ok: true; readonly sheetName: string; readonly customers: number; readonly usage: boolean }
  | Exclude<TiersNowResult, { ok: true }>;

/** Rebuilds the Summary sheet and activates it. The caller holds the document lock. */
export function showSummarySheet(services: RecomputeServices, lang: Lang): SummaryOutcome {
  const read = readTiersNow(services, lang);
  if (!read.ok) return read;
  const { settings, tiered, days } = read.value;
  const spreadsheet = services.spreadsheet;
  const input = {
    tiered,
    settings,
    history: readAllHistory(services, days.toDay).rows,
    log: readLogEntries(spreadsheet),
    today: days.today,
    toDay: days.toDay,
  };
  const { layout, customers, usage } = summarySheet(input, lang);
  const sheet = findOrInsertAddonSheet(spreadsheet, 'summary', lang);
  sheet.clearContents();
  const width = layout.values[0]?.length ?? 1;
  ensureSize(sheet, {
    rows: Math.max(layout.values.length, layout.pareto.numRows),
    columns: layout.pareto.column + layout.pareto.numColumns - 1,
  });
  sheet.getRange(1, 1, layout.values.length, width).setValues(literalCells(layout.values));
  const { pareto, shareColumns } = layout;
  sheet
    .getRange(pareto.row, pareto.column, pareto.numRows, pareto.numColumns)
    .setValues(literalCells(layout.paretoValues));
  sheet
    .getRange(shareColumns.row, shareColumns.column, shareColumns.numRows, shareColumns.numColumns)
    .setNumberFormat('0.0%');
  if (pareto.numRows > 1)
    sheet.getRange(pareto.row + 1, pareto.column + 2, pareto.numRows - 1, 1).setNumberFormat('0.0%');
  replaceSummaryCharts(sheet, layout, lang);
  sheet.activate();
  return { ok: true, sheetName: sheet.getName(), customers, usage };
}

/** The benefit log's entry rows (one getValues), or null when there is no log. */
function readLogEntries(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): unknown[][] | null {
  const log = findLogSheet(spreadsheet);
  if (!log) return null;
  const lastRow = log.getLastRow();
  return lastRow < 2 ? [] : log.getRange(2, 1, lastRow - 1, LOG_ENTRY_COLUMNS).getValues();
}
