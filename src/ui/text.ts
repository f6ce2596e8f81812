// The sidebar's own words in Chinese and English. Validation messages and engine reasons come from src/core/wording/.
import type { Lang } from '../core/locale.ts';
import type { LocalText } from '../core/settings.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });

const TEXT = {
  title: t('客户分级设置', 'Customer tier settings'),
  switchLang: t('English', '中文'),
  switchLangLabel: t('切换到英文', 'Switch to Chinese'),
  loading: t('正在读取客户表…', 'Reading the customer table…'),
  loadFailed: t('无法读取设置和客户表：', 'Could not read the settings and customer table: '),
  retry: t('重试', 'Try again'),
  // Why a call to the server failed when the server itself gave no message
  noRunner: t(
    'google.script.run 不可用（此页面不在 Google 表格中运行）',
    'google.script.run is not available (the page is not running in Sheets)',
  ),
  noServerFunction: t('服务器没有函数 {name}', 'The server has no function {name}'),
  badSidebarData: t('服务器返回的侧边栏数据格式不对', 'The server sent sidebar data in an unexpected shape'),
  badSaveReply: t('服务器对保存的答复格式不对', 'The server answered the save in an unexpected shape'),
  unknownError: t('未知错误', 'Unknown error'),
  // Sections
  profile: t('公司类型', 'Company profile'),
  dimensions: t('评分维度', 'Dimensions'),
  tiers: t('等级', 'Tiers'),
  benefits: t('权益', 'Benefits'),
  presetFactory: t('工厂', 'Factory'),
  presetTrading: t('贸易公司', 'Trading company'),
  presetCustom: t('自定义', 'Custom'),
  presetFactoryHint: t(
    '以销售额为主，兼顾利润和回款；逾期超过 90 天最高 B 级。',
    'Revenue-led, with profit and payment; at most B while more than 90 days overdue.',
  ),
  presetTradingHint: t('以利润为主，销售额和回款为辅。', 'Profit-led, with revenue and payment as support.'),
  presetCustomHint: t('只从销售额开始，再加上你自己的维度。', 'Starts from revenue only; add your own dimensions.'),
  presetApply: t('套用', 'Apply'),
  presetCurrent: t('当前', 'current'),
  // Dimensions
  column: t('列', 'Column'),
  columnNotFound: t('（未找到）', '(not found)'),
  columnMissing: t(
    '表中没有找到这一列。在上面选择对应的列之前，重新计算不会评级。',
    'No column in the table for this dimension. Recompute grades nothing until you choose its column above.',
  ),
  direction: t('方向', 'Direction'),
  higher: t('越高越好', 'Higher is better'),
  lower: t('越低越好', 'Lower is better'),
  weight: t('权重', 'Weight'),
  share: t('（占 {n}%）', '({n}%)'),
  normalisation: t('打分方式', 'Scoring'),
  percentile: t('名次百分位', 'Percentile rank'),
  minmax: t('最小–最大', 'Min–max'),
  bands: t('固定分档', 'Fixed bands'),
  threshold: t('门槛', 'Threshold'),
  points: t('分数', 'Points'),
  otherwise: t('其他情况', 'Otherwise'),
  addBand: t('加一档', 'Add band'),
  removeBand: t('删除此档', 'Remove band'),
  missing: t('缺失值', 'Missing value'),
  missingWorst: t('按最差计算', 'Count as worst'),
  missingReweight: t('按其他维度重算权重', 'Re-weight over the others'),
  missingInsufficient: t('标记为数据不足', 'Mark as insufficient data'),
  addDimension: t('添加维度', 'Add dimension'),
  removeDimension: t('删除维度', 'Remove dimension'),
  newDimensionColumn: t('新维度所用的列', 'Column for a new dimension'),
  // Tiers
  tierCount: t('等级数', 'Number of tiers'),
  method: t('分级方法', 'Method'),
  methodCutoffs: t('分数线', 'Score cut-offs'),
  methodShare: t('客户比例', 'Share of customers'),
  methodPareto: t('帕累托（累计）', 'Pareto (cumulative)'),
  cutoffFor: t('{tier} 级最低分', 'Lowest score for {tier}'),
  shareFor: t('{tier} 级客户占比 %', '{tier}: % of customers'),
  paretoFor: t('{tier} 级累计到 %', '{tier}: cumulative up to %'),
  paretoMeasure: t('累计的维度', 'Measure'),
  tierName: t('名称', 'Name'),
  tierColor: t('颜色', 'Colour'),
  gates: t('限制条件', 'Gates'),
  gate: t('限制条件 {n}', 'Gate {n}'),
  gateAtMost: t('最高', 'At most'),
  gateWhile: t('当', 'while'),
  gateValue: t('数值', 'Value'),
  gateOp: t('比较', 'Comparison'),
  addGate: t('添加限制条件', 'Add gate'),
  removeGate: t('删除限制条件', 'Remove gate'),
  // Benefits
  benefit: t('权益', 'Benefit'),
  kind: t('类型', 'Kind'),
  kindMoney: t('金额', 'Money'),
  kindTimes: t('次数', 'Times'),
  kindPerk: t('有/无', 'Yes/no'),
  addBenefit: t('添加权益', 'Add benefit'),
  removeBenefit: t('删除权益', 'Remove benefit'),
  newBenefit: t('新权益', 'New benefit'),
  period: t('周期', 'Period'),
  periodYear: t('每年', 'Per year'),
  periodHalf: t('每半年', 'Per half-year'),
  periodQuarter: t('每季度', 'Per quarter'),
  periodMonth: t('每月', 'Per month'),
  fiscalStart: t('财年起始月', 'Fiscal year starts in'),
  currency: t('货币符号', 'Currency symbol'),
  // Preview
  preview: t('预览（尚未保存）', 'Preview (not saved yet)'),
  previewSaved: t('预览（与已保存一致）', 'Preview (same as saved)'),
  customers: t('位客户', 'customers'),
  movesUp: t('升级', 'up'),
  movesDown: t('降级', 'down'),
  movesStatus: t('状态改变', 'changed status'),
  insufficient: t('数据不足', 'insufficient data'),
  invalid: t('数据有误', 'data problems'),
  budget: t('权益预算', 'Benefit budget'),
  perkHolders: t('位享有', 'eligible'),
  times: t('次', 'times'),
  previewBlocked: t('请先修正标红的项目，预览才会更新。', 'Fix the fields marked in red to update the preview.'),
  noTable: t('没有客户表，无法预览。', 'No customer table, so no preview.'),
  movedExamples: t('例如', 'e.g.'),
  // After the examples, how many other customers move ({n})
  moreMoves: t('另有 {n} 位客户变动', 'and {n} more'),
  // Save
  save: t('保存并重新分级', 'Save and re-grade'),
  saving: t('正在保存…', 'Saving…'),
  discard: t('放弃修改', 'Discard changes'),
  unsaved: t('有未保存的修改', 'Unsaved changes'),
  saveFailed: t('保存失败，修改仍保留在这里：', 'Saving failed; your changes are still here: '),
  saveRejected: t(
    '服务器拒绝了这些设置，请看标红的项目。',
    'The server rejected these settings; see the fields marked in red.',
  ),
  replaceUnreadable: t('替换无法读取的设置并保存', 'Replace the unreadable settings and save'),
  fixFirst: t('请先修正标红的项目再保存。', 'Fix the fields marked in red before saving.'),
  enterNumber: t('请输入数字', 'Enter a number'),
  remove: t('删除', 'Remove'),
} satisfies Record<string, LocalText>;

/** A key of the sidebar's vocabulary. */
export type TextKey = keyof typeof TEXT;

/** The text for `key` in both languages, with `{name}` placeholders filled from `vars`. */
export function both(key: TextKey, vars: Readonly<Record<string, string | number>> = {}): LocalText {
  return { zh: tx(key, 'zh', vars), en: tx(key, 'en', vars) };
}

/** The text for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function tx(key: TextKey, lang: Lang, vars: Readonly<Record<string, string | number>> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/gu, (whole, name: string) => String(vars[name] ?? whole));
}
