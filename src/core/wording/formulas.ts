// Wording of the custom functions (=TIER, =TIER_BENEFIT, =QUOTA_LEFT): their error messages and perk cells.
import type { LocalText } from '../settings-schema.ts';
import { ISSUE_TEXT } from './ledger.ts';

export const FORMULA_NEEDS_RANGE: LocalText = {
  zh: '第一个参数必须是包含表头行的客户表区域，例如 =TIER(A1:F500, CustomerTiers_Version)',
  en: 'The first argument must be the customer table range including its header row, e.g. =TIER(A1:F500, CustomerTiers_Version)',
};

/** A formula named a benefit that is not in the settings: the log's status wording, plus the benefits there are. */
export function unknownBenefitText(benefit: string, known: readonly string[]): LocalText {
  const text = ISSUE_TEXT.unknown_benefit(benefit);
  return { zh: `${text.zh}。可用：${known.join('、')}`, en: `${text.en}. Known: ${known.join(', ')}` };
}

export const QUOTA_NEEDS_LOG_RANGE: LocalText = {
  zh: 'QUOTA_LEFT 的第 3 个参数必须是权益使用记录的区域，例如 权益使用记录!A2:E',
  en: "QUOTA_LEFT needs the benefit log range as its 3rd argument, e.g. 'Benefit log'!A2:E",
};

export const PERK_YES: LocalText = { zh: '是', en: 'Yes' };
export const PERK_NO: LocalText = { zh: '否', en: 'No' };
