// Menu command "Grading policy": writes the policy sheet from the saved settings and opens the printable dialog
// (dist/Policy.html, which loads the same document through google.script.run).
import { MENU_WORDS } from '../../core/wording/menu.ts';
import { POLICY_WORDS } from '../../core/wording/policy.ts';
import { runLocked } from '../adapters/automatic/pending-edits.ts';
import { userLang } from '../adapters/document/session.ts';
import { readPolicy, writePolicySheet } from '../adapters/policy/policy-sheet.ts';
import { currentServices } from '../adapters/table/recompute.ts';
import { alertText, toast, toastBusy } from './feedback.ts';

/** Menu: Grading policy. */
export function showGradingPolicyCommand(): void {
  const lang = userLang();
  const locked = runLocked(lang, () => {
    const services = currentServices();
    const policy = readPolicy(services, lang);
    if (policy.ok) writePolicySheet(services.spreadsheet, policy.document, lang).activate();
    return policy;
  });
  if (!locked.ok) {
    toastBusy(lang);
    return;
  }
  if (!locked.value.ok) {
    alertText(locked.value.message[lang], lang);
    return;
  }
  toast(POLICY_WORDS.shown[lang], lang);
  const html = HtmlService.createHtmlOutputFromFile('Policy').setWidth(820).setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(html, MENU_WORDS.menuPolicy[lang]);
}
