// Wording of the grading policy (客户分级管理制度): a document in the tone of a company regulation, built from the
// saved settings by src/core/policy/document.ts. Numbers and names arrive already formatted.
import type { LocalText } from '../settings-schema.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });

const ZH_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 20 → 二十 (enough for article and item numbers). */
function zhNumber(n: number): string {
  if (n <= 10) return ZH_NUMERALS[n] ?? String(n);
  if (n < 20) return `十${ZH_NUMERALS[n - 10] ?? ''}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${ZH_NUMERALS[tens] ?? ''}十${ones === 0 ? '' : (ZH_NUMERALS[ones] ?? '')}`;
}

/** Period words: 'per year' as a suffix of an allowance, and the review cycle's name. */
export type PeriodLength = 'year' | 'half' | 'quarter' | 'month';

const PER_PERIOD: Readonly<Record<PeriodLength, LocalText>> = {
  year: t('每年', 'per year'),
  half: t('每半年', 'per half-year'),
  quarter: t('每季度', 'per quarter'),
  month: t('每月', 'per month'),
};

export const POLICY_WORDS = {
  title: t('客户分级管理制度', 'Customer grading policy'),
  sheet: t('分级制度', 'Grading policy'),
  print: t('打印 / 存为 PDF', 'Print / save as PDF'),
  badReply: t('服务器返回的分级制度格式不对', 'The server sent the policy in an unexpected shape'),
  loadFailed: t('无法生成分级制度：', 'Could not build the grading policy: '),
  loading: t('正在生成分级制度…', 'Building the grading policy…'),
  shown: t('分级制度已更新，可在弹出窗口中打印。', 'Grading policy updated; print it from the dialog.'),
  /** '第三条' / 'Article 3', and the article's subject. */
  article: (n: number, subject: LocalText) => t(`第${zhNumber(n)}条　${subject.zh}`, `Article ${n}. ${subject.en}`),
  /** '（一）' / '(1)' before an item of an article. */
  item: (n: number) => t(`（${zhNumber(n)}）`, `(${n}) `),
  stamp: (version: number, generated: string) =>
    t(
      `依据设置第 ${version} 版生成，生成日期 ${generated}。设置修改后本文件自动更新。`,
      `Generated from settings version ${version} on ${generated}. It is regenerated whenever the settings are saved.`,
    ),

  purposeSubject: t('目的', 'Purpose'),
  purpose: t(
    '为按客户价值合理分配样品、培训和其他服务资源，使销售人员按客户等级做好客户维护，提高老客户的深度，特制定本制度。',
    'This policy grades existing customers by their value to the company, so that samples, trainings and other services go where they matter most and each salesperson looks after every customer as its grade deserves.',
  ),
  scopeSubject: t('适用范围', 'Scope'),
  scope: (sheet: string) =>
    sheet === ''
      ? t(
          '本制度适用于公司全部现有客户及负责这些客户的销售人员。',
          'This policy applies to all existing customers and to the salespeople who look after them.',
        )
      : t(
          `本制度适用于公司全部现有客户（客户表“${sheet}”中的客户）及负责这些客户的销售人员。`,
          `This policy applies to all existing customers (those in the customer table "${sheet}") and to the salespeople who look after them.`,
        ),
  dimensionsSubject: t('评级维度', 'What is graded'),
  dimensionsIntro: (count: number) =>
    t(
      `客户按以下 ${count} 个维度综合评分，每个维度折算为 0 至 100 分，再按权重加权，满分 100 分：`,
      `Each customer is scored on the following ${count} measure${count === 1 ? '' : 's'}. Each measure gives 0 to 100 points; the points are combined by weight into a score out of 100:`,
    ),
  dimension: (label: LocalText, weight: string, scale: LocalText, missing: LocalText) =>
    t(
      `${label.zh}，权重 ${weight}%。${scale.zh}${missing.zh}`,
      `${label.en}, weight ${weight}%. ${scale.en} ${missing.en}`,
    ),
  bandHigher: (value: string, points: string) =>
    t(`${value} 及以上得 ${points} 分`, `${value} or more: ${points} points`),
  bandLower: (value: string, points: string) =>
    t(`不超过 ${value}得 ${points} 分`, `${value} or less: ${points} points`),
  category: (words: string, points: string) => t(`${words}得 ${points} 分`, `${words}: ${points} points`),
  categories: (zh: string, en: string) =>
    t(
      `按所填写的文字评分：${zh}；其他文字须更正后方可评级。`,
      `Points follow the words entered: ${en}; any other word must be corrected before the customer is graded.`,
    ),
  bandsOtherwise: (points: string) => t(`其余得 ${points} 分。`, `otherwise ${points} points.`),
  bandsJoin: t('；', '; '),
  listJoin: t('、', ', '),
  days: (v: string) => t(`${v} 天`, `${v} days`),
  percentile: (direction: 'higher' | 'lower') =>
    t(
      `按在全部客户中的排名折算分数，${direction === 'higher' ? '越高' : '越低'}得分越高。`,
      `Points follow the customer's rank among all customers; ${direction === 'higher' ? 'higher' : 'lower'} is better.`,
    ),
  minmax: (direction: 'higher' | 'lower') =>
    t(
      `按在全部客户最低值与最高值之间的位置折算分数，${direction === 'higher' ? '越高' : '越低'}得分越高。`,
      `Points follow the customer's position between the lowest and the highest value of all customers; ${direction === 'higher' ? 'higher' : 'lower'} is better.`,
    ),
  missing: {
    worst: t('缺少该项数据的，该项计 0 分。', 'A customer without this figure gets 0 points for it.'),
    reweight: t(
      '缺少该项数据的，该项不计分，其余维度按比例计算。',
      'A customer without this figure is scored on the other measures, their weights scaled up.',
    ),
    insufficient: t(
      '缺少该项数据的，暂不评级，标记为“数据不足”，待补齐数据后评定。',
      'A customer without this figure is not graded but marked "insufficient data" until the figure is filled in.',
    ),
  },
  unweighted: t('以下维度权重为 0，仅供参考，不计入评分：', 'These measures have no weight and do not count: '),

  tiersSubject: t('等级划分', 'How scores become grades'),
  cutoffs: (lines: readonly LocalText[], last: string) =>
    t(
      `按综合得分划分等级：${lines.map(l => l.zh).join('；')}；其余为 ${last} 级。`,
      `Grades follow the score: ${lines.map(l => l.en).join('; ')}; all others ${last}.`,
    ),
  cutoff: (tier: string, points: string) => t(`${points} 分及以上为 ${tier} 级`, `${points} points or more ${tier}`),
  shares: (lines: readonly LocalText[], last: string) =>
    t(
      `按综合得分从高到低排名划分等级：${lines.map(l => l.zh).join('；')}；其余为 ${last} 级。得分相同的客户评为同一等级。`,
      `Grades follow each customer's rank by score: ${lines.map(l => l.en).join('; ')}; all others ${last}. Customers with equal scores get the same grade.`,
    ),
  share: (tier: string, share: string, first: boolean) =>
    first
      ? t(`前 ${share}% 为 ${tier} 级`, `the top ${share}% ${tier}`)
      : t(`其后 ${share}% 为 ${tier} 级`, `the next ${share}% ${tier}`),
  pareto: (measure: string, lines: readonly LocalText[], last: string) =>
    t(
      `按${measure}从高到低排列，累计计算各客户占全部客户${measure}总额的比例：${lines.map(l => l.zh).join('；')}；其余为 ${last} 级。`,
      `Customers are ranked by ${measure}, highest first, and their cumulative share of total ${measure} is counted: ${lines.map(l => l.en).join('; ')}; all others ${last}.`,
    ),
  paretoLine: (tier: string, percent: string) =>
    t(`累计前 ${percent}% 的客户为 ${tier} 级`, `customers within the first ${percent}% are ${tier}`),

  rulesSubject: t('封顶规则', 'Rules that cap a grade'),
  noRules: t('本制度不设封顶规则，等级只由综合得分决定。', 'No rule caps a grade: the score alone decides.'),
  rulesIntro: t(
    '无论综合得分多少，符合下列情形之一的客户，等级不高于所列等级：',
    'Whatever the score, a customer in one of these situations is graded no higher than shown:',
  ),
  rule: (measure: string, condition: LocalText, tier: string) =>
    t(`${measure}${condition.zh}的，最高评为 ${tier} 级。`, `${measure}: ${condition.en}, at most ${tier}.`),
  conditions: {
    '>': (v: string) => t(`超过 ${v}`, `more than ${v}`),
    '>=': (v: string) => t(`达到或超过 ${v}`, `${v} or more`),
    '<': (v: string) => t(`低于 ${v}`, `less than ${v}`),
    '<=': (v: string) => t(`不超过 ${v}`, `${v} or less`),
    '=': (v: string) => t(`等于 ${v}`, `equal to ${v}`),
  },

  benefitsSubject: t('各等级权益', 'Benefits by grade'),
  benefitsIntro: (year: LocalText) =>
    t(
      `各等级客户可享受以下权益，额度按${year.zh}计算，未用完的额度不结转：`,
      `Each grade has these benefits, counted per ${year.en}; unused allowances do not carry over:`,
    ),
  benefitsIntroOwnPeriods: t(
    '各等级客户可享受以下权益，各项额度按各自的周期计算，未用完的额度不结转：',
    'Each grade has these benefits, each counted per its own period; unused allowances do not carry over:',
  ),
  tierBenefits: (tier: string, list: readonly string[]) =>
    t(`${tier} 级客户：${list.join('；')}。`, `${tier} customers: ${list.join('; ')}.`),
  noBenefits: (tier: string) => t(`${tier} 级客户：不享受专项权益。`, `${tier} customers: no special benefits.`),
  moneyBenefit: (label: LocalText, amount: string, period: PeriodLength) =>
    t(`${PER_PERIOD[period].zh}${label.zh} ${amount}`, `${label.en} ${amount} ${PER_PERIOD[period].en}`),
  timesBenefit: (label: LocalText, count: string, period: PeriodLength) =>
    t(
      `${PER_PERIOD[period].zh}${label.zh} ${count} 次`,
      `${label.en} ${count} ${count === '1' ? 'time' : 'times'} ${PER_PERIOD[period].en}`,
    ),
  perkBenefit: (label: LocalText) => t(label.zh, label.en),
  periodName: {
    year: t('年度', 'year'),
    half: t('半年度', 'half-year'),
    quarter: t('季度', 'quarter'),
    month: t('月度', 'month'),
  } satisfies Record<PeriodLength, LocalText>,
  fiscalStart: (month: number) =>
    t(`（财年自 ${month} 月 1 日起算）`, ` (the fiscal year starts on the 1st of month ${month})`),
  benefitLog: t(
    '权益的发放须逐笔登记在“权益台账”中，超出额度的，须经销售负责人批准。',
    'Every benefit given is entered in the benefit log; anything over the allowance needs the sales manager’s approval.',
  ),

  reviewSubject: t('评级与复核', 'Grading and review'),
  review: t(
    '客户数据更新后，等级随之重新计算；公司定期保存分级存档，作为等级变动的依据。',
    'Grades are recalculated whenever customer figures change; the company saves a tier record regularly as the reference for changes of grade.',
  ),
  grace: (n: number) =>
    t(
      `客户等级下降时，设 ${n} 次分级存档的宽限期：连续第 ${n + 1} 次存档仍低于原等级的，方可降级；升级即时生效。`,
      `A customer whose grade falls keeps it for ${n} saved tier record${n === 1 ? '' : 's'}: it moves down when ${n + 1} records in a row are below its grade. Upgrades apply at once.`,
    ),
  noGrace: t('等级下降和上升均即时生效。', 'Grades go down as well as up at once.'),

  overridesSubject: t('手动调级', 'Manual changes of grade'),
  overrides: t(
    '确有特殊情况需要调整等级的，在客户表的“手动调级”列填写等级，并注明调级原因和有效期，经销售负责人批准后生效；未注明原因的调级不予执行，有效期届满后恢复按本制度评定的等级。',
    'Where a grade must be changed by hand, the new grade goes in the customer table’s "Tier override" column with a reason and an end date, approved by the sales manager. An override without a reason is not applied; after its end date the grade this policy gives applies again.',
  ),

  effectSubject: t('附则', 'Final provisions'),
  effect: (date: string) =>
    t(
      `本制度自 ${date} 起施行，由销售部负责解释。`,
      `This policy takes effect on ${date}. The sales department interprets it.`,
    ),
  signatures: [t('制定：', 'Prepared by:'), t('审批：', 'Approved by:'), t('日期：', 'Date:')],
} as const;
