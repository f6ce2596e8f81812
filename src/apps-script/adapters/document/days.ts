// Date cells → 'yyyy-MM-dd' days in the spreadsheet's time zone, with a constant number of Utilities calls whatever
// the number of distinct dates (platform notes: formatDate is a service call). The day of each cell comes from the
// zone's rules through Intl (core/days.ts zoneDateToDay), checked once against Utilities; Utilities per distinct
// instant is only the fallback for a runtime whose Intl disagrees with Apps Script about the zone.
import { type DateToDay, type Day, zoneDateToDay } from '../../../core/days.ts';

/** The document's day of a Date cell, and today's day; 3 Utilities calls to build, none per cell. */
export type DocumentDays = { readonly toDay: DateToDay; readonly today: Day; readonly timeZone: string };

/** Builds the converter for a spreadsheet time zone. */
export function documentDays(
  timeZone: string,
  now: Date = new Date(),
  utilities: GoogleAppsScript.Utilities.Utilities = Utilities,
): DocumentDays {
  const today = utilities.formatDate(now, timeZone, 'yyyy-MM-dd');
  const zone = zoneDateToDay(timeZone);
  // Two probes a quarter-year apart from now (one in each of summer and winter time, wherever now falls), plus today.
  const probes = [new Date(now.getTime() - 91 * 86_400_000 - 3_600_000), new Date(now.getTime() + 91 * 86_400_000)];
  const agrees =
    zone !== null &&
    zone(now) === today &&
    probes.every(p => zone(p) === utilities.formatDate(p, timeZone, 'yyyy-MM-dd'));
  return { toDay: agrees ? zone : viaUtilities(timeZone, utilities), today, timeZone };
}

// The fallback: one formatDate per distinct instant, remembered.
function viaUtilities(timeZone: string, utilities: GoogleAppsScript.Utilities.Utilities): DateToDay {
  const memo = new Map<number, Day>();
  return date => {
    const t = date.getTime();
    const known = memo.get(t);
    if (known !== undefined) return known;
    const day = utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
    memo.set(t, day);
    return day;
  };
}
