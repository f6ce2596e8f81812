// The workbook data behind the services: sheets with a dense value grid and sparse per-cell attributes, named
// ranges, toasts. Services read and write this; tests and the playground read it through Emulator helpers.

import type { GridRect } from './a1.ts';
import type { CellValue } from './values.ts';

/** A data-validation rule as stored on a cell. */
export interface ValidationModel {
  readonly criteria: 'VALUE_IN_LIST' | 'VALUE_IN_RANGE';
  /** VALUE_IN_LIST: the list; VALUE_IN_RANGE: [sheetName, A1]. */
  readonly values: readonly string[];
  readonly showDropdown: boolean;
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

/** Conditions the conditional-format evaluator understands. */
export type ConditionModel =
  | { readonly type: 'CUSTOM_FORMULA'; readonly values: readonly [string] }
  | { readonly type: 'TEXT_EQUAL_TO' | 'TEXT_CONTAINS'; readonly values: readonly [string] }
  | {
      readonly type: 'NUMBER_GREATER_THAN' | 'NUMBER_LESS_THAN' | 'NUMBER_EQUAL_TO';
      readonly values: readonly [number];
    }
  | { readonly type: 'CELL_EMPTY' | 'CELL_NOT_EMPTY'; readonly values: readonly [] };

/** A conditional format rule; ranges are stored as sheet + rect. */
export interface RuleModel {
  readonly condition: ConditionModel;
  readonly background: string | null;
  readonly fontColor: string | null;
  readonly bold: boolean | null;
  readonly ranges: readonly GridRect[];
}

/** An embedded chart. */
export interface ChartModel {
  readonly chartId: number;
  readonly chartType: string;
  readonly ranges: readonly GridRect[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly position: {
    readonly row: number;
    readonly column: number;
    readonly offsetX: number;
    readonly offsetY: number;
  };
  readonly numHeaders: number;
  readonly transpose: boolean;
}

/** Sparse per-cell attribute map keyed by row and column. */
export class CellMap<T> {
  private readonly map = new Map<number, T>();

  static key(row: number, column: number): number {
    return row * 32768 + column;
  }

  get(row: number, column: number): T | undefined {
    return this.map.get(CellMap.key(row, column));
  }

  set(row: number, column: number, value: T | undefined): void {
    if (value === undefined) this.map.delete(CellMap.key(row, column));
    else this.map.set(CellMap.key(row, column), value);
  }

  entries(): Array<[row: number, column: number, value: T]> {
    return [...this.map].map(([k, v]) => [Math.floor(k / 32768), k % 32768, v]);
  }

  /** Moves every entry at or after `fromRow` down by `count` rows (row insertion). */
  shiftRows(fromRow: number, count: number): void {
    const moved = this.entries().filter(([r]) => r >= fromRow);
    for (const [r, c] of moved) this.map.delete(CellMap.key(r, c));
    for (const [r, c, v] of moved) this.map.set(CellMap.key(r + count, c), v);
  }

