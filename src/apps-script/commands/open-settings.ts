// Menu command "Open settings": the settings sidebar (dist/Sidebar.html, one self-contained file built from src/ui).
import { label } from '../../core/labels.ts';
import { userLang } from '../adapters/document/session.ts';

/** Shows the sidebar; its page loads its data itself through google.script.run. */
export function openSettingsCommand(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(label('helpTitle', userLang()));
  SpreadsheetApp.getUi().showSidebar(html);
}
