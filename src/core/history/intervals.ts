// "Tier history" as effective-dated rows, the slowly-changing-dimension layout: one row per customer per change of
// tier (From, To inclusive or blank while open, Customer, Tier, Score, Reason, Published). Seven columns, so a year
// of 50,000 customers stays under 5 % of Sheets' cell limit; the grace count ("snapshots below") and the row's
// bookkeeping live in the reason's facts trailer. Pure: the row cells, reading them back, converting the old
// one-row-per-day layout, and the grace baselines.
import { customerKey, customerName } from '../customers.ts';
import { dayFromNumber, dayNumber } from '../days.ts';
import { HISTORY_WORDS } from '../wording/history.ts';
import { type DateKeyOf, readDateKey } from './dates.ts';
import { cellText, factsData, type HistoryRecord, type SnapshotFacts, splitReason, withFactsData } from './record.ts';
import type { Baseline, Baselines } from './stability.ts';

/** One row of the history: a customer's tier from `from` to `to` (inclusive; null while it is the current tier). */
export type HistoryInterval = {
  readonly from: string;
  readonly to: string | null;
  /** The name as written; compare with `customerKey`. */
  readonly customer: string;
  readonly tier: string;
  readonly score: number | null;
  /** The Why text of the snapshot that last wrote the row, without the facts trailer. */
  readonly why: string;
  /** Facts of that snapshot; `facts.grace` counts the consecutive snapshots below the tier (grace period). */
  readonly facts: SnapshotFacts | null;
  /** Left for the review cycle; written FALSE. */
  readonly published: boolean;
  /** The snapshot day that last wrote the row (trailer key `a`; `from` when absent). */
  readonly asOf: string;
  /** The customer's state at its snapshot before `asOf` (trailer key `b`): the baseline of a same-day recompute. */
  readonly before: Baseline | null;
  /** First snapshot day the customer was missing from the table since `asOf` (trailer key `m`); null: present. */
  readonly missing: string | null;
  /** True when the customer was missing from the snapshot before `asOf` (trailer key `x`): new in the matrix. */
  readonly absentBefore: boolean;
};

/** Columns of the Tier history sheet, in order; the last (the add-on's bookkeeping as compact JSON) is hidden. */
export const INTERVAL_WIDTH = 8;

/** Column headers per language. */
export const INTERVAL_HEADERS: Readonly<Record<'zh' | 'en', readonly string[]>> = {
  zh: HISTORY_WORDS.intervalHeaders.map(h => h.zh),
  en: HISTORY_WORDS.intervalHeaders.map(h => h.en),
};

const DAILY_HEADERS: readonly (readonly string[])[] = [
  HISTORY_WORDS.historyHeaders.map(h => h.zh),
  HISTORY_WORDS.historyHeaders.map(h => h.en),
];

/** Which layout a header row belongs to: the interval one, the old one-row-per-day one, or neither. */
export function historyLayout(header: readonly unknown[]): 'intervals' | 'daily' | 'unknown' {
  const first = cellText(header[0]);
  const second = cellText(header[1]);
  if (Object.values(INTERVAL_HEADERS).some(h => h[0] === first && h[1] === second)) return 'intervals';
  if (DAILY_HEADERS.some(h => h[0] === first && h[1] === second)) return 'daily';
  return 'unknown';
}

/** The cells of one row: dates and names as text, Published a boolean. */
export function toIntervalCells(row: HistoryInterval): (string | number | boolean)[] {
  const extra: Record<string, unknown> = {};
  if (row.asOf !== row.from) extra.a = row.asOf;
  if (row.before) extra.b = { t: row.before.tier, r: row.before.grace, o: row.before.override ? 1 : 0 };
  if (row.missing !== null) extra.m = row.missing;
  if (row.absentBefore) extra.x = 1;
  return [
    row.from,
    row.to ?? '',
    row.customer,
    row.tier,
    row.score ?? '',
    row.why,
    row.published,
    // The facts and bookkeeping in their own hidden column, so the Reason reads as plain text.
    factsData(row.facts, extra),
  ];
}

/**
 * Reads interval rows (below the header) with their 0-based position. Rows without a readable From, a customer or
 * a tier are skipped; nothing throws. An unreadable To counts as open.
 */
