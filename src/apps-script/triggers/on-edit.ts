// The simple onEdit trigger: an edit inside the customer table rewrites that table's outputs so tiers and colours
// follow (single cells and pastes alike); an edit of the benefit log re-judges its entries. Edits elsewhere return
// after a few cheap reads. A paste carries only e.range, and the add-on's own writes fire no onEdit
// (docs/apps-script.md: Simple triggers).

import { ADDON_SHEET_NAMES } from '../../core/addon-sheets.ts';
import { MENU_WORDS } from '../../core/wording/menu.ts';
import { tableProblemText } from '../../core/wording/table.ts';
import { ADDON_SHEETS_KEY, addonSheetIds, isAddonSheetFor } from '../adapters/document/addon-sheet.ts';
import { TABLE_SHEET_KEY } from '../adapters/document/keys.ts';
import { withDocumentLock } from '../adapters/document/lock.ts';
import { userLang } from '../adapters/document/session.ts';
import { handleLedgerEdit } from '../adapters/ledger/log-sheet.ts';
import { currentServices, recompute } from '../adapters/table/recompute.ts';

/**
 * Handles one edit event. Scripts' own writes never fire onEdit, so the add-on's outputs cannot loop.
 * A constant number of service calls, whatever the table size (the whole table is re-read in one call because
 * percentile normalisation depends on every row).
 */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  if (!e?.range) return;
  const sheet = e.range.getSheet();
  const name = sheet.getName();
  const properties = PropertiesService.getDocumentProperties();
  const stored = properties.getProperties();
  if (isLogEdit(sheet, name, stored, properties)) {
    handleLedgerEdit(sheet, () => userLang(), { properties });
    return;
  }
  if (name !== stored[TABLE_SHEET_KEY]) return;
  const lang = userLang();
  // A queued second edit will redo the work with both edits in, so waiting long here buys nothing.
  const locked = withDocumentLock(() => recompute({ ...currentServices(), properties }, lang, sheet), 5000);
  // A needed column went missing (renamed, deleted): nothing was graded; say so where the user is typing.
  if (locked.ok && !locked.value.ok && locked.value.code === 'missing_columns') {
    e.source.toast(tableProblemText(locked.value)[lang], MENU_WORDS.helpTitle[lang], 15);
  }
  // Unreadable settings are said at once, in the corner of the sheet (a simple trigger may show a toast).
  const outcome = locked.ok ? locked.value : null;
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
