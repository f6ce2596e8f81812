// Recalculation of cell formulas: custom functions of the loaded bundle (each call in its own CUSTOM_FUNCTION
// execution) with spilling of 2D results, and the few built-ins formula/expr.ts knows; everything else is #NAME?.

import type { SheetModel, WorkbookModel } from '../model.ts';
import { type CellValue, isDate } from '../values.ts';
import { type EvalEnv, evaluate, FormulaUnsupported, FormulaValueError, parseFormula, type Val } from './expr.ts';

/** What recalculation needs from the emulator. */
export interface RecalcHost {
  readonly wb: WorkbookModel;
  /** The bundle's global function for a formula name (Sheets matches custom functions case-insensitively), or null. */
  customFunction(name: string): string | null;
  /** Runs a custom function in a CUSTOM_FUNCTION execution; a throw becomes #ERROR!. */
  runCustom(name: string, args: unknown[]): unknown;
}

/** @internal Values of a block as a custom function receives them (copies; empty cells are ''). */
function blockValues(
  sheet: SheetModel,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = row; r < row + numRows; r++) {
    const line: CellValue[] = [];
    for (let c = column; c < column + numColumns; c++) {
      const v = sheet.getValue(r, c);
      line.push(isDate(v) ? new Date(v.getTime()) : v);
    }
    out.push(line);
  }
  return out;
}

/** @internal An env resolving references against the workbook. */
export function workbookEnv(wb: WorkbookModel, home: SheetModel, rowDelta: number, columnDelta: number): EvalEnv {
  return {
    rowDelta,
    columnDelta,
    values: (sheetName, row, column, numRows, numColumns) => {
      const sheet = sheetName === null ? home : wb.sheetByName(sheetName);
      if (!sheet) throw new FormulaValueError('#REF!');
      return blockValues(sheet, row, column, numRows, numColumns);
    },
    named: name => {
      const nr = wb.namedRanges.get(name);
      const sheet = nr ? wb.sheetById(nr.sheetId) : undefined;
      return nr && sheet ? blockValues(sheet, nr.rect.row, nr.rect.column, nr.rect.numRows, nr.rect.numColumns) : null;
    },
  };
}

function toCell(v: unknown): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDate(v)) return new Date(v.getTime());
  return String(v);
}

/** A result as rows: 2D arrays as they are, a 1D array as one column, a scalar as one cell. */
function toBlock(result: unknown): CellValue[][] {
  if (!Array.isArray(result)) return [[toCell(result)]];
  if (result.length === 0) return [['']];
  return result.map(line => (Array.isArray(line) ? line.map(toCell) : [toCell(line)]));
}

class CustomFunctionError extends Error {}

/** Recalculates every formula in the workbook (row by row, sheet by sheet). */
export function recalculate(host: RecalcHost): void {
  for (const sheet of host.wb.sheets) {
    for (const [r, c] of sheet.spilled.entries()) sheet.setValue(r, c, '');
    sheet.spilled.clear();
    sheet.errors.clear();
  }
  for (const sheet of host.wb.sheets) {
    const cells = sheet.formulas.entries().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [row, column, formula] of cells) {
      const block = evaluateCell(host, sheet, formula, row, column);
      spill(sheet, row, column, block);
    }
  }
  host.wb.dirty = false;
}

function evaluateCell(
  host: RecalcHost,
  sheet: SheetModel,
  formula: string,
  row: number,
  column: number,
): CellValue[][] {
  const env: EvalEnv = {
    ...workbookEnv(host.wb, sheet, 0, 0),
    call: (name: string, args: Val[]) => {
      const fn = host.customFunction(name);
      if (fn === null) return null;
      try {
        return toBlock(host.runCustom(fn, args));
      } catch (err) {
        const message = typeof err === 'object' && err !== null && 'message' in err ? String(err.message) : String(err);
        throw new CustomFunctionError(message);
      }
    },
  };
  try {
    const result = evaluate(parseFormula(formula), env);
    return Array.isArray(result) ? result : [[result]];
  } catch (err) {
    if (err instanceof CustomFunctionError) {
      sheet.errors.set(row, column, err.message);
      return [['#ERROR!']];
    }
    if (err instanceof FormulaValueError) return [[err.message === '#REF!' ? '#REF!' : '#VALUE!']];
    if (err instanceof FormulaUnsupported) return [['#NAME?']];
    throw err;
  }
}

function spill(sheet: SheetModel, row: number, column: number, block: CellValue[][]): void {
  const width = Math.max(...block.map(line => line.length));
  const fits = row + block.length - 1 <= sheet.maxRows && column + width - 1 <= sheet.maxColumns;
  let blocked = !fits;
  for (let r = 0; r < block.length && !blocked; r++) {
    for (let c = 0; c < width; c++) {
      if (r === 0 && c === 0) continue;
      const rr = row + r;
      const cc = column + c;
      if (sheet.getValue(rr, cc) !== '' || sheet.formulas.get(rr, cc) !== undefined || sheet.spilled.get(rr, cc)) {
        blocked = true;
        break;
      }
    }
  }
  if (blocked) {
    sheet.setValue(row, column, '#REF!');
    sheet.errors.set(row, column, 'Array result was not expanded because it would overwrite data.');
    return;
  }
  block.forEach((line, r) => {
    for (let c = 0; c < width; c++) {
      const v = line[c] ?? '';
      if (r === 0 && c === 0) {
        sheet.setValue(row, column, v);
        continue;
      }
      sheet.setValue(row + r, column + c, v);
      sheet.spilled.set(row + r, column + c, true);
    }
  });
}
