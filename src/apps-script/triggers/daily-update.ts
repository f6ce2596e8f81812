// The daily time-driven trigger (installed by "Turn automatic updates on/off"): recompute tiers, refresh the log
// statuses and the quota overview, take the tier snapshot; the outcome goes to the "Add-on log" sheet.
import type { Lang } from '../../core/locale.ts';
import { tableProblemText } from '../../core/messages.ts';
import { type DailyStep, type RunRecord, runAutomaticUpdate } from '../adapters/automatic/daily-run.ts';
import { userLang } from '../adapters/document/session.ts';
import { takeSnapshot } from '../adapters/history/snapshot.ts';
import { refreshQuotaOverview } from '../adapters/ledger/overview.ts';
import { readLedgerSources } from '../adapters/ledger/sources.ts';
import { currentServices, recompute } from '../adapters/table/recompute.ts';

/** The daily trigger's handler. */
export function runDailyUpdateTrigger(): RunRecord {
  const spreadsheet = SpreadsheetApp.getActive();
  const lang = userLang();
  return runAutomaticUpdate(spreadsheet, dailySteps(spreadsheet, lang), lang, {
    now: new Date(),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
  });
}

/** The jobs of the daily run, in order. Each throws with a user-readable message when it fails. */
function dailySteps(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang): DailyStep[] {
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
