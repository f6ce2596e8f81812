// Wording of the daily automatic update: the steps' names and results and the "Add-on log" sheet's columns and
// outcomes, in Chinese and English.
import type { LocalText } from '../settings-schema.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });

/** Words of the daily run and of its row in the "Add-on log" sheet. */
export const AUTOMATIC_WORDS = {
  outcome: {
    ok: t('成功', 'OK'),
    failed: t('失败', 'Failed'),
    skipped: t('已跳过', 'Skipped'),
  },
  dailyTask: t('每日自动更新', 'Daily update'),
  busyDetails: t(
    '另一个操作正在运行（文档锁被占用），本次未做任何更改',
    'another operation was running (document lock busy); nothing was changed',
  ),
  logHeaders: [t('时间', 'Time'), t('任务', 'Task'), t('结果', 'Outcome'), t('详情', 'Details')],
  recomputeStep: t('重新计算等级', 'Recompute tiers'),
  recomputeDone: (customers: number) => t(`${customers} 位客户`, `${customers} customers`),
  quotaStep: t('额度概览', 'Quota overview'),
  quotaDone: (period: string, customers: number, overQuota: number) =>
    t(
      `${period}，${customers} 位客户，${overQuota} 项超额`,
      `${period}, ${customers} customers, ${overQuota} over quota`,
    ),
  snapshotStep: t('分级存档', 'Tier snapshot'),
  snapshotDone: (added: number) => t(`存档了 ${added} 位客户`, `${added} rows added`),
} as const;
