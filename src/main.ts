// Apps Script entry points. Only wiring: every export becomes a top-level global in dist/Code.js
// (scripts/lib/globals.ts), so each line here calls into a module that holds the logic.
import { buildMenu, showHelpAlert } from './menu.ts';
import { userLang } from './sheets/session.ts';

/** Simple trigger: adds the add-on menu (also in AuthMode.NONE). */
export function onOpen(): void {
  buildMenu(SpreadsheetApp.getUi(), userLang());
}

/** Runs when the add-on is installed: same menu as on open. */
export function onInstall(): void {
  onOpen();
}

/** Menu: Help. */
export function showHelp(): void {
  showHelpAlert(SpreadsheetApp.getUi(), userLang());
}
