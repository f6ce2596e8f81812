// The simple onEdit trigger: an edit inside the customer table rewrites that table's outputs so tiers and colours
// follow (single cells and pastes alike); an edit of the benefit log re-judges its entries; a salesperson picked on
// the service plan shows their customers. Edits elsewhere return after a few cheap reads. A paste carries only
// e.range, and the add-on's own writes fire no onEdit (docs/apps-script.md: Simple triggers).

import { ADDON_SHEET_NAMES } from '../../core/addon-sheets.ts';
import type { Lang } from '../../core/locale.ts';
import { DOCUMENT_WORDS } from '../../core/wording/document.ts';
import { MENU_WORDS } from '../../core/wording/menu.ts';
import { tableProblemText } from '../../core/wording/table.ts';
import { applyPendingIfFree, runLocked } from '../adapters/automatic/pending-edits.ts';
import { ADDON_SHEETS_KEY, addonSheetIds, isAddonSheetFor } from '../adapters/document/addon-sheet.ts';
import { TABLE_SHEET_KEY } from '../adapters/document/keys.ts';
import { logRowsChanged, markPending, type Pending, pendingFrom } from '../adapters/document/pending.ts';
import { userLang } from '../adapters/document/session.ts';
import { handleLedgerEdit } from '../adapters/ledger/log-sheet.ts';
import { applyPlanPick, isPlanPick } from '../adapters/service-plan/plan-sheet.ts';
import { currentServices, recompute } from '../adapters/table/recompute.ts';
import { regradeRows } from '../adapters/table/regrade-rows.ts';

/** How long an edit waits for a run in progress before leaving a mark instead (a queued edit redoes the work anyway). */
const LOCK_WAIT_MS = 5000;

/**
 * Handles one edit event. Scripts' own writes never fire onEdit, so the add-on's outputs cannot loop.
 * A constant number of service calls, whatever the table size. Under settings that grade each row on its own it
 * reads and writes only the edited rows; otherwise the whole table is re-read in one call, because percentile
 * normalisation and shares of customers depend on every row.
 */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  if (!e?.range) return;
  const sheet = e.range.getSheet();
  const name = sheet.getName();
  const properties = PropertiesService.getDocumentProperties();
  const stored = properties.getProperties();
  if (isLogEdit(sheet, name, stored, properties)) {
    const lang = userLang();
    const locked = runLocked(lang, () => handleLedgerEdit(sheet, lang, { properties }), LOCK_WAIT_MS);
    if (!locked.ok) holdEdit(e.source, properties, stored, 'log', lang);
    return;
  }
  if (isPlanPick(e.range, sheet, addonSheetIds(stored[ADDON_SHEETS_KEY]).servicePlan)) {
    // A busy document leaves the old list: the next command or daily run draws it for the pick in B2.
    const lang = userLang();
    runLocked(lang, () => applyPlanPick(sheet, lang), LOCK_WAIT_MS);
    return;
  }
  if (name !== stored[TABLE_SHEET_KEY]) {
    // An edit elsewhere is an execution too: what waits (edits held back, deleted log rows) is applied now.
    const waits = pendingFrom(stored);
    if (waits.table || waits.log || logRowsChanged(e.source, stored)) applyPendingIfFree(userLang());
    return;
  }
  const lang = userLang();
  const first = e.range.getRow();
  const last = first + e.range.getNumRows() - 1;
  const locked = runLocked(
    lang,
    () => {
      const services = { ...currentServices(), properties };
      // Settings that grade each row on its own: only the edited rows (regrade-rows.ts); else the whole table.
      return regradeRows(services, lang, sheet, first, last) ?? recompute(services, lang, sheet);
    },
    LOCK_WAIT_MS,
  );
  if (!locked.ok) {
    holdEdit(e.source, properties, stored, 'table', lang);
    return;
  }
  // A needed column went missing (renamed, deleted): nothing was graded; say so where the user is typing.
  const outcome = 'rows' in locked.value ? null : locked.value;
  if (outcome && !outcome.ok && outcome.code === 'missing_columns') {
    e.source.toast(tableProblemText(outcome)[lang], MENU_WORDS.helpTitle[lang], 15);
  }
  // Unreadable settings are said at once, in the corner of the sheet (a simple trigger may show a toast).
  const warning = outcome?.ok ? outcome.warning : outcome?.code === 'settings_unreadable' ? outcome.message : null;
  if (warning) SpreadsheetApp.getActive().toast(warning[lang], MENU_WORDS.helpTitle[lang], 10);
}

/**
 * True for an edit on the add-on's benefit log: the sheet it remembers (under any name), or, before it remembered
 * one, a sheet under the log's name with the log's layout. A user's own sheet that only has the name is not the log.
 */
function isLogEdit(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  name: string,
  stored: Readonly<Record<string, string>>,
  properties: GoogleAppsScript.Properties.Properties,
): boolean {
  const id = addonSheetIds(stored[ADDON_SHEETS_KEY]).log;
  if (id !== undefined && id === sheet.getSheetId()) return true;
  const names = ADDON_SHEET_NAMES.log;
  return (name === names.zh || name === names.en) && isAddonSheetFor(sheet, 'log', properties);
}

/** The lock is held by another run: the edit is marked for that run or the next one, and the user is told so. */
function holdEdit(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  properties: GoogleAppsScript.Properties.Properties,
  stored: Readonly<Record<string, string>>,
  what: keyof Pending,
  lang: Lang,
): void {
  const marked = markPending(properties, stored, what);
  const text = marked.ok ? DOCUMENT_WORDS.editPending : marked.message;
  spreadsheet.toast(text[lang], MENU_WORDS.helpTitle[lang], 10);
}
