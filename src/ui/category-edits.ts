// Edits of a categorical dimension's word table (payment terms in words) and the switch between scoring by words and
// by numbers. Each returns a new settings document; the server validates the result again. Pure: no DOM.
import { paymentTermsDimension } from '../core/presets.ts';
import type { Category, Settings } from '../core/settings-schema.ts';
import { updateDimension } from './edits.ts';

/** Separators people put between synonyms: comma (either width), the ideographic comma, semicolon, slash, bar, new line. */
const WORD_SEPARATORS = /[,\uff0c\u3001;\uff1b/|\n]/u;

/** The synonyms typed in one box ('Prepaid; Cash in advance, CIA') as the category's words, blanks dropped. */
export function splitWords(text: string): string[] {
  return text
    .split(WORD_SEPARATORS)
    .map(w => w.trim())
    .filter(w => w !== '');
}

/** The default payment-terms table, a fresh copy (what "score by words" starts from). */
function defaultTable(): Category[] {
  const dim = paymentTermsDimension(0);
  return dim.normalisation.kind === 'categories' ? dim.normalisation.categories : [];
}

/** Scores dimension `index` by words (starting from the payment-terms table), or by numbers again ('percentile'). */
export function setScoredByWords(s: Settings, index: number, byWords: boolean): Settings {
  const dim = s.dimensions[index];
  if (!dim || (dim.normalisation.kind === 'categories') === byWords) return s;
  return byWords
    ? updateDimension(s, index, {
        valueType: 'category',
        unit: 'plain',
        direction: 'higher',
        normalisation: { kind: 'categories', categories: defaultTable() },
      })
    : updateDimension(s, index, { valueType: 'number', normalisation: { kind: 'percentile' } });
}

/** Adds the payment-terms dimension (words, default table, weight 10) read from `header`, unless there is one. */
export function addPaymentTerms(s: Settings, header: string): Settings {
  if (s.dimensions.some(d => d.id === 'payment_terms')) return s;
  const dim = paymentTermsDimension(10);
  return { ...s, dimensions: [...s.dimensions, header === '' ? dim : { ...dim, headers: [header.slice(0, 80)] }] };
}

function editTable(s: Settings, index: number, edit: (table: Category[]) => Category[]): Settings {
  const dim = s.dimensions[index];
  if (dim?.normalisation.kind !== 'categories') return s;
  return updateDimension(s, index, {
    normalisation: { kind: 'categories', categories: edit(dim.normalisation.categories) },
  });
}

/** Replaces the words of category `c` (validation reports an empty list or a word another category holds). */
export function setCategoryWords(s: Settings, index: number, c: number, words: readonly string[]): Settings {
  return editTable(s, index, table => table.map((cat, k) => (k === c ? { ...cat, words: [...words] } : cat)));
}

/** Sets the score of category `c`. */
export function setCategoryScore(s: Settings, index: number, c: number, score: number): Settings {
  return editTable(s, index, table => table.map((cat, k) => (k === c ? { ...cat, score } : cat)));
}

/** Adds a category after the last one, with one word and no points (the user types both). */
export function addCategory(s: Settings, index: number, word: string): Settings {
  return editTable(s, index, table => [...table, { words: [word], score: 0 }]);
}

/** Removes category `c`; the last one stays (a table needs at least one category). */
export function removeCategory(s: Settings, index: number, c: number): Settings {
  return editTable(s, index, table => (table.length <= 1 ? table : table.filter((_, k) => k !== c)));
}
