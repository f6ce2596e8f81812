// Which columns of a customer sheet are the add-on's own Tier/Score/Why, and where a new block may go without
// touching a user cell. The add-on marks the header cells it writes with a note: a note travels with its cell when
// the user moves, inserts or deletes columns or sorts (a remembered position would not), costs one read, and tells
// the user on hover what the column is. A column without the note is the user's, whatever its header says.
import {
  type OutputPlan,
  type OwnedColumns,
  outputKeyOf,
  outputsSideBySide,
  placeOutputs,
} from '../../../core/layout.ts';
import { OUTPUT_NOTE, OUTPUT_NOTE_MARK } from '../../../core/wording/table.ts';

/** The note on each output header cell; recognised by its start (unchanged since the first marks), so the rest can change. */
const MARK = `${OUTPUT_NOTE_MARK.zh} · ${OUTPUT_NOTE_MARK.en}`;
const NOTE = `${MARK}：${OUTPUT_NOTE.zh}\n${OUTPUT_NOTE.en}`;

/** Rows whose header cells are read for the mark: the header row is looked for in the first ten. */
const HEADER_SEARCH_ROWS = 10;

/**
 * The add-on's output columns per candidate header row, from the notes of the first ten rows (one read). A sheet the
 * add-on graded before it marked its columns (`gradedBefore`) is read by header names once, then marked.
 */
export function ownedColumnsOf(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  values: readonly (readonly unknown[])[],
  gradedBefore: boolean,
): { readonly ownedIn: (row: number) => OwnedColumns; readonly marked: (row: number) => ReadonlySet<number> } {
  const rows = Math.min(HEADER_SEARCH_ROWS, values.length);
  const width = values[0]?.length ?? 0;
  const notes = rows > 0 && width > 0 ? sheet.getRange(1, 1, rows, width).getNotes() : [];
  const marked = (row: number) => {
    const found = new Set<number>();
    (notes[row] ?? []).forEach((note, column) => {
      if (note.startsWith(MARK) && outputKeyOf(values[row]?.[column]) !== null) found.add(column);
    });
    return found;
  };
  const ownedIn = (row: number) => {
    const found = marked(row);
    // Before marks existed the add-on went by header names: a sheet it graded then keeps that reading until marked.
    return found.size > 0 || !gradedBefore ? found : 'by-header';
  };
  return { ownedIn, marked };
}

/**
 * The final place of the outputs: no column with a value or a formula from the header row down is taken unless it
 * is the add-on's own. Formulas are read (one call) only for the columns right of the user's headers, where the
 * block can go; a formula that shows '' still counts as a user cell.
 */
export function placeOnSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  values: readonly (readonly unknown[])[],
  headerRow: number,
  plan: OutputPlan,
): OutputPlan {
  const width = values[0]?.length ?? 0;
  const from = plan.dataWidth;
  const rows = values.length - headerRow;
  const formulas =
    width > from && rows > 0 ? sheet.getRange(headerRow + 1, from + 1, rows, width - from).getFormulas() : [];
  const occupied = (column: number) => {
    if (column >= width) return false;
    for (let r = headerRow; r < values.length; r++) {
      const cell = values[r]?.[column];
      if (cell !== '' && cell !== null && cell !== undefined) return true;
      if (column >= from && (formulas[r - headerRow]?.[column - from] ?? '') !== '') return true;
    }
    return false;
  };
  return placeOutputs(plan, occupied);
}

/** Marks the output header cells just written as the add-on's, unless they already carry the mark (`marked`). */
export function markOutputs(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  headerRow: number,
  plan: OutputPlan,
  marked: ReadonlySet<number>,
): void {
  const unmarked = plan.columns.filter(c => !marked.has(c - 1));
  if (unmarked.length === 3 && outputsSideBySide(plan)) {
    sheet.getRange(headerRow + 1, plan.firstColumn, 1, 3).setNotes([[NOTE, NOTE, NOTE]]);
    return;
  }
  for (const column of unmarked) sheet.getRange(headerRow + 1, column).setNote(NOTE);
}