  /** Moves every entry at or after `fromColumn` right by `count` columns. */
  shiftColumns(fromColumn: number, count: number): void {
    const moved = this.entries().filter(([, c]) => c >= fromColumn);
    for (const [r, c] of moved) this.map.delete(CellMap.key(r, c));
    for (const [r, c, v] of moved) this.map.set(CellMap.key(r, c + count), v);
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

/** One sheet's data. Rows and columns are 1-based in the API and 0-based in `values`. */
export class SheetModel {
  values: CellValue[][] = [];
  readonly formulas = new CellMap<string>();
  /** Cells whose value was spilled by a formula's array result. */
  readonly spilled = new CellMap<true>();
  /** Size of each formula's last result (row x column block from the formula cell); no entry = not evaluated yet. */
  readonly spills = new CellMap<{ readonly numRows: number; readonly numColumns: number }>();
  /** Messages of custom functions that threw (the #ERROR! tooltip). */
  readonly errors = new CellMap<string>();
  readonly backgrounds = new CellMap<string>();
  readonly fontWeights = new CellMap<string>();
  readonly fontColors = new CellMap<string>();
  readonly notes = new CellMap<string>();
  readonly numberFormats = new CellMap<string>();
  readonly validations = new CellMap<ValidationModel>();
  readonly wraps = new CellMap<boolean>();
  readonly horizontalAlignments = new CellMap<string>();
  readonly columnWidths = new Map<number, number>();
  /** Columns hidden by the user or a script (1-based); they move with column inserts and deletes. */
  readonly hiddenColumns = new Set<number>();
  rules: RuleModel[] = [];
  charts: ChartModel[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;

  constructor(
    public name: string,
    readonly sheetId: number,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  getValue(row: number, column: number): CellValue {
    return this.values[row - 1]?.[column - 1] ?? '';
  }

  setValue(row: number, column: number, value: CellValue): void {
    let r = this.values[row - 1];
    if (!r) {
      while (this.values.length < row) this.values.push([]);
      r = this.values[row - 1];
    }
    if (!r) return;
    while (r.length < column - 1) r.push('');
    r[column - 1] = value;
  }

  /** Removes what the formula at (row, column) spilled last time (cells written over since stay). */
  clearSpill(row: number, column: number): void {
    const extent = this.spills.get(row, column);
    if (!extent) return;
    this.spills.set(row, column, undefined);
    for (let r = row; r < row + extent.numRows; r++) {
      for (let c = column; c < column + extent.numColumns; c++) {
        if (!this.spilled.get(r, c)) continue;
        this.spilled.set(r, c, undefined);
        this.setValue(r, c, '');
      }
    }
  }

  /** Last row with a value or formula (0 when empty). */
  lastRow(): number {
    for (let i = this.values.length - 1; i >= 0; i--) if (this.values[i]?.some(v => v !== '')) return i + 1;
    let last = 0;
    for (const [r] of this.formulas.entries()) last = Math.max(last, r);
    return last;
  }

  /** Last column with a value or formula (0 when empty). */
  lastColumn(): number {
    let last = 0;
    for (const row of this.values) {
      for (let c = row.length - 1; c >= last; c--) {
        if (row[c] !== '') {
          last = c + 1;
          break;
        }
      }
    }
    for (const [, c] of this.formulas.entries()) last = Math.max(last, c);
    return last;
  }

  /** All sparse maps, for whole-sheet operations. */
  cellMaps(): ReadonlyArray<CellMap<unknown>> {
    return [
      this.formulas,
      this.spilled,
      this.spills,
      this.errors,
      this.backgrounds,
      this.fontWeights,
      this.fontColors,
      this.notes,
      this.numberFormats,
      this.validations,
      this.wraps,
      this.horizontalAlignments,
    ];
  }
}

/** A write recalculation must look at: cells of a sheet, or a named range that was set, moved or removed. */
export type Change = { readonly sheetId: number; readonly rect: GridRect } | { readonly name: string };

/** A named range. */
export interface NamedRangeModel {
  readonly name: string;
  readonly sheetId: number;
  readonly rect: GridRect;
}

/** A toast shown by Spreadsheet.toast. */
export interface ToastRecord {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number;
}

/** The whole spreadsheet. */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly namedRanges = new Map<string, NamedRangeModel>();
  readonly toasts: ToastRecord[] = [];
  activeSheetId = 0;
  /** Set by writes; the next read or execution end recalculates the formulas that depend on what changed. */
  dirty = false;
  /** What was written since the last recalculation (cells, named ranges); `changedAll` when a change has no extent. */
  changes: Change[] = [];
  changedAll = false;
  private nextSheetId = 0;
  private nextChartId = 1;

  constructor(
    readonly id: string,
    public name: string,
    public locale: string,
    public timeZone: string,
  ) {}

  addSheet(name: string, index?: number, maxRows = 1000, maxColumns = 26): SheetModel {
    const sheet = new SheetModel(name, this.nextSheetId, maxRows, maxColumns);
    // Real sheet ids are random after the first (gid 0); deterministic ones keep tests stable.
    this.nextSheetId = this.nextSheetId === 0 ? 1_000_001 : this.nextSheetId + 1;
    if (index === undefined || index >= this.sheets.length) this.sheets.push(sheet);
    else this.sheets.splice(Math.max(0, index), 0, sheet);
    if (this.sheets.length === 1) this.activeSheetId = sheet.sheetId;
    return sheet;
  }

  /** Records a write: a block of cells, a named range redefined, or (no argument) anything, e.g. a structure edit. */
  markChanged(change?: Change): void {
    this.dirty = true;
    // Many scattered writes cost as much to check as recalculating everything.
    if (change === undefined || this.changes.length >= 10_000) this.changedAll = true;
    else this.changes.push(change);
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find(s => s.name === name);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find(s => s.sheetId === id);
  }

  activeSheet(): SheetModel | undefined {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  newChartId(): number {
    return this.nextChartId++;
  }
}
