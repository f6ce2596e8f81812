// Wording of the service plan (维护计划): what each customer's tier still has open in the current period, per
// salesperson, on its sheet, in the daily run's log and in =SERVICE_DUE. Amounts arrive already formatted.
import type { LocalText } from '../settings-schema.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });

export const SERVICE_PLAN_WORDS = {
  sheet: t('维护计划', 'Service plan'),
  asOf: (day: string) =>
    t(
      `截至 ${day}：本期尚未兑现的权益。在 B2 选择业务员，只看其客户。`,
      `As of ${day}: what each customer's tier still has open this period. Pick a salesperson in B2 to see only their customers.`,
    ),
  salesperson: t('业务员', 'Salesperson'),
  all: t('全部', 'All'),
  noSalesperson: t('（未指定业务员）', '(no salesperson)'),
  countHeaders: [
    t('业务员', 'Salesperson'),
    t('客户数', 'Customers'),
    t('待办事项', 'Open items'),
    t('最少剩余天数', 'Fewest days left'),
  ],
  headers: [
    t('客户', 'Customer'),
    t('业务员', 'Salesperson'),
    t('等级', 'Tier'),
    t('权益', 'Benefit'),
    t('待办', 'Open'),
    t('周期', 'Period'),
    t('剩余天数', 'Days left'),
    t('客户行', 'Customer row'),
  ],
  /** The link back to the customer table, as the HYPERLINK's label. */
  rowLink: (row: number) => t(`第 ${row} 行`, `Row ${row}`),
  nothingOpen: t('暂无待办事项', 'Nothing open'),
  /** Times still to deliver: `left`, `allotted` and `used` already formatted ('1 次' / '1 time'). */
  times: (left: string, allotted: string, used: string) =>
    t(`待安排 ${left}（本期 ${allotted}，已用 ${used}）`, `${left} to deliver (${allotted} this period, ${used} used)`),
  money: (left: string, allotted: string, used: string) =>
    t(`余额 ${left}（本期 ${allotted}，已用 ${used}）`, `${left} left (${allotted} this period, ${used} used)`),
  perk: t('可享受', 'Available'),
  perkUsed: (used: string) => t(`可享受（本期已用 ${used}）`, `Available (${used} used this period)`),
  /** One item in =SERVICE_DUE's column. */
  dueLine: (benefit: string, open: string, days: number) =>
    t(`${benefit}：${open}，剩 ${days} 天`, `${benefit}: ${open}, ${days} day${days === 1 ? '' : 's'} left`),
  noTier: (customer: string) => t(`${customer} 尚未评级，暂无权益`, `${customer} has no tier yet, so no benefits`),
  written: (items: number, customers: number) =>
    t(
      `维护计划：${customers} 位客户共 ${items} 项待办。`,
      `Service plan: ${items} open item${items === 1 ? '' : 's'} for ${customers} customer${customers === 1 ? '' : 's'}.`,
    ),
  noTable: t(
    '没有找到客户表：请先「重新计算等级」或「创建示例表」。',
    'No customer table found: run "Recompute tiers" or "Set up sample sheets" first.',
  ),
  noTiers: t(
    '客户表还没有等级：请先「重新计算等级」，再生成维护计划。',
    'The customer table has no tiers yet: run "Recompute tiers" first, then the service plan.',
  ),
  step: t('维护计划', 'Service plan'),
} as const;
