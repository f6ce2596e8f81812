// Calendar days as 'yyyy-MM-dd' strings in the document's time zone, and whole-day arithmetic on them: the one day
// reader of the engine, the ledger and the history.
// Pure and time-zone free: a Date only becomes a day through a caller-supplied `DateToDay` (the Sheets side passes
// one built on Utilities.formatDate with the spreadsheet's time zone), so the machine's zone never matters.

/** A calendar day, 'yyyy-MM-dd', in the spreadsheet's time zone. */
export type Day = string;

/** Turns a Date cell into the day it shows in the document's time zone. */
export type DateToDay = (date: Date) => Day;

/** Why a cell is not a day. */
export type DayIssue = 'not_a_date';

export type DayResult = { readonly ok: true; readonly day: Day } | { readonly ok: false; readonly issue: DayIssue };

const MS_PER_DAY = 86_400_000;
// 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日 (after NFKC, so full-width digits work too).
const DAY_TEXT = /^(?<y>\d{4})(?:[-/.](?<m1>\d{1,2})[-/.](?<d1>\d{1,2})|年(?<m2>\d{1,2})月(?<d2>\d{1,2})[日号]?)$/u;

/** The UTC calendar day of a Date: the default `DateToDay` for tests and for documents kept in UTC. */
export const utcDateToDay: DateToDay = date => dayFromNumber(Math.floor(date.getTime() / MS_PER_DAY));

/** True for a well-formed 'yyyy-MM-dd' string naming a real calendar day. */
export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  return dayFromNumber(dayNumber(value)) === value;
}

/**
 * Reads a cell as a day. A Date goes through `toDay`; text may be 'yyyy-MM-dd', 'yyyy/M/d', 'yyyy.M.d' or
 * 'yyyy年M月d日'. A plain number is NOT read as a Sheets serial date: a date-formatted cell already arrives as a
 * Date, so a number here is a typo or a pasted value and is reported. Never throws.
 */
export function readDay(raw: unknown, toDay: DateToDay): DayResult {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return { ok: false, issue: 'not_a_date' };
    const day = toDay(raw);
    return isDay(day) ? { ok: true, day } : { ok: false, issue: 'not_a_date' };
  }
  if (typeof raw !== 'string') return { ok: false, issue: 'not_a_date' };
  const known = TEXT_DAYS.get(raw);
  if (known) return known;
  const m = DAY_TEXT.exec(raw.normalize('NFKC').replace(/\s+/gu, ''))?.groups;
  const day = m ? `${m.y}-${pad2(m.m1 ?? m.m2)}-${pad2(m.d1 ?? m.d2)}` : '';
  const result: DayResult = isDay(day) ? { ok: true, day } : { ok: false, issue: 'not_a_date' };
  if (TEXT_DAYS.size >= 100_000) TEXT_DAYS.clear(); // a log repeats a few hundred date texts; keep the memo bounded
  TEXT_DAYS.set(raw, result);
  return result;
}

const TEXT_DAYS = new Map<string, DayResult>();

/** Whole days since 1970-01-01 (negative before). UTC arithmetic only, so the machine zone never matters. */
export function dayNumber(day: Day): number {
  const known = DAY_NUMBERS.get(day);
  if (known !== undefined) return known;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0..99 as written (0026-03-05 stays a distinct, early day).
  date.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  const n = Math.round(date.getTime() / MS_PER_DAY);
  if (DAY_NUMBERS.size >= 100_000) DAY_NUMBERS.clear(); // logs repeat a few hundred days; keep the memo bounded
  DAY_NUMBERS.set(day, n);
  return n;
}

const DAY_NUMBERS = new Map<string, number>();

/** The day `n` days after 1970-01-01. */
export function dayFromNumber(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  const y = date.getUTCFullYear();
  return `${String(y).padStart(4, '0')}-${pad2(String(date.getUTCMonth() + 1))}-${pad2(String(date.getUTCDate()))}`;
}

/** Year, month (1..12) and day of month of a day. */
export function dayParts(day: Day): { readonly year: number; readonly month: number; readonly date: number } {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), date: Number(day.slice(8, 10)) };
}

/** 'yyyy-MM-dd' of a year, month (1..12) and day; months outside 1..12 roll into neighbouring years. */
export function dayOf(year: number, month: number, date = 1): Day {
  const monthIndex = year * 12 + (month - 1);
  const y = Math.floor(monthIndex / 12);
  const m = monthIndex - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${pad2(String(m))}-${pad2(String(date))}`;
}

function pad2(s: string | undefined): string {
  return (s ?? '').padStart(2, '0');
}

/**
 * The `DateToDay` of an IANA time zone, computed with the standard Intl API: exact on both sides of a daylight-saving
 * change at any time of day (a 23:00 winter date-time in New York stays on its day), and no Apps Script service call
 * per date. Memoised by instant, because a log repeats its dates. null when the runtime does not know the zone.
 */
export function zoneDateToDay(timeZone: string): DateToDay | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    return null;
  }
  const memo = new Map<number, Day>();
  return date => {
    const t = date.getTime();
    const known = memo.get(t);
    if (known !== undefined) return known;
    const parts = format.formatToParts(date);
    const part = (type: string) => parts.find(p => p.type === type)?.value ?? '';
    const day = `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
    if (memo.size >= 100_000) memo.clear(); // a log holds a few thousand distinct instants; keep the memo bounded
    memo.set(t, day);
    return day;
  };
}
