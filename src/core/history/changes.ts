// Movement between snapshots: the Changes list (who moved up or down, and why) and the migration matrix
// (tier before × tier after, counts and revenue). Pure; reads parsed history records only.
import { customerKey } from '../customers.ts';
import type { LocalText, Settings } from '../settings.ts';
import { tierIndexer } from '../tier-names.ts';
import { CHANGE_REASONS, joinReasons } from '../wording/history.ts';
import type { HistoryRecord } from './record.ts';

/** One customer's move between its previous snapshot and a later one. */
export type TierChange = {
  readonly date: string;
  readonly previousDate: string;
  readonly customer: string;
  readonly from: string;
  readonly to: string;
  /** 'moved' when a tier name is no longer in the settings, so up/down is unknown. */
  readonly direction: 'up' | 'down' | 'moved';
  readonly scoreBefore: number | null;
  readonly scoreAfter: number | null;
  readonly reason: LocalText;
};

/** Tier before × tier after between two snapshot dates. `null` in the labels is the new / gone bucket. */
export type MigrationMatrix = {
  readonly from: string;
  readonly to: string;
  /** Row labels: tier names (settings order, then unknown names), then null = not in the first snapshot. */
  readonly before: readonly (string | null)[];
  /** Column labels: tier names, then null = not in the second snapshot. */
  readonly after: readonly (string | null)[];
  readonly counts: readonly (readonly number[])[];
  readonly revenue: readonly (readonly number[])[];
};

/** Distinct snapshot dates, oldest first. */
export function snapshotDates(history: readonly HistoryRecord[]): string[] {
  return [...new Set(history.map(r => r.date))].sort();
}

/**
 * Every move between a customer's consecutive snapshots, newest first (then by customer). The reason names the
 * override, ended grace period, gate, or the dimension whose points moved most in the move's direction, plus
 * the score change. `limit` keeps the newest moves only.
 */
export function listChanges(
  history: readonly HistoryRecord[],
  settings: Pick<Settings, 'tiers' | 'dimensions'>,
  options: { readonly limit?: number } = {},
): TierChange[] {
  const tierOf = tierIndexer(settings.tiers.map(tier => tier.name));
  const changes: TierChange[] = [];
  for (const records of byCustomer(history).values()) {
    for (let i = 1; i < records.length; i += 1) {
      const before = records[i - 1];
      const after = records[i];
      if (before === undefined || after === undefined) continue;
      const from = tierOf(before.tier);
      const to = tierOf(after.tier);
      if (before.tier === after.tier || (from >= 0 && from === to)) continue;
      const direction = from < 0 || to < 0 ? 'moved' : to < from ? 'up' : 'down';
      changes.push({
        date: after.date,
        previousDate: before.date,
        customer: after.customer,
        from: before.tier,
        to: after.tier,
        direction,
        scoreBefore: before.score,
        scoreAfter: after.score,
        reason: explain(before, after, direction, settings),
      });
    }
  }
  changes.sort((a, b) => (a.date === b.date ? compareText(a.customer, b.customer) : a.date < b.date ? 1 : -1));
  return options.limit === undefined ? changes : changes.slice(0, options.limit);
}

/**
 * Counts and revenue of customers by tier at `from` (rows) and at `to` (columns); by default the last two
 * snapshot dates. Revenue comes from `revenue` (customer name → amount, matched by `customerKey`: the first of
 * names with the same key counts; missing customers count 0). Null when history has fewer than two snapshot
 * dates or a given date has no snapshot.
 */
export function migrationMatrix(
  history: readonly HistoryRecord[],
  settings: Pick<Settings, 'tiers'>,
  revenue: ReadonlyMap<string, number>,
  dates?: { readonly from: string; readonly to: string },
): MigrationMatrix | null {
  const all = snapshotDates(history);
  const from = dates?.from ?? all.at(-2);
  const to = dates?.to ?? all.at(-1);
  if (from === undefined || to === undefined || !all.includes(from) || !all.includes(to)) return null;
  const tierAt = (date: string) => {
    const map = new Map<string, string>();
    for (const r of history) if (r.date === date) map.set(customerKey(r.customer), r.tier);
    return map;
  };
  return countMatrix(tierAt(from), tierAt(to), { from, to }, settings, revenue);
}

/**
 * Counts and revenue by tier before (rows) and after (columns), from each customer's tier at the two dates
 * (`customerKey` → tier name; a customer missing on one side is in the new / gone bucket).
 */
