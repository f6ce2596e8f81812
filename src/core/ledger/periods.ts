// Allowance periods: fiscal years, halves, quarters and months, anchored on the fiscal year's first month.
// A period is a run of whole days [start, end]; every day belongs to exactly one period for a given setting.
// Each benefit has its own period per tier (`LedgerBenefit.periods`); `periodLengthFor` picks it.
import { type Day, dayFromNumber, dayNumber, dayOf, dayParts } from '../days.ts';
import { PERIOD_NAMES } from '../wording/ledger.ts';
import type { LedgerBenefit, LocalText, PeriodLength, PeriodSetting } from './types.ts';

/** One allowance period. `key` (its first day) identifies it for a given setting. */
export type PeriodSpan = {
  readonly key: Day;
  readonly start: Day;
  /** Last day, inclusive. */
  readonly end: Day;
  /** `dayNumber(start)` and `dayNumber(end)`. */
  readonly startNumber: number;
  readonly endNumber: number;
  readonly label: LocalText;
};

/** Months in a period of each length. */
export const MONTHS: Readonly<Record<PeriodLength, number>> = { year: 12, half: 6, quarter: 3, month: 1 };

/**
 * The period a benefit's allowance renews on for a tier index. A day with no known tier (null, or a tier the
 * benefit does not list) takes the benefit's longest period: it earns nothing itself, and the longest window counts
 * every use that any of its tiers would.
 */
export function periodLengthFor(benefit: Pick<LedgerBenefit, 'periods'>, tier: number | null): PeriodLength {
  const own = tier === null ? undefined : benefit.periods[tier];
  if (own !== undefined) return own;
  let longest: PeriodLength = 'month';
  for (const p of benefit.periods) if (MONTHS[p] > MONTHS[longest]) longest = p;
  return benefit.periods.length === 0 ? 'year' : longest;
}

/** The period of a given length containing a day (a dayNumber), for one fiscal year start. */
export type PeriodFinder = (day: number, length: PeriodLength) => PeriodSpan;

/** A `PeriodFinder` that remembers what it found: a ledger asks for the same few periods for thousands of rows. */
export function periodFinder(fiscalYearStartMonth: number): PeriodFinder {
  const found = new Map<string, PeriodSpan>();
  return (day, length) => {
    const key = `${length}${day}`;
    let span = found.get(key);
    if (!span) {
      span = periodOf(dayFromNumber(day), { length, fiscalYearStartMonth });
      found.set(key, span);
    }
    return span;
  };
}

/** The period a day falls in. */
export function periodOf(day: Day, setting: PeriodSetting): PeriodSpan {
  const { year, month } = dayParts(day);
  return periodAt(Math.floor(monthsSinceFiscalStart(year, month, setting) / MONTHS[setting.length]), setting);
}

/** The period `steps` periods after (or before, if negative) the given one. */
export function shiftPeriod(period: PeriodSpan, steps: number, setting: PeriodSetting): PeriodSpan {
  const { year, month } = dayParts(period.start);
  return periodAt(Math.floor(monthsSinceFiscalStart(year, month, setting) / MONTHS[setting.length]) + steps, setting);
}

// Months counted from the start of fiscal year 0 (the one starting in `fiscalYearStartMonth` of year 0).
function monthsSinceFiscalStart(year: number, month: number, setting: PeriodSetting): number {
  return year * 12 + (month - 1) - (setting.fiscalYearStartMonth - 1);
}

function periodAt(index: number, setting: PeriodSetting): PeriodSpan {
  const length = MONTHS[setting.length];
  const firstMonth = index * length + (setting.fiscalYearStartMonth - 1); // months since 0000-01
  const start = dayOf(0, firstMonth + 1);
  const startNumber = dayNumber(start);
  const endNumber = dayNumber(dayOf(0, firstMonth + length + 1)) - 1;
  const fiscalYear = Math.floor((index * length) / 12);
  const within = index * length - fiscalYear * 12; // months from the fiscal year's start
  return {
    key: start,
    start,
    end: dayFromNumber(endNumber),
    startNumber,
    endNumber,
    label: periodLabel(setting, fiscalYear, within / length + 1, start),
  };
}

// Fiscal years are named by the calendar year they start in: '2026' for January starts, else '2026/27'.
function periodLabel(setting: PeriodSetting, fiscalYear: number, ordinal: number, start: Day): LocalText {
  const { year, month } = dayParts(start);
  const calendar = setting.fiscalYearStartMonth === 1;
  const fy = calendar ? String(fiscalYear) : `${fiscalYear}/${String((fiscalYear + 1) % 100).padStart(2, '0')}`;
  const yearName = calendar ? PERIOD_NAMES.calendarYear(fy) : PERIOD_NAMES.fiscalYear(fy);
  switch (setting.length) {
    case 'year':
      return yearName;
    case 'half':
      return PERIOD_NAMES.half(yearName, ordinal);
    case 'quarter':
      return PERIOD_NAMES.quarter(yearName, ordinal);
    case 'month':
      return PERIOD_NAMES.month(year, month);
  }
}
