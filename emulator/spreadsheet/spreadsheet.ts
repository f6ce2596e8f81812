// SpreadsheetApp Spreadsheet (the active workbook) and NamedRange: sheets, named ranges, toasts, locale/time zone.

import { looksLikeA1, parseA1 } from '../a1.ts';
import type { NamedRangeModel } from '../model.ts';
import { spreadsheetAccess, unwrap } from '../runtime.ts';
import type { SheetsContext } from './context.ts';
import { growthProblem } from './limits.ts';
import { type EmuRange, rangeAt } from './range.ts';
import type { EmuSheet } from './sheet.ts';

/** @internal Access rules of Spreadsheet methods. */
export const spreadsheetMethodsAccess = spreadsheetAccess();

/** A named range. */
export class EmuNamedRange {
  constructor(
    readonly _ctx: SheetsContext,
    private _name: string,
  ) {}

  /** @internal */
  _model(): NamedRangeModel {
    const m = this._ctx.wb.namedRanges.get(this._name);
    if (!m) throw this._ctx.rt.error('Emulator: this named range was removed');
    return m;
  }
  getName(): string {
    return this._model().name;
  }
  getRange(): EmuRange {
    const m = this._model();
    const sheet = this._ctx.wb.sheetById(m.sheetId);
    if (!sheet) throw this._ctx.rt.error('Range not found');
    return rangeAt(this._ctx, sheet, m.rect);
  }
  setRange(range: EmuRange): this {
    const target = unwrap(range);
    this._ctx.wb.namedRanges.set(this._name, { name: this._name, sheetId: target._sheet.sheetId, rect: target._rect });
    this._ctx.afterWrite({ name: this._name });
    return this;
  }
  setName(name: string): this {
    const m = this._model();
    this._ctx.wb.namedRanges.delete(this._name);
    this._name = name;
    this._ctx.wb.namedRanges.set(name, { ...m, name });
    this._ctx.afterWrite({ name: m.name });
    this._ctx.afterWrite({ name });
    return this;
  }
  remove(): void {
    this._ctx.wb.namedRanges.delete(this._model().name);
    this._ctx.afterWrite({ name: this._name });
  }
}

/** The active spreadsheet. */
export class EmuSpreadsheet {
  constructor(readonly _ctx: SheetsContext) {}

  getId(): string {
    return this._ctx.wb.id;
  }
  getName(): string {
    return this._ctx.wb.name;
  }
  rename(name: string): void {
    this._ctx.wb.name = name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._ctx.wb.id}/edit`;
  }
  getSpreadsheetLocale(): string {
    return this._ctx.wb.locale;
  }
  getSpreadsheetTimeZone(): string {
    return this._ctx.wb.timeZone;
  }
  getSheets(): EmuSheet[] {
    return this._ctx.wb.sheets.map(s => this._ctx.sheet(s));
  }
  getNumSheets(): number {
    return this._ctx.wb.sheets.length;
  }
  getSheetByName(name: string): EmuSheet | null {
    const m = this._ctx.wb.sheetByName(name);
    return m ? this._ctx.sheet(m) : null;
  }
  getSheetById(id: number): EmuSheet | null {
    const m = this._ctx.wb.sheetById(id);
    return m ? this._ctx.sheet(m) : null;
  }
  getActiveSheet(): EmuSheet {
    const m = this._ctx.wb.activeSheet();
    if (!m) throw this._ctx.rt.error('Emulator: the workbook has no sheets');
    return this._ctx.sheet(m);
  }
  setActiveSheet(sheet: EmuSheet): EmuSheet {
    this._ctx.wb.activeSheetId = unwrap(sheet)._live().sheetId;
    return sheet;
  }
  /** insertSheet() | insertSheet(name) | insertSheet(index) | insertSheet(name, index); the new sheet becomes active. */
  insertSheet(nameOrIndex?: string | number, index?: number): EmuSheet {
    const wb = this._ctx.wb;
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    if (name !== undefined && wb.sheetByName(name)) {
      throw this._ctx.rt.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (name === undefined) {
      const base = wb.locale.startsWith('zh') ? '工作表' : 'Sheet';
      let n = wb.sheets.length + 1;
      while (wb.sheetByName(`${base}${n}`)) n++;
      name = `${base}${n}`;
    }
    // A new sheet is 1000 x 26 cells, counted against the workbook's limit.
    const grown = growthProblem(wb, null, 1000, 26);
    if (grown !== null) throw this._ctx.rt.error(grown);
    const model = wb.addSheet(name, at);
    wb.activeSheetId = model.sheetId;
    return this._ctx.sheet(model);
  }
  deleteSheet(sheet: EmuSheet): void {
    const wb = this._ctx.wb;
    const model = unwrap(sheet)._live();
    if (wb.sheets.filter(s => !s.hidden && s !== model).length === 0) {
      throw this._ctx.rt.error('Sorry, it is not possible to delete all non-hidden sheets in a document.');
    }
    wb.sheets.splice(wb.sheets.indexOf(model), 1);
    for (const [name, nr] of wb.namedRanges) if (nr.sheetId === model.sheetId) wb.namedRanges.delete(name);
    if (wb.activeSheetId === model.sheetId) wb.activeSheetId = wb.sheets[0]?.sheetId ?? 0;
    this._ctx.afterWrite();
  }
  /** getRange('Sheet1!A1:B2'); without a sheet name, the active sheet. */
  getRange(a1: string): EmuRange {
    const probe = parseA1(a1, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    const sheet =
      probe?.sheetName === undefined ? this._ctx.wb.activeSheet() : this._ctx.wb.sheetByName(probe.sheetName);
    const ref = sheet ? parseA1(a1, sheet.maxRows, sheet.maxColumns) : null;
    if (!sheet || !ref) throw this._ctx.rt.error('Range not found');
    return rangeAt(this._ctx, sheet, ref);
  }
  getRangeByName(name: string): EmuRange | null {
    const m = this._ctx.wb.namedRanges.get(name);
    const sheet = m ? this._ctx.wb.sheetById(m.sheetId) : undefined;
    return m && sheet ? rangeAt(this._ctx, sheet, m.rect) : null;
  }
  /** Creates or moves a named range. Names must start with a letter or _, and must not look like a cell (A1). */
  setNamedRange(name: string, range: EmuRange): void {
    if (!/^[A-Za-z_\p{L}][\w.\p{L}]*$/u.test(name) || looksLikeA1(name) || /^(true|false)$/iu.test(name)) {
      throw this._ctx.rt.error(`Emulator: "${name}" is not a valid named range name`);
    }
    const target = unwrap(range);
    this._ctx.wb.namedRanges.set(name, { name, sheetId: target._sheet.sheetId, rect: target._rect });
    this._ctx.afterWrite({ name });
  }
  getNamedRanges(): EmuNamedRange[] {
    return [...this._ctx.wb.namedRanges.keys()].map(name =>
      this._ctx.rt.expose(new EmuNamedRange(this._ctx, name), 'NamedRange', spreadsheetAccess()),
    );
  }
  /** Removes a named range; a name that does not exist is ignored. */
  removeNamedRange(name: string): void {
    this._ctx.wb.namedRanges.delete(name);
    this._ctx.afterWrite({ name });
  }
  toast(msg: string, title = '', timeoutSeconds = 5): void {
    this._ctx.wb.toasts.push({ message: String(msg), title: String(title), timeoutSeconds });
  }
}
