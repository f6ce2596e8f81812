// Range formatting and annotations: backgrounds, font weight/colour, notes, number formats, wrap, alignment, data
// validation. Values and formulas live in range.ts, which extends this class.

import type { GridRect } from '../a1.ts';
import type { CellMap, SheetModel, ValidationModel } from '../model.ts';
import { assertLiveSheet, type SheetsContext } from './context.ts';
import { EmuDataValidation } from './validation.ts';

/** @internal Base of EmuRange holding its location and the attribute methods. */
export class RangeFormats {
  constructor(
    readonly _ctx: SheetsContext,
    readonly _sheet: SheetModel,
    readonly _rect: GridRect,
  ) {}

  /** @internal A rows x columns grid of fn(row, column) over this range. */
  _grid<T>(fn: (row: number, column: number) => T): T[][] {
    assertLiveSheet(this._ctx, this._sheet);
    const { row, column, numRows, numColumns } = this._rect;
    const out: T[][] = [];
    for (let r = 0; r < numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < numColumns; c++) line.push(fn(row + r, column + c));
      out.push(line);
    }
    return out;
  }

  /** @internal Writes a matrix (checked against the range's shape with Apps Script's messages). */
  _writeGrid<T>(data: unknown, method: string, fn: (row: number, column: number, value: T) => void): void {
    assertLiveSheet(this._ctx, this._sheet);
    const { row, column, numRows, numColumns } = this._rect;
    if (!Array.isArray(data) || !data.every(line => Array.isArray(line))) {
      throw this._ctx.rt.error(
        `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (data.length !== numRows) {
      throw this._ctx.rt.error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
      );
    }
    for (const line of data as unknown[][]) {
      if (line.length !== numColumns) {
        throw this._ctx.rt.error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numColumns}.`,
        );
      }
    }
    (data as T[][]).forEach((line, r) => {
      line.forEach((value, c) => {
        fn(row + r, column + c, value);
      });
    });
  }

  /** @internal Sets one attribute on every cell. */
  _fill<T>(map: CellMap<T>, value: T | undefined): this {
    this._grid((r, c) => map.set(r, c, value));
    return this;
  }

  getBackground(): string {
    return this._sheet.backgrounds.get(this._rect.row, this._rect.column) ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return this._grid((r, c) => this._sheet.backgrounds.get(r, c) ?? '#ffffff');
  }
  setBackground(color: string | null): this {
    return this._fill(this._sheet.backgrounds, color === null || color === '' ? undefined : color.toLowerCase());
  }
  setBackgrounds(colors: Array<Array<string | null>>): this {
    this._writeGrid<string | null>(colors, 'setBackgrounds', (r, c, v) =>
      this._sheet.backgrounds.set(r, c, v === null || v === '' ? undefined : v.toLowerCase()),
    );
    return this;
  }
  getFontWeight(): string {
    return this._sheet.fontWeights.get(this._rect.row, this._rect.column) ?? 'normal';
  }
  getFontWeights(): string[][] {
    return this._grid((r, c) => this._sheet.fontWeights.get(r, c) ?? 'normal');
  }
  setFontWeight(weight: string | null): this {
    return this._fill(this._sheet.fontWeights, weight === null || weight === 'normal' ? undefined : weight);
  }
  setFontWeights(weights: Array<Array<string | null>>): this {
    this._writeGrid<string | null>(weights, 'setFontWeights', (r, c, v) =>
      this._sheet.fontWeights.set(r, c, v === null || v === 'normal' ? undefined : v),
    );
    return this;
  }
  getFontColor(): string {
    return this._sheet.fontColors.get(this._rect.row, this._rect.column) ?? '#000000';
  }
  getFontColors(): string[][] {
    return this._grid((r, c) => this._sheet.fontColors.get(r, c) ?? '#000000');
  }
  setFontColor(color: string | null): this {
    return this._fill(this._sheet.fontColors, color === null ? undefined : color.toLowerCase());
  }
  setFontColors(colors: Array<Array<string | null>>): this {
    this._writeGrid<string | null>(colors, 'setFontColors', (r, c, v) =>
      this._sheet.fontColors.set(r, c, v === null ? undefined : v.toLowerCase()),
    );
    return this;
  }
  getNote(): string {
    return this._sheet.notes.get(this._rect.row, this._rect.column) ?? '';
  }
  getNotes(): string[][] {
    return this._grid((r, c) => this._sheet.notes.get(r, c) ?? '');
  }
  setNote(note: string | null): this {
    return this._fill(this._sheet.notes, note === null || note === '' ? undefined : String(note));
  }
  setNotes(notes: Array<Array<string | null>>): this {
    this._writeGrid<string | null>(notes, 'setNotes', (r, c, v) =>
      this._sheet.notes.set(r, c, v === null || v === '' ? undefined : String(v)),
    );
    return this;
  }
  clearNote(): this {
    return this._fill(this._sheet.notes, undefined);
  }
  getNumberFormat(): string {
    return this._sheet.numberFormats.get(this._rect.row, this._rect.column) ?? 'General';
  }
  getNumberFormats(): string[][] {
    return this._grid((r, c) => this._sheet.numberFormats.get(r, c) ?? 'General');
  }
  setNumberFormat(format: string): this {
    return this._fill(this._sheet.numberFormats, format === 'General' || format === '' ? undefined : format);
  }
  setNumberFormats(formats: string[][]): this {
    this._writeGrid<string>(formats, 'setNumberFormats', (r, c, v) =>
      this._sheet.numberFormats.set(r, c, v === 'General' || v === '' ? undefined : v),
    );
    return this;
  }
  getWrap(): boolean {
    return this._sheet.wraps.get(this._rect.row, this._rect.column) ?? false;
  }
  setWrap(wrap: boolean): this {
    return this._fill(this._sheet.wraps, wrap ? true : undefined);
  }
  setWraps(wraps: boolean[][]): this {
    this._writeGrid<boolean>(wraps, 'setWraps', (r, c, v) => this._sheet.wraps.set(r, c, v ? true : undefined));
    return this;
  }
  getHorizontalAlignment(): string {
    return this._sheet.horizontalAlignments.get(this._rect.row, this._rect.column) ?? 'general';
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this._fill(this._sheet.horizontalAlignments, alignment === null ? undefined : alignment);
  }
  getDataValidation(): EmuDataValidation | null {
    const model = this._sheet.validations.get(this._rect.row, this._rect.column);
    return model ? EmuDataValidation._expose(this._ctx, model) : null;
  }
  getDataValidations(): Array<Array<EmuDataValidation | null>> {
    return this._grid((r, c) => {
      const model = this._sheet.validations.get(r, c);
      return model ? EmuDataValidation._expose(this._ctx, model) : null;
    });
  }
  setDataValidation(rule: EmuDataValidation | null): this {
    return this._fill(this._sheet.validations, rule === null ? undefined : EmuDataValidation._model(this._ctx, rule));
  }
  setDataValidations(rules: Array<Array<EmuDataValidation | null>>): this {
    this._writeGrid<EmuDataValidation | null>(rules, 'setDataValidations', (r, c, v) =>
      this._sheet.validations.set(r, c, v === null ? undefined : EmuDataValidation._model(this._ctx, v)),
    );
    return this;
  }
  clearDataValidations(): this {
    return this._fill<ValidationModel>(this._sheet.validations, undefined);
  }
  clearFormat(): this {
    for (const map of [
      this._sheet.backgrounds,
      this._sheet.fontWeights,
      this._sheet.fontColors,
      this._sheet.numberFormats,
    ]) {
      this._grid((r, c) => map.set(r, c, undefined));
    }
    this._grid((r, c) => {
      this._sheet.wraps.set(r, c, undefined);
      this._sheet.horizontalAlignments.set(r, c, undefined);
    });
    return this;
  }
}
