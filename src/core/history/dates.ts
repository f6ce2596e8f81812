// Calendar days as 'yyyy-MM-dd' keys: the one date representation of the history core. Keys sort as text in
// date order and never depend on the machine's time zone; a Date is turned into a key only by the caller's
// `dateKey` (the sheets side formats it in the document's time zone). Parsing is the shared one in ../days.ts.
import { isBlankCell } from '../cells.ts';
import { type DateToDay, isDay, readDay } from '../days.ts';

/** Turns a Date into its 'yyyy-MM-dd' key in the document's time zone (given by the caller). */
export type DateKeyOf = DateToDay;

export type DateKeyResult =
  | { readonly ok: true; readonly key: string }
  | { readonly ok: false; readonly issue: 'empty' | 'not_a_date' };

/**
 * Reads a cell as a calendar day: a Date (through `dateKey`), '2026-03-05', '2026/3/5', '2026.3.5' or
 * the Chinese year-month-day form (days.ts). Numbers are not dates here (a Sheets serial number would be a guess). Never throws.
 */
export function readDateKey(raw: unknown, dateKey: DateKeyOf): DateKeyResult {
  if (isBlankCell(raw)) return { ok: false, issue: 'empty' };
  const day = readDay(raw, dateKey);
  return day.ok ? { ok: true, key: day.day } : { ok: false, issue: 'not_a_date' };
}

/** True when `key` is a well-formed 'yyyy-MM-dd' day that exists in the calendar. */
export const isDateKey = (key: string): boolean => isDay(key);
