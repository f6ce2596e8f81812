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
