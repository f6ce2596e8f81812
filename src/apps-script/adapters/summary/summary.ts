// "Show summary": rebuilds the add-on's own "Summary" sheet from the same pipeline as Recompute (so its numbers
// are the engine's), the benefit log's use this period when the log exists, and two native charts. The numbers and
// cells come from src/core/history/summary-sheet.ts; this file reads and writes.

import type { Block } from '../../../core/history/report.ts';
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
  // Formats too: the blocks move with the data, so last run's percent formats would land on other numbers.
  sheet.clear();
  const width = layout.values[0]?.length ?? 1;
  ensureSize(sheet, {
    rows: Math.max(layout.values.length, layout.pareto.numRows),
    columns: layout.chartColumn,
  });
  sheet.getRange(1, 1, layout.values.length, width).setValues(literalCells(layout.values));
  const { pareto } = layout;
  sheet
    .getRange(pareto.row, pareto.column, pareto.numRows, pareto.numColumns)
    .setValues(literalCells(layout.paretoValues));
  for (const b of layout.percentBlocks) rangeOf(sheet, b).setNumberFormat('0.0%');
  // The problem texts wrap in a column of fixed width instead of widening it.
  if (layout.wrapped !== null) rangeOf(sheet, layout.wrapped).setWrap(true);
  layout.columnWidths.forEach((width, i) => {
    sheet.setColumnWidth(i + 1, width);
  });
  replaceSummaryCharts(sheet, layout, lang);
  sheet.activate();
  return { ok: true, sheetName: sheet.getName(), customers, usage };
}

function rangeOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, block: Block): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(block.row, block.column, block.numRows, block.numColumns);
}

/** The benefit log's entry rows (one getValues), or null when there is no log. */
function readLogEntries(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): unknown[][] | null {
  const log = findLogSheet(spreadsheet);
  if (!log) return null;
  const lastRow = log.getLastRow();
  return lastRow < 2 ? [] : log.getRange(2, 1, lastRow - 1, LOG_ENTRY_COLUMNS).getValues();
}
