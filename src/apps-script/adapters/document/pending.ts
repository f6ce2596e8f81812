// Edits that met the document lock held by another run (a recompute, the daily run, a save) are not dropped: onEdit
// leaves a mark here, and the run holding the lock (before it releases it) or the next execution of any kind applies
// it. The mark is two flags, so it is bounded whatever the number of edits. Deleted benefit-log rows fire no onEdit:
// the log's last row is remembered with its statuses, and a different one means they must be judged again.
import { DOCUMENT_WORDS } from '../../../core/wording/document.ts';
import { ADDON_SHEETS_KEY, addonSheetIds } from './addon-sheet.ts';
import { type StoreResult, storeProperties } from './properties-store.ts';

/** Document property: what waits to be applied, as {"table":true,"log":true}. */
export const PENDING_KEY = 'customerTiers.pending';
/** Document property: the benefit log's last row when its statuses were last written. */
export const LOG_ROWS_KEY = 'customerTiers.ledger.lastRow';

export type Pending = { readonly table: boolean; readonly log: boolean };

/** The marks, from properties already read (anything unreadable is no mark). */
export function pendingFrom(stored: Readonly<Record<string, string>>): Pending {
  try {
    const parsed: unknown = JSON.parse(stored[PENDING_KEY] ?? '{}');
    const marks = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    return { table: marks.table === true, log: marks.log === true };
  } catch {
    return { table: false, log: false };
  }
}

/** Marks the customer table or the log as edited while the lock was held (keeping the other mark). */
export function markPending(
  properties: GoogleAppsScript.Properties.Properties,
  stored: Readonly<Record<string, string>>,
  what: keyof Pending,
): StoreResult {
  const next = { ...pendingFrom(stored), [what]: true };
  return storeProperties(properties, { [PENDING_KEY]: JSON.stringify(next) }, DOCUMENT_WORDS.pending);
}

/**
 * True when the log's statuses may be stale: its last row is not the one they were written for (rows deleted or
 * inserted without an edit event). Two calls when the add-on has a log, none otherwise.
 */
export function logRowsChanged(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  stored: Readonly<Record<string, string>>,
): boolean {
  const id = addonSheetIds(stored[ADDON_SHEETS_KEY]).log;
  const written = stored[LOG_ROWS_KEY];
  if (id === undefined || written === undefined) return false;
  const log = spreadsheet.getSheetById(id);
  return log !== null && String(log.getLastRow()) !== written;
}
