// Conditional format rules: SpreadsheetApp.newConditionalFormatRule() builder, the rule and BooleanCondition objects
// Sheet.getConditionalFormatRules returns. Evaluation lives in formula/conditional.ts.

import type { GridRect } from '../a1.ts';
import type { ConditionModel, RuleModel } from '../model.ts';
import { unwrap } from '../runtime.ts';
import type { SheetsContext } from './context.ts';
import type { EmuRange } from './range.ts';

const free = () => 'free' as const;

/** SpreadsheetApp.BooleanCriteria (the kinds the emulator supports). */
export const BooleanCriteria = Object.freeze({
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  CELL_EMPTY: 'CELL_EMPTY',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
});

/** @internal A rule plus the sheet its ranges are on. */
export interface SheetRule {
  readonly sheetId: number | null;
  readonly rule: RuleModel;
}

/** The condition and format of a boolean rule. */
export class EmuBooleanCondition {
  constructor(readonly _m: RuleModel) {}
  getCriteriaType(): string {
    return this._m.condition.type;
  }
  getCriteriaValues(): Array<string | number> {
    return [...this._m.condition.values];
  }
  getBackground(): string | null {
    return this._m.background;
  }
  getFontColor(): string | null {
    return this._m.fontColor;
  }
  getBold(): boolean | null {
    return this._m.bold;
  }
}

/** A built conditional format rule. */
export class EmuConditionalFormatRule {
  constructor(
    readonly _ctx: SheetsContext,
    readonly _r: SheetRule,
  ) {}

  /** @internal */
  static _expose(ctx: SheetsContext, r: SheetRule): EmuConditionalFormatRule {
    return ctx.rt.expose(new EmuConditionalFormatRule(ctx, r), 'ConditionalFormatRule', free);
  }

  /** @internal */
  static _unwrap(ctx: SheetsContext, rule: unknown): SheetRule {
    const target = unwrap(rule);
    if (!(target instanceof EmuConditionalFormatRule)) {
      throw ctx.rt.error('Emulator: expected a ConditionalFormatRule built by newConditionalFormatRule()');
    }
    return target._r;
  }

  getBooleanCondition(): EmuBooleanCondition {
    return this._ctx.rt.expose(new EmuBooleanCondition(this._r.rule), 'BooleanCondition', free);
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): EmuRange[] {
    const sheet = this._r.sheetId === null ? undefined : this._ctx.wb.sheetById(this._r.sheetId);
    return sheet ? this._r.rule.ranges.map(rect => this._ctx.range(sheet, rect)) : [];
  }
  copy(): EmuConditionalFormatRuleBuilder {
    return EmuConditionalFormatRuleBuilder._expose(this._ctx, this._r);
  }
}

/** SpreadsheetApp.newConditionalFormatRule(). */
export class EmuConditionalFormatRuleBuilder {
  private condition: ConditionModel | null;
  private background: string | null;
  private fontColor: string | null;
  private bold: boolean | null;
  private sheetId: number | null;
  private ranges: GridRect[];

  constructor(
    readonly _ctx: SheetsContext,
    from: SheetRule | null,
  ) {
    this.condition = from?.rule.condition ?? null;
    this.background = from?.rule.background ?? null;
    this.fontColor = from?.rule.fontColor ?? null;
    this.bold = from?.rule.bold ?? null;
    this.sheetId = from?.sheetId ?? null;
    this.ranges = [...(from?.rule.ranges ?? [])];
  }

  /** @internal */
  static _expose(ctx: SheetsContext, from: SheetRule | null = null): EmuConditionalFormatRuleBuilder {
    return ctx.rt.expose(new EmuConditionalFormatRuleBuilder(ctx, from), 'ConditionalFormatRuleBuilder', free);
  }

  whenFormulaSatisfied(formula: string): this {
    this.condition = { type: 'CUSTOM_FORMULA', values: [String(formula)] };
    return this;
  }
  whenTextEqualTo(text: string): this {
    this.condition = { type: 'TEXT_EQUAL_TO', values: [String(text)] };
    return this;
  }
  whenTextContains(text: string): this {
    this.condition = { type: 'TEXT_CONTAINS', values: [String(text)] };
    return this;
  }
  whenNumberGreaterThan(n: number): this {
    this.condition = { type: 'NUMBER_GREATER_THAN', values: [Number(n)] };
    return this;
  }
  whenNumberLessThan(n: number): this {
    this.condition = { type: 'NUMBER_LESS_THAN', values: [Number(n)] };
    return this;
  }
  whenNumberEqualTo(n: number): this {
    this.condition = { type: 'NUMBER_EQUAL_TO', values: [Number(n)] };
    return this;
  }
  whenCellEmpty(): this {
    this.condition = { type: 'CELL_EMPTY', values: [] };
    return this;
  }
  whenCellNotEmpty(): this {
    this.condition = { type: 'CELL_NOT_EMPTY', values: [] };
    return this;
  }
  setBackground(color: string | null): this {
    this.background = color === null ? null : color.toLowerCase();
    return this;
  }
  setFontColor(color: string | null): this {
    this.fontColor = color === null ? null : color.toLowerCase();
    return this;
  }
  setBold(bold: boolean | null): this {
    this.bold = bold;
    return this;
  }
  setRanges(ranges: EmuRange[]): this {
    const targets = ranges.map(r => unwrap(r));
    const first = targets[0];
    if (targets.some(t => t._sheet !== first?._sheet)) {
      throw this._ctx.rt.error('Emulator: conditional format rule ranges must all be on one sheet');
    }
    this.sheetId = first ? first._sheet.sheetId : null;
    this.ranges = targets.map(t => t._rect);
    return this;
  }
  getRanges(): EmuRange[] {
    const sheet = this.sheetId === null ? undefined : this._ctx.wb.sheetById(this.sheetId);
    return sheet ? this.ranges.map(rect => this._ctx.range(sheet, rect)) : [];
  }
  getBooleanCondition(): EmuBooleanCondition | null {
    const rule = this.condition ? this._rule(this.condition) : null;
    return rule ? this._ctx.rt.expose(new EmuBooleanCondition(rule), 'BooleanCondition', free) : null;
  }
  /** @internal */
  _rule(condition: ConditionModel): RuleModel {
    return {
      condition,
      background: this.background,
      fontColor: this.fontColor,
      bold: this.bold,
      ranges: [...this.ranges],
    };
  }
  build(): EmuConditionalFormatRule {
    if (!this.condition) throw this._ctx.rt.error('Emulator: ConditionalFormatRuleBuilder.build needs a condition');
    return EmuConditionalFormatRule._expose(this._ctx, { sheetId: this.sheetId, rule: this._rule(this.condition) });
  }
}
