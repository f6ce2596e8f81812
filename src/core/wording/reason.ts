// Wording of the per-customer reason (the Why column) and of cell problems, in Chinese and English. A reason leads
// with the tier and what carried it, then the way up, and ends with the score breakdown:
// 'B 级：销售额 ¥80 万，回款及时；销售额再增加 ¥5 万即可升为 A 级。得分 61.0（…）'.
import type { CellIssueCode } from '../cells.ts';
import { clip } from '../quote.ts';
import type { GateOp, LocalText } from '../settings-schema.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });

/** Text of one cell problem: the column header as the user wrote it, the raw cell, and a categorical column's words. */
type CellIssueText = (column: string, raw: string, known: readonly string[]) => LocalText;

/** Cell problems, with the column header as the user wrote it and the raw cell text. */
const CELL_ISSUE_TEXT: Readonly<Record<CellIssueCode, CellIssueText>> = {
  empty: c => t(`${c}为空`, `${c} is empty`),
  sheet_error: (c, r) => t(`${c}：“${r}”是表格错误值，按缺失处理`, `${c}: '${r}' is a sheet error, treated as missing`),
  not_a_number: (c, r) => t(`${c}：“${r}”不是数字`, `${c}: '${r}' is not a number`),
  not_a_date: (c, r) => t(`${c}：“${r}”不是日期`, `${c}: '${r}' is not a date`),
  serial_date: (c, r) =>
    t(
      `${c}：“${r}”是数字，不是日期（请把这一列设为日期格式）`,
      `${c}: '${r}' is a number, not a date (format the column as dates)`,
    ),
  future_date: (c, r) => t(`${c}：“${r}”是将来的日期`, `${c}: '${r}' is a date in the future`),
  unknown_word: (c, r, known) =>
    t(
      `${c}：“${r}”不在设置的词表里（可填：${known.join('、')}）`,
      `${c}: '${r}' is not one of the configured words (known: ${known.join(', ')})`,
    ),
};

/** At most this many known words are named; the sidebar lists them all. */
const KNOWN_SHOWN = 8;

/** Cell problems, quoting at most a short prefix of the header and of the cell (a cell may hold 50,000 characters). */
export const CELL_ISSUES: Readonly<
  Record<CellIssueCode, (column: string, raw: string, known?: readonly string[]) => LocalText>
> = Object.fromEntries(
  Object.entries(CELL_ISSUE_TEXT).map(([code, text]) => [
    code,
    (c: string, r: string, known: readonly string[] = []) => {
      const shown = known.slice(0, KNOWN_SHOWN).map(w => clip(w, 20));
      return text(clip(c, 60), clip(r), known.length > KNOWN_SHOWN ? [...shown, '…'] : shown);
    },
  ]),
) as Record<CellIssueCode, (column: string, raw: string, known?: readonly string[]) => LocalText>;

/** What the reason needs to know about a dimension to word its value. */
export type DimensionWords = {
  readonly id: string;
  readonly label: LocalText;
  readonly unit: 'money' | 'days' | 'percent' | 'count' | 'plain';
  readonly valueType: 'number' | 'date' | 'category';
};

/** 'B 级' for a short Latin name (A, B, A+), the name itself otherwise ('金牌', not '金牌 级'). */
function tierZh(name: string): string {
  return /^[A-Za-z0-9+-]{1,3}$/u.test(String(name)) ? `${name} 级` : String(name);
}

/** Words for amounts in Chinese: 万 (10,000) and 亿 (100,000,000) as a count of them, 元 after a small amount. */
export const CHINESE_MONEY_UNITS = {
  tenThousand: t('万', 'ten thousand'),
  hundredMillion: t('亿', 'hundred million'),
  yuan: t('元', 'yuan'),
} as const;

