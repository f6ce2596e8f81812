// Menu command "Set up benefit log": creates or updates the log's headers, dropdowns and statuses.
import { COMMAND_WORDS } from '../../core/wording/commands.ts';
import { runLocked } from '../adapters/automatic/pending-edits.ts';
import { userLang } from '../adapters/document/session.ts';
import { setUpBenefitLog } from '../adapters/ledger/log-sheet.ts';
import { toast, toastBusy } from './feedback.ts';

/** Menu: Set up benefit log. */
export function setUpBenefitLogCommand(): void {
  const spreadsheet = SpreadsheetApp.getActive();
  const lang = userLang();
  const properties = PropertiesService.getDocumentProperties();
  const locked = runLocked(lang, () => setUpBenefitLog(spreadsheet, lang, { properties }));
  if (!locked.ok) {
    toastBusy(lang);
    return;
  }
  const { created, customers, entries } = locked.value;
  toast(COMMAND_WORDS.benefitLogSetUp(created, entries, customers)[lang], lang, 10);
}
