// The cell blocks of the "Tier changes" sheet (and the shared cell and block types), built in memory so the sheets
// side writes each with one setValues. Pure: rectangular arrays of plain text and numbers (the writer keeps text literal).
import type { Lang } from '../locale.ts';
import { MATRIX_LABELS, HISTORY_WORDS as W } from '../wording/history.ts';
import type { MigrationMatrix, TierChange } from './changes.ts';

export type Cell = string | number;

/** Where a block sits in its sheet (1-based, as Sheet.getRange takes it). */
export type Block = {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
};

/**
 * The Tier changes sheet: the migration matrix (customers, then revenue) for the last two snapshots, then the
 * Changes list newest first (today's `changes`, then the `older` rows as the sheet listed them). One rectangular
 * block starting at A1.
 */
export function changesSheetValues(
  matrix: MigrationMatrix | null,
  changes: readonly TierChange[],
  older: readonly (readonly Cell[])[],
  lang: Lang,
): Cell[][] {
  const rows: Cell[][] = [];
  if (matrix === null) rows.push([W.matrixNone[lang]]);
  else {
    rows.push([W.matrixTitle(matrix.from, matrix.to)[lang]]);
    const label = (name: string | null, bucket: 'new' | 'gone') => (name === null ? MATRIX_LABELS[bucket][lang] : name);
    for (const [title, values] of [
      [W.matrixCustomers, matrix.counts],
      [W.matrixRevenue, matrix.revenue],
    ] as const) {
      rows.push([`${title[lang]} · ${W.matrixCorner[lang]}`, ...matrix.after.map(name => label(name, 'gone'))]);
      matrix.before.forEach((name, i) => {
        rows.push([label(name, 'new'), ...(values[i] ?? [])]);
      });
      rows.push([]);
    }
  }
  rows.push([], [W.changesTitle[lang]]);
  if (changes.length === 0 && older.length === 0) rows.push([W.changesNone[lang]]);
  else {
    rows.push(W.changesHeaders.map(h => h[lang]));
    for (const c of changes) {
      rows.push([
        c.date,
        c.previousDate,
        c.customer,
        c.from,
        c.to,
        W[c.direction][lang],
        c.scoreBefore ?? '',
        c.scoreAfter ?? '',
        c.reason[lang],
      ]);
    }
    for (const row of older) rows.push([...row]);
  }
  return rectangular(rows);
}

/** Pads rows with '' to the widest row (setValues needs a rectangle). */
export function rectangular(rows: readonly Cell[][]): Cell[][] {
  const width = Math.max(1, ...rows.map(r => r.length));
  return rows.map(r => (r.length === width ? r : [...r, ...new Array<Cell>(width - r.length).fill('')]));
}
