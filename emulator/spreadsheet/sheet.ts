// SpreadsheetApp Sheet: ranges by A1 or row/column, extent (row/column edits in sheet-structure.ts), frozen rows, conditional format
// rules (set replaces all), charts, column widths, visibility.

import { parseA1 } from '../a1.ts';
import type { SheetModel } from '../model.ts';
import { spreadsheetAccess, unwrap } from '../runtime.ts';
import { EmuEmbeddedChart, EmuEmbeddedChartBuilder } from './charts.ts';
import { EmuConditionalFormatRule } from './conditional-format.ts';
import type { SheetsContext } from './context.ts';
import { CELL_TEXT_MESSAGE, growthProblem, tooLongText } from './limits.ts';
import { type EmuRange, rangeAt, writeCell } from './range.ts';
import { EmuSheetStructure } from './sheet-structure.ts';
import type { EmuSpreadsheet } from './spreadsheet.ts';

/** Every cell of a sheet's grid, as a change to recalculate from. */
const wholeSheet = (m: SheetModel) => ({ row: 1, column: 1, numRows: m.maxRows, numColumns: m.maxColumns });

/** @internal Access rules of Sheet methods. */
const sheetAccess = spreadsheetAccess(['newChart']);

/** One sheet (tab). */
export class EmuSheet extends EmuSheetStructure {
  /** @internal */
  static _expose(ctx: SheetsContext, m: SheetModel): EmuSheet {
    return ctx.rt.expose(new EmuSheet(ctx, m), 'Sheet', sheetAccess);
  }

