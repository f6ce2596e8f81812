// How every menu command tells the user what happened: a toast for success or a busy document, an alert for a
// problem that needs them to act. One wording of "busy" and one title for all commands.
import type { Lang } from '../../core/locale.ts';
import type { TableProblem } from '../../core/table.ts';
import { BUSY } from '../../core/wording/commands.ts';
import { MENU_WORDS } from '../../core/wording/menu.ts';
import { tableProblemText } from '../../core/wording/table.ts';

/** A short note in the corner of the sheet, titled with the add-on's name. */
export function toast(text: string, lang: Lang, seconds = 8): void {
  SpreadsheetApp.getActive().toast(text, MENU_WORDS.helpTitle[lang], seconds);
}

/** The command met the document lock held by another run: nothing was changed. */
export function toastBusy(lang: Lang): void {
  toast(BUSY[lang], lang);
}

/** A plain alert (no HTML, nothing to escape) with the add-on's name as title. */
export function alertText(text: string, lang: Lang): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(MENU_WORDS.helpTitle[lang], text, ui.ButtonSet.OK);
}

/** The table or a column could not be found: says what is missing, in the user's language. */
export function alertTableProblem(problem: TableProblem, lang: Lang): void {
  alertText(tableProblemText(problem)[lang], lang);
}
