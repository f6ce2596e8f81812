// The sheets the add-on creates for itself, in both languages: never mistaken for a customer table. Also how an
// older version's sheet is recognised (its layout) and which free name a new one takes when the user has the name.

import type { LocalText } from './settings-schema.ts';
import { AUTOMATIC_WORDS } from './wording/automatic.ts';
import { HISTORY_WORDS } from './wording/history.ts';
import { LEDGER_WORDS } from './wording/ledger.ts';
import { NOTICE_WORDS } from './wording/notices.ts';
import { POLICY_WORDS } from './wording/policy.ts';
import { PUBLISH_WORDS } from './wording/publish.ts';
import { SERVICE_PLAN_WORDS } from './wording/service-plan.ts';
import { SETTINGS_SHEET_NAME, VERSION_NOTE } from './wording/settings.ts';
import { SUMMARY_WORDS } from './wording/summary.ts';

/** What an add-on sheet is for: the key it is remembered under. */
export type AddonRole =
  | 'settings'
  | 'history'
  | 'changes'
  | 'summary'
  | 'log'
  | 'overview'
  | 'addonLog'
  | 'policy'
  | 'notices'
  | 'servicePlan'
  | 'published';

/** Each add-on sheet's name in both languages. */
export const ADDON_SHEET_NAMES: Readonly<Record<AddonRole, LocalText>> = {
  settings: SETTINGS_SHEET_NAME,
  history: HISTORY_WORDS.historySheet,
  changes: HISTORY_WORDS.changesSheet,
  summary: SUMMARY_WORDS.summarySheet,
  log: LEDGER_WORDS.logSheet,
  overview: LEDGER_WORDS.overviewSheet,
  addonLog: LEDGER_WORDS.addonLogSheet,
  policy: POLICY_WORDS.sheet,
  notices: NOTICE_WORDS.sheet,
  servicePlan: SERVICE_PLAN_WORDS.sheet,
  published: PUBLISH_WORDS.sheet,
};

const NAMES = new Set<string>(Object.values(ADDON_SHEET_NAMES).flatMap(name => [name.zh, name.en]));

/** True for a sheet the add-on made (settings, history, changes, summary, benefit log, quota overview, log, grading policy, customer notices, service plan, published tiers). */
export function isAddonSheet(name: string): boolean {
  return NAMES.has(name);
}

/** Rows and columns of a sheet's top read to recognise the add-on's layout (the Tier changes title may be low). */
export const LAYOUT_ROWS = 40;
export const LAYOUT_COLUMNS = 9;

const both = (texts: readonly LocalText[]): readonly (readonly string[])[] => [
  texts.map(x => x.zh),
  texts.map(x => x.en),
];
const LOG_HEADERS = both([
  LEDGER_WORDS.date,
  LEDGER_WORDS.customer,
  LEDGER_WORDS.benefit,
  LEDGER_WORDS.amount,
  LEDGER_WORDS.note,
  LEDGER_WORDS.remainingAfter,
  LEDGER_WORDS.status,
]);
const SUMMARY_HEADERS = both([
  SUMMARY_WORDS.tier,
  SUMMARY_WORDS.customers,
  SUMMARY_WORDS.revenue,
  SUMMARY_WORDS.profit,
]);
const OVERVIEW_HEADERS = both([LEDGER_WORDS.customer, LEDGER_WORDS.currentTier]);

/** True when `row` starts with one language's `headers`, cell for cell. */
function startsWith(row: readonly unknown[] | undefined, headers: readonly (readonly string[])[]): boolean {
  return headers.some(words => words.every((word, i) => String(row?.[i] ?? '').trim() === word));
}

/**
 * True when the top of a sheet (`top`: its first LAYOUT_ROWS × LAYOUT_COLUMNS cells) is laid out exactly as this
 * add-on writes that sheet: the migration rule for documents made before the add-on remembered its sheets. A user's
 * own sheet under the same name almost never matches, and then it is never written.
 */
export function hasAddonLayout(role: AddonRole, top: readonly (readonly unknown[])[]): boolean {
  switch (role) {
    case 'log':
      return startsWith(top[0], LOG_HEADERS);
    case 'history':
      // One row per change (intervals.ts), or the older one row per customer per day (its first five columns: the
      // hidden facts column came later), converted on first read.
      return (
        startsWith(top[0], both(HISTORY_WORDS.intervalHeaders.slice(0, 7))) ||
        startsWith(top[0], both(HISTORY_WORDS.historyHeaders.slice(0, 5)))
      );
    case 'addonLog':
      return startsWith(top[0], both(AUTOMATIC_WORDS.logHeaders));
    case 'settings':
      return startsWith(top[0], [[VERSION_NOTE.zh], [VERSION_NOTE.en]]);
    case 'policy':
      return startsWith(top[0], [[POLICY_WORDS.title.zh], [POLICY_WORDS.title.en]]);
    case 'notices':
      return startsWith(top[0], both(NOTICE_WORDS.headers));
    case 'servicePlan':
      // Row 1 starts with the title, row 2 with the picker's label (the day after the title changes daily).
      return (
        startsWith(top[0], [[SERVICE_PLAN_WORDS.sheet.zh], [SERVICE_PLAN_WORDS.sheet.en]]) &&
        startsWith(top[1], [[SERVICE_PLAN_WORDS.salesperson.zh], [SERVICE_PLAN_WORDS.salesperson.en]])
      );
    case 'published':
      return startsWith(top[0], both(PUBLISH_WORDS.headers));
    case 'summary':
      return startsWith(top[2], SUMMARY_HEADERS);
    case 'overview':
      return startsWith(top[1], OVERVIEW_HEADERS);
    case 'changes': {
      const title = HISTORY_WORDS.changesTitle;
      return top.some(row => startsWith(row, [[title.zh], [title.en]]));
    }
  }
}

/** Most names tried for a new add-on sheet ("Benefit log (2)" … "(21)") before one with a unique suffix. */
const FREE_NAME_TRIES = 20;

/** The first of "name (2)", "name (3)", … not `taken` (a bounded number of tries, then a stamped name). */
export function freeSheetName(name: string, taken: (candidate: string) => boolean, stamp: string): string {
  for (let n = 2; n < 2 + FREE_NAME_TRIES; n++) {
    const candidate = `${name} (${n})`;
    if (!taken(candidate)) return candidate;
  }
  return `${name} (${stamp})`;
}
