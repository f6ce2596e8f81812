// Applies a row/column insert, delete or move to the workbook model the way Sheets does: cells and their formats move,
// formulas on every sheet follow the cells they reference (#REF! when those are deleted), and so do conditional-format
// ranges and their custom formulas, data-validation cells and criteria ranges, named ranges and chart ranges.
// One implementation for the Apps Script methods (insertRowsAfter, deleteColumns, moveRows, …) and user edits.
import { parseA1, rectToA1 } from '../a1.ts';
import type { CellMap, ChartModel, RuleModel, SheetModel, ValidationModel, WorkbookModel } from '../model.ts';
import type { CellValue } from '../values.ts';
import { mapIndex, mapRect, mapStart, type StructureEdit, sizeChange } from './edit.ts';
import { type FormulaHome, shiftFormula } from './formula-shift.ts';

/** Applies `edit` to `sheet` (bounds already checked by the caller). */
export function applyStructureEdit(wb: WorkbookModel, sheet: SheetModel, edit: StructureEdit): void {
  const target = { sheetName: sheet.name, edit };
  for (const s of wb.sheets) {
    for (const [r, c, formula] of s.formulas.entries()) {
      const next = shiftFormula(formula, { sheetName: s.name }, target);
      if (next !== formula) s.formulas.set(r, c, next);
    }
    s.rules = s.rules.flatMap(rule => shiftRule(rule, s, sheet, edit));
    shiftValidationCriteria(s, sheet, edit);
  }
  for (const [name, nr] of wb.namedRanges) {
    if (nr.sheetId !== sheet.sheetId) continue;
    const rect = mapRect(edit, nr.rect);
    // Sheets shows #REF! for a named range whose cells are all gone; the emulator forgets it (getRangeByName → null).
    if (rect) wb.namedRanges.set(name, { ...nr, rect });
    else wb.namedRanges.delete(name);
  }
  sheet.charts = sheet.charts.map(chart => shiftChart(chart, edit));
  moveCells(sheet, edit);
}

/** A conditional-format rule after the edit; none when all its ranges were deleted. */
function shiftRule(rule: RuleModel, home: SheetModel, edited: SheetModel, edit: StructureEdit): RuleModel[] {
  const onEdited = home === edited;
  const ranges = onEdited ? rule.ranges.flatMap(r => mapRect(edit, r) ?? []) : rule.ranges;
  if (ranges.length === 0) return [];
  if (rule.condition.type !== 'CUSTOM_FORMULA') return [{ ...rule, ranges }];
  const first = rule.ranges[0];
  const firstAfter = ranges[0];
  const key = edit.dimension === 'ROWS' ? 'row' : 'column';
  // The rule's formula is written for its range's top-left cell; if that row/column is gone the range starts at the
  // next one and the formula's relative references keep their offsets from it.
  const lost = onEdited && first && firstAfter && mapIndex(edit, first[key]) === null;
  const formulaHome: FormulaHome =
    lost && first && firstAfter
      ? { sheetName: home.name, lostAnchor: { old: first[key], next: firstAfter[key] } }
      : { sheetName: home.name };
  const formula = shiftFormula(rule.condition.values[0], formulaHome, { sheetName: edited.name, edit });
  return [{ ...rule, ranges, condition: { type: 'CUSTOM_FORMULA', values: [formula] } }];
}

/** 'Value in range' rules keep pointing at the same cells when those move. */
function shiftValidationCriteria(s: SheetModel, edited: SheetModel, edit: StructureEdit): void {
  const replaced = new Map<ValidationModel, ValidationModel>();
  for (const [r, c, rule] of s.validations.entries()) {
    if (rule.criteria !== 'VALUE_IN_RANGE' || rule.values[0] !== edited.name) continue;
    let next = replaced.get(rule);
    if (!next) {
      const ref = parseA1(rule.values[1] ?? '', edited.maxRows, edited.maxColumns);
      const rect = ref ? mapRect(edit, ref) : null;
      next = { ...rule, values: [edited.name, rect ? rectToA1(rect) : '#REF!'] };
      replaced.set(rule, next);
    }
    s.validations.set(r, c, next);
  }
}

function shiftChart(chart: ChartModel, edit: StructureEdit): ChartModel {
  const ranges = chart.ranges.flatMap(r => mapRect(edit, r) ?? []);
  const key = edit.dimension === 'ROWS' ? 'row' : 'column';
  // A chart is anchored to a cell and moves with it (to the next row/column when that one is deleted).
  const position = { ...chart.position, [key]: Math.max(1, mapStart(edit, chart.position[key])) };
  return { ...chart, ranges, position };
}

/** Moves values, per-cell attributes, column widths, the grid size and frozen rows/columns. */
function moveCells(sheet: SheetModel, edit: StructureEdit): void {
  const at = (i: number) => mapIndex(edit, i);
  if (edit.dimension === 'ROWS') {
    const next: CellValue[][] = [];
    sheet.values.forEach((row, i) => {
      const j = at(i + 1);
      if (j !== null) next[j - 1] = row;
    });
    for (let i = 0; i < next.length; i++) next[i] ??= [];
    sheet.values = next;
    for (const map of sheet.cellMaps()) remap(map, at, i => i);
    sheet.maxRows += sizeChange(edit);
    sheet.frozenRows = frozenAfter(sheet.frozenRows, edit);
    return;
  }
  sheet.values = sheet.values.map(row => {
    const out: CellValue[] = [];
    row.forEach((v, i) => {
      const j = at(i + 1);
      if (j !== null) out[j - 1] = v;
    });
    for (let i = 0; i < out.length; i++) out[i] ??= '';
    return out;
  });
  for (const map of sheet.cellMaps()) remap(map, i => i, at);
  const widths = [...sheet.columnWidths];
  sheet.columnWidths.clear();
  for (const [c, w] of widths) {
    const j = at(c);
    if (j !== null) sheet.columnWidths.set(j, w);
  }
  const hidden = [...sheet.hiddenColumns];
  sheet.hiddenColumns.clear();
  for (const c of hidden) {
    const j = at(c);
    if (j !== null) sheet.hiddenColumns.add(j);
  }
  sheet.maxColumns += sizeChange(edit);
  sheet.frozenColumns = frozenAfter(sheet.frozenColumns, edit);
}

function remap<T>(map: CellMap<T>, row: (i: number) => number | null, column: (i: number) => number | null): void {
  const entries = map.entries();
  map.clear();
  for (const [r, c, v] of entries) {
    const nr = row(r);
    const nc = column(c);
    if (nr !== null && nc !== null) map.set(nr, nc, v);
  }
}

/** Rows inserted among the frozen ones are frozen too; deleted frozen rows are no longer counted. */
function frozenAfter(frozen: number, edit: StructureEdit): number {
  if (frozen === 0) return 0;
  if (edit.kind === 'insert') return edit.before <= frozen ? frozen + edit.count : frozen;
  if (edit.kind === 'delete')
    return frozen - Math.max(0, Math.min(frozen, edit.start + edit.count - 1) - edit.start + 1);
  return frozen;
}
