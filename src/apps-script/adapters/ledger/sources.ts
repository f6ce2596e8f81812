// Everything the ledger reads besides the log: settings, the customer table (names and current Tier) and the
// "Tier history" sheet, each with one getValues, so an edit costs the same number of calls at any size.

import { isAddonSheet } from '../../../core/addon-sheets.ts';
import { outputKeyOf } from '../../../core/layout.ts';
import { buildTierTimeline, type TierTimeline } from '../../../core/ledger/index.ts';
import type { Lang } from '../../../core/locale.ts';
import { findSalespersonColumn } from '../../../core/notices/salesperson.ts';
import { followPublished } from '../../../core/publish/published.ts';
import type { Settings } from '../../../core/settings.ts';
import { findCustomerTable } from '../../../core/table.ts';
import { type DocumentDays, documentDays } from '../document/days.ts';
import { TABLE_SHEET_KEY } from '../document/keys.ts';
import { LOG_ROWS_KEY } from '../document/pending.ts';
import { settingsFromProperties } from '../document/settings-store.ts';
import { readAllHistory } from '../history/read.ts';
import { readPublicationRecord } from '../publish/record-sheet.ts';

/** Where the ledger finds its customers when settings name no sheet: remembered by "Set up benefit log". */
export const CUSTOMER_SHEET_KEY = 'customerTiers.ledger.customerSheet';

/** The customer table as the ledger sees it. Rows and columns are 1-based sheet positions. */
export type LedgerCustomers = {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly names: readonly unknown[];
  /** Current Tier cell of each name ('' when the table has no Tier column yet). */
  readonly tiers: readonly unknown[];
  /** Salesperson cell of each name (the Sales rep column, notices/salesperson.ts; '' when the table has none). */
  readonly salespeople: readonly unknown[];
  readonly nameColumn: number;
  readonly firstRow: number;
};

export type LedgerSources = {
  readonly settings: Settings;
  readonly lang: Lang;
  readonly days: DocumentDays;
  /** null when no sheet of the workbook looks like a customer table. */
  readonly customers: LedgerCustomers | null;
  /** Tier by day as benefits count it: the published tier under a review cycle, else the live one. */
  readonly timeline: TierTimeline;
  /** The stored settings could not be read and the last good copy is used: what to tell the user. */
  readonly warning: Readonly<Record<Lang, string>> | null;
  /** Where the log's last row is remembered after its statuses are written (absent: not remembered). */
  readonly properties?: GoogleAppsScript.Properties.Properties;
  /** The last row remembered for the statuses now in the log. */
  readonly writtenRows?: string | undefined;
};

export type SourceServices = {
  readonly properties: GoogleAppsScript.Properties.Properties;
  readonly utilities?: GoogleAppsScript.Utilities.Utilities;
  readonly now?: Date;
};

/** Reads settings, customers, current tiers and tier history once. Never writes. */
export function readLedgerSources(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  services: SourceServices,
): LedgerSources {
  const stored = services.properties.getProperties();
  const { settings, unreadable } = settingsFromProperties(stored, lang);
  // Statuses judged against the factory defaults would be wrong without a word: stop here with the reason.
  if (unreadable && !unreadable.usable) throw new Error(unreadable.message[lang]);
  const days = documentDays(spreadsheet.getSpreadsheetTimeZone(), services.now, services.utilities);
  const customers = readCustomers(spreadsheet, settings, [
    stored[TABLE_SHEET_KEY] ?? '',
    stored[CUSTOMER_SHEET_KEY] ?? '',
  ]);
  const history = readAllHistory({ spreadsheet, properties: services.properties }, days.toDay).rows.map(r => [
    r.from,
    r.customer,
    r.tier,
  ]);
  const current: (readonly [unknown, unknown])[] = customers
    ? customers.names.map((name, i) => [name, customers.tiers[i]] as const)
    : [];
  const live = buildTierTimeline({ tiers: settings.tiers, history, current, today: days.today, toDay: days.toDay });
  // With a review cycle, benefits and quotas follow the published tiers; without one nothing more is read.
  const publications = settings.reviewCycle ? readPublicationRecord(spreadsheet, services.properties, days.toDay) : [];
  const tierNames = settings.tiers.map(t => t.name);
  const timeline = followPublished(settings.reviewCycle, live, publications, tierNames);
  const warning = unreadable?.message ?? null;
  const remembered = { properties: services.properties, writtenRows: stored[LOG_ROWS_KEY] };
  return { settings, lang, days, customers, timeline, warning, ...remembered };
}

/**
 * The customer table: the settings' sheet, else a remembered one (last recomputed, then set-up's), else the first
 * sheet that reads as a customer table (the add-on's own sheets, the Summary among them, are never taken for one).
 */
function readCustomers(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  remembered: readonly string[],
): LedgerCustomers | null {
  for (const name of [settings.sheetName, ...remembered]) {
    const sheet = name === '' ? null : spreadsheet.getSheetByName(name);
    const found = sheet ? customersOf(sheet, settings) : null;
    if (found) return found;
  }
  for (const sheet of spreadsheet.getSheets()) {
    if (isAddonSheet(sheet.getName())) continue;
    const found = customersOf(sheet, settings);
    if (found) return found;
  }
  return null;
}

/** The header row is looked for in the first ten rows (core/table.ts): only those are read whole. */
const HEADER_ROWS = 10;

/**
 * The customer table of a sheet, or null: the first ten rows find the header, then only the name, Tier and
 * salesperson columns are read (three columns of a wide table, not all of it).
 */
function customersOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, settings: Settings): LedgerCustomers | null {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return null;
  const top = sheet.getRange(1, 1, Math.min(HEADER_ROWS, lastRow), lastColumn).getValues();
  const found = findCustomerTable(top, settings);
  if (!found.ok || found.table.match.customer === null) return null;
  const { headerRow, match } = found.table;
  const header = top[headerRow] ?? [];
  const nameColumn = match.customer ?? 0;
  const tierColumn = header.findIndex(cell => outputKeyOf(cell) === 'tier');
  const salesColumn = findSalespersonColumn(header);
  const count = lastRow - headerRow - 1;
  const column = (c: number | null): unknown[] =>
    c === null || c < 0 || count <= 0
      ? new Array<unknown>(Math.max(0, count)).fill('')
      : sheet
          .getRange(headerRow + 2, c + 1, count, 1)
          .getValues()
          .map(row => row[0] ?? '');
  return {
    sheet,
    names: column(nameColumn),
    tiers: column(tierColumn),
    salespeople: column(salesColumn),
    nameColumn: nameColumn + 1,
    firstRow: headerRow + 2,
  };
}
