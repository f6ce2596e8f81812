// Wording of customer notices (客户通知): the default letter template, its fields' names in both languages, how a
// tier's benefits read inside a letter, and the notices sheet and dialog.
import type { LocalText } from '../settings-schema.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });

/** Fields a template may use, each under its Chinese and its English name (either works in either template). */
export const NOTICE_FIELDS = {
  customer: t('客户', 'customer'),
  salesperson: t('业务员', 'salesperson'),
  year: t('年度', 'year'),
  tier: t('等级', 'tier'),
  valid: t('有效期', 'valid'),
  benefits: t('权益列表', 'benefits'),
} as const;

export type NoticeField = keyof typeof NOTICE_FIELDS;

export const NOTICE_WORDS = {
  defaultTemplate: t(
    '尊敬的{客户}：感谢贵司一直以来的支持。根据 {年度}客户评级，贵司为 {等级} 级客户，{有效期} 内可享受：{权益列表}。',
    'Dear {customer}, thank you for your continued business. In our {year} customer review your company is graded {tier} and, {valid}, enjoys: {benefits}.',
  ),
  sheet: t('客户通知', 'Customer notices'),
  headers: [t('客户', 'Customer'), t('业务员', 'Salesperson'), t('等级', 'Tier'), t('通知', 'Notice')],
  valid: (from: string, to: string) => t(`${from} 至 ${to}`, `from ${from} to ${to}`),
  money: (label: string, amount: string, per: LocalText) =>
    t(`${label} ${amount}/${per.zh}`, `${label} ${amount} a ${per.en}`),
  times: (label: string, count: string, per: LocalText) =>
    t(`${label} ${count} 次/${per.zh}`, `${label} ${count} ${count === '1' ? 'time' : 'times'} a ${per.en}`),
  per: {
    year: t('年', 'year'),
    half: t('半年', 'half-year'),
    quarter: t('季度', 'quarter'),
    month: t('月', 'month'),
  },
  listJoin: t('、', ', '),
  noBenefits: t('暂无专项权益', 'no special benefits'),
  written: (count: number, skipped: number) =>
    t(
      `已生成 ${count} 份客户通知${skipped ? `；${skipped} 位客户尚未评级，未生成` : ''}。`,
      `${count} customer notice${count === 1 ? '' : 's'} written${skipped ? `; ${skipped} customer${skipped === 1 ? ' has' : 's have'} no tier yet and got none` : ''}.`,
    ),
  dialogCapped: (shown: number, total: number) =>
    t(
      `此处显示前 ${shown} 份（共 ${total} 份）；全部通知见“客户通知”表。`,
      `Showing the first ${shown} of ${total}; all notices are on the "Customer notices" sheet.`,
    ),
  print: t('打印 / 存为 PDF', 'Print / save as PDF'),
  loading: t('正在读取客户通知…', 'Reading the customer notices…'),
  none: t(
    '还没有客户通知：请先在菜单中选择“客户通知”。',
    'No notices yet: choose "Customer notices" in the menu first.',
  ),
  badReply: t('服务器返回的客户通知格式不对', 'The server sent the notices in an unexpected shape'),
} as const;
