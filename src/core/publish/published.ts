// Published tiers of a review cycle (issue 15 part 2): a publication freezes the tiers of the day as the official
// ones; benefits and quotas then follow the tier of the last publication on or before a day, while the live tiers
// keep moving. A customer missing from that publication (new since, or ungraded then) follows its live tier.
// Pure: the publication record's rows, reading them back, and the timeline the ledger uses.
import { customerKey, customerName } from '../customers.ts';
import { type DateToDay, type Day, dayNumber, readDay } from '../days.ts';
import { type PeriodSpan, periodOf } from '../ledger/periods.ts';
import type { TierTimeline } from '../ledger/timeline.ts';
import type { ReviewCycle } from '../settings-schema.ts';
import { tierIndexer } from '../tier-names.ts';

/** One publication: the tiers frozen on `day` by `by` (an email, or '' when Apps Script gives none). */
export type Publication = {
  /** 1, 2, 3 … in the order published; tells apart two publications of one day. */
  readonly number: number;
  readonly day: Day;
  readonly by: string;
  /** Customers in table order with their tier name as written; one per customer. */
  readonly rows: readonly { readonly customer: string; readonly tier: string }[];
};

/** Columns of the record sheet: Publication, Review period, Published on, Published by, Customer, Tier. */
export const PUBLICATION_WIDTH = 6;

/** The review period of a day: the cycle's quarter, half or fiscal year, from the fiscal year's first month. */
export function reviewPeriod(day: Day, cycle: ReviewCycle, fiscalYearStartMonth: number): PeriodSpan {
  return periodOf(day, { length: cycle, fiscalYearStartMonth });
}

/**
 * A publication of the current tiers: every customer whose tier cell names a tier of the settings (the first row of
 * a name wins); "Check data" and blanks are left out, so those customers follow their live tier.
 */
export function newPublication(
  current: readonly (readonly [unknown, unknown])[],
  tierNames: readonly string[],
  day: Day,
  by: string,
  number: number,
): Publication {
  const indexOf = tierIndexer(tierNames);
  const seen = new Set<string>();
  const rows: { customer: string; tier: string }[] = [];
  for (const [name, tier] of current) {
    const key = customerKey(name);
    const settingsName = tierNames[indexOf(tier)]; // none for -1: "Check data", blanks, unknown names
    if (key === '' || seen.has(key) || settingsName === undefined) continue;
    seen.add(key);
    rows.push({ customer: customerName(name), tier: settingsName });
  }
  return { number, day, by, rows };
}

/** The record sheet's rows of one publication; `periodLabel` is the review period in the sheet's language. */
export function publicationCells(publication: Publication, periodLabel: string): (string | number)[][] {
  return publication.rows.map(r => [
    publication.number,
    periodLabel,
    publication.day,
    publication.by,
    r.customer,
    r.tier,
  ]);
}

/** Reads the record sheet's rows (below the header) back, oldest first. Unreadable rows are skipped; never throws. */
export function readPublications(values: readonly (readonly unknown[])[], toDay: DateToDay): Publication[] {
  const byNumber = new Map<number, { day: Day; by: string; rows: { customer: string; tier: string }[] }>();
  for (const cells of values) {
    // A number cell, or text holding one (a column formatted as plain text).
    const number = typeof cells[0] === 'number' ? cells[0] : Number(text(cells[0]));
    const day = readDay(cells[2], toDay);
    const customer = customerName(cells[4]);
    const tier = text(cells[5]);
    if (!Number.isInteger(number) || number < 1 || !day.ok || customer === '' || tier === '') continue;
    const entry = byNumber.get(number) ?? { day: day.day, by: text(cells[3]), rows: [] };
    entry.rows.push({ customer, tier });
    byNumber.set(number, entry);
  }
  return [...byNumber.entries()]
    .map(([number, p]) => ({ number, ...p }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.number - b.number));
}

/** A text cell trimmed; any other cell (number, date, blank) gives ''. */
function text(cell: unknown): string {
  return typeof cell === 'string' ? cell.trim() : '';
}

/** The publications made within a review period, oldest first. */
export function publicationsInPeriod(publications: readonly Publication[], period: PeriodSpan): Publication[] {
  return publications.filter(p => p.day >= period.start && p.day <= period.end);
}

/** The last publication on or before `day` (of those sorted oldest first), or null. */
export function lastPublicationOn(publications: readonly Publication[], day: Day): Publication | null {
  let found: Publication | null = null;
  for (const p of publications) if (p.day <= day) found = p;
  return found;
}

/** The publication's tier of each customer (by `customerKey`). */
export function publishedTiers(publication: Publication | null): ReadonlyMap<string, string> {
  return new Map((publication?.rows ?? []).map(r => [customerKey(r.customer), r.tier]));
}

/**
 * The timeline the ledger follows: with a review cycle, the published tier on each day (the live one where the
 * last publication does not list the customer); without a cycle or before the first publication, the live timeline
 * itself, unchanged.
 */
export function followPublished(
  cycle: ReviewCycle | undefined,
  live: TierTimeline,
  publications: readonly Publication[],
  tierNames: readonly string[],
): TierTimeline {
  if (cycle === undefined || publications.length === 0) return live;
  const indexOf = tierIndexer(tierNames);
  const days = publications.map(p => dayNumber(p.day));
  const tiers = publications.map(p => {
    const map = new Map<string, number | null>();
    for (const r of p.rows) {
      const index = indexOf(r.tier);
      map.set(customerKey(r.customer), index < 0 ? null : index);
    }
    return map;
  });
  // Index of the publication in force on `day` (the last on or before it), or -1.
  const inForce = (day: number): number => {
    let found = -1;
    for (let i = 0; (days[i] ?? Number.POSITIVE_INFINITY) <= day; i++) found = i;
    return found;
  };
  const frozen = (key: string, i: number): number | null | undefined => tiers[i]?.get(key);
  return {
    tierOn: (customer, day) => {
      const tier = frozen(customerKey(customer), inForce(day));
      return tier === undefined ? live.tierOn(customer, day) : tier;
    },
    daysByTier: (customer, from, to) => {
      const key = customerKey(customer);
      const runs: [number | null, number][] = [];
      const push = (tier: number | null, count: number) => {
        const prev = runs[runs.length - 1];
        if (prev && prev[0] === tier) prev[1] += count;
        else runs.push([tier, count]);
      };
      let start = from;
      let i = inForce(from);
      while (start <= to) {
        const next = days[i + 1];
        const end = next === undefined || next > to ? to : next - 1;
        if (end >= start) {
          const tier = frozen(key, i);
          if (tier === undefined) for (const [t, n] of live.daysByTier(customer, start, end)) push(t, n);
          else push(tier, end - start + 1);
          start = end + 1;
        }
        i += 1;
      }
      return runs;
    },
  };
}
