// Finds one of the add-on's own sheets (history, changes, summary, benefit log, quota overview, add-on log) under
// either language's name, so switching language never creates a second copy.
import type { Lang } from '../../../core/locale.ts';

type SheetNames = Readonly<Record<Lang, string>>;

/** The sheet under its Chinese or English name, or null. */
export function findAddonSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  names: SheetNames,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  return spreadsheet.getSheetByName(names.zh) ?? spreadsheet.getSheetByName(names.en);
}

/** The sheet under either name, else a new one named in `lang` (Sheets makes an inserted sheet the active one). */
export function findOrInsertAddonSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  names: SheetNames,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.Sheet {
  return findAddonSheet(spreadsheet, names) ?? spreadsheet.insertSheet(names[lang]);
}
