// Wording of the per-customer reason (the Why column) and of cell problems, in Chinese and English.
import type { CellIssueCode } from '../cells.ts';
import { clip } from '../quote.ts';
import type { LocalText } from '../settings-schema.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });

/** Text of one cell problem: the column header as the user wrote it, the raw cell, and a categorical column's words. */
type CellIssueText = (column: string, raw: string, known: readonly string[]) => LocalText;

/** Cell problems, with the column header as the user wrote it and the raw cell text. */
const CELL_ISSUE_TEXT: Readonly<Record<CellIssueCode, CellIssueText>> = {
  empty: c => t(`${c}为空`, `${c} is empty`),
  sheet_error: (c, r) =>
    t(`${c}: '${r}' 是表格错误值，按缺失处理`, `${c}: '${r}' is a sheet error, treated as missing`),
  not_a_number: (c, r) => t(`${c}: '${r}' 不是数字`, `${c}: '${r}' is not a number`),
  not_a_date: (c, r) => t(`${c}: '${r}' 不是日期`, `${c}: '${r}' is not a date`),
  serial_date: (c, r) =>
    t(
      `${c}: '${r}' 是数字而不是日期（请把该列设为日期格式）`,
      `${c}: '${r}' is a number, not a date (format the column as dates)`,
    ),
  future_date: (c, r) => t(`${c}: '${r}' 是将来的日期`, `${c}: '${r}' is a date in the future`),
  unknown_word: (c, r, known) =>
    t(
      `${c}: '${r}' 不是已设置的选项（可用：${known.join('、')}）`,
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

/**
 * Pieces of the one-line reason; `reason.ts` assembles them. Functions are called once per classification with a
 * placeholder for the per-customer number, so keep each placeholder argument used exactly once.
 */
export const REASON = {
  cutoff: (score: string, op: '≥' | '<', cutoff: string, tier: string) =>
    t(`得分 ${score} ${op} ${cutoff} → ${tier}`, `Score ${score} ${op} ${cutoff} → ${tier}`),
  shareIn: (score: string, top: string, tier: string) =>
    t(`得分 ${score}，排名前 ${top}% → ${tier}`, `Score ${score}, in the top ${top}% → ${tier}`),
  shareOut: (score: string, top: string, tier: string) =>
    t(`得分 ${score}，排名在前 ${top}% 之后 → ${tier}`, `Score ${score}, below the top ${top}% → ${tier}`),
  paretoIn: (dim: LocalText, bound: string, tier: string) =>
    t(`${dim.zh}累计占比前 ${bound}% → ${tier}`, `${dim.en} within the first ${bound}% of the total → ${tier}`),
  paretoOut: (dim: LocalText, bound: string, tier: string) =>
    t(`${dim.zh}累计占比 ${bound}% 之后 → ${tier}`, `${dim.en} after the first ${bound}% of the total → ${tier}`),
  contribution: (dim: LocalText, points: string) => t(`${dim.zh} ${points}`, `${dim.en} ${points}`),
  listOpen: t('（', ' ('),
  listSeparator: t('、', ', '),
  listClose: t('）', ')'),
  missingReweighted: (dim: LocalText) => t(`${dim.zh}缺失，按其余维度计分`, `${dim.en} missing, scored on the others`),
  missingWorst: (dim: LocalText) => t(`${dim.zh}缺失，按 0 分计`, `${dim.en} missing, counted as 0 points`),
  gate: (dim: LocalText, value: string, op: string, threshold: string, tier: string) =>
    t(
      `${dim.zh} ${value} ${op} ${threshold}，最高 ${tier} 级`,
      `at most ${tier}: ${dim.en} ${value} ${op} ${threshold}`,
    ),
  gapOption: (dim: LocalText, change: string) => t(`${change} ${dim.zh}`, `${change} ${dim.en}`),
  gapOr: t(' 或 ', ' or '),
  gapTail: (tier: string) => t(` 可升到 ${tier}`, ` to reach ${tier}`),
  gapTailRelative: (tier: string) =>
    t(` 可升到 ${tier}（按目前其他客户计算）`, ` to reach ${tier} (as the other customers stand today)`),
  insufficient: (dims: readonly LocalText[]) =>
    t(
      `数据不足：缺少${dims.map(d => d.zh).join('、')}`,
      `Insufficient data: ${dims.map(d => d.en).join(', ')} missing`,
    ),
  noColumns: () => t('数据不足：表中没有找到任何计分列', 'Insufficient data: none of the scored columns was found'),
  separator: t('；', '; '),
} as const;
