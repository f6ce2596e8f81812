// Wording of the Extensions → Customer Tiers menu and its Help dialog, in Chinese and English.
import type { LocalText } from '../settings-schema.ts';

/** Menu captions and the Help dialog, by caption key. */
export const MENU_WORDS = {
  menuOpenSettings: { zh: '打开设置', en: 'Open settings' },
  menuRecompute: { zh: '重新计算等级', en: 'Recompute tiers' },
  menuSetUpSamples: { zh: '创建示例表', en: 'Set up sample sheets' },
  menuSetUpLedger: { zh: '创建权益使用记录表', en: 'Set up benefit log' },
  menuToggleAutomatic: { zh: '开启/关闭自动更新', en: 'Turn automatic updates on/off' },
  menuQuotaOverview: { zh: '刷新额度概览', en: 'Refresh quota overview' },
  menuPolicy: { zh: '分级制度', en: 'Grading policy' },
  menuNotices: { zh: '客户通知', en: 'Customer notices' },
  menuServicePlan: { zh: '维护计划', en: 'Service plan' },
  menuPublish: { zh: '发布本期等级', en: 'Publish tiers for this period' },
  menuSnapshot: { zh: '保存分级存档', en: 'Save snapshot' },
  menuSummary: { zh: '显示汇总', en: 'Show summary' },
  menuHelp: { zh: '帮助', en: 'Help' },
  helpTitle: { zh: '客户分级 Customer Tiers', en: 'Customer Tiers' },
  helpBody: {
    zh: '按销售额、利润、回款等维度给客户打分并分为 A/B/C/D 级，为每级设定权益（样品预算、培训次数等），并记录使用情况。\n\n1. 「创建示例表」查看示例；\n2. 「打开设置」选择公司类型、权重和权益；\n3. 「重新计算等级」写入等级、得分和原因列。\n\n公式：=TIER(客户表区域, CustomerTiers_Version)',
    en: 'Scores customers on revenue, profit, payment behaviour and your own dimensions, grades them A/B/C/D, gives each grade its benefits (sample budget, trainings, perks) and tracks their use.\n\n1. "Set up sample sheets" to see an example;\n2. "Open settings" to pick a company profile, weights and benefits;\n3. "Recompute tiers" writes the Tier, Score and Why columns.\n\nFormula: =TIER(customer_range, CustomerTiers_Version)',
  },
} as const satisfies Record<string, LocalText>;

/** A key of the menu's wording. */
export type MenuWordKey = keyof typeof MENU_WORDS;
