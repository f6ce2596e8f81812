// SpreadsheetApp Range: values, display values and formulas (with Sheets' coercion of written text), geometry and
// offsets. Formats and validation come from RangeFormats.

import { type GridRect, rectToA1 } from '../a1.ts';
import type { SheetModel } from '../model.ts';
import { type Access, spreadsheetAccess } from '../runtime.ts';
import { type CellValue, coerceInput, displayValue, isDate } from '../values.ts';
import { assertLiveSheet, type SheetsContext } from './context.ts';
import { CELL_TEXT_MESSAGE, tooLongText } from './limits.ts';
import { RangeFormats } from './range-format.ts';
import type { EmuSheet } from './sheet.ts';

/** @internal Access rules of Range methods. */
const rangeAccess: (method: string) => Access = spreadsheetAccess();

const copyValue = (v: CellValue): CellValue => (isDate(v) ? new Date(v.getTime()) : v);

/** @internal Writes one cell as Sheets does: '=' text becomes a formula, other text may become a number/date. */
export function writeCell(ctx: SheetsContext, sheet: SheetModel, row: number, column: number, input: unknown): void {
  const written = coerceInput(input, sheet.numberFormats.get(row, column) ?? '', ctx.wb.timeZone, ctx.wb.locale);
  sheet.clearSpill(row, column);
  sheet.spilled.set(row, column, undefined);
  sheet.errors.set(row, column, undefined);
  if (written.kind === 'formula') {
    sheet.formulas.set(row, column, written.formula);
    sheet.setValue(row, column, '');
  } else {
    sheet.formulas.set(row, column, undefined);
    sheet.setValue(row, column, written.value);
    if (written.format !== undefined) sheet.numberFormats.set(row, column, written.format);
  }
}

/** A block of cells on a sheet. */
export class EmuRange extends RangeFormats {
  /** @internal */
  static _expose(ctx: SheetsContext, sheet: SheetModel, rect: GridRect): EmuRange {
    return ctx.rt.expose(new EmuRange(ctx, sheet, rect), 'Range', rangeAccess);
  }

