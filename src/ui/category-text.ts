// The sidebar's words for scoring by words (payment terms) in the user's language, read from the wording catalogue
// (src/core/wording/categories.ts); kept apart from text.ts so the word-table editor can change on its own.
import type { Lang } from '../core/locale.ts';
import { CATEGORY_SIDEBAR_TEXT } from '../core/wording/categories.ts';

/** The text for `key` in `lang`, with `{n}` filled in. */
export function ctx(key: keyof typeof CATEGORY_SIDEBAR_TEXT, lang: Lang, n?: number): string {
  return CATEGORY_SIDEBAR_TEXT[key][lang].replace('{n}', String(n ?? ''));
}

/** How a category's words show in its box: joined by the language's list separator. */
export function joinWords(words: readonly string[], lang: Lang): string {
  return words.join(CATEGORY_SIDEBAR_TEXT.wordSeparator[lang]);
}
