// The installable onChange trigger (installed with automatic updates, one per user and document): rows deleted or
// inserted in the benefit log fire no onEdit, only onChange, so this re-judges the log's statuses at once, and applies
// edits that met a held lock (docs/apps-script.md: Installable triggers).
import { runLocked } from '../adapters/automatic/pending-edits.ts';
import { userLang } from '../adapters/document/session.ts';

/** How long a change waits for a run in progress: its own work is short, and it finishes what that run left. */
const LOCK_WAIT_MS = 30_000;

/** Handles one change event. An EDIT also fires onEdit, which handles it: nothing to do here, and no lock taken. */
export function handleChange(e: { readonly changeType?: string } | undefined): void {
  if (e?.changeType === 'EDIT') return;
  runLocked(userLang(), () => undefined, LOCK_WAIT_MS);
}
