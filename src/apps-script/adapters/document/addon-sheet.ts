// The one way to find or create one of the add-on's own sheets (settings, history, changes, summary, benefit log,
// quota overview, add-on log, policy, notices, service plan). The add-on writes only to sheets it set up: each is
// remembered by its sheet id in a document property (an id survives renames and moves; the emulator has no
// developer metadata, and a property costs no extra call where properties are read anyway). A sheet that merely has
// the add-on's name is the user's and is never written; the add-on's sheet then takes a free name ("Benefit log (2)")
// and a toast says so.
//
// Migration rule for documents made before sheets were remembered: a sheet under the add-on's name (either language)
// whose top is laid out exactly as the add-on writes it (hasAddonLayout), or that is wholly empty (no user cell to
// lose), is adopted: remembered from then on. It is read only while the role has no live remembered sheet.
import {
  ADDON_SHEET_NAMES,
  type AddonRole,
  freeSheetName,
  hasAddonLayout,
  LAYOUT_COLUMNS,
  LAYOUT_ROWS,
} from '../../../core/addon-sheets.ts';
import type { Lang } from '../../../core/locale.ts';
import { DOCUMENT_WORDS } from '../../../core/wording/document.ts';
import { MENU_WORDS } from '../../../core/wording/menu.ts';
import { storeProperties } from './properties-store.ts';

/** Document property: the add-on's sheets by role, as sheet ids ({"log": 123, …}; one entry per role at most). */
export const ADDON_SHEETS_KEY = 'customerTiers.sheets';

type Registry = Partial<Record<AddonRole, number>>;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

/** The remembered sheet ids, from the property's JSON (anything unreadable is an empty record). */
export function addonSheetIds(json: string | null | undefined): Registry {
  if (json == null) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const out: Registry = {};
    for (const role of Object.keys(ADDON_SHEET_NAMES) as AddonRole[]) {
      const id = (parsed as Record<string, unknown>)[role];
      if (typeof id === 'number' && Number.isInteger(id)) out[role] = id;
    }
    return out;
  } catch {
    return {};
  }
}

function remember(properties: Properties, registry: Registry, role: AddonRole, id: number): void {
  // A refused write only means the sheet is looked up by name and layout again next time.
  storeProperties(
    properties,
    { [ADDON_SHEETS_KEY]: JSON.stringify({ ...registry, [role]: id }) },
    DOCUMENT_WORDS.sheetRecord,
  );
}

/**
 * The add-on's sheet for `role`: the remembered one (whatever it is called now), else a sheet under the add-on's
 * name with the add-on's layout (adopted), else null. A user's sheet that only shares the name is never returned.
 */
export function findAddonSheet(
  spreadsheet: Spreadsheet,
  role: AddonRole,
  properties: Properties = PropertiesService.getDocumentProperties(),
): Sheet | null {
  const registry = addonSheetIds(properties.getProperty(ADDON_SHEETS_KEY));
  const id = registry[role];
  const remembered = id === undefined ? null : spreadsheet.getSheetById(id);
  if (remembered) return remembered;
  const names = ADDON_SHEET_NAMES[role];
  const named = spreadsheet.getSheetByName(names.zh) ?? spreadsheet.getSheetByName(names.en);
  if (!named) return null;
  if (named.getLastRow() > 0) {
    const rows = Math.min(LAYOUT_ROWS, named.getMaxRows());
    const top = named.getRange(1, 1, rows, Math.min(LAYOUT_COLUMNS, named.getMaxColumns())).getValues();
    if (!hasAddonLayout(role, top)) return null;
  }
  remember(properties, registry, role, named.getSheetId());
  return named;
}

/** True when `sheet` is the add-on's sheet for `role` (by remembered id, or adopted by the migration rule). */
export function isAddonSheetFor(
  sheet: Sheet,
  role: AddonRole,
  properties: Properties = PropertiesService.getDocumentProperties(),
): boolean {
  const found = findAddonSheet(sheet.getParent(), role, properties);
  return found !== null && found.getSheetId() === sheet.getSheetId();
}

/**
 * The add-on's sheet for `role`, else a new one named in `lang` (Sheets makes an inserted sheet the active one).
 * When a user's sheet has that name, the new sheet takes a free name and a toast says so in the user's language.
 */
export function findOrInsertAddonSheet(
  spreadsheet: Spreadsheet,
  role: AddonRole,
  lang: Lang,
  properties: Properties = PropertiesService.getDocumentProperties(),
): Sheet {
  const found = findAddonSheet(spreadsheet, role, properties);
  if (found) return found;
  const wanted = ADDON_SHEET_NAMES[role][lang];
  const taken = (name: string) => spreadsheet.getSheetByName(name) !== null;
  const name = taken(wanted) ? freeSheetName(wanted, taken, String(Date.now())) : wanted;
  const sheet = spreadsheet.insertSheet(name);
  remember(properties, addonSheetIds(properties.getProperty(ADDON_SHEETS_KEY)), role, sheet.getSheetId());
  if (name !== wanted) spreadsheet.toast(DOCUMENT_WORDS.nameTaken(wanted, name)[lang], MENU_WORDS.helpTitle[lang], 15);
  return sheet;
}
