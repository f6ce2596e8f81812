// Menu command "Show summary": rebuilds the Summary sheet and its charts under the document lock.

import type { Lang } from '../../core/locale.ts';
import { COMMAND_WORDS } from '../../core/wording/commands.ts';
import { runLocked } from '../adapters/automatic/pending-edits.ts';
import { userLang } from '../adapters/document/session.ts';
import { type SummaryOutcome, showSummarySheet } from '../adapters/summary/summary.ts';
import { currentServices } from '../adapters/table/recompute.ts';
import { alertTableProblem, toast, toastBusy } from './feedback.ts';

/** Menu: Show summary. */
export function showSummaryCommand(lang: Lang = userLang()): SummaryOutcome | null {
  const locked = runLocked(lang, () => showSummarySheet(currentServices(), lang));
  if (!locked.ok) {
    toastBusy(lang);
    return null;
  }
  const outcome = locked.value;
  if (outcome.ok) toast(COMMAND_WORDS.summaryShown(outcome.customers)[lang], lang);
  else alertTableProblem(outcome, lang);
  return outcome;
}
