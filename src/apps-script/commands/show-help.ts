// Menu command "Help": the help text as a plain alert (no HTML, nothing to escape).
import { MENU_WORDS } from '../../core/wording/menu.ts';
import { userLang } from '../adapters/document/session.ts';
import { alertText } from './feedback.ts';

/** Menu: Help. */
export function showHelpCommand(): void {
  const lang = userLang();
  alertText(MENU_WORDS.helpBody[lang], lang);
}
