// Calendar days as 'yyyy-MM-dd' keys: the one date representation of the history core. Keys sort as text in
// date order and never depend on the machine's time zone; a Date is turned into a key only by the caller's
// `dateKey` (the sheets side formats it in the document's time zone).

/** Turns a Date into its 'yyyy-MM-dd' key in the document's time zone (given by the caller). */
export type DateKeyOf = (date: Date) => string;

export type DateKeyResult =
  | { readonly ok: true; readonly key: string }
  | { readonly ok: false; readonly issue: 'empty' | 'not_a_date' };

const ISO = /^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$/u;
const SLASH = /^(?<y>\d{4})[/.](?<m>\d{1,2})[/.](?<d>\d{1,2})$/u;
const HAN = /^(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日?$/u;

/**
 * Reads a cell as a calendar day: a Date (through `dateKey`), '2026-03-05', '2026/3/5', '2026.3.5' or
 * '2026年3月5日'. Numbers are not dates here (a Sheets serial number would be a guess). Never throws.
 */
export function readDateKey(raw: unknown, dateKey: DateKeyOf): DateKeyResult {
  if (raw instanceof Date) {
    return Number.isNaN(raw.getTime()) ? { ok: false, issue: 'not_a_date' } : { ok: true, key: dateKey(raw) };
  }
  if (raw === null || raw === undefined || raw === '') return { ok: false, issue: 'empty' };
  if (typeof raw !== 'string') return { ok: false, issue: 'not_a_date' };
  const text = raw.normalize('NFKC').trim();
  if (text === '') return { ok: false, issue: 'empty' };
  const m = (ISO.exec(text) ?? SLASH.exec(text) ?? HAN.exec(text))?.groups;
  if (!m) return { ok: false, issue: 'not_a_date' };
  const y = Number(m.y);
  const mo = Number(m.m);
  const d = Number(m.d);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return { ok: false, issue: 'not_a_date' };
  return { ok: true, key: `${m.y}-${pad(mo)}-${pad(d)}` };
}

/** True when `key` is a well-formed 'yyyy-MM-dd' day that exists in the calendar. */
export function isDateKey(key: string): boolean {
  const r = readDateKey(key, () => '');
  return r.ok && r.key === key;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
