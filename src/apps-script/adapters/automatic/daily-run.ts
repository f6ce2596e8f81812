// "Turn automatic updates on/off": one daily time-driven trigger per user per document, and the run it makes.
// Apps Script sends no failure emails for add-on triggers, so every run writes its outcome to the "Add-on log" sheet
// (docs/apps-script.md: Installable triggers).

import { literalText } from '../../../core/layout.ts';
import type { LocalText } from '../../../core/ledger/index.ts';
import type { Lang } from '../../../core/locale.ts';
import { AUTOMATIC_WORDS } from '../../../core/wording/automatic.ts';
import { findOrInsertAddonSheet } from '../document/addon-sheet.ts';
import { withDocumentLock } from '../document/lock.ts';
import { storeProperties } from '../document/properties-store.ts';
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
/** The global function a run in parts continues in (src/main.ts), from a one-off time-driven trigger. */
const CONTINUE_HANDLER = 'continueDailyUpdate';
/** Where a run in parts keeps its position (JSON `Position`) between executions. */
const DAILY_RUN_KEY = 'customerTiers.dailyRun';
/** Optional: the time budget of one execution in ms (tests force a small one); default DEFAULT_BUDGET_MS. */
const CHUNK_BUDGET_KEY = 'customerTiers.chunkBudgetMs';
/**
 * After this long a run stops before its next step and continues in a follow-up execution: Apps Script ends an
 * execution at 6 minutes (docs/apps-script.md: Quotas and runtime). A step is not cut, so the budget leaves room for the
 * longest (the quota overview: about 3 minutes at 100,000 customers, 4.6 at the cost model's high figures).
 */
const DEFAULT_BUDGET_MS = 60_000;
/** The follow-up runs at least this long after the pause (ClockTriggerBuilder.after: a minimum, not exact). */
const FOLLOW_UP_MS = 60_000;

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

