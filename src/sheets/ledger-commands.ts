// Menu commands, the daily trigger's handler and the onEdit hook of the ledger, bound to the current execution's
// services. Each tells the user what happened in their language; the work lives in ledger.ts, ledger-overview.ts
// and automatic.ts.
import { label } from '../core/labels.ts';
import type { LocalText } from '../core/ledger/index.ts';
import type { Lang } from '../core/locale.ts';
import { BUSY, tableProblemText } from '../core/messages.ts';
import { type DailyStep, type RunRecord, runAutomaticUpdate, toggleAutomaticUpdates } from './automatic.ts';
import { takeSnapshot } from './history.ts';
import { handleLedgerEdit, setUpBenefitLog } from './ledger.ts';
import { refreshQuotaOverview } from './ledger-overview.ts';
import { readLedgerSources } from './ledger-sources.ts';
import { withDocumentLock } from './lock.ts';
import { currentServices, recompute } from './recompute.ts';
import { userLang } from './session.ts';

/** Menu: Set up benefit log. */
export function setUpBenefitLogCommand(): void {
  const spreadsheet = SpreadsheetApp.getActive();
  const lang = userLang();
  const properties = PropertiesService.getDocumentProperties();
  const locked = withDocumentLock(() => setUpBenefitLog(spreadsheet, lang, { properties }));
  if (!locked.ok) {
    spreadsheet.toast(BUSY[lang], label('helpTitle', lang), 8);
    return;
  }
  const { created, customers, entries } = locked.value;
  const text: LocalText = {
    zh: `${created ? '已创建' : '已更新'}「权益使用记录」表，检查了 ${entries} 条记录。${customers ? '' : '未找到客户表：请先「重新计算等级」，客户下拉列表稍后再设置。'}`,
    en: `${created ? 'Created' : 'Updated'} the "Benefit log" sheet; checked ${entries} entries.${customers ? '' : ' No customer table found: run "Recompute tiers" first, then set up the log again for the Customer dropdown.'}`,
  };
  spreadsheet.toast(text[lang], label('helpTitle', lang), 10);
}

/** Menu: Refresh quota overview. */
export function refreshQuotaOverviewCommand(): void {
  const spreadsheet = SpreadsheetApp.getActive();
  const lang = userLang();
  const properties = PropertiesService.getDocumentProperties();
  const locked = withDocumentLock(() =>
    refreshQuotaOverview(spreadsheet, readLedgerSources(spreadsheet, lang, { properties })),
  );
  if (!locked.ok) {
    spreadsheet.toast(BUSY[lang], label('helpTitle', lang), 8);
    return;
  }
  const { customers, overQuota, period } = locked.value;
  const text: LocalText = {
    zh: `${period}：${customers} 位客户，${overQuota} 项超出额度。`,
    en: `${period}: ${customers} customers, ${overQuota} over quota.`,
  };
  spreadsheet.toast(text[lang], label('helpTitle', lang), 8);
}

/** Menu: Turn automatic updates on/off. */
export function toggleAutomaticUpdatesCommand(): void {
  const spreadsheet = SpreadsheetApp.getActive();
  const lang = userLang();
  const { on } = toggleAutomaticUpdates(spreadsheet);
  const text: LocalText = on
    ? {
        zh: '自动更新已开启：每天重新计算等级、刷新额度概览，结果记录在「插件日志」表。',
        en: 'Automatic updates are on: every day tiers are recomputed and the quota overview refreshed; each run is recorded in the "Add-on log" sheet.',
      }
    : { zh: '自动更新已关闭。', en: 'Automatic updates are off.' };
  SpreadsheetApp.getUi().alert(label('helpTitle', lang), text[lang], SpreadsheetApp.getUi().ButtonSet.OK);
}

/** The daily trigger: recompute tiers, refresh the log statuses and the quota overview, take the tier snapshot. */
export function runDailyUpdateTrigger(): RunRecord {
  const spreadsheet = SpreadsheetApp.getActive();
  const lang = userLang();
  return runAutomaticUpdate(spreadsheet, dailySteps(spreadsheet, lang), lang, {
    now: new Date(),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
  });
}

/** The jobs of the daily run, in order. Each throws with a user-readable message when it fails. */
export function dailySteps(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang): DailyStep[] {
  return [
    {
      name: { zh: '重新计算等级', en: 'Recompute tiers' },
      run: () => {
        const outcome = recompute(currentServices(), lang, 'remembered');
        if (!outcome.ok) {
          throw new Error(tableProblemText(outcome)[lang]);
        }
        return lang === 'zh' ? `${outcome.customers} 位客户` : `${outcome.customers} customers`;
      },
    },
    {
      name: { zh: '额度概览', en: 'Quota overview' },
      run: () => {
        const properties = PropertiesService.getDocumentProperties();
        const result = refreshQuotaOverview(spreadsheet, readLedgerSources(spreadsheet, lang, { properties }));
        return lang === 'zh'
          ? `${result.period}，${result.customers} 位客户，${result.overQuota} 项超额`
          : `${result.period}, ${result.customers} customers, ${result.overQuota} over quota`;
      },
    },
    {
      name: { zh: '等级快照', en: 'Tier snapshot' },
      run: () => {
        const outcome = takeSnapshot(currentServices(), lang);
        if (!outcome.ok) {
          throw new Error(tableProblemText(outcome)[lang]);
        }
        return lang === 'zh' ? `新增 ${outcome.added} 行` : `${outcome.added} rows added`;
      },
    },
  ];
}

/** The ledger's part of onEdit: re-judges the log when the edit is on it; returns at once otherwise. */
export function ledgerOnEdit(e: { readonly range: GoogleAppsScript.Spreadsheet.Range } | undefined): boolean {
  if (!e?.range) return false;
  return handleLedgerEdit(e, () => userLang(), { properties: PropertiesService.getDocumentProperties() });
}
