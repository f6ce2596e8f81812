// The sidebar's words for scoring by words (payment terms), in Chinese and English; kept apart from text.ts so
// the word-table editor can change without touching the shared vocabulary.
import type { Lang } from '../core/locale.ts';
import type { LocalText } from '../core/settings-schema.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });

const TEXT = {
  byWords: t('按词打分（如账期）', 'By words (e.g. payment terms)'),
  words: t('词（同义词用顿号或逗号分开）', 'Words (synonyms separated by commas)'),
  score: t('分数', 'Score'),
  addCategory: t('添加一类', 'Add a category'),
  removeCategory: t('删除第 {n} 类', 'Remove category {n}'),
  newWord: t('新词', 'New word'),
  addPaymentTerms: t('添加账期（按词打分）', 'Add payment terms (by words)'),
  tableHint: t('表中出现其他词时，该行显示“数据有误”。', 'A word not in this table gives its row “Check data”.'),
} satisfies Record<string, LocalText>;

/** The text for `key` in `lang`, with `{n}` filled in. */
export function ctx(key: keyof typeof TEXT, lang: Lang, n?: number): string {
  return TEXT[key][lang].replace('{n}', String(n ?? ''));
}

/** How a category's words show in its box: joined by the language's list separator. */
export function joinWords(words: readonly string[], lang: Lang): string {
  return words.join(lang === 'zh' ? '、' : ', ');
}
