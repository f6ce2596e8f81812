// Where the add-on's own output columns sit in a customer table, and the conditional-format rules that colour
// each row by its Tier cell. Pure: the Sheets adapter turns these plans into a constant number of calls.
import type { Lang } from './locale.ts';
import { EXPORT_REASON_HEADER, OUTPUT_HEADERS } from './wording/table.ts';

export type OutputKey = 'tier' | 'score' | 'why';
export const OUTPUT_KEYS: readonly OutputKey[] = ['tier', 'score', 'why'];

/** The header the add-on writes for an output column, in the user's language. */
export function outputHeader(key: OutputKey, lang: Lang): string {
  return OUTPUT_HEADERS[key][lang];
}

/** Headers of the Tier, Score and Reason columns that the command line adds to an export, in its language. */
export function exportHeaders(lang: Lang): readonly string[] {
  return [outputHeader('tier', lang), outputHeader('score', lang), EXPORT_REASON_HEADER[lang]];
}

function normalise(text: unknown): string {
  return String(text ?? '')
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .toLowerCase();
}

/** Which output a header cell is, in either language (so a sheet set up in English keeps working in Chinese). */
export function outputKeyOf(header: unknown): OutputKey | null {
  const text = normalise(header);
  for (const key of OUTPUT_KEYS) {
    const names = OUTPUT_HEADERS[key];
    if (text === normalise(names.zh) || text === normalise(names.en)) return key;
  }
  return null;
}

/**
 * Which header cells are the add-on's own outputs. 'by-header': every cell named Tier, Score or Why (for readers such
 * as =TIER, which never write). A set of 0-based columns: only those (Recompute, which knows the columns it marked
 * as its own, so a user's column headed "Score" is the user's data and is never written).
 */
export type OwnedColumns = 'by-header' | ReadonlySet<number>;

/**
 * Where the three outputs go: `columns`, 1-based, in Tier, Score, Why order (side by side unless the user moved one
 * of them), `firstColumn` the Tier column, and `dataWidth`: how many columns from A hold the user's data (up to the
 * last non-empty header that is not an output). Reused outputs may sit inside that span, with the user's columns
 * (a Tier override added later, say) on both sides. `outputColumns`: the 0-based columns that are the add-on's own
 * (read as blank, free to write); `reused`: `columns` are existing outputs rather than a proposal.
 */
export type OutputPlan = {
  readonly firstColumn: number;
  readonly width: 3;
  readonly dataWidth: number;
  readonly columns: readonly [number, number, number];
  readonly outputColumns: readonly number[];
  readonly reused: boolean;
};

/**
 * Reuses the outputs when they already stand side by side in Tier, Score, Why order, or where they are when each
 * header appears exactly once (the user dragged one elsewhere: Sheets moves its cells and colour rules along, and
 * writing a second block would leave a stale Tier column). Otherwise proposes the columns right after the last data
 * column (placeOutputs moves them past any user cell there). A lone Tier column without Score and Why is the user's.
 */
export function planOutputs(headerRow: readonly unknown[], owned: OwnedColumns = 'by-header'): OutputPlan {
  const keys = headerRow.map((cell, i) => (owned === 'by-header' || owned.has(i) ? outputKeyOf(cell) : null));
  let dataWidth = 0;
  const outputColumns: number[] = [];
  headerRow.forEach((cell, i) => {
    if (keys[i] !== null) outputColumns.push(i);
    else if (normalise(cell) !== '') dataWidth = i + 1;
  });
  const at = (key: OutputKey) => keys.indexOf(key) + 1;
  const once = OUTPUT_KEYS.every(key => keys.filter(k => k === key).length === 1);
  const tierAt = at('tier');
  if (tierAt > 0 && keys[tierAt] === 'score' && keys[tierAt + 1] === 'why')
    return plan([tierAt, tierAt + 1, tierAt + 2], true);
  if (once) return plan([tierAt, at('score'), at('why')], true);
  return plan([dataWidth + 1, dataWidth + 2, dataWidth + 3], false);

  function plan(columns: readonly [number, number, number], reused: boolean): OutputPlan {
    return { firstColumn: columns[0], width: 3, dataWidth, columns, outputColumns, reused };
  }
}

