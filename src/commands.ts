// Menu commands of the Sheets side: Recompute tiers, Set up sample sheets, Help. Each runs under the document
// lock where it writes, and tells the user what happened in their language.
import { label } from './core/labels.ts';
import { outputKeyOf } from './core/layout.ts';
import type { Lang } from './core/locale.ts';
import { BUSY, RECOMPUTED_TITLE, SAMPLE_SHEET_NAME, tableProblemText, tierCountsText } from './core/messages.ts';
import { sampleCustomers, sampleLogEntries } from './core/sample.ts';
import { findLogSheet, logSheetName, setUpBenefitLog } from './sheets/ledger.ts';
import { withDocumentLock } from './sheets/lock.ts';
import { currentServices, type RecomputeOutcome, type RecomputeServices, recompute } from './sheets/recompute.ts';
import { userLang } from './sheets/session.ts';
import { loadSettings } from './sheets/settings-store.ts';

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

/**
 * The sample benefit log: a handful of entries for the sample customers, then the ledger's own set-up (headers,
 * dropdowns, statuses), so a new user sees allowances, an over-quota entry and bad entries explained.
 */
function addSampleLog(services: RecomputeServices, lang: Lang, customers: GoogleAppsScript.Spreadsheet.Sheet): void {
  const { spreadsheet, properties } = services;
  const { settings } = loadSettings(properties, lang);
  const values = customers.getDataRange().getValues();
  const tierColumn = (values[0] ?? []).findIndex(header => outputKeyOf(header) === 'tier');
  const namesByTier = settings.tiers.map(tier =>
    values.filter(row => row[tierColumn] === tier.name).map(row => String(row[0])),
  );
  const benefitNames = Object.fromEntries(settings.benefits.map(b => [b.id, b.label[lang]]));
  const entries = sampleLogEntries(lang, services.now, namesByTier, benefitNames);
  const log = spreadsheet.insertSheet(logSheetName(lang));
  if (entries.length > 0) log.getRange(2, 1, entries.length, entries[0]?.length ?? 0).setValues(entries);
  setUpBenefitLog(spreadsheet, lang, { properties });
  customers.activate();
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
    const outcome = recompute(services, lang, sheet);
    if (!findLogSheet(spreadsheet)) addSampleLog(services, lang, sheet);
    return outcome;
  });
  if (!locked.ok) {
    SpreadsheetApp.getActive().toast(BUSY[lang], label('helpTitle', lang), 8);
    return;
  }
  reportRecompute(locked.value, lang);
}
