// Menu command "Open settings": the settings sidebar (dist/Sidebar.html, one self-contained file built from src/ui).
import { MENU_WORDS } from '../../core/wording/menu.ts';
import { userLang } from '../adapters/document/session.ts';

/** Shows the sidebar; its page loads its data itself through google.script.run. */
export function openSettingsCommand(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(MENU_WORDS.helpTitle[userLang()]);
  SpreadsheetApp.getUi().showSidebar(html);
}