  getValues(): CellValue[][] {
    this._ctx.beforeRead();
    return this._grid((r, c) => copyValue(this._sheet.getValue(r, c)));
  }
  getValue(): CellValue {
    this._ctx.beforeRead();
    assertLiveSheet(this._ctx, this._sheet);
    return copyValue(this._sheet.getValue(this._rect.row, this._rect.column));
  }
  getDisplayValues(): string[][] {
    this._ctx.beforeRead();
    const { timeZone, locale } = this._ctx.wb;
    return this._grid((r, c) =>
      displayValue(this._sheet.getValue(r, c), this._sheet.numberFormats.get(r, c) ?? '', timeZone, locale),
    );
  }
  getDisplayValue(): string {
    const first = this.getDisplayValues()[0]?.[0];
    return first ?? '';
  }
  setValues(values: unknown[][]): this {
    this._assertFits(values);
    this._writeGrid<unknown>(values, 'setValues', (r, c, v) => writeCell(this._ctx, this._sheet, r, c, v));
    this._ctx.afterWrite({ sheetId: this._sheet.sheetId, rect: this._rect });
    return this;
  }
  /** Sets every cell of the range to the value (as Apps Script does for multi-cell ranges). */
  setValue(value: unknown): this {
    this._assertFits(value);
    this._grid((r, c) => writeCell(this._ctx, this._sheet, r, c, value));
    this._ctx.afterWrite({ sheetId: this._sheet.sheetId, rect: this._rect });
    return this;
  }
  getFormulas(): string[][] {
    return this._grid((r, c) => this._sheet.formulas.get(r, c) ?? '');
  }
  getFormula(): string {
    assertLiveSheet(this._ctx, this._sheet);
    return this._sheet.formulas.get(this._rect.row, this._rect.column) ?? '';
  }
  /** Sets the same formula text in every cell (relative references are not shifted by the emulator). */
  setFormula(formula: string): this {
    this._assertFits(formula);
    this._grid((r, c) => writeCell(this._ctx, this._sheet, r, c, formula === '' ? '' : this._asFormula(formula)));
    this._ctx.afterWrite({ sheetId: this._sheet.sheetId, rect: this._rect });
    return this;
  }
  setFormulas(formulas: string[][]): this {
    this._assertFits(formulas);
    this._writeGrid<string>(formulas, 'setFormulas', (r, c, f) =>
      writeCell(this._ctx, this._sheet, r, c, f === '' ? '' : this._asFormula(f)),
    );
    this._ctx.afterWrite({ sheetId: this._sheet.sheetId, rect: this._rect });
    return this;
  }
  /** @internal A write with a cell past 50,000 characters fails whole, before anything is written. */
  _assertFits(values: unknown): void {
    if (tooLongText(values) !== null) throw this._ctx.rt.error(CELL_TEXT_MESSAGE);
  }
  /** @internal */
  _asFormula(formula: string): string {
    return String(formula).startsWith('=') ? String(formula) : `=${formula}`;
  }
  /** Clears values and formulas; formats, notes and validation stay. */
  clearContent(): this {
    this._grid((r, c) => writeCell(this._ctx, this._sheet, r, c, ''));
    this._ctx.afterWrite({ sheetId: this._sheet.sheetId, rect: this._rect });
    return this;
  }
  /** Clears contents and formats (notes and data validation stay). */
  clear(): this {
    this.clearContent();
    return this.clearFormat();
  }
  isBlank(): boolean {
    this._ctx.beforeRead();
    return this._grid((r, c) => this._sheet.getValue(r, c) === '' && !this._sheet.formulas.get(r, c)).every(line =>
      line.every(Boolean),
    );
  }
  getA1Notation(): string {
    return rectToA1(this._rect);
  }
  getRow(): number {
    return this._rect.row;
  }
  getRowIndex(): number {
    return this._rect.row;
  }
  getColumn(): number {
    return this._rect.column;
  }
  getLastRow(): number {
    return this._rect.row + this._rect.numRows - 1;
  }
  getLastColumn(): number {
    return this._rect.column + this._rect.numColumns - 1;
  }
  getNumRows(): number {
    return this._rect.numRows;
  }
  getNumColumns(): number {
    return this._rect.numColumns;
  }
  getHeight(): number {
    return this._rect.numRows;
  }
  getWidth(): number {
    return this._rect.numColumns;
  }
  getSheet(): EmuSheet {
    assertLiveSheet(this._ctx, this._sheet);
    return this._ctx.sheet(this._sheet);
  }
  /** A cell of this range, 1-based relative to its top-left. */
  getCell(row: number, column: number): EmuRange {
    return this.offset(row - 1, column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): EmuRange {
    const rect = {
      row: this._rect.row + rowOffset,
      column: this._rect.column + columnOffset,
      numRows: numRows ?? this._rect.numRows,
      numColumns: numColumns ?? this._rect.numColumns,
    };
    return rangeAt(this._ctx, this._sheet, rect);
  }
}

/** @internal A Range over `rect`, with Apps Script's errors for bad or out-of-bounds coordinates. */
export function rangeAt(ctx: SheetsContext, sheet: SheetModel, rect: GridRect): EmuRange {
  assertLiveSheet(ctx, sheet);
  const { row, column, numRows, numColumns } = rect;
  if (![row, column, numRows, numColumns].every(Number.isInteger)) {
    throw ctx.rt.error('Emulator: range coordinates must be integers');
  }
  if (row < 1) throw ctx.rt.error('The starting row of the range is too small.');
  if (column < 1) throw ctx.rt.error('The starting column of the range is too small.');
  if (numRows < 1) throw ctx.rt.error('The number of rows in the range must be at least 1.');
  if (numColumns < 1) throw ctx.rt.error('The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
    throw ctx.rt.error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return ctx.range(sheet, rect);
}
