// Toasts and alerts of the menu commands and the sidebar's save, in Chinese and English. Each function takes the
// facts it reports.
import type { LocalText } from '../settings-schema.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });

/** "A 5 · B 12 · C 8 · D 3", then the number of rows with problems when there are any. */
export function tierCountsText(names: readonly string[], counts: readonly number[], problems: number): LocalText {
  const perTier = names.map((name, i) => `${name} ${counts[i] ?? 0}`).join(' · ');
  return {
    zh: problems > 0 ? `${perTier} · 有问题的行 ${problems}` : perTier,
    en: problems > 0 ? `${perTier} · rows with problems ${problems}` : perTier,
  };
}

export const RECOMPUTED_TITLE: LocalText = { zh: '等级已更新', en: 'Tiers updated' };
export const BUSY: LocalText = {
  zh: '客户分级正在另一处运行，请稍后再试。本次没有做任何更改。',
  en: 'Customer Tiers is already running. Nothing was changed; please try again in a moment.',
};

/** What the snapshot, summary, quota overview, benefit log and automatic-update commands report. */
export const COMMAND_WORDS = {
  snapshotSaved: (added: number, already: number) =>
    t(
      added === 0
        ? `今天的等级已经存过档（${already} 位客户），这次没有新增。`
        : already === 0
          ? `已把 ${added} 位客户今天的等级存入「等级历史」。`
          : `已把 ${added} 位客户今天的等级存入「等级历史」；另外 ${already} 位今天已经存过，没有重复记录。`,
      `Snapshot saved: ${added} rows added, ${already} customers already in today's snapshot.`,
    ),
  summaryShown: (customers: number) =>
    t(`汇总已更新：${customers} 位客户。`, `Summary updated: ${customers} customers.`),
  quotaRefreshed: (period: string, customers: number, overQuota: number) =>
    t(
      `${period}：${customers} 位客户，${overQuota} 项超出额度。`,
      `${period}: ${customers} customers, ${overQuota} over quota.`,
    ),
  benefitLogSetUp: (created: boolean, entries: number, customers: boolean) =>
    t(
      `${created ? '已创建' : '已更新'}「权益使用记录」表，检查了 ${entries} 条记录。${customers ? '' : '未找到客户表：请先「重新计算等级」，客户下拉列表稍后再设置。'}`,
      `${created ? 'Created' : 'Updated'} the "Benefit log" sheet; checked ${entries} entries.${customers ? '' : ' No customer table found: run "Recompute tiers" first, then set up the log again for the Customer dropdown.'}`,
    ),
  automaticOn: t(
    '自动更新已开启：每天重新计算等级、刷新额度概览，结果记录在「插件日志」表。',
    'Automatic updates are on: every day tiers are recomputed and the quota overview refreshed; each run is recorded in the "Add-on log" sheet.',
  ),
  automaticOff: t('自动更新已关闭。', 'Automatic updates are off.'),
} as const;
