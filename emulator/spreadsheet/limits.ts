// Google Sheets' size limits, checked before a write so that a call past them fails whole, with Sheets' messages:
// 50,000 characters in a cell, 10 million cells in a spreadsheet (every sheet's whole grid, empty cells included),
// 18,278 columns (A…ZZZ) in a sheet. https://support.google.com/drive/answer/37603 lists them.
import type { SheetModel, WorkbookModel } from '../model.ts';

const CELL_TEXT_LIMIT = 50_000;
const WORKBOOK_CELL_LIMIT = 10_000_000;
const COLUMN_LIMIT = 18_278;

/** Apps Script's message, as reported from setValues (e.g. github.com/freelabz/secator/issues/96). */
export const CELL_TEXT_MESSAGE = `Your input contains more than the maximum of ${CELL_TEXT_LIMIT} characters in a single cell.`;
/** Sheets' message for growing past the cell limit (e.g. github.com/bplmp/metabase-google-sheets-add-on/issues/3). */
const WORKBOOK_CELLS_MESSAGE = `This action would increase the number of cells in the workbook above the limit of ${WORKBOOK_CELL_LIMIT} cells.`;
/** No report of Google's own wording was found; this follows the cell-limit message. */
const COLUMNS_MESSAGE = `This action would increase the number of columns in the sheet above the limit of ${COLUMN_LIMIT} columns.`;

/** The first text (value or formula) in `values` longer than a cell may hold, or null. */
export function tooLongText(values: unknown): string | null {
  if (typeof values === 'string') return values.length > CELL_TEXT_LIMIT ? values : null;
  if (!Array.isArray(values)) return null;
  for (const line of values) {
    const found = tooLongText(line);
    if (found !== null) return found;
  }
  return null;
}

/** Sheets' message when `sheet` (null: a new sheet) would grow to rows x columns, or null when that fits. */
export function growthProblem(
  wb: WorkbookModel,
  sheet: SheetModel | null,
  rows: number,
  columns: number,
): string | null {
  if (columns > COLUMN_LIMIT) return COLUMNS_MESSAGE;
  let cells = rows * columns;
  for (const s of wb.sheets) if (s !== sheet) cells += s.maxRows * s.maxColumns;
  return cells > WORKBOOK_CELL_LIMIT ? WORKBOOK_CELLS_MESSAGE : null;
}
