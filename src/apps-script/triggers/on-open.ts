// The simple onOpen trigger (and onInstall): builds the add-on menu. In AuthMode.NONE the add-on may not read
// properties or sheets, so this only calls Ui methods (docs/apps-script.md: Authorization modes).
import { NO_FALLBACK, userLang } from '../adapters/document/session.ts';
import { buildMenu } from '../menu.ts';

/** Adds Extensions → Customer Tiers in the user's language. */
export function handleOpen(): void {
  buildMenu(SpreadsheetApp.getUi(), userLang(NO_FALLBACK));
}
