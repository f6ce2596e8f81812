// Rewrites the A1 references in a formula's text after a row/column edit, as Sheets does: references to moved cells
// follow them ($ or not: absolute only matters when copying), ranges grow and shrink with their rows, a reference
// whose cells are all deleted becomes #REF!. Text in quotes and names are left alone.
import { columnToLetters, lettersToColumn } from '../a1.ts';
import { type Dimension, mapEnd, mapIndex, mapSpan, mapStart, type StructureEdit } from './edit.ts';

/** The formula's own place: its sheet (for references without a sheet name) and, for rules, a lost anchor. */
export interface FormulaHome {
  readonly sheetName: string;
  /**
   * Conditional-format formulas are relative to the top-left cell of the rule's range. When the edit deletes that
   * row (or column), the range starts at the next one and relative references keep their offset from it.
   */
  readonly lostAnchor?: { readonly old: number; readonly next: number };
}

/** The edit and the sheet it was made on. */
export interface SheetEdit {
  readonly sheetName: string;
  readonly edit: StructureEdit;
}

// A string literal, a reference (optional sheet; cell, cell range, open range A2:E, whole columns A:B or rows 2:3),
// a number, a name or function, or any other single character.
const PIECE =
  /(?<str>"(?:[^"]|"")*")|(?<ref>(?:(?<sheet>'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?(?<body>\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}(?:\$?\d+)?)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\p{L}\p{N}_(!]))|(?<num>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(?<word>[\p{L}_][\p{L}\p{N}_.]*)|(?<other>[\s\S])/gu;
const CORNER = /^(?<colAbs>\$?)(?<letters>[A-Za-z]{1,3})?(?<rowAbs>\$?)(?<digits>\d+)?$/u;

interface Corner {
  column: number | undefined;
  columnAbs: boolean;
  row: number | undefined;
  rowAbs: boolean;
}

function parseCorner(text: string): Corner | null {
  const g = CORNER.exec(text)?.groups;
  if (!g) return null;
  const column = g.letters === undefined ? undefined : lettersToColumn(g.letters);
  const row = g.digits === undefined ? undefined : Number(g.digits);
  // '$2' (a whole-row reference) has its '$' in the column slot.
  const rowAbs = g.rowAbs === '$' || (column === undefined && g.colAbs === '$');
  return { column, columnAbs: column !== undefined && g.colAbs === '$', row, rowAbs };
}

function cornerText(c: Corner): string {
  const col = c.column === undefined ? '' : `${c.columnAbs ? '$' : ''}${columnToLetters(c.column)}`;
  const row = c.row === undefined ? '' : `${c.rowAbs ? '$' : ''}${c.row}`;
  return col + row;
}

const part = (d: Dimension): 'row' | 'column' => (d === 'ROWS' ? 'row' : 'column');
const absPart = (d: Dimension): 'rowAbs' | 'columnAbs' => (d === 'ROWS' ? 'rowAbs' : 'columnAbs');

/** Shifts one reference body ('A1', 'A1:B2', 'A2:E', 'A:B') on the edited sheet; null when it is lost. */
function shiftBody(body: string, edit: StructureEdit, lostAnchor: FormulaHome['lostAnchor']): string | null {
  const [first = '', second] = body.split(':');
  const a = parseCorner(first);
  const b = second === undefined ? null : parseCorner(second);
  if (!a || (second !== undefined && !b)) return body;
  const key = part(edit.dimension);
  const abs = absPart(edit.dimension);
  const keepOffset = (c: Corner) => lostAnchor !== undefined && !c[abs];
  const offset = (v: number) => (lostAnchor ? lostAnchor.next + (v - lostAnchor.old) : v);
  const av = a[key];
  if (!b) {
    if (av === undefined) return body;
    const next = keepOffset(a) ? offset(av) : mapIndex(edit, av);
    if (next === null || next < 1) return null;
    a[key] = next;
    return cornerText(a);
  }
  const bv = b[key];
  if (av !== undefined && bv !== undefined) {
    const [lo, hi, loCorner, hiCorner] = av <= bv ? [av, bv, a, b] : [bv, av, b, a];
    let span: readonly [number, number] | null;
    if (keepOffset(loCorner) || keepOffset(hiCorner)) {
      const s = keepOffset(loCorner) ? offset(lo) : mapStart(edit, lo);
      const e = keepOffset(hiCorner) ? offset(hi) : mapEnd(edit, hi);
      span = s > e || s < 1 ? null : [s, e];
    } else span = mapSpan(edit, lo, hi);
    if (!span) return null;
    a[key] = span[0];
    b[key] = span[1];
  } else if (av !== undefined) {
    // An open end (A2:E): only the start moves.
    a[key] = keepOffset(a) ? offset(av) : mapStart(edit, av);
  }
  return `${cornerText(a)}:${cornerText(b)}`;
}

function unquote(sheet: string): string {
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/gu, "'") : sheet;
}

/** The formula with every reference to the edited sheet moved; a reference that lost all its cells is #REF!. */
export function shiftFormula(formula: string, home: FormulaHome, target: SheetEdit): string {
  let out = '';
  for (const m of formula.matchAll(PIECE)) {
    const g = m.groups;
    const body = g?.body;
    if (g?.ref === undefined || body === undefined) {
      out += m[0];
      continue;
    }
    const sheetName = g.sheet === undefined ? home.sheetName : unquote(g.sheet);
    if (sheetName !== target.sheetName) {
      out += m[0];
      continue;
    }
    const lost = sheetName === home.sheetName ? home.lostAnchor : undefined;
    const shifted = shiftBody(body, target.edit, lost);
    out += shifted === null ? '#REF!' : `${g.sheet === undefined ? '' : `${g.sheet}!`}${shifted}`;
  }
  return out;
}
