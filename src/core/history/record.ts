// History records and the reason cell. The old "Tier history" row, one per customer per snapshot day, is [date,
// customer, tier name, score, reason] (read once, to convert it to intervals.ts rows). A reason is the Why text in
// the user's language followed by a compact facts trailer ` ⟦{...}⟧` (points per dimension, gate, computed tier,
// grace count, override) so that Changes can say which dimension or gate moved a customer without old settings.
import { customerName } from '../customers.ts';
import { type DateKeyOf, readDateKey } from './dates.ts';

/** What a snapshot remembers beyond the tier: enough to explain a later move and to continue a grace period. */
export type SnapshotFacts = {
  /** The engine's tier name before stability controls (null: not tiered). */
  readonly computed: string | null;
  /** Points each dimension contributed to the score, by dimension id, one decimal. */
  readonly points: Readonly<Record<string, number>>;
  /** Dimension id of the gate that capped the tier, if any. */
  readonly gate: string | null;
  /** Consecutive snapshots the customer has been held above its computed tier (0 = not in grace). */
  readonly grace: number;
  /** True when a manual override decided the tier. */
  readonly override: boolean;
};

/** One parsed history row. */
export type HistoryRecord = {
  readonly date: string;
  /** The name as written (see `customerName`); compare names with `customerKey`, never with `===`. */
  readonly customer: string;
  readonly tier: string;
  readonly score: number | null;
  /** The Why text without the facts trailer. */
  readonly why: string;
  readonly facts: SnapshotFacts | null;
};

/** A history row as written to the sheet. */
export type HistoryCells = [date: string, customer: string, tier: string, score: number | '', reason: string];

const OPEN = ' ⟦';
const CLOSE = '⟧';

/** The cells of one history row; the reason carries the facts trailer. */
export function toHistoryCells(record: HistoryRecord): HistoryCells {
  return [record.date, record.customer, record.tier, record.score ?? '', reasonCell(record.why, record.facts)];
}

/**
 * A reason cell: the Why text plus the facts trailer; `extra` adds keys of its own to the trailer (the interval
 * rows used to keep their bookkeeping there; they now write it to their own column). Without facts, the Why text alone.
 */
function reasonCell(why: string, facts: SnapshotFacts | null, extra: Readonly<Record<string, unknown>> = {}): string {
  return facts ? `${why}${OPEN}${JSON.stringify({ ...encodeFacts(facts), ...extra })}${CLOSE}` : why;
}

/** The facts (and `extra` keys) as the compact JSON of the hidden data column; '' without facts. */
export function factsData(facts: SnapshotFacts | null, extra: Readonly<Record<string, unknown>> = {}): string {
  return facts ? JSON.stringify({ ...encodeFacts(facts), ...extra }) : '';
}

/** A reason and its data column joined as one reason with a trailer, the form splitReason reads. */
export function withFactsData(why: string, data: string): string {
  return `${why}${OPEN}${data}${CLOSE}`;
}

/** A tier name or reason cell as history reads it: NFKC, trimmed; numbers and booleans as text, other cells ''. */
export function cellText(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'string' ? value.normalize('NFKC').trim() : '';
}

/**
 * Reads history rows (below the header) into records. Rows without a readable date, a customer or a tier are
 * skipped and counted; nothing throws. Dates may be Date cells (Sheets converts typed dates) or text.
 */
export function readHistory(
  values: readonly (readonly unknown[])[],
  dateKey: DateKeyOf,
): { records: HistoryRecord[]; skipped: number } {
  const records: HistoryRecord[] = [];
  let skipped = 0;
  for (const row of values) {
    const date = readDateKey(row[0], dateKey);
    const customer = customerName(row[1]);
    const tier = cellText(row[2]);
    if (!date.ok || customer === '' || tier === '') {
      if (row.some(cell => cell !== '' && cell !== null && cell !== undefined)) skipped += 1;
      continue;
    }
    const scoreCell = row[3];
    const score = typeof scoreCell === 'number' && Number.isFinite(scoreCell) ? scoreCell : null;
    const { why, facts } = splitReason(typeof row[4] === 'string' ? row[4] : String(row[4] ?? ''));
    records.push({ date: date.key, customer, tier, score, why, facts });
  }
  return { records, skipped };
}

/** Splits a stored reason into its Why text and facts; a reason without a valid trailer has null facts. */
export function splitReason(reason: string): {
  why: string;
  facts: SnapshotFacts | null;
  /** The whole trailer object (facts keys and any extra keys); empty without a valid trailer. */
  data: Readonly<Record<string, unknown>>;
} {
  const at = reason.lastIndexOf(OPEN);
  if (at < 0 || !reason.endsWith(CLOSE)) return { why: reason, facts: null, data: {} };
  const data = parseTrailer(reason.slice(at + OPEN.length, reason.length - CLOSE.length));
  const facts = data ? decodeFacts(data) : null;
  return facts && data ? { why: reason.slice(0, at), facts, data } : { why: reason, facts: null, data: {} };
}

function encodeFacts(facts: SnapshotFacts): Record<string, unknown> {
  const compact: Record<string, unknown> = { c: facts.computed, p: roundPoints(facts.points) };
  if (facts.gate !== null) compact.g = facts.gate;
  if (facts.grace > 0) compact.r = facts.grace;
  if (facts.override) compact.o = 1;
  return compact;
}

function parseTrailer(json: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(json);
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function decodeFacts(parsed: Readonly<Record<string, unknown>>): SnapshotFacts | null {
  const { c, p, g, r, o } = parsed;
  if (!(c === null || typeof c === 'string') || !isRecord(p)) return null;
  const points: Record<string, number> = {};
  for (const [id, value] of Object.entries(p)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    points[id] = value;
  }
  return {
    computed: c,
    points,
    gate: typeof g === 'string' ? g : null,
    grace: typeof r === 'number' && Number.isInteger(r) && r > 0 ? r : 0,
    override: o === 1,
  };
}

function roundPoints(points: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, value] of Object.entries(points)) if (Number.isFinite(value)) out[id] = Math.round(value * 10) / 10;
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