/**
 * Where the outputs are written: their own columns when reused, else the first three side-by-side columns right of
 * the data in which no user cell (`occupied`: a value or formula from the header row down, 0-based column) stands.
 * So a column with a blank header but data, a note beside the table or a user column headed "Score" is never written.
 */
export function placeOutputs(plan: OutputPlan, occupied: (column: number) => boolean): OutputPlan {
  const ours = new Set(plan.outputColumns);
  const free = (c: number) => ours.has(c) || !occupied(c);
  if (plan.reused && plan.columns.every(c => free(c - 1))) return plan;
  let c = plan.dataWidth;
  while (!(free(c) && free(c + 1) && free(c + 2))) c += 1;
  return { ...plan, firstColumn: c + 1, columns: [c + 1, c + 2, c + 3], reused: false };
}

/** True when the outputs stand side by side in Tier, Score, Why order (one block to write). */
export function outputsSideBySide(plan: OutputPlan): boolean {
  const [tier, score, why] = plan.columns;
  return score === tier + 1 && why === tier + 2;
}

/**
 * The user's part of a sheet row: its first `dataWidth` cells with the add-on's own outputs blanked, so column
 * positions stay those of the sheet and no output is ever read back as input.
 */
export function inputCells(row: readonly unknown[], plan: OutputPlan): unknown[] {
  const ours = new Set(plan.outputColumns);
  return row.slice(0, plan.dataWidth).map((cell, i) => (ours.has(i) ? '' : cell));
}

/** 1 → 'A', 27 → 'AA'. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Sheets' limit on the characters of one cell. */
const MAX_CELL_CHARS = 50_000;

/**
 * Text as setValues must receive it to store exactly that text. Sheets reads a written string like typed input:
 * '=…' becomes a formula, a tier named '1' the number 1 (which no colour rule or ledger lookup then matches),
 * '2026-01-05' a date. So every non-empty string gets the apostrophe prefix Sheets uses for literal text; it is not
 * part of the stored value. Customer text is never written as a formula (docs/apps-script.md: Spreadsheet behaviour).
 */
export function literalText(text: string): string {
  // Sheets refuses a whole setValues when one cell passes 50,000 characters: the last guard, whatever the text.
  const fits = text.length < MAX_CELL_CHARS ? text : `${text.slice(0, MAX_CELL_CHARS - 2)}…`;
  return fits === '' ? '' : `'${fits}`;
}

/** literalText over a block about to be written; numbers and blanks stay as they are. */
export function literalCells(values: readonly (readonly (string | number)[])[]): (string | number)[][] {
  return values.map(row => row.map(cell => (typeof cell === 'string' ? literalText(cell) : cell)));
}

export type ColourRule = { readonly formula: string; readonly background: string; readonly a1: string };

/**
 * One rule per tier colouring whole table rows (first data row to last, first column to the last output column) by the
 * Tier cell: `=$G2="A"`. Tier names are quoted for the formula, so a name with a quote cannot break it.
 */
export function tierColourRules(
  tiers: readonly { readonly name: string; readonly color: string }[],
  plan: OutputPlan,
  firstDataRow: number,
  lastRow: number,
): ColourRule[] {
  if (lastRow < firstDataRow) return [];
  const tierColumn = columnLetter(plan.columns[0]);
  const a1 = `A${firstDataRow}:${columnLetter(Math.max(...plan.columns))}${lastRow}`;
  return tiers.map(tier => ({
    formula: `=$${tierColumn}${firstDataRow}="${tier.name.replace(/"/gu, '""')}"`,
    background: tier.color,
    a1,
  }));
}
