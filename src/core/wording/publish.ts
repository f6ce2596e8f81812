// Wording of the review cycle's published tiers (发布本期等级): the record sheet, the menu command's messages and the
// "published B · now A" note in front of the live Why.
import type { LocalText } from '../settings-schema.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });

export const PUBLISH_WORDS = {
  sheet: t('已发布等级', 'Published tiers'),
  headers: [
    t('发布编号', 'Publication'),
    t('评级期', 'Review period'),
    t('发布日期', 'Published on'),
    t('发布人', 'Published by'),
    t('客户', 'Customer'),
    t('等级', 'Tier'),
  ],
  /** In front of the live Why when the live tier differs from the published one. */
  differs: (published: string, live: string) =>
    t(`已发布 ${published} · 当前 ${live}`, `published ${published} · now ${live}`),
  /** Joins the note and the Why. */
  joiner: t('；', '; '),
  noCycle: t(
    '设置中未选择评级周期，无需发布等级。请在“打开设置 → 权益”中选择按季度、半年或年度评级，保存后再发布。',
    'No review cycle is set, so there is nothing to publish. Choose a quarterly, half-yearly or yearly review cycle under Open settings → Benefits, save, then publish.',
  ),
  noTiers: t('没有可发布的等级：请先运行“重新计算等级”。', 'There are no tiers to publish: run Recompute tiers first.'),
  /** Asked before a second publication in the same review period. */
  again: (period: string, day: string) =>
    t(
      `${period} 已于 ${day} 发布过等级。是否用当前等级重新发布？新发布自今天起生效，之前的记录保留。`,
      `Tiers for ${period} were already published on ${day}. Publish the current tiers again? The new publication applies from today; the earlier record is kept.`,
    ),
  published: (period: string, count: number) =>
    t(
      `已发布 ${period} 的等级：${count} 位客户。权益与额度按已发布等级计算。`,
      `Published the tiers for ${period}: ${count} customers. Benefits and quotas follow the published tiers.`,
    ),
  logLine: (period: string, count: number, by: string) =>
    t(
      `发布 ${period} 等级：${count} 位客户${by ? `（${by}）` : ''}`,
      `Published tiers for ${period}: ${count} customers${by ? ` (${by})` : ''}`,
    ),
} as const;
