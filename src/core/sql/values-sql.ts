// How the grading query reads a typed cell into a value, as readColumn does: numbers as they are (NaN and
// infinities are unreadable), dates as whole days before today (a future date is unreadable), words through the
// dimension's word table (blank and sheet errors are missing, an unknown word unreadable).
import { normaliseWord } from '../categories.ts';
import type { Category, Dimension } from '../settings-schema.ts';
import type { Dialect } from './dialect.ts';

/** One dimension the query reads: its settings, its index there, its place `k` among read columns, its column. */
export type ReadColumn = {
  readonly dim: Dimension;
  readonly index: number;
  readonly k: number;
  readonly column: string;
};

/** Row states, as small integers in the query. */
export const STATUS = { tiered: 0, insufficient: 1, invalid: 2, blank: 3 } as const;

// JavaScript's \s (String.prototype.trim and the word matcher) in RE2 syntax: RE2's own \s is ASCII only.
const SPACE =
  '\\t\\n\\v\\f\\r \\x{00a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';
// The same list as categories.ts SHEET_ERROR.
const SHEET_ERROR = '(?i)^#(?:N/A|REF!|DIV/0!|VALUE!|NAME\\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$';
// normaliseWord's trailing punctuation.
const TRAILING = '[.,;:!?\\x{3002}\\x{ff0c}\\x{ff1b}\\x{ff1a}\\x{ff01}\\x{ff1f}\\x{3001}]+$';

/**
 * Per read column (cells named through `alias`): its value (`raw`, NULL when missing), whether the cell is unreadable
 * (`bad`) or a sheet error (`error`, missing), and its text for messages; and the blank-row test.
 */
export function readExpressions(
  d: Dialect,
  read: readonly ReadColumn[],
  options: { readonly customer: string | null; readonly today: string | null; readonly blankAlso?: readonly string[] },
  alias = 't.',
): { blank: string; raw: string[]; bad: string[]; error: string[]; trimmed: string[] } {
  const raw: string[] = [];
  const bad: string[] = [];
  const trimmed: string[] = [];
  const errors: string[] = [];
  const blanks: string[] = [];
  const today = d.today(options.today);
  for (const c of read) {
    const cell = `${alias}${d.ident(c.column)}`;
    const norm = c.dim.normalisation;
    if (norm.kind === 'categories') {
      const text = trim(d, d.string(cell));
      const blank = `(${cell} IS NULL OR ${text} = '')`;
      const error = d.matches(text, SHEET_ERROR);
      const word = d.replaceAll(d.replaceAll(`LOWER(${d.nfkc(text)})`, `[${SPACE}\\x{200b}]+`, ''), TRAILING, '');
      const table = wordTable(norm.categories);
      const whens = [...table].map(([w, score]) => `WHEN ${d.text(w)} THEN ${d.double(String(score))}`).join(' ');
      const known = table.size > 0 ? `${word} IN (${[...table.keys()].map(w => d.text(w)).join(', ')})` : 'FALSE';
      raw.push(`CASE WHEN ${blank} OR ${error} THEN NULL ELSE CASE ${word} ${whens} END END`);
      bad.push(`CASE WHEN ${blank} OR ${error} THEN FALSE ELSE NOT (${known}) END`);
      trimmed.push(text);
      errors.push(`COALESCE(${error}, FALSE)`);
      blanks.push(blank);
    } else if (c.dim.valueType === 'date') {
      const days = d.daysBetween(d.date(cell), today);
      raw.push(`CASE WHEN ${days} >= 0 THEN ${d.double(days)} END`);
      bad.push(`COALESCE(${days} < 0, FALSE)`);
      trimmed.push(d.string(d.date(cell)));
      errors.push('FALSE');
      blanks.push(`${cell} IS NULL`);
    } else {
      const v = d.double(cell);
      // Finite exactly when v − v is 0: NaN and ±Infinity give NaN, which equals nothing but itself.
      raw.push(`CASE WHEN ${v} - ${v} = 0 THEN ${v} END`);
      bad.push(`COALESCE(NOT (${v} - ${v} = 0), FALSE)`);
      trimmed.push(d.string(cell));
      errors.push('FALSE');
      blanks.push(`${cell} IS NULL`);
    }
  }
  for (const column of [...(options.customer === null ? [] : [options.customer]), ...(options.blankAlso ?? [])]) {
    const cell = `${alias}${d.ident(column)}`;
    blanks.push(`(${cell} IS NULL OR ${trim(d, d.string(cell))} = '')`);
  }
  return { blank: blanks.length > 0 ? `(${blanks.join(' AND ')})` : 'FALSE', raw, bad, error: errors, trimmed };
}

function trim(d: Dialect, expr: string): string {
  return d.replaceAll(expr, `^[${SPACE}]+|[${SPACE}]+$`, '');
}

/** Normalised word → score, the first category winning a repeated word (as categories.ts `lookup`). */
function wordTable(categories: readonly Category[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const c of categories) {
    for (const w of c.words) {
      const key = normaliseWord(w);
      if (key !== '' && !map.has(key)) map.set(key, c.score);
    }
  }
  return map;
}
