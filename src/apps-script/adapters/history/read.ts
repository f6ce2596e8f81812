// Reads the "Tier history" sheet (either language's name) with one getValues. Shared by the snapshot and by
// Recompute, which needs past snapshots for the grace period.

import { HISTORY_HEADERS, type HistoryRecord, readHistory } from '../../../core/history/record.ts';
import { findAddonSheet } from '../document/addon-sheet.ts';

/** The history sheet as read: its records, last filled row and how many columns hold anything. */
export type HistorySheet = {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  readonly records: HistoryRecord[];
  readonly lastRow: number;
  readonly width: number;
};

/** All history records, with one getValues (none when the sheet does not exist). */
export function readHistorySheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  dateKey: (d: Date) => string,
): HistorySheet {
  const sheet = findAddonSheet(spreadsheet, 'history');
  if (!sheet) return { sheet: null, records: [], lastRow: 0, width: 0 };
  const values = sheet.getDataRange().getValues();
  const first = values[0]?.[0];
  const hasHeader = first === HISTORY_HEADERS.zh[0] || first === HISTORY_HEADERS.en[0];
  return {
    sheet,
    records: readHistory(hasHeader ? values.slice(1) : values, dateKey).records,
    lastRow: lastFilled(values),
    width: values[0]?.length ?? 0,
  };
}

/** 1-based last row holding anything (getDataRange of an empty sheet is A1 with ''). */
function lastFilled(values: readonly (readonly unknown[])[]): number {
  for (let row = values.length; row > 0; row--) if (values[row - 1]?.some(cell => cell !== '')) return row;
  return 0;
}
