// Runs a command under the document lock and, before releasing it, applies what waits: edits that met the lock while
// another run held it (marked by onEdit) and benefit-log rows deleted or inserted without an edit event. So an edit is
// graded by the run that held the lock, or by the next execution of any kind, never lost.
import type { Lang } from '../../../core/locale.ts';
import { type Locked, withDocumentLock } from '../document/lock.ts';
import { logRowsChanged, PENDING_KEY, pendingFrom } from '../document/pending.ts';
import { refreshLedgerStatuses } from '../ledger/log-sheet.ts';
import { readLedgerSources } from '../ledger/sources.ts';
import { currentServices, type RecomputeServices, recompute } from '../table/recompute.ts';

/**
 * Applies pending marks and refreshes log statuses whose rows changed. The caller holds the document lock. A constant
 * number of calls when nothing waits (one properties read, two more when the add-on has a log). Never throws: what
 * cannot be applied now (unreadable settings, a missing table) is left as it is, and the next command says why.
 */
export function applyPending(services: RecomputeServices, lang: Lang): void {
  const stored = services.properties.getProperties();
  const pending = pendingFrom(stored);
  const log = pending.log || logRowsChanged(services.spreadsheet, stored);
  // Cleared first: an edit that meets the lock while these are applied marks again.
  if (pending.table || pending.log) services.properties.deleteProperty(PENDING_KEY);
  try {
    if (pending.table) recompute(services, lang, 'remembered');
    if (log) {
      const sources = readLedgerSources(services.spreadsheet, lang, services);
      refreshLedgerStatuses(services.spreadsheet, sources);
    }
  } catch {
    // Settings unreadable or the table gone: the command the user runs next reports it.
  }
}

/** `work` under the document lock, then applyPending, then release. Busy when the lock cannot be had in `waitMs`. */
export function runLocked<T>(lang: Lang, work: () => T, waitMs?: number): Locked<T> {
  return withDocumentLock(() => {
    const value = work();
    // Marks left while `work` ran (or before) are applied now, even when `work` just did the same: one may be newer.
    applyPending(currentServices(), lang);
    return value;
  }, waitMs);
}

/** For executions that need no lock of their own (help, the sidebar opening): apply what waits, if the lock is free. */
export function applyPendingIfFree(lang: Lang): void {
  runLocked(lang, () => undefined, 0);
}
