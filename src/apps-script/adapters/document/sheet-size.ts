// Small helpers shared by the add-on's own report sheets (Tier changes, Summary).

/** Grows the sheet so a block of `rows` × `columns` from A1 fits (Sheets throws on out-of-bounds ranges;
 * docs/apps-script.md: Spreadsheet behaviour). */
export function ensureSize(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}
