// Puts validation issues next to their fields and reads typed numbers: issues are indexed by their `path` ('dimensions.1.weight'), and
// each input gets DOM ids derived from the same path so its label and error message are wired to it.
import type { LocalText, SettingsIssue } from '../core/settings.ts';

/** Messages per settings path, in the order the validator reported them. */
export type FieldErrors = ReadonlyMap<string, readonly LocalText[]>;

/** Groups issues by path; several issues on one field keep their order. */
export function indexIssues(issues: readonly Pick<SettingsIssue, 'path' | 'message'>[]): FieldErrors {
  const map = new Map<string, LocalText[]>();
  for (const issue of issues) {
    const list = map.get(issue.path);
    if (list) list.push(issue.message);
    else map.set(issue.path, [issue.message]);
  }
  return map;
}

/** The messages for exactly this path (an empty list when the field is fine). */
export function errorsAt(errors: FieldErrors, path: string): readonly LocalText[] {
  return errors.get(path) ?? [];
}

/** The input's DOM id for a settings path: 'dimensions.1.weight' → 'f-dimensions-1-weight'. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/gu, '-')}`;
}

/** The id of the element holding the path's error text, for aria-describedby. */
export function errorId(path: string): string {
  return `e-${path.replace(/[^A-Za-z0-9_-]/gu, '-')}`;
}

/**
 * Reads what a person typed into a number box: '1,000', ' 12.5 ', '-3', full-width digits. Anything else ('', '-',
 * '12abc', an amount with a Chinese unit) is null, so the box keeps the text and shows a message instead of changing the settings.
 */
export function parseTyped(text: string): number | null {
  const cleaned = text.normalize('NFKC').replace(/[\s,]/gu, '');
  if (cleaned === '' || !/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/iu.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}
