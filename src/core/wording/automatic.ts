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
    continued: t('分段进行中', 'Continuing'),
  },
  dailyTask: t('每日自动更新', 'Daily update'),
  busyDetails: t(
    '另一个操作正在运行（文档锁被占用），本次未做任何更改',
    'another operation was running (document lock busy); nothing was changed',
  ),
  /** A run that passed its time budget: where it stopped; a follow-up run continues it in about a minute. */
  continues: (done: number, total: number) =>
    t(
      `已完成 ${done}/${total} 步，为不超过 Apps Script 的 6 分钟限制，约 1 分钟后自动继续`,
      `${done} of ${total} steps done; continues in a follow-up run in about a minute (Apps Script stops runs at 6 minutes)`,
    ),
  /** A second start while a run continues in parts. */
  stillRunning: (done: number, total: number) =>
    t(
      `上一次每日自动更新仍在分段进行（已完成 ${done}/${total} 步），本次未做任何更改`,
      `the previous daily update is still running in parts (${done} of ${total} steps done); this start changed nothing`,
    ),
  chunkMemory: t('分段运行的进度', 'the position of the run in parts'),
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
