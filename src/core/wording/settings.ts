// Wording of the settings: what each field must be, cross-field problems, the names of fields and list items,
// and the hidden settings sheet, in Chinese and English, keyed by the stable codes of settings-schema.ts.
import { type LocalText, type Requirement, SETTINGS_MAX_BYTES } from '../settings-schema.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });

/** What a settings field must be, in both languages (completes "<field> must be …"). */
export const REQUIREMENTS: Readonly<Record<Requirement, LocalText>> = {
  object: t('必须是一组设置（对象）', 'must be a group of settings (an object)'),
  required: t('必须填写', 'is required'),
  list: t('必须是列表', 'must be a list'),
  text: t('必须是文字', 'must be text'),
  short_text: t('太长了', 'is too long'),
  name: t('必须是 1 到 20 个字符的名称', 'must be a name of 1 to 20 characters'),
  slug: t(
    '必须是以小写字母开头、只含小写字母、数字和下划线的编号',
    'must be an id of lowercase letters, digits and underscores, starting with a letter',
  ),
  number: t('必须是数字', 'must be a number'),
  number_ge_0: t('必须是 ≥ 0 的数字', 'must be a number ≥ 0'),
  points: t('必须是 0 到 100 之间的分数', 'must be a score from 0 to 100'),
  percent: t('必须是 0 到 100 之间的百分比', 'must be a percentage from 0 to 100'),
  integer_ge_0: t('必须是 ≥ 0 的整数', 'must be a whole number ≥ 0'),
  month: t('必须是 1 到 12 的月份', 'must be a month from 1 to 12'),
  grace: t('必须是 0 到 12 的整数', 'must be a whole number from 0 to 12'),
  color: t('必须是 #rrggbb 形式的颜色', 'must be a colour like #rrggbb'),
  choice: t('不是可选的值', 'is not one of the allowed values'),
  version: t('必须是 1（本版本支持的设置版本）', 'must be 1 (the settings version this add-on reads)'),
  dimension_count: t('至少需要 1 个维度', 'must include at least 1 dimension'),
  tier_count: t('必须有 3 到 5 个等级', 'must have 3 to 5 tiers'),
  list_max: t('项目太多', 'has too many entries'),
  word: t('不能为空', 'must not be blank'),
  category_words: t('至少需要 1 个词', 'must have at least 1 word'),
  category_count: t('至少需要 1 个类别（词和分数）', 'must have at least 1 category (words and a score)'),
};

/** A settings text that is not JSON at all. */
export const NOT_JSON: LocalText = t('设置不是有效的 JSON', 'Settings are not valid JSON');

/** Cross-field problems found after the schema passes; `validateSettings` attaches them to a field path. */
export type CrossFieldCode =
  | 'duplicate_id'
  | 'duplicate_name'
  | 'no_weight'
  | 'cutoffs_count'
  | 'cutoffs_order'
  | 'shares_count'
  | 'shares_sum'
  | 'pareto_order'
  | 'pareto_direction'
  | 'unknown_dimension'
  | 'tier_index'
  | 'allowance_length'
  | 'perk_allowance'
  | 'periods_length'
  | 'bands_order'
  | 'newer_version'
  | 'too_large'
  | 'gate_never_fires';