  getName(): string {
    return this._live().name;
  }
  setName(name: string): this {
    const other = this._ctx.wb.sheetByName(name);
    if (other && other !== this._m) {
      throw this._ctx.rt.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this._live().name = String(name);
    return this;
  }
  getSheetId(): number {
    return this._live().sheetId;
  }
  getIndex(): number {
    return this._ctx.wb.sheets.indexOf(this._live()) + 1;
  }
  getParent(): EmuSpreadsheet {
    return this._ctx.spreadsheet();
  }
  /** getRange('A1:B2') | getRange(row, column[, numRows[, numColumns]]). */
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): EmuRange {
    const m = this._live();
    if (typeof a1OrRow === 'string') {
      const ref = parseA1(a1OrRow, m.maxRows, m.maxColumns);
      if (!ref || (ref.sheetName !== undefined && ref.sheetName !== m.name))
        throw this._ctx.rt.error('Range not found');
      return rangeAt(this._ctx, m, ref);
    }
    if (column === undefined) throw this._ctx.rt.error('Emulator: Sheet.getRange(row) needs a column');
    return rangeAt(this._ctx, m, { row: a1OrRow, column, numRows: numRows ?? 1, numColumns: numColumns ?? 1 });
  }
  getDataRange(): EmuRange {
    this._ctx.beforeRead();
    const m = this._live();
    return rangeAt(this._ctx, m, {
      row: 1,
      column: 1,
      numRows: Math.max(1, m.lastRow()),
      numColumns: Math.max(1, m.lastColumn()),
    });
  }
  getLastRow(): number {
    this._ctx.beforeRead();
    return this._live().lastRow();
  }
  getLastColumn(): number {
    this._ctx.beforeRead();
    return this._live().lastColumn();
  }
  getMaxRows(): number {
    return this._live().maxRows;
  }
  getMaxColumns(): number {
    return this._live().maxColumns;
  }
  /** Appends after the last row with content, adding a row when the sheet is full (as Sheets does). */
  appendRow(rowContents: unknown[]): this {
    const m = this._live();
    this._ctx.beforeRead();
    const row = m.lastRow() + 1;
    if (tooLongText(rowContents) !== null) throw this._ctx.rt.error(CELL_TEXT_MESSAGE);
    const grown = growthProblem(this._ctx.wb, m, Math.max(row, m.maxRows), Math.max(rowContents.length, m.maxColumns));
    if (grown !== null) throw this._ctx.rt.error(grown);
    if (row > m.maxRows) m.maxRows = row;
    if (rowContents.length > m.maxColumns) m.maxColumns = rowContents.length;
    rowContents.forEach((value, i) => {
      writeCell(this._ctx, m, row, i + 1, value);
    });
    this._ctx.afterWrite({
      sheetId: m.sheetId,
      rect: { row, column: 1, numRows: 1, numColumns: Math.max(1, rowContents.length) },
    });
    return this;
  }
  getFrozenRows(): number {
    return this._live().frozenRows;
  }
  setFrozenRows(rows: number): this {
    this._live().frozenRows = rows;
    return this;
  }
  getFrozenColumns(): number {
    return this._live().frozenColumns;
  }
  setFrozenColumns(columns: number): this {
    this._live().frozenColumns = columns;
    return this;
  }
  getConditionalFormatRules(): EmuConditionalFormatRule[] {
    const m = this._live();
    return m.rules.map(rule => EmuConditionalFormatRule._expose(this._ctx, { sheetId: m.sheetId, rule }));
  }
  /** Replaces ALL rules of the sheet (Apps Script semantics). */
  setConditionalFormatRules(rules: EmuConditionalFormatRule[]): this {
    const m = this._live();
    const models = rules.map(r => EmuConditionalFormatRule._unwrap(this._ctx, r));
    if (models.some(r => r.sheetId !== null && r.sheetId !== m.sheetId)) {
      throw this._ctx.rt.error('Emulator: a conditional format rule has ranges on another sheet');
    }
    m.rules = models.map(r => r.rule);
    return this;
  }
  clearConditionalFormatRules(): void {
    this._live().rules = [];
  }
  newChart(): EmuEmbeddedChartBuilder {
    return EmuEmbeddedChartBuilder._expose(this._ctx, this._live());
  }
  insertChart(chart: EmuEmbeddedChart): void {
    const m = this._live();
    const target = unwrap(chart);
    if (!(target instanceof EmuEmbeddedChart)) throw this._ctx.rt.error('Emulator: insertChart needs a built chart');
    if (m.charts.some(c => c.chartId === target._m.chartId))
      throw this._ctx.rt.error('Emulator: chart already inserted');
    m.charts = [...m.charts, target._m];
  }
  getCharts(): EmuEmbeddedChart[] {
    const m = this._live();
    return m.charts.map(c => EmuEmbeddedChart._expose(this._ctx, m, c, true));
  }
  removeChart(chart: EmuEmbeddedChart): void {
    const m = this._live();
    const id = unwrap(chart)._m.chartId;
    m.charts = m.charts.filter(c => c.chartId !== id);
  }
  updateChart(chart: EmuEmbeddedChart): void {
    const m = this._live();
    const next = unwrap(chart)._m;
    if (!m.charts.some(c => c.chartId === next.chartId))
      throw this._ctx.rt.error('Emulator: updateChart: chart is not on this sheet');
    m.charts = m.charts.map(c => (c.chartId === next.chartId ? next : c));
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this._live().columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._live().columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this._live().columnWidths.get(columnPosition) ?? 100;
  }
  /** Records a width guessed from the longest displayed text (about 7 px a character, at least 100). */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    const m = this._live();
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (const row of m.values) longest = Math.max(longest, String(row[c - 1] ?? '').length);
      m.columnWidths.set(c, Math.max(100, longest * 7 + 10));
    }
    return this;
  }
  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }
  hideColumns(columnIndex: number, numColumns = 1): this {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._live().hiddenColumns.add(c);
    return this;
  }
  showColumns(columnIndex: number, numColumns = 1): this {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._live().hiddenColumns.delete(c);
    return this;
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._live().hiddenColumns.has(columnPosition);
  }
  hideSheet(): this {
    const visible = this._ctx.wb.sheets.filter(s => !s.hidden);
    if (visible.length === 1 && visible[0] === this._m)
      throw this._ctx.rt.error("You can't hide all the sheets in a document.");
    this._live().hidden = true;
    return this;
  }
  showSheet(): this {
    this._live().hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._live().hidden;
  }
  getTabColor(): string | null {
    return this._live().tabColor;
  }
  setTabColor(color: string | null): this {
    this._live().tabColor = color;
    return this;
  }
  /**
   * Clears contents and formats of the whole sheet (notes and validation stay). Formats include wrapping and
   * alignment: "Clears the sheet of content and formatting information"
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#clear()).
   */
  clear(): this {
    const m = this._live();
    m.values = [];
    const formats = [m.backgrounds, m.fontWeights, m.fontColors, m.wraps, m.horizontalAlignments];
    for (const map of [m.formulas, m.spilled, m.spills, m.errors, ...formats]) map.clear();
    m.numberFormats.clear();
    this._ctx.afterWrite({ sheetId: m.sheetId, rect: wholeSheet(m) });
    return this;
  }
  clearContents(): this {
    const m = this._live();
    m.values = [];
    for (const map of [m.formulas, m.spilled, m.spills, m.errors]) map.clear();
    this._ctx.afterWrite({ sheetId: m.sheetId, rect: wholeSheet(m) });
    return this;
  }
  activate(): this {
    this._ctx.wb.activeSheetId = this._live().sheetId;
    return this;
  }
}
