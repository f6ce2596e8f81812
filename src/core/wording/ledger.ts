// Wording of the benefit ledger: each log row's Status text, the reasons a row was not counted, the ledger's sheet
// and column names, amounts in times, and period names, in Chinese and English.
import { EARLIEST_DAY, type EntryIssue } from '../ledger/entries.ts';
import type { LocalText } from '../ledger/types.ts';
import { clip } from '../quote.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });
const quoted = (input: string) => ({ zh: `“${clip(input)}”`, en: `"${clip(input)}"` });

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

/** Column headers, sheet names and status words of the ledger's sheets. */
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

/** Status of a row over its quota: by how much (an amount formatted in the same language), or not included at all. */
export const OVER_QUOTA = {
  by: (amount: string) => t(`超出额度 ${amount}`, `Over quota by ${amount}`),
  notIncluded: t('超出额度：当前等级不含此权益', 'Over quota: not included in this tier'),
} as const;

/** A count of times, its number already formatted: '3 次' / '3 times', '1 time'. */
export function timesText(number: string, count: number): LocalText {
  return t(`${number} 次`, `${number} ${count === 1 ? 'time' : 'times'}`);
}

/** Names of periods. Fiscal years are named by the calendar year they start in: '2026' or '2026/27'. */
export const PERIOD_NAMES = {
  calendarYear: (year: string) => t(`${year} 年`, year),
  fiscalYear: (year: string) => t(`${year} 财年`, `FY${year}`),
  half: (year: LocalText, ordinal: number) =>
    t(`${year.zh}${ordinal === 1 ? '上半年' : '下半年'}`, `${year.en} H${ordinal}`),
  quarter: (year: LocalText, ordinal: number) => t(`${year.zh}第 ${ordinal} 季度`, `${year.en} Q${ordinal}`),
  month: (year: number, month: number) => t(`${year}年${month}月`, `${year}-${String(month).padStart(2, '0')}`),
} as const;

/** Each benefit on its own rhythm: period words and an allowance with its period ('每季度 1 次', '1 time / quarter'). */
export const RHYTHM_WORDS = {
  every: {
    year: t('每年', 'year'),
    half: t('每半年', 'half-year'),
    quarter: t('每季度', 'quarter'),
    month: t('每月', 'month'),
  },
  /** `amount` already formatted in each language ('1 次' / '1 time'). */
  allowance: (every: LocalText, amount: LocalText) => t(`${every.zh} ${amount.zh}`, `${amount.en} / ${every.en}`),
  /** The overview's title when benefits renew on different periods. */
  ownPeriods: (day: string) => t(`各权益按各自周期，截至 ${day}`, `Each benefit in its own period, as of ${day}`),
} as const;
