// The "Benefit log" sheet: set-up (headers, dropdowns), and the edit handler that judges every entry and writes
// only the add-on's two status columns. One read of the log and one write of the status block per edit.
import { INVALID_BACKGROUND, OVER_QUOTA_BACKGROUND, PLAIN_BACKGROUND } from '../../../core/colours.ts';
import { literalText } from '../../../core/layout.ts';
import { evaluateLog, type LedgerEvaluation, remainingCell, statusText } from '../../../core/ledger/index.ts';
import type { Lang } from '../../../core/locale.ts';
import { DOCUMENT_WORDS } from '../../../core/wording/document.ts';
import { LEDGER_WORDS } from '../../../core/wording/ledger.ts';
import { MENU_WORDS } from '../../../core/wording/menu.ts';
import { findAddonSheet, findOrInsertAddonSheet } from '../document/addon-sheet.ts';
import { LOG_ROWS_KEY } from '../document/pending.ts';
import { storeProperties } from '../document/properties-store.ts';
import { CUSTOMER_SHEET_KEY, type LedgerSources, readLedgerSources, type SourceServices } from './sources.ts';

/** Entry columns (Date, Customer, Benefit, Amount / times, Note), then the add-on's Remaining and Status. */
export const LOG_ENTRY_COLUMNS = 5;
const LOG_COLUMNS = 7;

/** The add-on's log sheet if it set one up (remembered, or an older version's adopted by its layout), else null. */
export function findLogSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  properties?: GoogleAppsScript.Properties.Properties,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  return findAddonSheet(spreadsheet, 'log', properties);
}

/** The seven header cells in a language. */
function logHeaders(lang: Lang): string[] {
  const w = LEDGER_WORDS;
  return [w.date, w.customer, w.benefit, w.amount, w.note, w.remainingAfter, w.status].map(t => t[lang]);
}

export type SetUpResult = { readonly created: boolean; readonly customers: boolean; readonly entries: number };

/**
 * Menu "Set up benefit log": creates (or reuses) the log sheet, writes its headers, adds the Customer and Benefit
 * dropdowns (invalid values allowed, so a typo is kept and reported rather than refused), and judges existing rows.
 */
export function setUpBenefitLog(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  services: SourceServices,
  spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp = SpreadsheetApp,
): SetUpResult {
  const sources = readLedgerSources(spreadsheet, lang, services);
  const existing = findLogSheet(spreadsheet, services.properties);
  const sheet = existing ?? findOrInsertAddonSheet(spreadsheet, 'log', lang, services.properties);
  sheet
    .getRange(1, 1, 1, LOG_COLUMNS)
    .setValues([logHeaders(lang)])
    .setFontWeight('bold');
  sheet.setFrozenRows(1);
  const rows = sheet.getMaxRows() - 1;
  sheet.getRange(2, 1, rows, 1).setNumberFormat('yyyy-MM-dd');
  const benefitNames = sources.settings.benefits.map(b => b.label[lang]);
  if (benefitNames.length > 0) {
    sheet
      .getRange(2, 3, rows, 1)
      .setDataValidation(
        spreadsheetApp.newDataValidation().requireValueInList(benefitNames, true).setAllowInvalid(true).build(),
      );
  }
  const customers = sources.customers;
  if (customers) {
    const names = customers.sheet.getRange(
      customers.firstRow,
      customers.nameColumn,
      Math.max(1, customers.sheet.getMaxRows() - customers.firstRow + 1),
      1,
    );
    sheet
      .getRange(2, 2, rows, 1)
      .setDataValidation(
        spreadsheetApp.newDataValidation().requireValueInRange(names, true).setAllowInvalid(true).build(),
      );
    // Only a hint of where the customers are (they are found again without it): a full store is not worth a word here.
    storeProperties(
      services.properties,
      { [CUSTOMER_SHEET_KEY]: customers.sheet.getName() },
      DOCUMENT_WORDS.sheetRecord,
    );
  }
  const evaluation = writeStatuses(sheet, sources);
  return {
    created: !existing,
    customers: customers !== null,
    entries: evaluation?.rows.filter(r => r.kind !== 'blank').length ?? 0,
  };
}

/**
 * The log part of onEdit, for an edit on the add-on's log sheet (the caller checked and holds the document lock):
 * re-judges the log and writes the Remaining and Status cells that change, the entries of the customers and benefits
 * the edit touched (the entries themselves are never written).
 */
