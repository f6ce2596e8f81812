// A1 notation: column letters <-> numbers, parsing 'Sheet 1'!A1:B2, A:B, 2:3 and formatting ranges back to A1.
// Pure helpers; errors are returned as null so callers can throw the Apps Script message that fits.

/** A rectangular block, 1-based, inclusive of its first row/column. */
export interface GridRect {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** A parsed A1 reference; `sheetName` only when the text named one. Open ends are clamped by `maxRows/maxColumns`. */
export interface A1Ref extends GridRect {
  readonly sheetName?: string;
}

/** 1 -> 'A', 27 -> 'AA'. */
export function columnToLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 'A' -> 1, 'aa' -> 27. */
export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 'B3' for a single cell, 'A1:C5' for a block. */
export function rectToA1(rect: GridRect): string {
  const start = `${columnToLetters(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${columnToLetters(rect.column + rect.numColumns - 1)}${rect.row + rect.numRows - 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/u;
const SHEET_PREFIX = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.*)$/u;

interface Corner {
  readonly column: number | undefined;
  readonly row: number | undefined;
}

function parseCorner(text: string): Corner | null {
  const m = CELL.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const row = m[2] === undefined ? undefined : Number(m[2]);
  if (row === 0) return null;
  return { column: m[1] === undefined ? undefined : lettersToColumn(m[1]), row };
}

/** Parses 'A1', 'A1:B2', 'A:B', 'A2:B', '2:3', optionally prefixed with a sheet name. Null when it is not A1. */
export function parseA1(text: string, maxRows: number, maxColumns: number): A1Ref | null {
  let body = text.trim();
  let sheetName: string | undefined;
  const prefixed = SHEET_PREFIX.exec(body);
  if (prefixed) {
    sheetName = prefixed[1] === undefined ? prefixed[2] : prefixed[1].replace(/''/gu, "'");
    body = prefixed[3] ?? '';
  }
  const parts = body.split(':');
  if (parts.length > 2 || parts[0] === undefined) return null;
  const a = parseCorner(parts[0]);
  const b = parts[1] === undefined ? a : parseCorner(parts[1]);
  if (!a || !b) return null;
  if (parts.length === 1 && (a.row === undefined || a.column === undefined)) return null;
  const c1 = a.column ?? 1;
  const c2 = b.column ?? (a.column === undefined ? maxColumns : c1);
  const r1 = a.row ?? 1;
  const r2 = b.row ?? maxRows;
  const rect = {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
  return sheetName === undefined ? rect : { ...rect, sheetName };
}

/** True when a name could be read as a cell reference (so it cannot be a named range). */
export function looksLikeA1(name: string): boolean {
  return /^\$?[A-Za-z]{1,3}\$?\d+$/u.test(name);
}
