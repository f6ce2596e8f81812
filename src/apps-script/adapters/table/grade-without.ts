// The user's remembered choice to grade without dimensions whose column is missing (asked by Recompute, never
// assumed): a JSON list of dimension ids in document properties, dropped once those columns are found again.
import { DOCUMENT_WORDS } from '../../../core/wording/document.ts';
import { GRADE_WITHOUT_KEY } from '../document/keys.ts';
import { storeProperties } from '../document/properties-store.ts';

/** The dimension ids the user chose to grade without, from properties already read; [] when none or unreadable. */
export function gradeWithoutFrom(stored: Readonly<Record<string, string>>): string[] {
  const raw = stored[GRADE_WITHOUT_KEY];
  if (raw === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Adds ids to the remembered list (dimension ids of the settings: bounded by them). A full store keeps the list as it
 * was: the recompute that follows says the store is full.
 */
export function rememberGradeWithout(properties: GoogleAppsScript.Properties.Properties, ids: readonly string[]): void {
  const current = gradeWithoutFrom(properties.getProperties());
  const list = JSON.stringify([...new Set([...current, ...ids])]);
  storeProperties(properties, { [GRADE_WITHOUT_KEY]: list }, DOCUMENT_WORDS.settings);
}

/**
 * The remembered ids still missing after a grade: a column found again ends the choice for it, so a later loss of
 * that column is asked about again instead of passing silently. Null when nothing changes.
 */
export function stillWithout(remembered: readonly string[], missing: readonly string[]): string[] | null {
  const kept = remembered.filter(id => missing.includes(id));
  return kept.length === remembered.length ? null : kept;
}
