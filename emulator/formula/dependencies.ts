// What a formula depends on (its cell references and named ranges) and whether a write touched it: Sheets re-runs a
// custom function only when a cell in its arguments changes or the formula is entered, and keeps its result otherwise.

import type { GridRect } from '../a1.ts';
import type { Change, SheetModel, WorkbookModel } from '../model.ts';
import { type Expr, FormulaUnsupported, parseFormula } from './expr.ts';

/** A parsed formula's references and calls, computed once per formula text. */
export interface FormulaInfo {
  readonly expr: Expr | null;
  readonly refs: ReadonlyArray<{ readonly sheet: string | null; readonly rect: GridRect }>;
  readonly names: readonly string[];
  readonly calls: readonly string[];
}

const infos = new Map<string, FormulaInfo>();

function walk(e: Expr, out: { refs: FormulaInfo['refs'][number][]; names: string[]; calls: string[] }): void {
  switch (e.t) {
    case 'ref': {
      const to = e.to ?? e.from;
      const row = Math.min(e.from.row, to.row);
      const column = Math.min(e.from.column, to.column);
      const rect = {
        row,
        column,
        numRows: Math.abs(to.row - e.from.row) + 1,
        numColumns: Math.abs(to.column - e.from.column) + 1,
      };
      out.refs.push({ sheet: e.sheet, rect });
      return;
    }
    case 'name':
      out.names.push(e.name);
      return;
    case 'call':
      out.calls.push(e.name);
      for (const a of e.args) walk(a, out);
      return;
    case 'bin':
      walk(e.l, out);
      walk(e.r, out);
      return;
    case 'neg':
      walk(e.e, out);
      return;
    default:
      return;
  }
}

/** References, named ranges and function names of a cell formula (relative references as written). */
export function formulaInfo(formula: string): FormulaInfo {
  const cached = infos.get(formula);
  if (cached) return cached;
  let info: FormulaInfo;
  try {
    const expr = parseFormula(formula);
    const out = { refs: [], names: [], calls: [] };
    walk(expr, out);
    info = { expr, ...out };
  } catch (err) {
    if (!(err instanceof FormulaUnsupported)) throw err;
    info = { expr: null, refs: [], names: [], calls: [] };
  }
  if (infos.size > 5_000) infos.clear();
  infos.set(formula, info);
  return info;
}

const overlaps = (a: GridRect, b: GridRect): boolean =>
  a.row < b.row + b.numRows &&
  b.row < a.row + a.numRows &&
  a.column < b.column + b.numColumns &&
  b.column < a.column + a.numColumns;

/**
 * Did one of `changes` touch what the formula at (sheet, row, column) reads, or (`ownArea`) the block its last
 * result spilled over (a value typed there turns the result into #REF!)?
 */
export function touchedBy(
  wb: WorkbookModel,
  sheet: SheetModel,
  row: number,
  column: number,
  info: FormulaInfo,
  changes: readonly Change[],
  ownArea = true,
): boolean {
  const extent = sheet.spills.get(row, column);
  const own = extent ? { row, column, ...extent } : { row, column, numRows: 1, numColumns: 1 };
  const read: Array<{ sheetId: number; rect: GridRect }> = ownArea ? [{ sheetId: sheet.sheetId, rect: own }] : [];
  for (const ref of info.refs) {
    const target = ref.sheet === null ? sheet : wb.sheetByName(ref.sheet);
    if (target) read.push({ sheetId: target.sheetId, rect: ref.rect });
  }
  for (const name of info.names) {
    const nr = wb.namedRanges.get(name);
    if (nr) read.push({ sheetId: nr.sheetId, rect: nr.rect });
  }
  return changes.some(change =>
    'name' in change
      ? info.names.includes(change.name)
      : read.some(r => r.sheetId === change.sheetId && overlaps(r.rect, change.rect)),
  );
}
