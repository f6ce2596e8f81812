// Menu command "Recompute tiers": grades the customer table under the document lock and reports counts per tier.
import type { Lang } from '../../core/locale.ts';
import { RECOMPUTED_TITLE, tierCountsText } from '../../core/wording/commands.ts';
import { withDocumentLock } from '../adapters/document/lock.ts';
import { userLang } from '../adapters/document/session.ts';
import { currentServices, type RecomputeOutcome, recompute } from '../adapters/table/recompute.ts';
import { alertTableProblem, toastBusy } from './feedback.ts';

/** Shows the outcome of a recompute: a toast with counts per tier, or an alert saying what is missing. */
export function reportRecompute(outcome: RecomputeOutcome, lang: Lang): void {
  if (outcome.ok) {
    const counts = tierCountsText(outcome.tierNames, outcome.counts, outcome.problems)[lang];
    SpreadsheetApp.getActive().toast(counts, RECOMPUTED_TITLE[lang], 8);
    return;
  }
  alertTableProblem(outcome, lang);
}

/** Menu: Recompute tiers. */
export function recomputeTiersCommand(): void {
  const lang = userLang();
  const locked = withDocumentLock(() => recompute(currentServices(), lang));
  if (!locked.ok) {
    toastBusy(lang);
    return;
  }
  reportRecompute(locked.value, lang);
}
