// Menu command "Open settings": the settings sidebar (dist/Sidebar.html, one self-contained file built from src/ui).
import { MENU_WORDS } from '../../core/wording/menu.ts';
import { applyPendingIfFree } from '../adapters/automatic/pending-edits.ts';
import { userLang } from '../adapters/document/session.ts';

/** Shows the sidebar; its page loads its data itself through google.script.run. */
export function openSettingsCommand(): void {
  applyPendingIfFree(userLang());
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(MENU_WORDS.helpTitle[userLang()]);
  SpreadsheetApp.getUi().showSidebar(html);
}
