// Menu command "Help": the help text as a plain alert (no HTML, nothing to escape).
import { MENU_WORDS } from '../../core/wording/menu.ts';
import { applyPendingIfFree } from '../adapters/automatic/pending-edits.ts';
import { userLang } from '../adapters/document/session.ts';
import { alertText } from './feedback.ts';

/** Menu: Help. */
export function showHelpCommand(): void {
  const lang = userLang();
  applyPendingIfFree(lang);
  alertText(MENU_WORDS.helpBody[lang], lang);
}
