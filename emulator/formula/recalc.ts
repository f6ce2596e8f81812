// Recalculation of cell formulas: custom functions of the loaded bundle (each call in its own CUSTOM_FUNCTION
// execution) with spilling of 2D results, and the few built-ins formula/expr.ts knows; everything else is #NAME?.
// A formula that calls a custom function re-runs only when entered or when a write touched what it reads.

import type { Change, SheetModel, WorkbookModel } from '../model.ts';
import { type CellValue, isDate } from '../values.ts';
import { type FormulaInfo, formulaInfo, touchedBy } from './dependencies.ts';
import { type EvalEnv, evaluate, FormulaUnsupported, FormulaValueError, type Val } from './expr.ts';

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

/**
 * Settles the workbook after writes, sheet by sheet and row by row (once; a formula reading a later one sees its old
 * value). Built-in formulas are evaluated every time; a formula calling a custom function only when it has no result
 * yet (just entered) or a recorded change touched its arguments, as Sheets caches custom-function results
 * (https://developers.google.com/apps-script/guides/sheets/functions). `all` re-runs everything.
 */
export function recalculate(host: RecalcHost, all = false): void {
  const wb = host.wb;
  let everything = all || wb.changedAll;
  let changes: Change[] = [...wb.changes];
  wb.changes = [];
  wb.changedAll = false;
  // Results that changed are writes for the formulas reading them; a few passes let them reach formulas above.
  for (let pass = 0; pass < 5 && (everything || changes.length > 0); pass++) {
    changes = recalcPass(host, everything, changes, pass === 0);
    everything = false;
  }
  wb.dirty = false;
}

/** One pass in sheet and row order; returns the results that changed. */
function recalcPass(host: RecalcHost, everything: boolean, changes: Change[], first: boolean): Change[] {
  const wb = host.wb;
  const produced: Change[] = [];
  const seen = [...changes];
  for (const sheet of wb.sheets) {
    const cells = sheet.formulas.entries().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [row, column, formula] of cells) {
      const info = formulaInfo(formula);
      const custom = info.calls.some(name => host.customFunction(name) !== null);
      const cached = sheet.spills.get(row, column) !== undefined;
      // Later passes only carry results, which never count as a write into the formula's own spill area.
      if (custom && cached && !everything && !touchedBy(wb, sheet, row, column, info, seen, first)) continue;
      if (!first && !custom && !touchedBy(wb, sheet, row, column, info, seen, false)) continue;
      const before = sheet.getValue(row, column);
      sheet.clearSpill(row, column);
      sheet.errors.set(row, column, undefined);
      const block = evaluateCell(host, sheet, info, row, column);
      const extent = spill(sheet, row, column, block);
      sheet.spills.set(row, column, extent);
      if (extent.numRows > 1 || extent.numColumns > 1 || !sameValue(before, sheet.getValue(row, column))) {
        const change = { sheetId: sheet.sheetId, rect: { row, column, ...extent } };
        produced.push(change);
        seen.push(change);
      }
    }
  }
  return produced;
}

const sameValue = (a: CellValue, b: CellValue): boolean =>
  isDate(a) && isDate(b) ? a.getTime() === b.getTime() : a === b;

function evaluateCell(
  host: RecalcHost,
  sheet: SheetModel,
  info: FormulaInfo,
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
    if (info.expr === null) throw new FormulaUnsupported('cannot read formula');
    const result = evaluate(info.expr, env);
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

/**
 * Writes a result from (row, column) on; returns the block it covers, also when blocked (#REF!), so that clearing
 * the blocking cell re-runs it.
 */
function spill(
  sheet: SheetModel,
  row: number,
  column: number,
  block: CellValue[][],
): { numRows: number; numColumns: number } {
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
    return { numRows: block.length, numColumns: width };
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
  return { numRows: block.length, numColumns: width };
}
