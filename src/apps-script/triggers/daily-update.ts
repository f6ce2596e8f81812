// The daily time-driven trigger (installed by "Turn automatic updates on/off"): recompute tiers, refresh the log
// statuses and the quota overview, take the tier snapshot, refresh the service plan if there is one; the outcome
// goes to the "Add-on log" sheet.
import type { Lang } from '../../core/locale.ts';
import { AUTOMATIC_WORDS } from '../../core/wording/automatic.ts';
import { SERVICE_PLAN_WORDS } from '../../core/wording/service-plan.ts';
import { tableProblemText } from '../../core/wording/table.ts';
import {
  continueAutomaticUpdate,
  type DailyStep,
  logStillRunning,
  pendingRun,
  type RunRecord,
  runAutomaticUpdate,
  setAutomaticUpdates,
} from '../adapters/automatic/daily-run.ts';
import { findAddonSheet } from '../adapters/document/addon-sheet.ts';
import { userLang } from '../adapters/document/session.ts';
import { takeSnapshot } from '../adapters/history/snapshot.ts';
import { refreshQuotaOverview } from '../adapters/ledger/overview.ts';
import { readLedgerSources } from '../adapters/ledger/sources.ts';
import { writeServicePlan } from '../adapters/service-plan/plan-sheet.ts';
import { currentServices, recompute } from '../adapters/table/recompute.ts';

/** The daily trigger's handler. A start while the last run still continues in parts says so and changes nothing. */
export function runDailyUpdateTrigger(): RunRecord {
  const spreadsheet = SpreadsheetApp.getActive();
  const lang = userLang();
  const clock = { now: new Date(), timeZone: spreadsheet.getSpreadsheetTimeZone() };
  const running = pendingRun(PropertiesService.getDocumentProperties().getProperties());
  if (running) return logStillRunning(spreadsheet, running, lang, clock);
  // Documents that turned automatic updates on before the onChange trigger existed get it now (never a second one).
  setAutomaticUpdates(true, spreadsheet);
  return runAutomaticUpdate(spreadsheet, dailySteps(spreadsheet, lang), lang, clock);
}

/** The handler of the one-off trigger that continues a daily run in parts (daily-run.ts). */
export function continueDailyUpdateTrigger(): RunRecord | null {
  const spreadsheet = SpreadsheetApp.getActive();
  const lang = userLang();
  const clock = { now: new Date(), timeZone: spreadsheet.getSpreadsheetTimeZone() };
  return continueAutomaticUpdate(spreadsheet, dailySteps(spreadsheet, lang), lang, clock);
}

/** The jobs of the daily run, in order. Each throws with a user-readable message when it fails. */
function dailySteps(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang): DailyStep[] {
  return [
    {
      name: AUTOMATIC_WORDS.recomputeStep,
      run: () => {
        const outcome = recompute(currentServices(), lang, 'remembered');
        if (!outcome.ok) {
          throw new Error(tableProblemText(outcome)[lang]);
        }
        const done = AUTOMATIC_WORDS.recomputeDone(outcome.customers)[lang];
        return outcome.warning ? `${done} ⚠ ${outcome.warning[lang]}` : done;
      },
    },
    {
      name: AUTOMATIC_WORDS.quotaStep,
      run: () => {
        const properties = PropertiesService.getDocumentProperties();
        const result = refreshQuotaOverview(spreadsheet, readLedgerSources(spreadsheet, lang, { properties }));
        return AUTOMATIC_WORDS.quotaDone(result.period, result.customers, result.overQuota)[lang];
      },
    },
    {
      name: AUTOMATIC_WORDS.snapshotStep,
      run: () => {
        const outcome = takeSnapshot(currentServices(), lang);
        if (!outcome.ok) {
          throw new Error(tableProblemText(outcome)[lang]);
        }
        return AUTOMATIC_WORDS.snapshotDone(outcome.added)[lang];
      },
    },
    // Last, so it follows today's tiers and history; only a plan the user made is kept fresh, none is created.
    ...(findAddonSheet(spreadsheet, 'servicePlan') ? [servicePlanStep(spreadsheet, lang)] : []),
  ];
}

/** The daily run's refresh of an existing service plan sheet. */
function servicePlanStep(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang): DailyStep {
  return {
    name: SERVICE_PLAN_WORDS.step,
    run: () => {
      const properties = PropertiesService.getDocumentProperties();
      const outcome = writeServicePlan(spreadsheet, readLedgerSources(spreadsheet, lang, { properties }), properties);
      if (!outcome.ok) {
        throw new Error((outcome.code === 'no_table' ? SERVICE_PLAN_WORDS.noTable : SERVICE_PLAN_WORDS.noTiers)[lang]);
      }
      return SERVICE_PLAN_WORDS.written(outcome.items, outcome.customers)[lang];
    },
  };
}
