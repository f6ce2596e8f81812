// Menu command "Save snapshot": records today's tier changes in "Tier history" under the document lock.
import type { Lang } from '../../core/locale.ts';
import { COMMAND_WORDS } from '../../core/wording/commands.ts';
import { runLocked } from '../adapters/automatic/pending-edits.ts';
import { userLang } from '../adapters/document/session.ts';
import { type SnapshotOutcome, takeSnapshot } from '../adapters/history/snapshot.ts';
import { currentServices } from '../adapters/table/recompute.ts';
import { alertTableProblem, toast, toastBusy } from './feedback.ts';

/** Menu: Save snapshot. */
export function saveSnapshotCommand(lang: Lang = userLang()): SnapshotOutcome | null {
  const locked = runLocked(lang, () => takeSnapshot(currentServices(), lang));
  if (!locked.ok) {
    toastBusy(lang);
    return null;
  }
  const outcome = locked.value;
  if (outcome.ok) toast(COMMAND_WORDS.snapshotSaved(outcome.added, outcome.already)[lang], lang);
  else alertTableProblem(outcome, lang);
  return outcome;
}