export const CROSS_FIELD: Readonly<Record<CrossFieldCode, (p: { n?: number }) => LocalText>> = {
  duplicate_id: () => t('与前面的编号重复', 'repeats an earlier id'),
  duplicate_name: () => t('与前面的名称重复', 'repeats an earlier name'),
  no_weight: () => t('中至少要有一个权重大于 0', 'need at least one with a weight > 0'),
  cutoffs_count: ({ n }) => t(`必须正好有 ${n} 个分数线（等级数 − 1）`, `must have exactly ${n} cut-offs (tiers − 1)`),
  cutoffs_order: () => t('必须从高到低排列且不能相同', 'must go from high to low without repeats'),
  shares_count: ({ n }) => t(`必须正好有 ${n} 个比例（等级数 − 1）`, `must have exactly ${n} shares (tiers − 1)`),
  shares_sum: () => t('加起来不能超过 100%', 'must add up to at most 100%'),
  pareto_order: ({ n }) =>
    t(
      `必须是 1 到 ${n} 个从低到高、不超过 100 的累计百分比`,
      `must be 1 to ${n} cumulative percentages going up, at most 100`,
    ),
  pareto_direction: () =>
    t('必须选“越高越好”的一项（帕累托分级按它累计）', 'must be a higher-is-better dimension for Pareto tiering'),
  unknown_dimension: () => t('不是已设置的维度编号', 'is not the id of a configured dimension'),
  tier_index: ({ n }) => t(`必须是 0 到 ${n} 之间的等级序号`, `must be a tier number from 0 to ${n}`),
  allowance_length: ({ n }) => t(`必须正好填 ${n} 项（每个等级一项）`, `must have exactly ${n} amounts (one per tier)`),
  perk_allowance: () => t('只能是 1（有）或 0（无）', 'must be 1 (yes) or 0 (no) for a perk'),
  periods_length: ({ n }) =>
    t(`必须正好有 ${n} 个周期（每个等级一个）`, `must have exactly ${n} periods (one per tier)`),
  bands_order: () =>
    t(
      '门槛必须按方向排列（越高越好：从高到低；越低越好：从低到高），分数逐档不增，其他情况分数不高于最后一档',
      'thresholds must run best first (higher-is-better: high to low; lower-is-better: low to high), points must not rise from band to band, and “otherwise” must not exceed the last band',
    ),
  gate_never_fires: ({ n }) =>
    t(
      `这条规则不会起作用：符合条件的客户最多只能得 ${n} 分，本来就评不上比它更高的等级（可调高其他维度的权重，或放宽条件）`,
      `can never change a tier: a customer meeting it scores at most ${n}, which is not above the tier it allows anyway (give the other dimensions more weight or loosen the condition)`,
    ),
  too_large: ({ n }) =>
    t(
      `太大了（${n} 字节，最多 ${SETTINGS_MAX_BYTES}）：请删掉一些表头名称、分档或权益`,
      `are too large (${n} bytes, at most ${SETTINGS_MAX_BYTES}): remove some header names, bands or benefits`,
    ),
  newer_version: () =>
    t('是新版插件保存的，请先升级本插件', 'comes from a newer version of the add-on; update the add-on first'),
};

/** Names of settings fields, by the last key of their path. */
export const FIELD_NAMES: Readonly<Record<string, LocalText>> = {
  version: t('版本', 'version'),
  preset: t('预设', 'preset'),
  sheetName: t('工作表名称', 'sheet name'),
  customerHeaders: t('客户名称列名', 'customer column names'),
  dimensions: t('维度', 'dimensions'),
  tiers: t('等级', 'tiers'),
  method: t('分级方法', 'tiering method'),
  gates: t('封顶规则', 'gates'),
  benefits: t('权益', 'benefits'),
  periods: t('周期', 'periods'),
  currency: t('货币符号', 'currency symbol'),
  graceSnapshots: t('降级宽限次数', 'grace snapshots'),
  id: t('编号', 'id'),
  label: t('名称', 'label'),
  zh: t('中文名称', 'Chinese label'),
  en: t('英文名称', 'English label'),
  headers: t('表头名称', 'header names'),
  valueType: t('值类型', 'value type'),
  unit: t('单位', 'unit'),
  direction: t('方向', 'direction'),
  weight: t('权重', 'weight'),
  normalisation: t('打分方式', 'scoring'),
  kind: t('类型', 'kind'),
  bands: t('分档', 'bands'),
  threshold: t('门槛', 'threshold'),
  points: t('分数', 'points'),
  otherwise: t('其他情况的分数', '“otherwise” points'),
  missing: t('缺失值处理', 'missing-value policy'),
  name: t('名称', 'name'),
  color: t('颜色', 'colour'),
  cutoffs: t('分数线', 'cut-offs'),
  shares: t('比例', 'shares'),
  dimension: t('维度', 'dimension'),
  atMost: t('最高可评等级', 'highest tier'),
  op: t('比较符', 'comparison'),
  value: t('数值', 'value'),
  allowance: t('额度', 'allowance'),
  length: t('周期长度', 'period length'),
  fiscalYearStartMonth: t('财年起始月', 'fiscal year start month'),
  reviewCycle: t('评级周期', 'review cycle'),
  categories: t('词和分数', 'words and scores'),
  words: t('词', 'words'),
  score: t('分数', 'score'),
};

