// Row and column structure edits (insert, delete, move) as index maps: where each old row or column index goes, how
// a range's ends move (a range grows when rows are inserted inside it and shrinks when some of its rows are deleted),
// and when a reference is lost (#REF!). Pure; the workbook and formula rewriting build on it.
import type { GridRect } from '../a1.ts';

/** Which axis an edit works on. */
export type Dimension = 'ROWS' | 'COLUMNS';

/**
 * One structure edit on one sheet, 1-based. `insert`: `count` new rows/columns end up at `before`…`before+count-1`.
 * `delete`: `start`…`start+count-1` go. `move`: `start`…`start+count-1` go before `destination`, given in the
 * coordinates before the move (Sheet.moveRows' `destinationIndex`).
 */
export type StructureEdit =
  | { readonly kind: 'insert'; readonly dimension: Dimension; readonly before: number; readonly count: number }
  | { readonly kind: 'delete'; readonly dimension: Dimension; readonly start: number; readonly count: number }
  | {
      readonly kind: 'move';
      readonly dimension: Dimension;
      readonly start: number;
      readonly count: number;
      readonly destination: number;
    };

/** Where a single row/column goes; null when it was deleted. */
export function mapIndex(edit: StructureEdit, i: number): number | null {
  switch (edit.kind) {
    case 'insert':
      return i >= edit.before ? i + edit.count : i;
    case 'delete':
      if (i < edit.start) return i;
      return i < edit.start + edit.count ? null : i - edit.count;
    case 'move': {
      const { start, count, destination } = edit;
      const end = start + count - 1;
      if (destination >= start && destination <= end + 1) return i;
      if (destination < start) {
        if (i >= start && i <= end) return destination + (i - start);
        return i >= destination && i < start ? i + count : i;
      }
      if (i >= start && i <= end) return destination - count + (i - start);
      return i > end && i < destination ? i - count : i;
    }
  }
}

/**
 * Where the first row/column of a range goes: a deleted start moves to the first surviving one after it. An insert
 * exactly at the start shifts the range (the new rows are before it, not in it).
 */
export function mapStart(edit: StructureEdit, i: number): number {
  if (edit.kind === 'delete' && i >= edit.start && i < edit.start + edit.count) return edit.start;
  return mapIndex(edit, i) ?? i;
}

/** Where the last row/column of a range goes: a deleted end moves to the last surviving one before it. */
export function mapEnd(edit: StructureEdit, i: number): number {
  if (edit.kind === 'delete' && i >= edit.start && i < edit.start + edit.count) return edit.start - 1;
  return mapIndex(edit, i) ?? i;
}

/** The ends of a span after the edit, or null when every row/column of it was deleted. */
export function mapSpan(edit: StructureEdit, first: number, last: number): readonly [number, number] | null {
  if (edit.kind === 'move') {
    // A moved end drags the range's border with it (Sheets keeps ranges rectangular: the ends are re-sorted).
    const a = mapStart(edit, first);
    const b = mapEnd(edit, last);
    return [Math.min(a, b), Math.max(a, b)];
  }
  const a = mapStart(edit, first);
  const b = mapEnd(edit, last);
  return a > b ? null : [a, b];
}

/** A block after the edit, or null when it was deleted entirely. */
export function mapRect(edit: StructureEdit, rect: GridRect): GridRect | null {
  if (edit.dimension === 'ROWS') {
    const span = mapSpan(edit, rect.row, rect.row + rect.numRows - 1);
    return span ? { ...rect, row: span[0], numRows: span[1] - span[0] + 1 } : null;
  }
  const span = mapSpan(edit, rect.column, rect.column + rect.numColumns - 1);
  return span ? { ...rect, column: span[0], numColumns: span[1] - span[0] + 1 } : null;
}

/** How many rows/columns the sheet gains (negative: loses). */
export function sizeChange(edit: StructureEdit): number {
  if (edit.kind === 'insert') return edit.count;
  return edit.kind === 'delete' ? -edit.count : 0;
}