/** The one-off triggers that continue a run in parts. */
function continuationTriggers(
  scriptApp: GoogleAppsScript.Script.ScriptApp,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Script.Trigger[] {
  return scriptApp.getUserTriggers(spreadsheet).filter(t => t.getHandlerFunction() === CONTINUE_HANDLER);
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
  // An add-on has one time-driven trigger per user and document: while a run continues in parts, that is its follow-up.
  const continuing = continuationTriggers(scriptApp, spreadsheet);
  if (on) {
    if (daily.length === 0 && continuing.length === 0) {
      scriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(DAILY_HOUR).create();
    }
    if (change.length === 0) scriptApp.newTrigger(CHANGE_HANDLER).forSpreadsheet(spreadsheet).onChange().create();
    return { on: true, removed: 0 };
  }
  for (const trigger of [...daily, ...change, ...continuing]) scriptApp.deleteTrigger(trigger);
  if (continuing.length > 0) PropertiesService.getDocumentProperties().deleteProperty(DAILY_RUN_KEY);
  return { on: false, removed: daily.length + change.length };
}

/** Menu "Turn automatic updates on/off": flips the current state. */
export function toggleAutomaticUpdates(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  scriptApp: GoogleAppsScript.Script.ScriptApp = ScriptApp,
): ToggleResult {
  const on =
    dailyTriggers(spreadsheet, scriptApp).length > 0 || continuationTriggers(scriptApp, spreadsheet).length > 0;
  return setAutomaticUpdates(!on, spreadsheet, scriptApp);
}

export type RunOutcome = 'ok' | 'failed' | 'skipped' | 'continued';
export type RunRecord = { readonly outcome: RunOutcome; readonly details: string };

/** Where a run in parts stands: the next step, the details so far, and whether the daily trigger must come back. */
type Position = {
  readonly from: number;
  readonly parts: readonly string[];
  readonly failed: boolean;
  readonly total: number;
  readonly restoreDaily: boolean;
};

type Clock = {
  readonly now: Date;
  readonly timeZone: string;
  readonly utilities?: GoogleAppsScript.Utilities.Utilities;
};

/** The position of a run in parts, or null when none is under way. */
export function pendingRun(stored: Readonly<Record<string, string>>): Position | null {
  const json = stored[DAILY_RUN_KEY];
  if (json === undefined) return null;
  try {
    const p: unknown = JSON.parse(json);
    if (typeof p !== 'object' || p === null || !('from' in p) || !('parts' in p) || !('total' in p)) return null;
    const { from, parts, total } = p;
    const failed = 'failed' in p && p.failed === true;
    const restoreDaily = 'restoreDaily' in p && p.restoreDaily === true;
    if (typeof from !== 'number' || typeof total !== 'number' || !Array.isArray(parts)) return null;
    return { from, total, failed, restoreDaily, parts: parts.map(String) };
  } catch {
    return null;
  }
}

/**
 * The daily run: takes the document lock, runs each step in order (a failing step does not stop the next ones),
 * and appends one row to the add-on log. Never throws for a step's failure: the log row is the record. Past its time
 * budget it stops before the next step, stores its position, leaves one time-driven trigger to continue it
 * (`continueAutomaticUpdate`) in place of the daily one, and logs its progress; `resume` is that position.
 */
export function runAutomaticUpdate(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  steps: readonly DailyStep[],
  lang: Lang,
  clock: Clock,
  lockService: GoogleAppsScript.Lock.LockService = LockService,
  resume: Position | null = null,
): RunRecord {
  const properties = PropertiesService.getDocumentProperties();
  const budget = Number(properties.getProperty(CHUNK_BUDGET_KEY) ?? DEFAULT_BUDGET_MS);
  const started = Date.now();
  const locked = withDocumentLock(
    (): RunRecord => {
      const parts = [...(resume?.parts ?? [])];
      let failed = resume?.failed ?? false;
      for (let i = resume?.from ?? 0; i < steps.length; i++) {
        const step = steps[i];
        if (!step) continue;
        try {
          parts.push(`${step.name[lang]}: ${step.run()}`);
        } catch (error) {
          failed = true;
          parts.push(`${step.name[lang]} ✗ ${error instanceof Error ? error.message : String(error)}`);
        }
        const next = i + 1;
        const position = {
          from: next,
          parts,
          failed,
          total: steps.length,
          restoreDaily: resume?.restoreDaily ?? false,
        };
        if (next < steps.length && Date.now() - started >= budget && pause(spreadsheet, properties, position)) {
          applyPending(currentServices(), lang);
          const progress = AUTOMATIC_WORDS.continues(next, steps.length)[lang];
          return { outcome: 'continued', details: [...parts, progress].join('; ') };
        }
      }
      // Edits that met this run's lock are applied before it lets go of it.
      applyPending(currentServices(), lang);
      if (resume) finish(spreadsheet, properties, resume);
      return { outcome: failed ? 'failed' : 'ok', details: parts.join('; ') };
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

/**
 * The follow-up of a run in parts (its one-off trigger's handler): removes that trigger and runs the remaining steps.
 * A busy document leaves the position and a new follow-up.
 */
export function continueAutomaticUpdate(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  steps: readonly DailyStep[],
  lang: Lang,
  clock: Clock,
  scriptApp: GoogleAppsScript.Script.ScriptApp = ScriptApp,
): RunRecord | null {
  for (const trigger of continuationTriggers(scriptApp, spreadsheet)) scriptApp.deleteTrigger(trigger);
  const position = pendingRun(PropertiesService.getDocumentProperties().getProperties());
  if (!position) return null;
  const record = runAutomaticUpdate(spreadsheet, steps, lang, clock, LockService, position);
  if (record.outcome === 'skipped') scriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(FOLLOW_UP_MS).create();
  return record;
}

/** A start of the daily run while one continues in parts: logged as skipped, saying so; nothing else changes. */
export function logStillRunning(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  position: Position,
  lang: Lang,
  clock: Clock,
): RunRecord {
  const details = AUTOMATIC_WORDS.stillRunning(position.from, position.total)[lang];
  const record: RunRecord = { outcome: 'skipped', details };
  appendAddonLog(spreadsheet, AUTOMATIC_WORDS.dailyTask[lang], record, lang, clock);
  return record;
}

/**
 * Stores the position and swaps the daily trigger for a one-off follow-up (an add-on may keep one time-driven
 * trigger per user and document: docs/apps-script.md, Installable triggers). False, changing nothing, when either
 * fails: the run then goes on in this execution.
 */
function pause(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  properties: GoogleAppsScript.Properties.Properties,
  position: Position,
  scriptApp: GoogleAppsScript.Script.ScriptApp = ScriptApp,
): boolean {
  const daily = dailyTriggers(spreadsheet, scriptApp);
  const stored = { ...position, restoreDaily: position.restoreDaily || daily.length > 0 };
  for (const trigger of daily) scriptApp.deleteTrigger(trigger);
  let follow: GoogleAppsScript.Script.Trigger | null = null;
  try {
    follow = scriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(FOLLOW_UP_MS).create();
  } catch {
    follow = null;
  }
  const saved =
    follow !== null &&
    storeProperties(properties, { [DAILY_RUN_KEY]: JSON.stringify(stored) }, AUTOMATIC_WORDS.chunkMemory).ok;
  if (saved) return true;
  if (follow) scriptApp.deleteTrigger(follow);
  if (daily.length > 0) setAutomaticUpdates(true, spreadsheet, scriptApp);
  return false;
}

/** The last part ran: the position goes, and the daily trigger comes back if the run removed it. */
function finish(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  properties: GoogleAppsScript.Properties.Properties,
  resume: Position,
): void {
  properties.deleteProperty(DAILY_RUN_KEY);
  if (resume.restoreDaily) setAutomaticUpdates(true, spreadsheet);
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
