// Stability controls between the engine and the sheet: manual overrides (with a reason, optional end date) and
// the grace period before a downgrade. Pure: engine results, override cells and past snapshots in; the final tier
// and Why text per row out.
//
// Rules (also in the README text for the lead):
// - Names match by `customerKey` (case, width and extra spaces ignored), as in the benefit ledger.
// - Baseline: a customer's state at its latest snapshot dated strictly before `today` (so recomputing on a snapshot
//   day gives the same answer as that day's snapshot); intervals.ts derives it from the open history rows.
// - Override: a non-blank "Tier override" naming a tier wins while today ≤ "Override until" (inclusive, optional).
//   It is flagged and NOT applied when the reason is blank, the tier name is unknown or the date is unreadable.
// - Grace (settings.graceSnapshots = N): upgrades and equal tiers apply at once. A customer whose computed tier is
//   below its baseline tier is kept at the baseline tier while this is its k-th consecutive snapshot below, k ≤ N
//   ("grace period: k of N"); on the (N+1)-th it moves down. N = 0 downgrades at once. A baseline decided by an
//   override does not start a grace period (the override is over; the computed tier stands). A row the engine
//   could not tier (tier null) keeps null.
import { customerKey } from '../customers.ts';
import type { LocalText, Settings } from '../settings.ts';
import { tierIndexer } from '../tier-names.ts';
import { expiredWhy, graceWhy, OVERRIDE_PROBLEMS, overrideWhy, problemWhy } from '../wording/history.ts';
import { type DateKeyOf, readDateKey } from './dates.ts';
import { cellText, type SnapshotFacts } from './record.ts';

/** One engine result, as the stability controls need it. */
export type ComputedTier = {
  readonly customer: string;
  /** Tier index, 0 = best; null when the engine gave no tier (insufficient data, invalid, blank). */
  readonly tier: number | null;
  readonly score: number | null;
  readonly why: LocalText;
  /** Points each dimension contributed, by dimension id. */
  readonly points: Readonly<Record<string, number>>;
  /** Dimension id of the gate that fired, if any. */
  readonly gate: string | null;
};

/** The raw cells of the optional override columns of one row (absent columns: leave the field out). */
export type OverrideCells = { readonly tier?: unknown; readonly reason?: unknown; readonly until?: unknown };

/** What happened to a row's override. */
export type OverrideState = 'none' | 'applied' | 'expired' | 'no_reason' | 'unknown_tier' | 'bad_date';

/** The final tier of one row and why. */
export type StableTier = {
  readonly tier: number | null;
  readonly computedTier: number | null;
  readonly source: 'computed' | 'override' | 'grace';
  readonly grace: { readonly count: number; readonly of: number } | null;
  readonly override: OverrideState;
  readonly why: LocalText;
  /** A flagged override (not applied); null otherwise. Counts as a row with a problem. */
  readonly problem: LocalText | null;
  /** What a snapshot of this row records besides tier, score and Why. */
  readonly facts: SnapshotFacts;
};

/** A customer's state at its latest snapshot before today: what the grace period continues from. */
export type Baseline = {
  /** The tier name as recorded. */
  readonly tier: string;
  /** Consecutive snapshots below that tier so far (0 = not in grace). */
  readonly grace: number;
  /** True when a manual override decided that tier. */
  readonly override: boolean;
};

/** Baselines by `customerKey`. */
export type Baselines = ReadonlyMap<string, Baseline>;

export type StabilitySettings = Pick<Settings, 'tiers' | 'graceSnapshots'>;

export type StabilityOptions = {
  /** Today as 'yyyy-MM-dd' in the document's time zone. */
  readonly today: string;
  /** Formats a Date cell (Override until) as 'yyyy-MM-dd' in the document's time zone. */
  readonly dateKey: DateKeyOf;
};

/**
 * Applies overrides and the grace period to engine results. `overrides[i]` belongs to `computed[i]` (missing or
 * null: no override columns). Returns one result per input row, same order. Never throws, never reads a sheet.
 */
