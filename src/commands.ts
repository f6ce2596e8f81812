// Menu commands of the Sheets side: Recompute tiers, Set up sample sheets, Help. Each runs under the document
// lock where it writes, and tells the user what happened in their language.
import { label } from './core/labels.ts';
import type { Lang } from './core/locale.ts';
import { BUSY, RECOMPUTED_TITLE, SAMPLE_SHEET_NAME, tableProblemText, tierCountsText } from './core/messages.ts';
import { sampleCustomers } from './core/sample.ts';
import { withDocumentLock } from './sheets/lock.ts';
import { currentServices, type RecomputeOutcome, recompute } from './sheets/recompute.ts';
import { userLang } from './sheets/session.ts';

/** Shows the outcome of a recompute: a toast with counts per tier, or an alert saying what is missing. */
export function reportRecompute(outcome: RecomputeOutcome, lang: Lang): void {
  const spreadsheet = SpreadsheetApp.getActive();
  if (outcome.ok) {
    spreadsheet.toast(
      tierCountsText(outcome.tierNames, outcome.counts, outcome.problems)[lang],
      RECOMPUTED_TITLE[lang],
      8,
    );
    return;
  }
  const ui = SpreadsheetApp.getUi();
  const text = tableProblemText(outcome);
  ui.alert(label('helpTitle', lang), text[lang], ui.ButtonSet.OK);
}

/** Menu: Recompute tiers. */
export function recomputeCommand(): void {
  const lang = userLang();
  const locked = withDocumentLock(() => recompute(currentServices(), lang));
  if (!locked.ok) {
    SpreadsheetApp.getActive().toast(BUSY[lang], label('helpTitle', lang), 8);
    return;
  }
  reportRecompute(locked.value, lang);
}

/**
 * Menu: Set up sample sheets. Creates the sample customer sheet (headers in the user's language) unless it exists,
 * makes it active and grades it, so a new user sees the add-on work. An existing sample sheet is never overwritten.
 */
export function setUpSamplesCommand(): void {
  const lang = userLang();
  const locked = withDocumentLock(() => {
    const services = currentServices();
    const { spreadsheet } = services;
    const name = SAMPLE_SHEET_NAME[lang];
    let sheet = spreadsheet.getSheetByName(name);
    if (!sheet) {
      sheet = spreadsheet.insertSheet(name);
      const rows = sampleCustomers(lang, services.now);
      const width = rows[0]?.length ?? 0;
      sheet.getRange(1, 1, rows.length, width).setValues(rows);
      // Dates are whole days; without a date format Sheets would show the time of day in the document's zone.
      sheet.getRange(2, width, rows.length - 1, 1).setNumberFormat('yyyy-mm-dd');
      sheet.setFrozenRows(1);
    }
    sheet.activate();
    return recompute(services, lang, sheet);
  });
  if (!locked.ok) {
    SpreadsheetApp.getActive().toast(BUSY[lang], label('helpTitle', lang), 8);
    return;
  }
  reportRecompute(locked.value, lang);
}
