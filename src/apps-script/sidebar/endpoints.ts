// Endpoints the sidebar calls through google.script.run. Only plain data crosses that boundary (a Date would make
// the call fail), and everything that comes in is validated again here (docs/apps-script.md: HTML service and the
// sidebar).

import type { SaveResult, SidebarData, WireCell } from '../../core/sidebar-contract.ts';
import { findCustomerTable } from '../../core/table.ts';
import { BUSY, RECOMPUTED_TITLE, tierCountsText } from '../../core/wording/commands.ts';
import { noSheetText, noTableText, tableProblemText } from '../../core/wording/table.ts';
import { applyPendingIfFree, runLocked } from '../adapters/automatic/pending-edits.ts';
import { documentDays } from '../adapters/document/days.ts';
import { TABLE_SHEET_KEY } from '../adapters/document/keys.ts';
import { userLang } from '../adapters/document/session.ts';
import { settingsFromProperties, saveSettings as storeSettings } from '../adapters/document/settings-store.ts';
import { refreshPolicySheet } from '../adapters/policy/policy-sheet.ts';
import { currentServices, recompute, resolveTableSheet } from '../adapters/table/recompute.ts';

/** Everything the sidebar needs, read once: saved settings and the customer table as plain values. */
export function getSidebarData(): SidebarData {
  const lang = userLang();
  // Opening the sidebar is an execution like any other: edits held back by a busy lock are applied first.
  applyPendingIfFree(lang);
  const services = currentServices();
  const stored = services.properties.getProperties();
  const { settings, version, unreadable } = settingsFromProperties(stored, lang);
  const days = documentDays(services.spreadsheet.getSpreadsheetTimeZone(), services.now, services.utilities);
  const settingsProblem = unreadable ? unreadable.message : null;
  const base = { lang, settings, settingsVersion: version, today: days.today, settingsProblem };
  const sheet = resolveTableSheet(services.spreadsheet, settings, stored[TABLE_SHEET_KEY]);
  if (!sheet) return { ...base, table: null, tableProblem: noSheetText(settings.sheetName) };
  const found = findCustomerTable(sheet.getDataRange().getValues(), settings);
  if (!found.ok) return { ...base, table: null, tableProblem: noTableText(sheet.getName(), found.lookedFor) };
  const plain = (cell: unknown): WireCell =>
    cell instanceof Date
      ? days.toDay(cell)
      : typeof cell === 'number' || typeof cell === 'boolean'
        ? cell
        : String(cell ?? '');
  return {
    ...base,
    table: {
      sheetName: sheet.getName(),
      headers: found.table.headers.map(h => String(h ?? '')),
      rows: found.table.rows.map(row => row.map(plain)),
    },
    tableProblem: null,
  };
}

/**
 * Validates and stores the sidebar's settings, bumps the version, then recomputes and recolours the table. Stored
 * settings that cannot be read are replaced only when the user confirmed it (`replaceUnreadable`).
 */
export function saveSettings(candidate: unknown, replaceUnreadable?: unknown): SaveResult {
  const lang = userLang();
  const locked = runLocked(lang, () => {
    const services = currentServices();
    const confirmed = replaceUnreadable === true;
    const saved = storeSettings(candidate, services.properties, services.spreadsheet, lang, confirmed);
    if (!saved.ok) return saved;
    const outcome = recompute(services, lang);
    // The policy sheet always states the saved settings (it is only rewritten when the document has one).
    refreshPolicySheet(services, lang);
    return { ...saved, outcome };
  });
  if (!locked.ok) throw new Error(BUSY[lang]);
  const result = locked.value;
  if (!result.ok) return 'unreadable' in result ? result : { ok: false, issues: result.issues };
  const { outcome } = result;
  if (!outcome.ok) {
    const message = tableProblemText(outcome);
    return { ok: true, settingsVersion: result.version, counts: [], insufficient: 0, invalid: 0, message };
  }
  const counted = tierCountsText(outcome.tierNames, outcome.counts, outcome.problems);
  // The same toast as Recompute, so the sheet itself says what the save changed.
  SpreadsheetApp.getActive().toast(counted[lang], RECOMPUTED_TITLE[lang], 8);
  return {
    ok: true,
    settingsVersion: result.version,
    counts: [...outcome.counts],
    insufficient: outcome.insufficient,
    invalid: outcome.invalid,
    message: { zh: `${RECOMPUTED_TITLE.zh}：${counted.zh}`, en: `${RECOMPUTED_TITLE.en}: ${counted.en}` },
  };
}
