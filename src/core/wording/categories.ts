// Wording of categorical dimensions (payment terms in words): the default payment-terms table and the gap text,
// in Chinese and English. The "unknown word" cell problem lives with the other cell problems (wording/reason.ts).
import type { LocalText } from '../settings-schema.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });

/** Pieces of the Why column for categorical dimensions. */
export const CATEGORY_REASON = {
  /** One way to the next tier: change the word ("账期改为「款到发货」"). */
  gapWord: (dim: LocalText, word: string) => t(`${dim.zh}改为「${word}」`, `${dim.en} “${word}”`),
} as const;

/** Problems of a word table that the schema cannot see; `validateSettings` attaches them to a field path. */
export type CategoryIssueCode = 'category_mismatch' | 'category_repeat';

export const CATEGORY_ISSUES: Readonly<Record<CategoryIssueCode, (word: string) => LocalText>> = {
  category_mismatch: () =>
    t(
      '与值类型不一致：按词打分的维度，值类型必须是“词”，反之亦然',
      'does not match the value type: a dimension scored by words must have the value type “words”, and the reverse',
    ),
  category_repeat: word =>
    t(
      `「${word}」已在前面的类别中出现，同一个词只能属于一个类别`,
      `“${word}” is already in an earlier category; a word can belong to one category only`,
    ),
};

/** The payment-terms dimension's default label. */
export const PAYMENT_TERMS_LABEL: LocalText = t('账期', 'Payment terms');

/**
 * The default payment-terms words, best first: cash in advance, cash on delivery, 30, 60 and 90 days' credit, bank
 * acceptance drafts, open credit. Each entry lists synonyms (zh split at '、', en at ', '); presets.ts gives the
 * scores, and puts both languages' words in the table so an export in either language reads.
 */
export const PAYMENT_TERMS_WORDS: readonly LocalText[] = [
  t('款到发货、预付、预付款、现款、先款后货', 'Cash in advance, Prepaid, Prepayment, CIA'),
  t('货到付款、现结', 'COD, Cash on delivery'),
  t('月结30天、月结30', 'Net 30, N30'),
  t('月结60天、月结60', 'Net 60, N60'),
  t('月结90天、月结90', 'Net 90, N90'),
  t('承兑汇票、银行承兑、银承', 'Bank acceptance, Bank acceptance draft'),
  t('赊销、赊账', 'Open credit, Open account'),
];

/** The sidebar's words for scoring by words. */
export const CATEGORY_SIDEBAR_TEXT = {
  byWords: t('按词打分（如账期）', 'By words (e.g. payment terms)'),
  words: t('词（同义词用顿号或逗号分开）', 'Words (synonyms separated by commas)'),
  score: t('分数', 'Score'),
  addCategory: t('添加一类', 'Add a category'),
  removeCategory: t('删除第 {n} 类', 'Remove category {n}'),
  newWord: t('新词', 'New word'),
  addPaymentTerms: t('添加账期（按词打分）', 'Add payment terms (by words)'),
  tableHint: t('表中出现其他词时，该行显示“数据有误”。', 'A word not in this table gives its row “Check data”.'),
  wordSeparator: t('、', ', '),
} as const;
