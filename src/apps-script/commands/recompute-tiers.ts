// Menu command "Recompute tiers": grades the customer table under the document lock and reports counts per tier.
// A needed dimension without a column is never graded around silently: the user is asked, and may say to remember.
import type { Lang } from '../../core/locale.ts';
import { gradedWithoutText, gradeWithoutQuestion, rememberGradeWithoutQuestion } from '../../core/wording/columns.ts';
import { RECOMPUTED_TITLE, tierCountsText } from '../../core/wording/commands.ts';
import { MENU_WORDS } from '../../core/wording/menu.ts';
import { runLocked } from '../adapters/automatic/pending-edits.ts';
import { userLang } from '../adapters/document/session.ts';
import { rememberGradeWithout } from '../adapters/table/grade-without.ts';
import { currentServices, type RecomputeOutcome, recompute } from '../adapters/table/recompute.ts';
import { alertTableProblem, alertText, toastBusy } from './feedback.ts';

/**
 * Shows the outcome of a recompute: a toast with counts per tier (naming dimensions graded without and which of
 * several matching columns was used), or an alert saying what is missing.
 */
export function reportRecompute(outcome: RecomputeOutcome, lang: Lang): void {
  if (outcome.ok) {
    const counts = tierCountsText(outcome.tierNames, outcome.counts, outcome.problems)[lang];
    const without = outcome.without.length > 0 ? gradedWithoutText(outcome.without)[lang] : '';
    const choices = outcome.choices.map(c => `\n${c[lang]}`).join('');
    SpreadsheetApp.getActive().toast(`${counts}${without}${choices}`, RECOMPUTED_TITLE[lang], 8);
    if (outcome.warning) alertText(outcome.warning[lang], lang);
    return;
  }
  alertTableProblem(outcome, lang);
}

/** Menu: Recompute tiers. */
export function recomputeTiersCommand(): void {
  const lang = userLang();
  const locked = runLocked(lang, () => recompute(currentServices(), lang));
  if (!locked.ok) {
    toastBusy(lang);
    return;
  }
  const outcome = locked.value;
  if (outcome.ok || outcome.code !== 'missing_columns') {
    reportRecompute(outcome, lang);
    return;
  }
  // Asked outside the lock: an open alert must not keep edits and the daily run waiting.
  const ui = SpreadsheetApp.getUi();
  const title = MENU_WORDS.helpTitle[lang];
  const grade = ui.alert(title, gradeWithoutQuestion(outcome.missing)[lang], ui.ButtonSet.YES_NO);
  if (grade !== ui.Button.YES) return;
  const ids = outcome.missing.dimensions.map(d => d.id);
  const remember = ui.alert(title, rememberGradeWithoutQuestion(outcome.missing)[lang], ui.ButtonSet.YES_NO);
  const again = runLocked(lang, () => {
    const services = currentServices();
    if (remember === ui.Button.YES) rememberGradeWithout(services.properties, ids);
    return recompute(services, lang, 'active', ids);
  });
  if (!again.ok) {
    toastBusy(lang);
    return;
  }
  reportRecompute(again.value, lang);
}
