// Conditional-format evaluation: which rule (first match, in order) decides a cell's look, and the colour it shows.
// Custom formulas are evaluated relative to the top-left of the rule range containing the cell, as Sheets does.

import type { RuleModel, SheetModel, WorkbookModel } from '../model.ts';
import { evaluate, FormulaUnsupported, FormulaValueError, isTruthy, parseFormula } from './expr.ts';
import { workbookEnv } from './recalc.ts';

/** The look of a cell after conditional formatting. */
export interface EffectiveFormat {
  readonly background: string;
  readonly fontColor: string;
  /** Index of the rule that matched, or -1. */
  readonly ruleIndex: number;
}

function matches(wb: WorkbookModel, sheet: SheetModel, rule: RuleModel, row: number, column: number): boolean {
  const range = rule.ranges.find(
    r => row >= r.row && row < r.row + r.numRows && column >= r.column && column < r.column + r.numColumns,
  );
  if (!range) return false;
  const value = sheet.getValue(row, column);
  const c = rule.condition;
  switch (c.type) {
    case 'CELL_EMPTY':
      return value === '';
    case 'CELL_NOT_EMPTY':
      return value !== '';
    case 'TEXT_EQUAL_TO':
      return String(value) === c.values[0];
    case 'TEXT_CONTAINS':
      return String(value).toLowerCase().includes(c.values[0].toLowerCase());
    case 'NUMBER_GREATER_THAN':
      return typeof value === 'number' && value > c.values[0];
    case 'NUMBER_LESS_THAN':
      return typeof value === 'number' && value < c.values[0];
    case 'NUMBER_EQUAL_TO':
      return typeof value === 'number' && value === c.values[0];
    case 'CUSTOM_FORMULA': {
      let expr: ReturnType<typeof parseFormula>;
      try {
        expr = parseFormula(c.values[0]);
        return isTruthy(evaluate(expr, workbookEnv(wb, sheet, row - range.row, column - range.column)));
      } catch (err) {
        if (err instanceof FormulaValueError) return false;
        if (err instanceof FormulaUnsupported) {
          throw new Error(`Emulator: conditional format formula ${c.values[0]} is not supported (${err.message})`);
        }
        throw err;
      }
    }
  }
}

/** The first matching rule's colours, else the cell's own. */
export function effectiveFormat(wb: WorkbookModel, sheet: SheetModel, row: number, column: number): EffectiveFormat {
  const own = {
    background: sheet.backgrounds.get(row, column) ?? '#ffffff',
    fontColor: sheet.fontColors.get(row, column) ?? '#000000',
  };
  const ruleIndex = sheet.rules.findIndex(rule => matches(wb, sheet, rule, row, column));
  const rule = sheet.rules[ruleIndex];
  if (!rule) return { ...own, ruleIndex: -1 };
  return { background: rule.background ?? own.background, fontColor: rule.fontColor ?? own.fontColor, ruleIndex };
}
