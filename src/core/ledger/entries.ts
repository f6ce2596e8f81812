// Reads one "Benefit log" row ([date, customer, benefit, amount / times, note]) into a checked entry, or the
// stable code of what is wrong with it. The row itself is never changed; wording lives in src/core/wording/ledger.ts.
import { customerKey } from '../customers.ts';
import { type DateToDay, type Day, dayNumber, readDay } from '../days.ts';
import type { LedgerBenefit } from './types.ts';

/** What can be wrong with a log row, checked in this order. */
export type EntryIssue =
  | 'not_a_date'
  | 'date_out_of_range'
  | 'future_date'
  | 'unknown_customer'
  | 'unknown_benefit'
  | 'not_a_number'
  | 'negative'
  | 'not_whole';

/** A log row that passed every check. `customer` is the matching key (see `customerKey`). */
export type Entry = {
  readonly day: Day;
  readonly dayNumber: number;
  readonly customer: string;
  readonly benefit: LedgerBenefit;
  readonly amount: number;
};

export type EntryResult =
  | { readonly ok: true; readonly entry: Entry }
  | { readonly ok: false; readonly issue: 'blank' }
  | { readonly ok: false; readonly issue: EntryIssue; readonly input: string };

/** The earliest day the ledger accepts: anything before is a typo ('0226-03-05', '1926') outside every period. */
export const EARLIEST_DAY: Day = '2000-01-01';

/** Everything `readEntry` needs besides the row, built once per log with `entryContext`. */
export type EntryContext = {
  readonly today: number;
  readonly earliest: number;
  readonly toDay: DateToDay;
  /** Known customer keys; null accepts any non-empty name (custom functions that see no customer table). */
  readonly customers: ReadonlySet<string> | null;
  readonly benefits: ReadonlyMap<string, LedgerBenefit>;
};

/** Prepares the lookups: benefits match their id, Chinese or English label, like customers (case and width-insensitive). */
export function entryContext(args: {
  readonly today: Day;
  readonly toDay: DateToDay;
  readonly customers: readonly unknown[] | null;
  readonly benefits: readonly LedgerBenefit[];
}): EntryContext {
  const benefits = new Map<string, LedgerBenefit>();
  for (const b of args.benefits) {
    for (const name of [b.id, b.label.zh, b.label.en]) {
      const key = customerKey(name);
      if (key !== '' && !benefits.has(key)) benefits.set(key, b);
    }
  }
  return {
    today: dayNumber(args.today),
    earliest: dayNumber(EARLIEST_DAY),
    toDay: args.toDay,
    customers: args.customers === null ? null : new Set(args.customers.map(customerKey).filter(k => k !== '')),
    benefits,
  };
}

/**
 * The benefit a formula or a log row names: by its id or its Chinese or English label, matched like customer names
 * (case, width and spacing ignored). The first benefit wins when two share a name; undefined when none matches.
 */
export function findBenefit<B extends LedgerBenefit>(benefits: readonly B[], name: unknown): B | undefined {
  const key = customerKey(name);
  if (key === '') return undefined;
  return benefits.find(b => [b.id, b.label.zh, b.label.en].some(n => customerKey(n) === key));
}

/** Checks one log row. A row whose first four cells are empty is 'blank' (the note alone does not count). */
export function readEntry(row: readonly unknown[], context: EntryContext): EntryResult {
  const [rawDate, rawCustomer, rawBenefit, rawAmount] = [row[0], row[1], row[2], row[3]];
  if ([rawDate, rawCustomer, rawBenefit, rawAmount].every(isEmpty)) return { ok: false, issue: 'blank' };
  const date = readDay(rawDate, context.toDay);
  if (!date.ok) return fail('not_a_date', rawDate);
  const n = dayNumber(date.day);
  if (n < context.earliest) return fail('date_out_of_range', date.day);
  if (n > context.today) return fail('future_date', date.day);
  const customer = customerKey(rawCustomer);
  if (customer === '' || (context.customers !== null && !context.customers.has(customer))) {
    return fail('unknown_customer', rawCustomer);
  }
  const benefit = context.benefits.get(customerKey(rawBenefit));
  if (!benefit) return fail('unknown_benefit', rawBenefit);
  const amount = readNumber(rawAmount);
  if (amount === null) return fail('not_a_number', rawAmount);
  if (amount < 0) return fail('negative', rawAmount);
  if (benefit.kind !== 'money' && !Number.isInteger(amount)) return fail('not_whole', rawAmount);
  return { ok: true, entry: { day: date.day, dayNumber: n, customer, benefit, amount } };
}

// A number cell, or text such as '¥1,200.50', '1 200', '３次', '500元'. Booleans and blanks are not numbers.
function readNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const text = raw
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/^(?:[¥$€£]|RMB|CNY)|(?:元|次|times?)$/giu, '')
    .replace(/,(?=\d{3}(?:\D|$))/gu, '');
  const value = /^-?\d+(?:\.\d+)?$/u.test(text) ? Number(text) : Number.NaN;
  return Number.isFinite(value) ? value : null; // 400 digits read as Infinity: not a number
}

function isEmpty(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function fail(issue: EntryIssue, raw: unknown): EntryResult {
  return { ok: false, issue, input: raw instanceof Date ? raw.toISOString() : String(raw ?? '') };
}
