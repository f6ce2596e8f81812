// Menu command "Turn automatic updates on/off": installs or removes the one daily trigger of this user and document.
import { COMMAND_WORDS } from '../../core/wording/commands.ts';
import { toggleAutomaticUpdates } from '../adapters/automatic/daily-run.ts';
import { applyPendingIfFree } from '../adapters/automatic/pending-edits.ts';
import { userLang } from '../adapters/document/session.ts';
import { alertText } from './feedback.ts';

/** Menu: Turn automatic updates on/off. */
export function toggleAutomaticUpdatesCommand(): void {
  const lang = userLang();
  applyPendingIfFree(lang);
  const { on } = toggleAutomaticUpdates(SpreadsheetApp.getActive());
  alertText((on ? COMMAND_WORDS.automaticOn : COMMAND_WORDS.automaticOff)[lang], lang);
}
