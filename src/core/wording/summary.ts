// Wording of the Summary sheet (Show summary): its title, table headers, problem list and charts.
import type { LocalText } from '../settings-schema.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });

/** Sheet name, titles, headers and chart titles of the Summary sheet. */
export const SUMMARY_WORDS = {
  summarySheet: t('汇总', 'Summary'),
  summaryTitle: (today: string) => t(`客户分级汇总 · ${today}`, `Customer tiers summary · ${today}`),
  tier: t('等级', 'Tier'),
  customers: t('客户数', 'Customers'),
  revenue: t('销售额', 'Revenue'),
  profit: t('利润', 'Profit'),
  customerShare: t('客户占比', 'Share of customers'),
  revenueShare: t('销售额占比', 'Share of revenue'),
  profitShare: t('利润占比', 'Share of profit'),
  budget: (benefit: LocalText) => t(`${benefit.zh}预算`, `${benefit.en} budget`),
  used: (benefit: LocalText) => t(`${benefit.zh}本期已用`, `${benefit.en} used this period`),
  total: t('合计', 'Total'),
  untiered: t('未分级', 'Not tiered'),
  problems: t('有问题的行', 'Rows with problems'),
  problemsTitle: t('有问题的客户', 'Customers with problems'),
  problemHeaders: [t('客户', 'Customer'), t('问题', 'Problem')],
  problemsMore: (n: number) => t(`……另有 ${n} 行`, `… and ${n} more`),
  paretoHeaders: [t('客户', 'Customer'), t('销售额', 'Revenue'), t('累计占比', 'Cumulative share')],
  chartTiers: t('各等级客户数', 'Customers per tier'),
  chartPareto: t('销售额帕累托图', 'Revenue Pareto'),
} as const;
