// Every write the add-on makes to its document properties goes through here. Apps Script refuses a value over
// 9 KB ("Argument too large") and a store over 500 KB ("You have exceeded the property storage quota"); a refused
// write is reported as a sentence for the user, never thrown (docs/apps-script.md: Properties).
import type { LocalText } from '../../../core/settings-schema.ts';
import { DOCUMENT_WORDS } from '../../../core/wording/document.ts';

export type StoreResult = { readonly ok: true } | { readonly ok: false; readonly message: LocalText };

/**
 * Writes `values` in one call (all or nothing, as Properties does). `what` names what would be lost, for the message.
 * Never throws for the store's limits.
 */
export function storeProperties(
  properties: GoogleAppsScript.Properties.Properties,
  values: Readonly<Record<string, string>>,
  what: LocalText,
): StoreResult {
  try {
    properties.setProperties({ ...values });
    return { ok: true };
  } catch {
    // Anything Properties refuses here is a quota (the values are plain strings): the store degrades, the run goes on.
    return { ok: false, message: DOCUMENT_WORDS.storageFull(what) };
  }
}
