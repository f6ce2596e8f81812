// Menu commands "Save snapshot" and "Show summary": run under the document lock and tell the user what happened
// (toast on success, alert naming what is missing otherwise), in their language.
import { COMMAND_WORDS } from '../core/history/wording.ts';
import { label } from '../core/labels.ts';
import type { Lang } from '../core/locale.ts';
import { BUSY, tableProblemText } from '../core/messages.ts';
import { type SnapshotOutcome, takeSnapshot } from './history.ts';
import { withDocumentLock } from './lock.ts';
import { currentServices } from './recompute.ts';
import { userLang } from './session.ts';
import { type SummaryOutcome, showSummarySheet } from './summary.ts';

/** Menu: Save snapshot. */
export function saveSnapshotCommand(lang: Lang = userLang()): SnapshotOutcome | null {
  const locked = withDocumentLock(() => takeSnapshot(currentServices(), lang));
  if (!locked.ok) return busy(lang);
  const outcome = locked.value;
  if (outcome.ok) toast(COMMAND_WORDS.snapshotSaved(outcome.added, outcome.already)[lang], lang);
  else alertMissing(outcome, lang);
  return outcome;
}

/** Menu: Show summary. */
export function showSummaryCommand(lang: Lang = userLang()): SummaryOutcome | null {
  const locked = withDocumentLock(() => showSummarySheet(currentServices(), lang));
  if (!locked.ok) return busy(lang);
  const outcome = locked.value;
  if (outcome.ok) toast(COMMAND_WORDS.summaryShown(outcome.customers)[lang], lang);
  else alertMissing(outcome, lang);
  return outcome;
}

function busy(lang: Lang): null {
  toast(BUSY[lang], lang);
  return null;
}

function toast(text: string, lang: Lang): void {
  SpreadsheetApp.getActive().toast(text, label('helpTitle', lang), 8);
}

function alertMissing(outcome: Exclude<SnapshotOutcome | SummaryOutcome, { ok: true }>, lang: Lang): void {
  const ui = SpreadsheetApp.getUi();
  const text = tableProblemText(outcome);
  ui.alert(label('helpTitle', lang), text[lang], ui.ButtonSet.OK);
}
