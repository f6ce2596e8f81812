// The sheets the add-on creates for itself, in both languages: never mistaken for a customer table.
import { HISTORY_WORDS } from './history/wording.ts';
import { LEDGER_WORDS } from './ledger/messages.ts';
import type { Lang } from './locale.ts';

export const SETTINGS_SHEET_NAME: Readonly<Record<Lang, string>> = {
  zh: '客户分级设置',
  en: 'Customer Tiers settings',
};

const NAMES = new Set<string>(
  [
    SETTINGS_SHEET_NAME,
    HISTORY_WORDS.historySheet,
    HISTORY_WORDS.changesSheet,
    HISTORY_WORDS.summarySheet,
    LEDGER_WORDS.logSheet,
    LEDGER_WORDS.overviewSheet,
    LEDGER_WORDS.addonLogSheet,
  ].flatMap(name => [name.zh, name.en]),
);

/** True for a sheet the add-on made (settings, history, changes, summary, benefit log, quota overview, log). */
export function isAddonSheet(name: string): boolean {
  return NAMES.has(name);
}
