// "Turn automatic updates on/off": one daily time-driven trigger per user per document, and the run it makes.
// Apps Script sends no failure emails for add-on triggers, so every run writes its outcome to the "Add-on log" sheet
// (docs/apps-script.md: Installable triggers).

import { literalText } from '../../../core/layout.ts';
import type { LocalText } from '../../../core/ledger/index.ts';
import type { Lang } from '../../../core/locale.ts';
import { AUTOMATIC_WORDS } from '../../../core/wording/automatic.ts';
import { findOrInsertAddonSheet } from '../document/addon-sheet.ts';
import { withDocumentLock } from '../document/lock.ts';
import { currentServices } from '../table/recompute.ts';
import { applyPending } from './pending-edits.ts';

/** The global function the daily trigger calls (exported from src/main.ts). */
const DAILY_HANDLER = 'runDailyUpdate';
/** The global function the onChange trigger calls: deleted log rows fire no onEdit (src/main.ts). */
const CHANGE_HANDLER = 'onDocumentChange';
/** Hour of day (document time zone) the daily run is asked for; Apps Script picks a time within that hour. */
const DAILY_HOUR = 6;
/** How long a run waits for a recompute or an edit in progress before giving up and logging "skipped". */
const LOCK_WAIT_MS = 30_000;

/** One job of the daily run; returns a short summary of what it did, throws when it fails. */
export type DailyStep = { readonly name: LocalText; readonly run: () => string };

export type ToggleResult = { readonly on: boolean; readonly removed: number };

/** The daily triggers of this user in this document. */
function dailyTriggers(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  scriptApp: GoogleAppsScript.Script.ScriptApp = ScriptApp,
): GoogleAppsScript.Script.Trigger[] {
  return scriptApp
    .getUserTriggers(spreadsheet)
    .filter(t => t.getHandlerFunction() === DAILY_HANDLER && t.getEventType() === scriptApp.EventType.CLOCK);
}

/** The onChange triggers of this user in this document. */
function changeTriggers(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  scriptApp: GoogleAppsScript.Script.ScriptApp,
): GoogleAppsScript.Script.Trigger[] {
  return scriptApp
    .getUserTriggers(spreadsheet)
    .filter(t => t.getHandlerFunction() === CHANGE_HANDLER && t.getEventType() === scriptApp.EventType.ON_CHANGE);
}

/**
 * Turns automatic updates on or off. On installs the daily trigger and the onChange trigger, each only when this user
 * has none in this document, so turning it on twice leaves one of each; off removes every one found.
 */
export function setAutomaticUpdates(
  on: boolean,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  scriptApp: GoogleAppsScript.Script.ScriptApp = ScriptApp,
): ToggleResult {
  const daily = dailyTriggers(spreadsheet, scriptApp);
  const change = changeTriggers(spreadsheet, scriptApp);
  if (on) {
    if (daily.length === 0) scriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(DAILY_HOUR).create();
    if (change.length === 0) scriptApp.newTrigger(CHANGE_HANDLER).forSpreadsheet(spreadsheet).onChange().create();
    return { on: true, removed: 0 };
  }
  for (const trigger of [...daily, ...change]) scriptApp.deleteTrigger(trigger);
  return { on: false, removed: daily.length + change.length };
}

/** Menu "Turn automatic updates on/off": flips the current state. */
export function toggleAutomaticUpdates(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  scriptApp: GoogleAppsScript.Script.ScriptApp = ScriptApp,
): ToggleResult {
  return setAutomaticUpdates(dailyTriggers(spreadsheet, scriptApp).length === 0, spreadsheet, scriptApp);
}

export type RunOutcome = 'ok' | 'failed' | 'skipped';
export type RunRecord = { readonly outcome: RunOutcome; readonly details: string };

/**
 * The daily run: takes the document lock, runs each step in order (a failing step does not stop the next ones),
 * and appends one row to the add-on log. Never throws for a step's failure: the log row is the record.
 */
export function runAutomaticUpdate(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  steps: readonly DailyStep[],
  lang: Lang,
  clock: { readonly now: Date; readonly timeZone: string; readonly utilities?: GoogleAppsScript.Utilities.Utilities },
  lockService: GoogleAppsScript.Lock.LockService = LockService,
): RunRecord {
  const locked = withDocumentLock(
    () => {
      const parts: string[] = [];
      let failed = false;
      for (const step of steps) {
        try {
          parts.push(`${step.name[lang]}: ${step.run()}`);
        } catch (error) {
          failed = true;
          parts.push(`${step.name[lang]} ✗ ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      // Edits that met this run's lock are applied before it lets go of it.
      applyPending(currentServices(), lang);
      return { outcome: failed ? 'failed' : 'ok', details: parts.join('; ') } satisfies RunRecord;
    },
    LOCK_WAIT_MS,
    lockService,
  );
  const record: RunRecord = locked.ok
    ? locked.value
    : { outcome: 'skipped', details: AUTOMATIC_WORDS.busyDetails[lang] };
  appendAddonLog(spreadsheet, AUTOMATIC_WORDS.dailyTask[lang], record, lang, clock);
  return record;
}

/** Appends [time, task, outcome, details] to the add-on log, creating the sheet with headers the first time. */
export function appendAddonLog(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  task: string,
  record: RunRecord,
  lang: Lang,
  clock: { readonly now: Date; readonly timeZone: string; readonly utilities?: GoogleAppsScript.Utilities.Utilities },
): void {
  const sheet = findOrInsertAddonSheet(spreadsheet, 'addonLog', lang);
  let lastRow = sheet.getLastRow();
  if (lastRow === 0) {
    sheet
      .getRange(1, 1, 1, AUTOMATIC_WORDS.logHeaders.length)
      .setValues([AUTOMATIC_WORDS.logHeaders.map(h => h[lang])]);
    sheet.setFrozenRows(1);
    lastRow = 1;
  }
  const time = (clock.utilities ?? Utilities).formatDate(clock.now, clock.timeZone, 'yyyy-MM-dd HH:mm:ss');
  // The time is left for Sheets to read as a date-time (sortable); the words are literal (a message may start with '=').
  const row = [time, ...[task, AUTOMATIC_WORDS.outcome[record.outcome][lang], record.details].map(literalText)];
  sheet.getRange(lastRow + 1, 1, 1, row.length).setValues([row]);
}