export function applyStability(
  computed: readonly ComputedTier[],
  overrides: readonly (OverrideCells | null | undefined)[],
  baselines: Baselines,
  settings: StabilitySettings,
  options: StabilityOptions,
): StableTier[] {
  const names = settings.tiers.map(tier => tier.name);
  return computed.map((row, i) => {
    const override = readOverride(overrides[i], names, options);
    const computedName = nameOf(names, row.tier);
    const base = { computedTier: row.tier, grace: null, problem: null };
    const facts = { computed: computedName, points: row.points, gate: row.gate, grace: 0, override: false };
    if (override.state === 'applied') {
      const why = overrideWhy(override.name, override.reason, override.until, computedName, row.why);
      return {
        ...base,
        tier: override.tier,
        source: 'override',
        override: 'applied',
        why,
        facts: { ...facts, override: true },
      };
    }
    if (override.state !== 'none' && override.state !== 'expired') {
      return {
        ...base,
        ...graceOrComputed(row, baselines.get(customerKey(row.customer)), names, settings.graceSnapshots, facts),
        override: override.state,
        problem: override.problem,
        why: problemWhy(override.problem, row.why),
      };
    }
    const decided = graceOrComputed(
      row,
      baselines.get(customerKey(row.customer)),
      names,
      settings.graceSnapshots,
      facts,
    );
    const why = override.state === 'expired' ? expiredWhy(override.name, override.until, decided.why) : decided.why;
    return { ...base, ...decided, override: override.state, why };
  });
}

type Decided = Pick<StableTier, 'tier' | 'source' | 'grace' | 'why' | 'facts'>;

function graceOrComputed(
  row: ComputedTier,
  baseline: Baseline | undefined,
  names: readonly string[],
  of: number,
  facts: SnapshotFacts,
): Decided {
  const computed: Decided = { tier: row.tier, source: 'computed', grace: null, why: row.why, facts };
  if (row.tier === null || baseline === undefined || baseline.override) return computed;
  const held = indexOfName(names, baseline.tier);
  if (held < 0 || row.tier <= held) return computed;
  const count = baseline.grace + 1;
  if (count > of) return computed;
  const heldName = names[held] ?? baseline.tier;
  return {
    tier: held,
    source: 'grace',
    grace: { count, of },
    why: graceWhy(heldName, nameOf(names, row.tier) ?? '', count, of, row.why),
    facts: { ...facts, grace: count },
  };
}

type ReadOverride =
  | { state: 'none' }
  | { state: 'applied'; tier: number; name: string; reason: string; until: string | null }
  | { state: 'expired'; name: string; until: string }
  | { state: 'no_reason' | 'unknown_tier' | 'bad_date'; problem: LocalText };

function readOverride(
  cells: OverrideCells | null | undefined,
  names: readonly string[],
  options: StabilityOptions,
): ReadOverride {
  const raw = cellText(cells?.tier);
  if (!cells || raw === '') return { state: 'none' };
  const tier = indexOfName(names, raw);
  const name = names[tier] ?? raw;
  if (tier < 0) return problem('unknown_tier', OVERRIDE_PROBLEMS.unknown_tier(raw, names));
  const reason = cellText(cells.reason);
  if (reason === '') return problem('no_reason', OVERRIDE_PROBLEMS.no_reason(name));
  const until = readDateKey(cells.until, options.dateKey);
  if (!until.ok && until.issue === 'not_a_date') return problem('bad_date', OVERRIDE_PROBLEMS.bad_date(name));
  if (until.ok && until.key < options.today) return { state: 'expired', name, until: until.key };
  return { state: 'applied', tier, name, reason, until: until.ok ? until.key : null };
}

function problem(state: 'no_reason' | 'unknown_tier' | 'bad_date', text: LocalText): ReadOverride {
  return { state, problem: text };
}

function indexOfName(names: readonly string[], name: string): number {
  return tierIndexer(names)(name);
}

function nameOf(names: readonly string[], tier: number | null): string | null {
  return tier === null ? null : (names[tier] ?? null);
}
