// Wording of the history feature: stability notes in the Why text, override problems, change explanations, and
// the Tier history and Tier changes sheets, in Chinese and English.

import { clip } from '../quote.ts';
import type { LocalText } from '../settings-schema.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });
const join = (head: LocalText, tail: LocalText): LocalText => t(`${head.zh}${tail.zh}`, `${head.en} ${tail.en}`);

/** Why text of a customer kept above its computed tier: 'Kept at A, grace period: 1 of 2 (computed B). …'. */
export function graceWhy(held: string, computed: string, count: number, of: number, why: LocalText): LocalText {
  return join(
    t(
      `暂保持 ${held} 级（宽限期第 ${count}/${of} 次，按计算为 ${computed} 级）。`,
      `Kept at ${held}, grace period: ${count} of ${of} (computed ${computed}).`,
    ),
    why,
  );
}

/** Why text of an applied override: 'Manual override: B (reason: …; until 2026-06-30; computed A). …'. */
export function overrideWhy(
  tier: string,
  reason: string,
  until: string | null,
  computed: string | null,
  why: LocalText,
) {
  const said = clip(reason, 100);
  const untilZh = until ? `；有效期至 ${until}` : '';
  const untilEn = until ? `; until ${until}` : '';
  const computedZh = computed ? `；按计算为 ${computed} 级` : '';
  const computedEn = computed ? `; computed ${computed}` : '';
  return join(
    t(
      `手动调级为 ${tier} 级（调级原因：${said}${untilZh}${computedZh}）。`,
      `Manual override: ${tier} (reason: ${said}${untilEn}${computedEn}).`,
    ),
    why,
  );
}

/** Why text after an override's end date: the computed tier stands. */
export function expiredWhy(tier: string, until: string, why: LocalText): LocalText {
  return join(t(`手动调级为 ${tier} 级已于 ${until} 到期。`, `Override to ${tier} expired on ${until}.`), why);
}

/** Why an override was not applied; shown as a problem and at the start of the Why text. */
export const OVERRIDE_PROBLEMS = {
  no_reason: (tier: string) =>
    t(
      `手动调级为 ${tier} 级未生效：请在“调级原因”列写明原因。`,
      `Override to ${tier} not applied: it needs a reason in "Override reason".`,
    ),
  unknown_tier: (tier: string, names: readonly string[]) =>
    t(
      `手动调级“${clip(tier)}”未生效：不是等级名称（可填 ${names.join('、')}）。`,
      `Override "${clip(tier)}" not applied: not a tier name (${names.join(', ')}).`,
    ),
  bad_date: (tier: string) =>
    t(
      `手动调级为 ${tier} 级未生效：“有效期至”不是日期（例如 2026-06-30）。`,
      `Override to ${tier} not applied: "Override until" is not a date (e.g. 2026-06-30).`,
    ),
} as const;

/** Prefixes a problem to the computed Why text. */
export function problemWhy(problem: LocalText, why: LocalText): LocalText {
  return join(problem, why);
}

/** Explanations of a move between two snapshots (Changes view). */
export const CHANGE_REASONS = {
  overrideSet: () => t('手动调级', 'manual override'),
  overrideEnded: () => t('手动调级到期', 'manual override ended'),
  graceEnded: (n: number) => t(`宽限期（${n} 次）已满`, `grace period (${n}) ended`),
  gateOn: (dimension: LocalText) => t(`触发封顶规则：${dimension.zh}`, `gate applied: ${dimension.en}`),
  gateOff: (dimension: LocalText) => t(`不再触发封顶规则：${dimension.zh}`, `gate lifted: ${dimension.en}`),
  points: (dimension: LocalText, delta: number) => {
    const signed = `${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(1)}`;
    return t(`${dimension.zh} ${signed} 分`, `${dimension.en} ${signed} points`);
  },
  score: (before: number | null, after: number | null) =>
    t(`得分 ${before ?? '–'} → ${after ?? '–'}`, `score ${before ?? '–'} → ${after ?? '–'}`),
  settings: () => t('分级设置变化', 'tier settings changed'),
} as const;

/** Joins reasons: zh '；', en '; '. */
export function joinReasons(parts: readonly LocalText[]): LocalText {
  return t(parts.map(p => p.zh).join('；'), parts.map(p => p.en).join('; '));
}

/** Row and column labels of the migration matrix for customers present on one side only. */
export const MATRIX_LABELS = {
  new: t('新客户', 'new'),
  gone: t('已移除', 'gone'),
} as const;

/** Sheet names, titles and headers of the Tier history and Tier changes sheets and the migration matrix. */
export const HISTORY_WORDS = {
  historySheet: t('等级历史', 'Tier history'),
  changesSheet: t('等级变动', 'Tier changes'),
  /** What a refused document-property write would lose: where the history's current rows are. */
  layoutRecord: t('等级历史当前行的位置', 'where Tier history keeps its current rows'),
  /** Column headers of the Tier history sheet, one row per change (intervals.ts), in the fixed column order. */
  intervalHeaders: [
    t('起始日期', 'From'),
    t('截止日期', 'To'),
    t('客户', 'Customer'),
    t('等级', 'Tier'),
    t('得分', 'Score'),
    t('原因', 'Reason'),
    t('已发布', 'Published'),
    t('插件数据（请勿修改）', 'Add-on data (do not edit)'),
  ],
  /** Column headers of the old one-row-per-day Tier history (read once, to convert it). */
  historyHeaders: [
    t('日期', 'Date'),
    t('客户', 'Customer'),
    t('等级', 'Tier'),
    t('得分', 'Score'),
    t('原因', 'Reason'),
    t('插件数据（请勿修改）', 'Add-on data (do not edit)'),
  ],
  matrixTitle: (from: string, to: string) => t(`等级迁移矩阵：${from} → ${to}`, `Migration matrix: ${from} → ${to}`),
  matrixCustomers: t('客户数', 'Customers'),
  matrixRevenue: t('销售额', 'Revenue'),
  matrixCorner: t('之前 \\ 之后', 'Before \\ after'),
  matrixNone: t('分级存档还不到两次，暂无迁移矩阵。', 'Fewer than two snapshots: no migration matrix yet.'),
  changesTitle: t('等级变动（最新在前）', 'Tier changes (newest first)'),
  changesNone: t('暂无等级变动。', 'No tier changes yet.'),
  changesHeaders: [
    t('日期', 'Date'),
    t('原等级起始', 'Previous tier since'),
    t('客户', 'Customer'),
    t('原等级', 'From'),
    t('新等级', 'To'),
    t('方向', 'Direction'),
    t('原得分', 'Score before'),
    t('新得分', 'Score after'),
    t('原因', 'Reason'),
  ],
  up: t('升级', 'up'),
  down: t('降级', 'down'),
  moved: t('变动', 'moved'),
} as const;
