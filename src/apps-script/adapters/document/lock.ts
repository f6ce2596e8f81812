// Runs a command under the document lock, so two recomputes (or a recompute and an edit) never interleave.
// Pending writes are flushed before the lock is released (docs/apps-script.md: Cache and Lock).

export type Locked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly busy: true };

/** Runs `work` if the document lock can be taken within `waitMs`; otherwise changes nothing and reports busy. */
export function withDocumentLock<T>(
  work: () => T,
  waitMs = 2000,
  lockService: GoogleAppsScript.Lock.LockService = LockService,
  spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp = SpreadsheetApp,
): Locked<T> {
  const lock = lockService.getDocumentLock();
  if (!lock?.tryLock(waitMs)) return { ok: false, busy: true };
  try {
    const value = work();
    spreadsheetApp.flush();
    return { ok: true, value };
  } finally {
    lock.releaseLock();
  }
}
