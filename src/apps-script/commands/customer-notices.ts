// Menu command "Customer notices": writes one letter per graded customer to its own sheet and opens the printable
// dialog (dist/Notices.html, one notice per page).
import { MENU_WORDS } from '../../core/wording/menu.ts';
import { NOTICE_WORDS } from '../../core/wording/notices.ts';
import { withDocumentLock } from '../adapters/document/lock.ts';
import { userLang } from '../adapters/document/session.ts';
import { writeNotices } from '../adapters/notices/notices-sheet.ts';
import { currentServices } from '../adapters/table/recompute.ts';
import { alertTableProblem, toast, toastBusy } from './feedback.ts';

/** Menu: Customer notices. */
export function writeCustomerNoticesCommand(): void {
  const lang = userLang();
  const locked = withDocumentLock(() => writeNotices(currentServices(), lang));
  if (!locked.ok) {
    toastBusy(lang);
    return;
  }
  const outcome = locked.value;
  if (!outcome.ok) {
    alertTableProblem(outcome, lang);
    return;
  }
  toast(NOTICE_WORDS.written(outcome.written, outcome.skipped)[lang], lang);
  const html = HtmlService.createHtmlOutputFromFile('Notices').setWidth(820).setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(html, MENU_WORDS.menuNotices[lang]);
}