/** Names of one item in a list field: `(n, label)` → '维度 2「利润」' / 'Dimension 2 "Profit"'. */
export const ITEM_NAMES: Readonly<Record<string, (n: number, name: LocalText | null) => LocalText>> = {
  dimensions: (n, name) =>
    t(`维度 ${n}${name ? `「${name.zh}」` : ''}`, `Dimension ${n}${name ? ` "${name.en}"` : ''}`),
  tiers: (n, name) => t(`等级 ${n}${name ? `「${name.zh}」` : ''}`, `Tier ${n}${name ? ` "${name.en}"` : ''}`),
  gates: n => t(`第 ${n} 条封顶规则`, `Gate ${n}`),
  benefits: (n, name) => t(`权益 ${n}${name ? `「${name.zh}」` : ''}`, `Benefit ${n}${name ? ` "${name.en}"` : ''}`),
  bands: n => t(`第 ${n} 档`, `band ${n}`),
  cutoffs: n => t(`第 ${n} 个分数线`, `cut-off ${n}`),
  shares: n => t(`第 ${n} 个比例`, `share ${n}`),
  allowance: (n, name) =>
    t(`${name ? `${name.zh} 级` : `第 ${n} 个`}额度`, `allowance for ${name ? name.en : `tier ${n}`}`),
  periods: (n, name) => t(`${name ? `${name.zh} 级` : `第 ${n} 个`}周期`, `period for ${name ? name.en : `tier ${n}`}`),
  headers: n => t(`第 ${n} 个表头名称`, `header name ${n}`),
  customerHeaders: n => t(`第 ${n} 个客户名称列名`, `customer column name ${n}`),
  categories: (n, name) =>
    t(`第 ${n} 类${name ? `「${name.zh}」` : ''}`, `category ${n}${name ? ` "${name.en}"` : ''}`),
  words: n => t(`第 ${n} 个词`, `word ${n}`),
};

/** Joins a field description and what is wrong: zh '维度 2「利润」的权重必须是…', en 'Dimension 2 "Profit": weight must be…'. */
export function fieldMessage(parts: readonly LocalText[], problem: LocalText): LocalText {
  // '等级 2 的名称': a space where the number meets the Chinese word, as in the rest of the texts.
  const zh = `${parts.length === 0 ? '设置' : parts.map(p => p.zh).reduce((a, b) => `${a}${/[0-9A-Za-z]$/u.test(a) ? ' ' : ''}的${b}`)}${problem.zh}`;
  const [first, ...rest] = parts.map(p => p.en);
  const head = first === undefined ? 'Settings' : capitalise(first);
  const en = rest.length === 0 ? `${head} ${problem.en}` : `${head}: ${rest.join(' ')} ${problem.en}`;
  return { zh, en };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The name of a list item with no name of its own: 'item 3'. */
export function itemFallbackName(n: number): LocalText {
  return t(`第 ${n} 项`, `item ${n}`);
}

/** The hidden sheet that holds the settings version cell. */
export const SETTINGS_SHEET_NAME: LocalText = {
  zh: '客户分级设置',
  en: 'Customer Tiers settings',
};

/** The note beside the settings version cell. */
export const VERSION_NOTE: LocalText = t(
  '设置版本（由插件维护）。公式示例：=TIER(A1:F500, CustomerTiers_Version)',
  'Settings version (kept by the add-on). Formula example: =TIER(A1:F500, CustomerTiers_Version)',
);

/**
 * The stored settings cannot be read (garbage, cut-off JSON, a wrong field, a newer version's document, too large):
 * why, and what the add-on does meanwhile: grade with the last good copy, or nothing until the user saves again.
 */
export function settingsUnreadableText(
  issues: readonly { readonly message: LocalText }[],
  usingLastGood: boolean,
): LocalText {
  const first = issues[0]?.message ?? { zh: '', en: '' };
  const more = issues.length - 1;
  const why = (lang: 'zh' | 'en') => {
    const text = first[lang].length > 200 ? `${first[lang].slice(0, 200)}…` : first[lang];
    return more > 0 ? (lang === 'zh' ? `${text}，另有 ${more} 个问题` : `${text}, and ${more} more`) : text;
  };
  return usingLastGood
    ? {
        zh: `已保存的设置无法读取（${why('zh')}）。暂时使用上次可用的设置；请在「打开设置」中检查后保存，以恢复它们。`,
        en: `The stored settings cannot be read (${why('en')}). The last good settings are used meanwhile; check them in Open settings and Save to restore them.`,
      }
    : {
        zh: `已保存的设置无法读取（${why('zh')}），因此没有重新计算任何内容。请在「打开设置」中重新设置并保存（将替换无法读取的设置）。`,
        en: `The stored settings cannot be read (${why('en')}), so nothing was graded. Set them up again in Open settings and Save (this replaces the unreadable settings).`,
      };
}
