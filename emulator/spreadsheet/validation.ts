// Data validation: SpreadsheetApp.newDataValidation() builder and the DataValidation rule objects (value in list,
// value in range), plus the check a user edit goes through.

import { parseA1, rectToA1 } from '../a1.ts';
import type { ValidationModel } from '../model.ts';
import { unwrap } from '../runtime.ts';
import type { CellValue } from '../values.ts';
import type { SheetsContext } from './context.ts';
import type { EmuRange } from './range.ts';

const free = () => 'free' as const;

/** SpreadsheetApp.DataValidationCriteria (the kinds the emulator supports). */
export const DataValidationCriteria = Object.freeze({
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
});

/** A built data-validation rule. */
export class EmuDataValidation {
  constructor(
    readonly _ctx: SheetsContext,
    readonly _m: ValidationModel,
  ) {}

  /** @internal */
  static _expose(ctx: SheetsContext, model: ValidationModel): EmuDataValidation {
    return ctx.rt.expose(new EmuDataValidation(ctx, model), 'DataValidation', free);
  }

  /** @internal The model behind a rule object handed back by the add-on. */
  static _model(ctx: SheetsContext, rule: unknown): ValidationModel {
    const target = unwrap(rule);
    if (!(target instanceof EmuDataValidation))
      throw ctx.rt.error('Emulator: expected a DataValidation built by newDataValidation()');
    return target._m;
  }

  getCriteriaType(): string {
    return this._m.criteria;
  }
  getCriteriaValues(): unknown[] {
    if (this._m.criteria === 'VALUE_IN_LIST') return [[...this._m.values], this._m.showDropdown];
    const [sheetName = '', a1 = ''] = this._m.values;
    const sheet = this._ctx.wb.sheetByName(sheetName);
    const ref = sheet ? parseA1(a1, sheet.maxRows, sheet.maxColumns) : null;
    return [sheet && ref ? this._ctx.range(sheet, ref) : null, this._m.showDropdown];
  }
  getAllowInvalid(): boolean {
    return this._m.allowInvalid;
  }
  getHelpText(): string {
    return this._m.helpText;
  }
  copy(): EmuDataValidationBuilder {
    return EmuDataValidationBuilder._expose(this._ctx, { ...this._m });
  }
}

/** SpreadsheetApp.newDataValidation(). */
export class EmuDataValidationBuilder {
  constructor(
    readonly _ctx: SheetsContext,
    private _m: Partial<ValidationModel>,
  ) {}

  /** @internal */
  static _expose(ctx: SheetsContext, model: Partial<ValidationModel> = {}): EmuDataValidationBuilder {
    return ctx.rt.expose(new EmuDataValidationBuilder(ctx, model), 'DataValidationBuilder', free);
  }

  requireValueInList(values: string[], showDropdown = true): this {
    this._m = { ...this._m, criteria: 'VALUE_IN_LIST', values: values.map(String), showDropdown };
    return this;
  }
  requireValueInRange(range: EmuRange, showDropdown = true): this {
    const target = unwrap(range);
    const values = [target._sheet.name, rectToA1(target._rect)];
    this._m = { ...this._m, criteria: 'VALUE_IN_RANGE', values, showDropdown };
    return this;
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this._m = { ...this._m, allowInvalid };
    return this;
  }
  setHelpText(helpText: string): this {
    this._m = { ...this._m, helpText };
    return this;
  }
  getCriteriaType(): string | null {
    return this._m.criteria ?? null;
  }
  build(): EmuDataValidation {
    const { criteria, values } = this._m;
    if (criteria === undefined || values === undefined)
      throw this._ctx.rt.error('Emulator: DataValidationBuilder.build needs a criteria');
    return EmuDataValidation._expose(this._ctx, {
      criteria,
      values,
      showDropdown: this._m.showDropdown ?? true,
      allowInvalid: this._m.allowInvalid ?? true,
      helpText: this._m.helpText ?? '',
    });
  }
}

/** @internal Does `value` satisfy the rule? Used for user edits (scripts may write anything). */
export function validationAccepts(ctx: SheetsContext, rule: ValidationModel, value: CellValue): boolean {
  if (value === '') return true;
  const text = String(value);
  if (rule.criteria === 'VALUE_IN_LIST') return rule.values.includes(text);
  const [sheetName = '', a1 = ''] = rule.values;
  const sheet = ctx.wb.sheetByName(sheetName);
  const ref = sheet ? parseA1(a1, sheet.maxRows, sheet.maxColumns) : null;
  if (!sheet || !ref) return false;
  for (let r = ref.row; r < ref.row + ref.numRows; r++) {
    for (let c = ref.column; c < ref.column + ref.numColumns; c++)
      if (String(sheet.getValue(r, c)) === text) return true;
  }
  return false;
}
