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
  total: t('合计', 'Total'),
  untiered: t('未分级', 'Not tiered'),
  problems: t('有问题的行', 'Rows with problems'),
  problemsTitle: t('有问题的客户', 'Customers with problems'),
  problemHeaders: [t('客户', 'Customer'), t('问题', 'Problem')],
  problemsMore: (n: number) => t(`……另有 ${n} 行`, `… and ${n} more`),
  paretoHeaders: [t('客户', 'Customer'), t('销售额', 'Revenue'), t('累计占比', 'Cumulative share')],
  chartTiers: t('各等级客户数', 'Customers per tier'),
  chartPareto: t('销售额帕累托图', 'Revenue Pareto'),
  benefitsTitle: t('本期权益使用', 'Benefits this period'),
  benefitHeaders: [
    t('权益', 'Benefit'),
    t('等级', 'Tier'),
    t('每位客户', 'Per customer'),
    t('本期预算', 'Budget this period'),
    t('本期已用', 'Used this period'),
    t('剩余', 'Left'),
  ],
  benefitsNone: t('设置里没有权益。', 'The settings list no benefits.'),
  spendTitle: t('本财年权益花费与回报', 'Benefit spend this fiscal year against profit'),
  spendHeaders: [
    t('等级', 'Tier'),
    t('权益花费', 'Benefit spend'),
    t('利润', 'Profit'),
    t('销售额', 'Revenue'),
    t('花费 ÷ 利润', 'Spend ÷ profit'),
    t('花费 ÷ 销售额', 'Spend ÷ revenue'),
  ],
  spendNoLog: t(
    '还没有权益使用记录表：用菜单“创建权益使用记录表”建好并记录使用后，这里会显示花费。',
    'No benefit log yet: set one up (menu "Set up benefit log") and record uses to see the spend here.',
  ),
  spendNote: t(
    '资金类权益按金额计；培训、开模等按设置中的每次成本计。',
    'Money benefits cost their amount; trainings, moulds and other benefits cost their cost per use from the settings.',
  ),
  flaggedTitle: (percent: number) =>
    t(`权益花费超过利润 ${percent}% 的客户`, `Customers whose benefit spend passes ${percent}% of their profit`),
  flaggedHeaders: [
    t('客户', 'Customer'),
    t('等级', 'Tier'),
    t('权益花费', 'Benefit spend'),
    t('利润', 'Profit'),
    t('花费 ÷ 利润', 'Spend ÷ profit'),
  ],
  flaggedNone: t('没有。', 'None.'),
  flaggedMore: (n: number) => t(`……另有 ${n} 位`, `… and ${n} more`),
  noProfit: t('无利润', 'no profit'),
  chartSpend: t('各等级权益花费与利润', 'Benefit spend and profit per tier'),
} as const;
