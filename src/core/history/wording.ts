// zh/en wording of the history feature: stability notes in the Why text, override problems, change explanations.
// The only place in src/core/history that builds user-visible text.
import type { LocalText } from '../settings.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });
const join = (head: LocalText, tail: LocalText): LocalText => t(`${head.zh}${tail.zh}`, `${head.en} ${tail.en}`);

/** Why text of a customer kept above its computed tier: 'Kept at A, grace period: 1 of 2 (computed B). …'. */
export function graceWhy(held: string, computed: string, count: number, of: number, why: LocalText): LocalText {
  return join(
    t(
      `保持 ${held} 级，宽限期：第 ${count}/${of} 次（计算等级 ${computed}）。`,
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
  const untilZh = until ? `；截止 ${until}` : '';
  const untilEn = until ? `; until ${until}` : '';
  const computedZh = computed ? `；计算等级 ${computed}` : '';
  const computedEn = computed ? `; computed ${computed}` : '';
  return join(
    t(
      `手动覆盖：${tier}（原因：${reason}${untilZh}${computedZh}）。`,
      `Manual override: ${tier} (reason: ${reason}${untilEn}${computedEn}).`,
    ),
    why,
  );
}

/** Why text after an override's end date: the computed tier stands. */
export function expiredWhy(tier: string, until: string, why: LocalText): LocalText {
  return join(t(`手动覆盖 ${tier} 已于 ${until} 到期。`, `Override to ${tier} expired on ${until}.`), why);
}

/** Why an override was not applied; shown as a problem and at the start of the Why text. */
export const OVERRIDE_PROBLEMS = {
  no_reason: (tier: string) =>
    t(
      `覆盖为 ${tier} 未生效：请在“覆盖原因”列填写原因。`,
      `Override to ${tier} not applied: it needs a reason in "Override reason".`,
    ),
  unknown_tier: (tier: string, names: readonly string[]) =>
    t(
      `覆盖“${tier}”未生效：不是等级名称（${names.join('、')}）。`,
      `Override "${tier}" not applied: not a tier name (${names.join(', ')}).`,
    ),
  bad_date: (tier: string) =>
    t(
      `覆盖为 ${tier} 未生效：“覆盖截止”不是日期（例如 2026-06-30）。`,
      `Override to ${tier} not applied: "Override until" is not a date (e.g. 2026-06-30).`,
    ),
} as const;

/** Prefixes a problem to the computed Why text. */
export function problemWhy(problem: LocalText, why: LocalText): LocalText {
  return join(problem, why);
}

/** Explanations of a move between two snapshots (Changes view). */
export const CHANGE_REASONS = {
  overrideSet: () => t('手动覆盖', 'manual override'),
  overrideEnded: () => t('手动覆盖结束', 'manual override ended'),
  graceEnded: (n: number) => t(`宽限期（${n} 次）结束`, `grace period (${n}) ended`),
  gateOn: (dimension: LocalText) => t(`限制条件生效：${dimension.zh}`, `gate applied: ${dimension.en}`),
  gateOff: (dimension: LocalText) => t(`限制条件解除：${dimension.zh}`, `gate lifted: ${dimension.en}`),
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