export function readIntervals(
  values: readonly (readonly unknown[])[],
  dateKey: DateKeyOf,
): { row: number; interval: HistoryInterval }[] {
  const out: { row: number; interval: HistoryInterval }[] = [];
  values.forEach((cells, row) => {
    const from = readDateKey(cells[0], dateKey);
    const to = readDateKey(cells[1], dateKey);
    const customer = customerName(cells[2]);
    const tier = cellText(cells[3]);
    if (!from.ok || customer === '' || tier === '') return;
    const score = typeof cells[4] === 'number' && Number.isFinite(cells[4]) ? cells[4] : null;
    const reason = typeof cells[5] === 'string' ? cells[5] : String(cells[5] ?? '');
    const stored = typeof cells[7] === 'string' ? cells[7].trim() : '';
    const { why, facts, data } = splitReason(stored === '' ? reason : withFactsData(reason, stored));
    out.push({
      row,
      interval: {
        from: from.key,
        to: to.ok ? to.key : null,
        customer,
        tier,
        score,
        why,
        facts,
        published: cells[6] === true || cellText(cells[6]).toUpperCase() === 'TRUE',
        asOf: typeof data.a === 'string' ? data.a : from.key,
        before: readBaseline(data.b),
        missing: typeof data.m === 'string' ? data.m : null,
        absentBefore: data.x === 1,
      },
    });
  });
  return out;
}

function readBaseline(raw: unknown): Baseline | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { t, r, o } = raw as Record<string, unknown>;
  if (typeof t !== 'string') return null;
  return { tier: t, grace: typeof r === 'number' && r > 0 ? r : 0, override: o === 1 };
}

/** The state a row records: its tier, grace count and whether an override decided it. */
export function stateOf(row: Pick<HistoryInterval, 'tier' | 'facts'>): Baseline {
  return { tier: row.tier, grace: row.facts?.grace ?? 0, override: row.facts?.override ?? false };
}

/**
 * Grace baselines from the open rows: a row last written before `today` is the state at the latest snapshot before
 * today; a row written today (a snapshot already ran) carries the state before it in `before`.
 */
export function baselinesOf(open: readonly HistoryInterval[], today: string): Baselines {
  const out = new Map<string, Baseline>();
  for (const row of open) {
    if (row.to !== null) continue;
    const state = row.asOf < today ? stateOf(row) : row.before;
    if (state) out.set(customerKey(row.customer), state);
  }
  return out;
}

/** The day before `day`. */
export function dayBefore(day: string): string {
  return dayFromNumber(dayNumber(day) - 1);
}

/**
 * Converts old one-row-per-day records into intervals, losslessly for "tier on a date": a run of equal tier text is
 * one row whose content is the run's last record (so grace, overrides and Changes read what the last day said); a
 * run ends the day before the next tier's first day. A customer missing from the latest snapshot day keeps its
 * row open and is marked missing since the first snapshot day after its last record.
 */
export function intervalsFromDaily(records: readonly HistoryRecord[]): HistoryInterval[] {
  const snapshotDays = [...new Set(records.map(r => r.date))].sort();
  const perCustomer = new Map<string, Map<string, HistoryRecord>>();
  for (const record of records) {
    const key = customerKey(record.customer);
    const days = perCustomer.get(key) ?? new Map<string, HistoryRecord>();
    days.set(record.date, record); // the later row of a day wins, as the old readers had it
    perCustomer.set(key, days);
  }
  const out: HistoryInterval[] = [];
  for (const days of perCustomer.values()) {
    const list = [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    let start = 0;
    for (let i = 0; i < list.length; i += 1) {
      const record = list[i];
      const next = list[i + 1];
      if (record === undefined || (next !== undefined && next.tier === record.tier)) continue;
      const first = list[start];
      const previous = list[i - 1];
      if (first === undefined) continue;
      const nextDay = next === undefined ? snapshotDays.find(d => d > record.date) : undefined;
      out.push({
        from: first.date,
        to: next === undefined ? null : dayBefore(next.date),
        customer: record.customer,
        tier: record.tier,
        score: record.score,
        why: record.why,
        facts: record.facts,
        published: false,
        asOf: record.date,
        before: previous ? stateOf(previous) : null,
        missing: nextDay ?? null,
        absentBefore: previous !== undefined && snapshotDays[snapshotDays.indexOf(record.date) - 1] !== previous.date,
      });
      start = i + 1;
    }
  }
  return out;
}
