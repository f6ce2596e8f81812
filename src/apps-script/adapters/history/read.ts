// Reads the "Tier history" sheet (either language's name). Layout: the header, then the open rows (one per customer,
// To blank) as one block, then the closed rows. The block's height and the last two snapshot days are kept in a
// document property, so a snapshot or Recompute reads the header and the open block only (one getValues, the same
// size whatever the number of days). An old one-row-per-day sheet, or a block that no longer matches the property
// (rows sorted or edited by hand), is converted or re-laid once, under the document lock.
import { customerKey } from '../../../core/customers.ts';
import type { DateKeyOf } from '../../../core/history/dates.ts';
import {
  type HistoryInterval,
  historyLayout,
  INTERVAL_WIDTH,
  intervalsFromDaily,
  readIntervals,
} from '../../../core/history/intervals.ts';
import { readHistory } from '../../../core/history/record.ts';
import type { Lang } from '../../../core/locale.ts';
import { HISTORY_WORDS } from '../../../core/wording/history.ts';
import { findAddonSheet } from '../document/addon-sheet.ts';
import { type HistoryMeta, readMeta, rewriteHistory } from './write.ts';

export type HistoryServices = {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly properties: GoogleAppsScript.Properties.Properties;
  readonly lockService?: GoogleAppsScript.Lock.LockService;
};

export type OpenHistory = {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  /** The open rows in block order (row 2 onwards). */
  readonly open: HistoryInterval[];
  readonly meta: HistoryMeta;
  /** Every row, when this read had to read the whole sheet (conversion or repair; the sheet may be unchanged). */
  readonly all?: HistoryInterval[];
};

const NO_META: HistoryMeta = { open: 0, last: null, previous: null };

/** The open rows: the header and the open block in one getValues (converting or re-laying the sheet first if needed). */
export function readOpenHistory(services: HistoryServices, dateKey: DateKeyOf): OpenHistory {
  const sheet = findAddonSheet(services.spreadsheet, 'history', services.properties);
  if (!sheet) return { sheet: null, open: [], meta: NO_META };
  const meta = readMeta(services.properties);
  const width = Math.min(INTERVAL_WIDTH, sheet.getMaxColumns());
  // The block and the row below it (the writer keeps a spare row): the same cells whatever lies further down.
  const values = sheet.getRange(1, 1, Math.min(sheet.getMaxRows(), (meta?.open ?? 0) + 2), width).getValues();
  if ((values[0] ?? []).every(isBlankCell) && sheet.getLastRow() === 0) {
    underLock(services, () => rewriteHistory(sheet, [], NO_META, langOf(sheet), services.properties));
    return { sheet, open: [], meta: NO_META };
  }
  if (meta && historyLayout(values[0] ?? []) === 'intervals') {
    const rows = readIntervals(values.slice(1), dateKey);
    const block = rows.filter(r => r.row < meta.open);
    const after = values[meta.open + 1];
    const blockOk = block.length === meta.open && block.every(r => r.interval.to === null);
    if (blockOk && (after === undefined || after.every(isBlankCell) || !isBlankCell(after[1]))) {
      return { sheet, open: block.map(r => r.interval), meta };
    }
  }
  const all = relayOut(services, sheet, dateKey);
  return { sheet, open: all.rows.filter(r => r.to === null), meta: all.meta, all: all.rows };
}

/** Every row of the history (the ledger and the summary need past tiers), converting the sheet first if needed. */
export function readAllHistory(
  services: HistoryServices,
  dateKey: DateKeyOf,
): { sheet: GoogleAppsScript.Spreadsheet.Sheet | null; rows: HistoryInterval[] } {
  const open = readOpenHistory(services, dateKey);
  const sheet = open.sheet;
  if (!sheet) return { sheet, rows: [] };
  // Read whole already, possibly still in the old layout when another execution held the lock.
  if (open.all) return { sheet, rows: open.all };
  const lastRow = sheet.getLastRow();
  if (lastRow <= open.meta.open + 1) return { sheet, rows: open.open };
  const closed = sheet.getRange(open.meta.open + 2, 1, lastRow - open.meta.open - 1, INTERVAL_WIDTH).getValues();
  return { sheet, rows: [...open.open, ...readIntervals(closed, dateKey).map(r => r.interval)] };
}

/**
 * Reads the whole sheet in whatever layout it has (old daily rows, intervals in any order, no header), and writes it
 * back as header + open block + closed rows, under the document lock. When another execution holds the lock, the
 * rows are returned unconverted-on-disk (the next read converts).
 */
function relayOut(
  services: HistoryServices,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  dateKey: DateKeyOf,
): { rows: HistoryInterval[]; meta: HistoryMeta } {
  const values = sheet.getDataRange().getValues();
  const layout = historyLayout(values[0] ?? []);
  const body = layout === 'unknown' ? values : values.slice(1);
  let rows: HistoryInterval[];
  let days: string[];
  if (layout === 'intervals') {
    rows = readIntervals(body, dateKey).map(r => r.interval);
    days = rows.map(r => r.asOf);
  } else {
    const records = readHistory(body, dateKey).records;
    rows = intervalsFromDaily(records);
    days = records.map(r => r.date);
  }
  rows = oneOpenRowEach(rows);
  const distinct = [...new Set(days)].sort();
  const meta: HistoryMeta = {
    open: rows.filter(r => r.to === null).length,
    last: distinct.at(-1) ?? null,
    previous: distinct.at(-2) ?? null,
  };
  const ordered = underLock(services, () => rewriteHistory(sheet, rows, meta, langOf(sheet), services.properties));
  return { rows: ordered ?? [...rows.filter(r => r.to === null), ...rows.filter(r => r.to !== null)], meta };
}

function langOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): Lang {
  return sheet.getName() === HISTORY_WORDS.historySheet.zh ? 'zh' : 'en';
}

/** A customer with two open rows (edited by hand) keeps the later one open; the earlier is closed the day before. */
function oneOpenRowEach(rows: readonly HistoryInterval[]): HistoryInterval[] {
  const latest = new Map<string, HistoryInterval>();
  for (const row of rows) {
    if (row.to !== null) continue;
    const key = customerKey(row.customer);
    const seen = latest.get(key);
    if (seen === undefined || row.from >= seen.from) latest.set(key, row);
  }
  return rows.map(row =>
    row.to === null && latest.get(customerKey(row.customer)) !== row ? { ...row, to: row.from } : row,
  );
}

/** Runs `work` holding the document lock (taking it unless this execution already holds it); null when busy. */
function underLock<T>(services: HistoryServices, work: () => T): T | null {
  const lock = (services.lockService ?? LockService).getDocumentLock();
  if (!lock) return work();
  if (lock.hasLock()) return work();
  if (!lock.tryLock(2000)) return null;
  try {
    return work();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

function isBlankCell(cell: unknown): boolean {
  return cell === '' || cell === null || cell === undefined;
}