export function countMatrix(
  start: ReadonlyMap<string, string>,
  end: ReadonlyMap<string, string>,
  dates: { readonly from: string; readonly to: string },
  settings: Pick<Settings, 'tiers'>,
  revenue: ReadonlyMap<string, number>,
): MigrationMatrix {
  const amounts = new Map<string, number>();
  for (const [name, amount] of revenue) {
    const key = customerKey(name);
    if (!amounts.has(key)) amounts.set(key, amount);
  }
  const known = tierIndexer(settings.tiers.map(tier => tier.name));
  const names: string[] = settings.tiers.map(tier => tier.name);
  for (const tier of [...start.values(), ...end.values()])
    if (known(tier) < 0 && !names.includes(tier)) names.push(tier);
  const labels: (string | null)[] = [...names, null];
  const counts = labels.map(() => labels.map(() => 0));
  const money = labels.map(() => labels.map(() => 0));
  const slot = (tier: string | undefined) =>
    tier === undefined ? names.length : known(tier) >= 0 ? known(tier) : names.indexOf(tier);
  for (const customer of new Set([...start.keys(), ...end.keys()])) {
    const row = counts[slot(start.get(customer))];
    const moneyRow = money[slot(start.get(customer))];
    const column = slot(end.get(customer));
    if (row === undefined || moneyRow === undefined) continue;
    row[column] = (row[column] ?? 0) + 1;
    moneyRow[column] = (moneyRow[column] ?? 0) + (amounts.get(customer) ?? 0);
  }
  return { ...dates, before: labels, after: labels, counts, revenue: money };
}

/** Each customer's records (by `customerKey`) in date order, one per date (the later row of a date wins). */
function byCustomer(history: readonly HistoryRecord[]): Map<string, HistoryRecord[]> {
  const perDate = new Map<string, Map<string, HistoryRecord>>();
  for (const record of history) {
    const key = customerKey(record.customer);
    const dates = perDate.get(key) ?? new Map<string, HistoryRecord>();
    dates.set(record.date, record);
    perDate.set(key, dates);
  }
  const out = new Map<string, HistoryRecord[]>();
  for (const [customer, dates] of perDate) {
    out.set(
      customer,
      [...dates.values()].sort((a, b) => compareText(a.date, b.date)),
    );
  }
  return out;
}

function explain(
  before: HistoryRecord,
  after: HistoryRecord,
  direction: TierChange['direction'],
  settings: Pick<Settings, 'dimensions'>,
): LocalText {
  const label = (id: string): LocalText => settings.dimensions.find(d => d.id === id)?.label ?? { zh: id, en: id };
  const a = before.facts;
  const b = after.facts;
  const parts: LocalText[] = [];
  if (b?.override && !a?.override) parts.push(CHANGE_REASONS.overrideSet());
  else if (a?.override && !b?.override) parts.push(CHANGE_REASONS.overrideEnded());
  if (a && b && a.grace > 0 && b.grace === 0 && direction === 'down') parts.push(CHANGE_REASONS.graceEnded(a.grace));
  if (a && b && !b.override && a.gate !== b.gate) {
    if (b.gate !== null) parts.push(CHANGE_REASONS.gateOn(label(b.gate)));
    else if (a.gate !== null) parts.push(CHANGE_REASONS.gateOff(label(a.gate)));
  }
  if (a && b && !b.override && parts.length === 0) {
    const driver = biggestMove(a.points, b.points, direction);
    if (driver) parts.push(CHANGE_REASONS.points(label(driver.id), driver.delta));
  }
  if (before.score !== after.score) parts.push(CHANGE_REASONS.score(before.score, after.score));
  if (parts.length === 0) parts.push(CHANGE_REASONS.settings());
  return joinReasons(parts);
}

/** The dimension whose points changed most in the direction of the move (any direction for 'moved'). */
function biggestMove(
  before: Readonly<Record<string, number>>,
  after: Readonly<Record<string, number>>,
  direction: TierChange['direction'],
): { id: string; delta: number } | null {
  let best: { id: string; delta: number } | null = null;
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const delta = Math.round(((after[id] ?? 0) - (before[id] ?? 0)) * 10) / 10;
    const along = direction === 'up' ? delta : direction === 'down' ? -delta : Math.abs(delta);
    if (along > 0 && (best === null || along > Math.abs(best.delta))) best = { id, delta };
  }
  return best;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
