// Menu command "Help": the help text as a plain alert (no HTML, nothing to escape).
import { label } from '../../core/labels.ts';
import { userLang } from '../adapters/document/session.ts';
import { alertText } from './feedback.ts';

/** Menu: Help. */
export function showHelpCommand(): void {
  const lang = userLang();
  alertText(label('helpBody', lang), lang);
}