export function handleLedgerEdit(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  lang: Lang,
  services: SourceServices,
): void {
  const spreadsheet = sheet.getParent();
  let sources: LedgerSources;
  try {
    sources = readLedgerSources(spreadsheet, lang, services);
  } catch (error) {
    // Unreadable settings: the statuses are left as they are and the user is told why.
    spreadsheet.toast(error instanceof Error ? error.message : String(error), MENU_WORDS.helpTitle[lang], 10);
    return;
  }
  writeStatuses(sheet, sources, true);
  if (sources.warning) spreadsheet.toast(sources.warning[lang], MENU_WORDS.helpTitle[lang], 10);
}

/** Re-judges the log, if there is one (the daily update and the overview call this). */
export function refreshLedgerStatuses(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sources: LedgerSources,
): LedgerEvaluation | null {
  const sheet = findLogSheet(spreadsheet);
  return sheet ? writeStatuses(sheet, sources) : null;
}

/** Above this many separate runs of changed rows, one block from the first to the last is written instead. */
const MAX_RUNS = 8;

/**
 * Reads the log once and writes its status block (values and backgrounds). `changedOnly` (an edit): the status
 * columns are read with the entries, and only the rows whose Remaining or Status change are written, in up to
 * MAX_RUNS blocks; a new entry at the end writes its own two cells, whatever the length of the log.
 */
function writeStatuses(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  sources: LedgerSources,
  changedOnly = false,
): LedgerEvaluation | null {
  const lastRow = sheet.getLastRow();
  // Rows deleted later fire no onEdit: the next run compares this with the log's last row (document/pending.ts).
  if (sources.properties && sources.writtenRows !== String(lastRow)) {
    storeProperties(sources.properties, { [LOG_ROWS_KEY]: String(lastRow) }, DOCUMENT_WORDS.pending);
  }
  if (lastRow < 2) return null;
  const read = sheet.getRange(2, 1, lastRow - 1, changedOnly ? LOG_COLUMNS : LOG_ENTRY_COLUMNS).getValues();
  const rows = changedOnly ? read.map(row => row.slice(0, LOG_ENTRY_COLUMNS)) : read;
  const evaluation = evaluateLedger(rows, sources);
  const { lang } = sources;
  const currency = sources.settings.currency;
  const shown = evaluation.rows.map(s => [remainingCell(s, lang), statusText(s, currency, lang)] as const);
  const values = shown.map(([remaining, status]) => [
    typeof remaining === 'string' ? literalText(remaining) : remaining,
    literalText(status),
  ]);
  const backgrounds = evaluation.rows.map(s => {
    const colour =
      s.kind === 'over_quota' ? OVER_QUOTA_BACKGROUND : s.kind === 'invalid' ? INVALID_BACKGROUND : PLAIN_BACKGROUND;
    return [colour, colour];
  });
  if (!changedOnly) {
    const block = sheet.getRange(2, LOG_ENTRY_COLUMNS + 1, rows.length, 2);
    block.setValues(values);
    block.setBackgrounds(backgrounds);
    return evaluation;
  }
  // A cell reads back as the text written (without literalText's apostrophe) or the number.
  const changed = shown.flatMap(([remaining, status], i) =>
    read[i]?.[LOG_ENTRY_COLUMNS] === remaining && read[i]?.[LOG_ENTRY_COLUMNS + 1] === status ? [] : [i],
  );
  for (const [from, to] of runsOf(changed)) {
    const block = sheet.getRange(2 + from, LOG_ENTRY_COLUMNS + 1, to - from + 1, 2);
    block.setValues(values.slice(from, to + 1));
    block.setBackgrounds(backgrounds.slice(from, to + 1));
  }
  return evaluation;
}

/** Runs of consecutive indexes as [first, last] pairs; one run from the first to the last past MAX_RUNS. */
function runsOf(indexes: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const i of indexes) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  const first = runs[0];
  const final = runs[runs.length - 1];
  return runs.length > MAX_RUNS && first && final ? [[first[0], final[1]]] : runs;
}

/** Judges log rows against the sources (customers from the table when there is one, else any named customer). */
export function evaluateLedger(rows: readonly (readonly unknown[])[], sources: LedgerSources): LedgerEvaluation {
  return evaluateLog({
    settings: sources.settings,
    timeline: sources.timeline,
    rows,
    customers: sources.customers?.names ?? null,
    today: sources.days.today,
    toDay: sources.days.toDay,
  });
}
