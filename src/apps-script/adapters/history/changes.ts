// The "Tier changes" sheet: the migration matrix of the last two snapshots and every move newest first
// (src/core/history/changes-sheet.ts), written as one block (the sheet is the add-on's own and is rewritten whole).
import { changesSheet } from '../../../core/history/changes-sheet.ts';
import type { HistoryRecord } from '../../../core/history/record.ts';
import { literalCells } from '../../../core/layout.ts';
import type { Lang } from '../../../core/locale.ts';
import type { TieredTable } from '../../../core/pipeline.ts';
import type { Settings } from '../../../core/settings.ts';
import { findOrInsertAddonSheet } from '../document/addon-sheet.ts';
import { ensureSize } from '../document/sheet-size.ts';

/** Rewrites the Tier changes sheet (creating it in the user's language if missing). */
export function writeChangesSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  history: readonly HistoryRecord[],
  settings: Settings,
  tiered: TieredTable,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.Sheet {
  const values = changesSheet(history, settings, tiered, lang);
  const sheet = findOrInsertAddonSheet(spreadsheet, 'changes', lang);
  sheet.clearContents();
  const width = values[0]?.length ?? 1;
  ensureSize(sheet, { rows: values.length, columns: width });
  sheet.getRange(1, 1, values.length, width).setValues(literalCells(values));
  return sheet;
}
