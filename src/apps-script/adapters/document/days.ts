// Date cells → 'yyyy-MM-dd' days in the spreadsheet's time zone, with a constant number of Utilities calls.
// Sheets hands a date cell over as the instant of local midnight in the spreadsheet zone, so the zone offset can be
// read off the instant itself and checked against the zone's known offsets (winter and summer); only a Date with
// an unusual time of day falls back to Utilities.formatDate (memoised by instant).
import { type DateToDay, type Day, utcDateToDay } from '../../../core/ledger/index.ts';

const MS_PER_DAY = 86_400_000;

/** The document's day of a Date cell, and today's day; 3 Utilities calls to build, then usually none per cell. */
export type DocumentDays = { readonly toDay: DateToDay; readonly today: Day; readonly timeZone: string };

/** Builds the converter for a spreadsheet time zone, reading the zone's offsets in January and July of this year. */
export function documentDays(
  timeZone: string,
  now: Date = new Date(),
  utilities: GoogleAppsScript.Utilities.Utilities = Utilities,
): DocumentDays {
  const year = now.getUTCFullYear();
  const offsets = new Set(
    [new Date(Date.UTC(year, 0, 15)), new Date(Date.UTC(year, 6, 15))].map(d =>
      offsetMs(d, utilities.formatDate(d, timeZone, 'yyyy-MM-dd HH:mm')),
    ),
  );
  const memo = new Map<number, Day>();
  const toDay: DateToDay = date => {
    const t = date.getTime();
    const intoDay = ((t % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
    for (const offset of [-intoDay, MS_PER_DAY - intoDay]) {
      if (offsets.has(offset)) return utcDateToDay(new Date(t + offset));
    }
    const known = memo.get(t);
    if (known !== undefined) return known;
    const day = utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
    memo.set(t, day);
    return day;
  };
  return { toDay, today: utilities.formatDate(now, timeZone, 'yyyy-MM-dd'), timeZone };
}

// The zone's offset at an instant, from the wall-clock time Utilities shows for it (no 'Z' pattern needed).
function offsetMs(instant: Date, wallClock: string): number {
  const m = /^(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2}) (?<h>\d{2}):(?<mi>\d{2})$/u.exec(wallClock)?.groups;
  if (!m) return Number.NaN;
  const wall = Date.UTC(Number(m.y), Number(m.mo) - 1, Number(m.d), Number(m.h), Number(m.mi));
  return wall - instant.getTime();
}
