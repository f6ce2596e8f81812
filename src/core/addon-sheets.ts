// The sheets the add-on creates for itself, in both languages: never mistaken for a customer table.
import { HISTORY_WORDS } from './wording/history.ts';
import { LEDGER_WORDS } from './wording/ledger.ts';
import { POLICY_WORDS } from './wording/policy.ts';
import { SETTINGS_SHEET_NAME } from './wording/settings.ts';
import { SUMMARY_WORDS } from './wording/summary.ts';

const NAMES = new Set<string>(
  [
    SETTINGS_SHEET_NAME,
    HISTORY_WORDS.historySheet,
    HISTORY_WORDS.changesSheet,
    SUMMARY_WORDS.summarySheet,
    LEDGER_WORDS.logSheet,
    LEDGER_WORDS.overviewSheet,
    LEDGER_WORDS.addonLogSheet,
    POLICY_WORDS.sheet,
  ].flatMap(name => [name.zh, name.en]),
);

/** True for a sheet the add-on made (settings, history, changes, summary, benefit log, quota overview, log, grading policy). */
export function isAddonSheet(name: string): boolean {
  return NAMES.has(name);
}
