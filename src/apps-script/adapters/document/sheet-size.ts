// Grows a sheet before a write: every range the add-on writes must lie inside the sheet's grid.

/**
 * Grows the sheet so `rows` rows and `columns` columns from A1 exist (Sheets throws on out-of-bounds ranges;
 * docs/apps-script.md: Spreadsheet behaviour). A dimension left out is neither read nor grown.
 */
export function ensureSize(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  size: { readonly rows?: number; readonly columns?: number },
): void {
  if (size.rows !== undefined) {
    const maxRows = sheet.getMaxRows();
    if (size.rows > maxRows) sheet.insertRowsAfter(maxRows, size.rows - maxRows);
  }
  if (size.columns !== undefined) {
    const maxColumns = sheet.getMaxColumns();
    if (size.columns > maxColumns) sheet.insertColumnsAfter(maxColumns, size.columns - maxColumns);
  }
}
