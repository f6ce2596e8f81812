// Categorical dimensions: a cell holding a word ('Prepaid', 'Net 30', ' ＣＯＤ ') is looked up in the dimension's word
// table and gives that category's score. Matching ignores width (full/half), case and spaces. Pure; never throws.
import { displayRaw, isBlankCell } from './cells.ts';
import type { Lang } from './locale.ts';
import type { Category, Dimension } from './settings-schema.ts';

/** The word table of a categorical dimension, or null for any other normalisation. */
export function categoriesOf(dim: Dimension): readonly Category[] | null {
  return dim.normalisation.kind === 'categories' ? dim.normalisation.categories : null;
}

/**
 * The form words are compared in: NFKC (full-width letters, digits and spaces become half-width), lower case, no
 * whitespace, and no trailing full stop or punctuation a hurried typist adds. ' Net ３０.' and 'net30' are equal.
 */
export function normaliseWord(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u200b\u3000]+/gu, '')
    .replace(/[.,;:!?\u3002\uff0c\uff1b\uff1a\uff01\uff1f\u3001]+$/u, '');
}

/** Why a categorical cell gave no score: blank, a Sheets error, or a word not in the table. */
export type CategoryRead =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly issue: 'empty' | 'sheet_error' | 'unknown_word'; readonly input: string };

const LOOKUPS = new WeakMap<readonly Category[], ReadonlyMap<string, number>>();

/** The table as normalised word → score (the first category wins a repeated word; validation forbids repeats). */
function lookup(categories: readonly Category[]): ReadonlyMap<string, number> {
  const known = LOOKUPS.get(categories);
  if (known) return known;
  const map = new Map<string, number>();
  for (const c of categories) {
    for (const w of c.words) {
      const key = normaliseWord(w);
      if (key !== '' && !map.has(key)) map.set(key, c.score);
    }
  }
  LOOKUPS.set(categories, map);
  return map;
}

// Sheets error values as they arrive in a text cell; a categorical column treats them as missing, like numbers do.
const SHEET_ERROR = /^#(?:N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/iu;

/** Reads one cell of a categorical column: the score of the category its word belongs to. */
export function readCategory(raw: unknown, categories: readonly Category[]): CategoryRead {
  if (isBlankCell(raw)) return { ok: false, issue: 'empty', input: '' };
  const input = displayRaw(raw).trim();
  if (SHEET_ERROR.test(input)) return { ok: false, issue: 'sheet_error', input };
  const score = lookup(categories).get(normaliseWord(input));
  return score === undefined ? { ok: false, issue: 'unknown_word', input } : { ok: true, value: score };
}

const HAN = /\p{Script=Han}/u;

/** The word a category is shown by in `lang`: its first word written in that language (Han or not), else its first. */
function shownWord(category: Category, lang: Lang): string | undefined {
  return category.words.find(w => HAN.test(w) === (lang === 'zh')) ?? category.words[0];
}

/** The word shown for each category in `lang`, best score first: what an "unknown word" message lists. */
export function knownWords(categories: readonly Category[], lang: Lang): string[] {
  return [...categories]
    .sort((a, b) => b.score - a.score)
    .flatMap(c => {
      const word = shownWord(c, lang);
      return word === undefined ? [] : [word];
    });
}

/** The word in `lang` of the first category with exactly `score` points, or null (for gaps: "change to Prepaid"). */
export function wordForScore(categories: readonly Category[], score: number, lang: Lang): string | null {
  const category = categories.find(c => c.score === score);
  return (category && shownWord(category, lang)) ?? null;
}

/**
 * Words that appear in more than one category (compared normalised), with where each repeat is: the category and
 * word index of the later copy. A word twice in the same category is harmless and not reported.
 */
export function repeatedWords(
  categories: readonly Category[],
): { readonly category: number; readonly word: number; readonly text: string }[] {
  const owner = new Map<string, number>();
  const out: { category: number; word: number; text: string }[] = [];
  categories.forEach((c, ci) => {
    c.words.forEach((w, wi) => {
      const key = normaliseWord(w);
      const first = owner.get(key);
      if (first === undefined) owner.set(key, ci);
      else if (first !== ci) out.push({ category: ci, word: wi, text: w });
    });
  });
  return out;
}
