// Menu command "Set up sample sheets": a sample customer sheet and benefit log a new user can try the add-on on.
import { outputKeyOf } from '../../core/layout.ts';
import type { Lang } from '../../core/locale.ts';
import { sampleCustomers, sampleLogEntries } from '../../core/sample.ts';
import { SAMPLE_SHEET_NAME } from '../../core/wording/table.ts';
import { runLocked } from '../adapters/automatic/pending-edits.ts';
import { findOrInsertAddonSheet } from '../adapters/document/addon-sheet.ts';
import { userLang } from '../adapters/document/session.ts';
import { loadSettings } from '../adapters/document/settings-store.ts';
import { findLogSheet, setUpBenefitLog } from '../adapters/ledger/log-sheet.ts';
import { currentServices, type RecomputeServices, recompute } from '../adapters/table/recompute.ts';
import { toastBusy } from './feedback.ts';
import { reportRecompute } from './recompute-tiers.ts';

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
  const log = findOrInsertAddonSheet(spreadsheet, 'log', lang, properties);
  if (entries.length > 0) log.getRange(2, 1, entries.length, entries[0]?.length ?? 0).setValues(entries);
  setUpBenefitLog(spreadsheet, lang, { properties });
  customers.activate();
}

/**
 * Menu: Set up sample sheets. Creates the sample customer sheet (headers in the user's language) unless it exists,
 * makes it active and grades it, so a new user sees the add-on work. An existing sample sheet is never overwritten.
 */
export function setUpSampleSheetsCommand(): void {
  const lang = userLang();
  const locked = runLocked(lang, () => {
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
    if (!findLogSheet(spreadsheet, services.properties)) addSampleLog(services, lang, sheet);
    return outcome;
  });
  if (!locked.ok) {
    toastBusy(lang);
    return;
  }
  reportRecompute(locked.value, lang);
}
