// Ledger wording in Chinese and English: each row's Status text and "Remaining after this entry" cell,
// keyed by the stable codes of entries.ts and quota.ts. No other ledger module builds user-facing text.
import { EARLIEST_DAY, type EntryIssue } from './entries.ts';
import type { RowStatus } from './quota.ts';
import type { LedgerBenefit, LocalText } from './types.ts';

type Lang = 'zh' | 'en';

const t = (zh: string, en: string): LocalText => ({ zh, en });
const quoted = (input: string) => ({ zh: `“${input}”`, en: `"${input}"` });

/** Why a row was not counted. `input` is the offending cell as text. */
export const ISSUE_TEXT: Readonly<Record<EntryIssue, (input: string) => LocalText>> = {
  not_a_date: input =>
    input === ''
      ? t('缺少日期', 'Date is missing')
      : t(`日期无法识别：${quoted(input).zh}`, `Date not recognised: ${quoted(input).en}`),
  date_out_of_range: input =>
    t(
      `日期 ${input} 早于 ${EARLIEST_DAY}，不在任何周期内`,
      `Date ${input} is before ${EARLIEST_DAY}, outside every period`,
    ),
  future_date: input => t(`日期 ${input} 在未来`, `Date ${input} is in the future`),
  unknown_customer: input =>
    input.trim() === ''
      ? t('缺少客户', 'Customer is missing')
      : t(
          `未知客户${quoted(input).zh}（不在客户表中）`,
          `Unknown customer ${quoted(input).en} (not in the customer table)`,
        ),
  unknown_benefit: input =>
    input.trim() === ''
      ? t('缺少权益', 'Benefit is missing')
      : t(`未知权益${quoted(input).zh}（不在权益设置中）`, `Unknown benefit ${quoted(input).en} (not in the settings)`),
  not_a_number: input =>
    input.trim() === ''
      ? t('缺少金额/次数', 'Amount / times is missing')
      : t(`金额/次数不是数字：${quoted(input).zh}`, `Amount / times is not a number: ${quoted(input).en}`),
  negative: input => t(`金额/次数不能为负数：${input}`, `Amount / times cannot be negative: ${input}`),
  not_whole: input => t(`次数必须是整数：${input}`, `Times must be a whole number: ${input}`),
};

/** Column headers and sheet names of the ledger's sheets. */
export const LEDGER_WORDS = {
  logSheet: t('权益使用记录', 'Benefit log'),
  overviewSheet: t('额度概览', 'Quota overview'),
  addonLogSheet: t('插件日志', 'Add-on log'),
  date: t('日期', 'Date'),
  customer: t('客户', 'Customer'),
  benefit: t('权益', 'Benefit'),
  amount: t('金额/次数', 'Amount / times'),
  note: t('备注', 'Note'),
  remainingAfter: t('本条后剩余', 'Remaining after this entry'),
  status: t('状态', 'Status'),
  allotted: t('额度', 'Allotted'),
  used: t('已用', 'Used'),
  remaining: t('剩余', 'Remaining'),
  period: t('周期', 'Period'),
  currentTier: t('当前等级', 'Current tier'),
  included: t('已包含', 'Included'),
  notIncluded: t('不含', 'Not included'),
  ok: t('正常', 'OK'),
} as const satisfies Record<string, LocalText>;

/** An amount as people read it: money with the currency symbol and thousands separators, times with a unit. */
export function formatAmount(kind: LedgerBenefit['kind'], value: number, currency: string, lang: Lang): string {
  const abs = Math.abs(value);
  const [whole = '0', cents] = (kind === 'money' ? abs.toFixed(2) : String(Math.round(abs))).split('.');
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  const number = `${value < 0 ? '−' : ''}${kind === 'money' ? currency : ''}${digits}${cents && cents !== '00' ? `.${cents}` : ''}`;
  if (kind === 'money') return number;
  return lang === 'zh' ? `${number} 次` : `${number} ${abs === 1 ? 'time' : 'times'}`;
}

/** The Status cell of a row: '' for blank rows, else the verdict in the user's language. */
export function statusText(status: RowStatus, currency: string, lang: Lang): string {
  switch (status.kind) {
    case 'blank':
      return '';
    case 'invalid':
      return ISSUE_TEXT[status.issue](status.input)[lang];
    case 'ok':
      return (status.benefit.kind === 'perk' ? LEDGER_WORDS.included : LEDGER_WORDS.ok)[lang];
    case 'over_quota': {
      if (status.remaining === null)
        return t('超出额度：当前等级不含此权益', 'Over quota: not included in this tier')[lang];
      const by = formatAmount(status.benefit.kind, -status.remaining, currency, lang);
      return t(`超出额度 ${by}`, `Over quota by ${by}`)[lang];
    }
  }
}

/** The "Remaining after this entry" cell: a number to count with, the perk's Included / Not included, or ''. */
export function remainingCell(status: RowStatus, lang: Lang): number | string {
  if (status.kind !== 'ok' && status.kind !== 'over_quota') return '';
  if (status.remaining !== null) return status.remaining;
  return (status.allotted >= 1 ? LEDGER_WORDS.included : LEDGER_WORDS.notIncluded)[lang];
}
