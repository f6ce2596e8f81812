// Sheet methods that insert, delete and move rows and columns (Apps Script's Sheet class reference:
// https://developers.google.com/apps-script/reference/spreadsheet/sheet). They and the emulator's user actions share
// one implementation, structure/apply.ts, so a script's deleteRows shifts formulas and rules exactly as a user's does.
import type { SheetModel } from '../model.ts';
import { unwrap } from '../runtime.ts';
import { applyStructureEdit } from '../structure/apply.ts';
import type { Dimension, StructureEdit } from '../structure/edit.ts';
import { assertLiveSheet, type SheetsContext } from './context.ts';
import { growthProblem } from './limits.ts';
import type { EmuRange } from './range.ts';

const NOUN: Readonly<Record<Dimension, string>> = { ROWS: 'rows', COLUMNS: 'columns' };

/**
 * @internal Checks an edit against the sheet's grid with Sheets' messages, applies it and marks formulas stale.
 * Throws errors of the bundle's realm, like every service error.
 */
export function editStructure(ctx: SheetsContext, m: SheetModel, edit: StructureEdit): void {
  assertLiveSheet(ctx, m);
  const size = edit.dimension === 'ROWS' ? m.maxRows : m.maxColumns;
  const frozen = edit.dimension === 'ROWS' ? m.frozenRows : m.frozenColumns;
  const outOfBounds = () => ctx.rt.error(`Those ${NOUN[edit.dimension]} are out of bounds.`);
  if (!Number.isInteger(edit.count) || edit.count < 1) throw outOfBounds();
  if (edit.kind === 'insert') {
    if (!Number.isInteger(edit.before) || edit.before < 1 || edit.before > size + 1) throw outOfBounds();
    const rows = m.maxRows + (edit.dimension === 'ROWS' ? edit.count : 0);
    const grown = growthProblem(ctx.wb, m, rows, m.maxColumns + (edit.dimension === 'COLUMNS' ? edit.count : 0));
    if (grown !== null) throw ctx.rt.error(grown);
  } else {
    if (!Number.isInteger(edit.start) || edit.start < 1 || edit.start + edit.count - 1 > size) throw outOfBounds();
    const frozenDeleted = Math.max(0, Math.min(frozen, edit.start + edit.count - 1) - edit.start + 1);
    if (edit.kind === 'delete' && edit.count - frozenDeleted >= size - frozen) {
      throw ctx.rt.error(`Sorry, it is not possible to delete all non-frozen ${NOUN[edit.dimension]}.`);
    }
    if (edit.kind === 'move' && (edit.destination < 1 || edit.destination > size + 1)) throw outOfBounds();
  }
  applyStructureEdit(ctx.wb, m, edit);
  ctx.afterWrite();
}

/** @internal The part of Sheet that changes the grid's rows and columns. */
export class EmuSheetStructure {
  constructor(
    readonly _ctx: SheetsContext,
    readonly _m: SheetModel,
  ) {}

  /** @internal */
  _live(): SheetModel {
    assertLiveSheet(this._ctx, this._m);
    return this._m;
  }

  /** @internal */
  _edit(edit: StructureEdit): this {
    editStructure(this._ctx, this._live(), edit);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this._edit({ kind: 'insert', dimension: 'ROWS', before: beforePosition, count: howMany });
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this._edit({ kind: 'insert', dimension: 'ROWS', before: afterPosition + 1, count: howMany });
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this._edit({ kind: 'insert', dimension: 'COLUMNS', before: beforePosition, count: howMany });
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this._edit({ kind: 'insert', dimension: 'COLUMNS', before: afterPosition + 1, count: howMany });
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this._edit({ kind: 'delete', dimension: 'ROWS', start: rowPosition, count: howMany });
  }
  deleteRow(rowPosition: number): this {
    return this._edit({ kind: 'delete', dimension: 'ROWS', start: rowPosition, count: 1 });
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this._edit({ kind: 'delete', dimension: 'COLUMNS', start: columnPosition, count: howMany });
  }
  deleteColumn(columnPosition: number): this {
    return this._edit({ kind: 'delete', dimension: 'COLUMNS', start: columnPosition, count: 1 });
  }
  /** Moves the rows `rowSpec` spans before `destinationIndex` (counted before the move). */
  moveRows(rowSpec: EmuRange, destinationIndex: number): void {
    const rect = unwrap(rowSpec)._rect;
    this._edit({
      kind: 'move',
      dimension: 'ROWS',
      start: rect.row,
      count: rect.numRows,
      destination: destinationIndex,
    });
  }
  /** Moves the columns `columnSpec` spans before `destinationIndex` (counted before the move). */
  moveColumns(columnSpec: EmuRange, destinationIndex: number): void {
    const rect = unwrap(columnSpec)._rect;
    this._edit({
      kind: 'move',
      dimension: 'COLUMNS',
      start: rect.column,
      count: rect.numColumns,
      destination: destinationIndex,
    });
  }
}