/** A label inside an English sentence: 'Revenue' → 'revenue', but 'ERP score' and 'M0' stay as written. */
function lower(label: string): string {
  return /^[A-Z][a-z]/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** '逾期天数' → '逾期', so a count of days reads '逾期 200 天' rather than '逾期天数 200 天'. */
function shortZh(label: string): string {
  return label.endsWith('天数') && label.length > 2 ? label.slice(0, -2) : label;
}

/** An English label that already names days ('Overdue days'): the number goes in front, '200 overdue days'. */
const namesDays = (d: DimensionWords) => d.unit === 'days' && d.valueType === 'number' && /days$/iu.test(d.label.en);

/** A dimension's value with its unit: `amount` is the formatted number (amounts already carry currency and 万/k). */
function valueWords(d: DimensionWords, amount: string): LocalText {
  if (d.unit !== 'days') return t(`${d.label.zh} ${amount}`, `${lower(d.label.en)} ${amount}`);
  if (d.valueType === 'date') return t(`${d.label.zh}在 ${amount} 天前`, `${lower(d.label.en)} ${amount} days ago`);
  return t(
    `${shortZh(d.label.zh)} ${amount} 天`,
    namesDays(d) ? `${amount} ${lower(d.label.en)}` : `${lower(d.label.en)} ${amount} days`,
  );
}

/** An amount with its unit but no label: '200 天' / '200 days', '¥80 万' / '¥800k'. */
function amountWords(d: DimensionWords, amount: LocalText): LocalText {
  return d.unit === 'days' ? t(`${amount.zh} 天`, `${amount.en} days`) : amount;
}

const OP_WORDS: Readonly<Record<GateOp, LocalText>> = {
  '>': t('超过', 'more than'),
  '>=': t('达到', 'at least'),
  '<': t('低于', 'less than'),
  '<=': t('不超过', 'at most'),
  '=': t('等于', 'exactly'),
};

/**
 * Pieces of the reason; `reason.ts` assembles them. Functions are called once per classification with a
 * placeholder for the per-customer text, so keep each placeholder argument used exactly once.
 */
export const REASON = {
  /** Start of a reason that no rule lowered: 'B 级：' then what carried it. */
  lead: (tier: string) => t(`${tierZh(tier)}：`, `${tier}: `),
  /** The same when there is nothing to say after it. */
  leadAlone: (tier: string) => t(tierZh(tier), tier),
  /** One of the values that carried the grade: '销售额 ¥80 万', '逾期 200 天'. */
  value: valueWords,
  /** A categorical value by its word: '账期「款到发货」' / 'payment terms “Prepaid”'. */
  word: (dim: LocalText, word: string) => t(`${dim.zh}「${word}」`, `${lower(dim.en)} “${word}”`),
  /** A count of days (lower is better) at zero: '回款及时' for overdue days, else '无逾期' style. */
  none: (d: DimensionWords) =>
    d.id === 'overdue_days' ? t('回款及时', 'pays on time') : t(`无${shortZh(d.label.zh)}`, `no ${lower(d.label.en)}`),
  valueSeparator: t('，', ', '),
  paretoIn: (dim: LocalText, bound: string) =>
    t(`${dim.zh}累计占比在前 ${bound}% 之内`, `${lower(dim.en)} within the first ${bound}% of the total`),
  paretoOut: (dim: LocalText, bound: string) =>
    t(`${dim.zh}累计占比在前 ${bound}% 之外`, `${lower(dim.en)} beyond the first ${bound}% of the total`),
  /** A rule that lowered the tier, first in the reason: '逾期超过 180 天（现 200 天），降为 D 级'. */
  gate: (d: DimensionWords, op: GateOp, threshold: LocalText, value: string, tier: string) => {
    const limit = amountWords(d, threshold);
    const now = amountWords(d, t(value, value));
    const subjectZh = d.unit === 'days' && d.valueType === 'number' ? shortZh(d.label.zh) : d.label.zh;
    const en = namesDays(d)
      ? `${OP_WORDS[op].en} ${threshold.en} ${lower(d.label.en)} (${value} now): lowered to ${tier}`
      : `${d.label.en} ${OP_WORDS[op].en} ${limit.en} (${now.en} now): lowered to ${tier}`;
    return t(`${subjectZh}${OP_WORDS[op].zh} ${limit.zh}（现 ${now.zh}），降为 ${tierZh(tier)}`, capital(en));
  },
  missingReweighted: (dim: LocalText) =>
    t(`${dim.zh}缺失，按其余维度计分`, `${lower(dim.en)} missing, scored on the others`),
  missingWorst: (dim: LocalText) => t(`${dim.zh}缺失，按 0 分计`, `${lower(dim.en)} missing, counted as 0 points`),
  /** One way up: '销售额再增加 ¥5 万', '逾期减少 20 天' / '¥50k more revenue', '20 fewer overdue days'. */
  gapUp: (d: DimensionWords, change: string) => {
    // A date's value counts days since it: more days is an earlier date.
    if (d.valueType === 'date')
      return t(`${d.label.zh}再早 ${change} 天`, `${lower(d.label.en)} ${change} days earlier`);
    const amount = amountWords(d, t(change, change));
    const zh = d.unit === 'days' && d.valueType === 'number' ? shortZh(d.label.zh) : d.label.zh;
    return t(
      `${zh}再增加 ${amount.zh}`,
      namesDays(d) ? `${change} more ${lower(d.label.en)}` : `${amount.en} more ${lower(d.label.en)}`,
    );
  },
  gapDown: (d: DimensionWords, change: string) => {
    if (d.valueType === 'date')
      return t(`${d.label.zh}再近 ${change} 天`, `${lower(d.label.en)} ${change} days more recent`);
    const amount = amountWords(d, t(change, change));
    const zh = d.unit === 'days' && d.valueType === 'number' ? shortZh(d.label.zh) : d.label.zh;
    return t(
      `${zh}减少 ${amount.zh}`,
      namesDays(d) ? `${change} fewer ${lower(d.label.en)}` : `${lower(d.label.en)} down by ${amount.en}`,
    );
  },
  gapOr: t('或', ' or '),
  gapTail: (tier: string) => t(`即可升为 ${tierZh(tier)}`, ` would reach ${tier}`),
  gapTailRelative: (tier: string) =>
    t(`即可升为 ${tierZh(tier)}（按目前其他客户计算）`, ` would reach ${tier} (as the other customers stand today)`),
  /** The score breakdown at the end: '。得分 61.0' + method + '（销售额 40.0、…）'. */
  detailOpen: (score: string) => t(`。得分 ${score}`, `. Score ${score}`),
  shareIn: (top: string) => t(`，排名前 ${top}%`, `, in the top ${top}%`),
  shareOut: (top: string) => t(`，排在前 ${top}% 之后`, `, below the top ${top}%`),
  /** After a rule lowered the tier: what the score alone gave. */
  byScore: (tier: string) => t(`，按得分为 ${tierZh(tier)}`, `, ${tier} by score`),
  byPareto: (tier: string) => t(`。按累计占比为 ${tierZh(tier)}`, `. ${tier} by cumulative share`),
  contribution: (dim: LocalText, points: string) => t(`${dim.zh} ${points}`, `${dim.en} ${points}`),
  listOpen: t('（', ' ('),
  listSeparator: t('、', ', '),
  listClose: t('）', ')'),
  insufficient: (dims: readonly LocalText[]) =>
    t(
      `数据不足：缺少${dims.map(d => d.zh).join('、')}`,
      `Insufficient data: ${dims.map(d => d.en).join(', ')} missing`,
    ),
  noColumns: () => t('数据不足：表中没有找到任何计分列', 'Insufficient data: none of the scored columns was found'),
  separator: t('；', '; '),
} as const;
