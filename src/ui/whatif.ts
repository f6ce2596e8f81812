// The what-if summary the sidebar shows after every edit: customers per tier, how many move up or down against
// the saved settings, and the benefit budget the tiers imply. Pure: works on per-row outcomes from the engine.
import { MONTHS } from '../core/ledger/periods.ts';
import type { Benefit, LocalText, PeriodLength, Settings } from '../core/settings.ts';

/** One customer row as the summary needs it: tier index 0 is the best tier; null when not tiered. */
export type RowOutcome = {
  readonly status: 'tiered' | 'insufficient' | 'invalid' | 'blank';
  readonly tier: number | null;
};

/** Customers per tier and the rows that got no tier. Blank rows are not counted anywhere. */
export type TierCounts = { readonly perTier: number[]; readonly insufficient: number; readonly invalid: number };

/** Against the saved settings: rows whose tier got better (up), worse (down), or that gained or lost a tier. */
export type Moves = {
  readonly up: number;
  readonly down: number;
  readonly same: number;
  readonly changedStatus: number;
};

/**
 * One benefit's total for a period: money (sum of allowances), times (e.g. trainings), or perk holders. `per` is the
 * benefit's period when all its tiers share one, else a year (a quarterly 1 counts 4 a year).
 */
export type BudgetLine = {
  readonly id: string;
  readonly label: LocalText;
  readonly kind: Benefit['kind'];
  readonly per: PeriodLength;
  readonly total: number;
  readonly savedTotal: number;
};

/** Everything the preview panel shows. */
export type WhatIf = {
  readonly counts: TierCounts;
  readonly savedCounts: TierCounts;
  readonly moves: Moves;
  readonly budget: BudgetLine[];
};

/** Counts per tier for `tierCount` tiers; a tier index outside the range is a bug in the caller and is ignored. */
export function countTiers(rows: readonly RowOutcome[], tierCount: number): TierCounts {
  const perTier = new Array<number>(tierCount).fill(0);
  let insufficient = 0;
  let invalid = 0;
  for (const row of rows) {
    if (row.status === 'tiered' && row.tier !== null && row.tier < tierCount)
      perTier[row.tier] = (perTier[row.tier] ?? 0) + 1;
    else if (row.status === 'insufficient') insufficient += 1;
    else if (row.status === 'invalid') invalid += 1;
  }
  return { perTier, insufficient, invalid };
}

/**
 * Compares the same rows under the saved and the edited settings (both lists in table order). A lower tier index
 * is better, so moving from index 2 to 1 is "up". Rows tiered in one and not the other count as changedStatus.
 */
export function countMoves(saved: readonly RowOutcome[], edited: readonly RowOutcome[]): Moves {
  let up = 0;
  let down = 0;
  let same = 0;
  let changedStatus = 0;
  const n = Math.min(saved.length, edited.length);
  for (let i = 0; i < n; i++) {
    const before = saved[i];
    const after = edited[i];
    if (!before || !after || (before.status === 'blank' && after.status === 'blank')) continue;
    if (before.tier !== null && after.tier !== null) {
      if (after.tier < before.tier) up += 1;
      else if (after.tier > before.tier) down += 1;
      else same += 1;
    } else if (before.status !== after.status) changedStatus += 1;
    else same += 1;
  }
  return { up, down, same, changedStatus };
}

/**
 * One benefit's total over all tiered customers: allowance of each tier × customers in it (perks: 1 or 0 each), each
 * tier's allowance brought to a period of length `per` (a quarterly 1 is 4 a year, a yearly 4 is 1 a quarter).
 */
export function benefitTotal(
  benefit: Benefit,
  perTier: readonly number[],
  per: PeriodLength = budgetPeriod(benefit),
): number {
  return perTier.reduce((sum, count, tier) => {
    const own = benefit.periods[tier] ?? per;
    const scale = benefit.kind === 'perk' ? 1 : MONTHS[per] / MONTHS[own];
    return sum + (benefit.allowance[tier] ?? 0) * scale * count;
  }, 0);
}

/** The period a benefit's budget is shown for: its tiers' one period, else a year. */
function budgetPeriod(benefit: Pick<Benefit, 'periods'>): PeriodLength {
  const [first = 'year', ...rest] = benefit.periods;
  return rest.every(p => p === first) ? first : 'year';
}

/**
 * The budget lines for the edited settings, each with the saved settings' total beside it (benefits matched by
 * id; a benefit that is new has a saved total of 0).
 */
export function budgetLines(
  edited: Settings,
  counts: TierCounts,
  saved: Settings,
  savedCounts: TierCounts,
): BudgetLine[] {
  return edited.benefits.map(benefit => {
    const before = saved.benefits.find(b => b.id === benefit.id);
    const per = budgetPeriod(benefit);
    return {
      id: benefit.id,
      label: benefit.label,
      kind: benefit.kind,
      per,
      total: benefitTotal(benefit, counts.perTier, per),
      savedTotal: before ? benefitTotal(before, savedCounts.perTier, per) : 0,
    };
  });
}

/** The whole preview from the two classifications of the same table. */
export function summarise(
  saved: { settings: Settings; rows: readonly RowOutcome[] },
  edited: { settings: Settings; rows: readonly RowOutcome[] },
): WhatIf {
  const savedCounts = countTiers(saved.rows, saved.settings.tiers.length);
  const counts = countTiers(edited.rows, edited.settings.tiers.length);
  return {
    counts,
    savedCounts,
    moves: countMoves(saved.rows, edited.rows),
    budget: budgetLines(edited.settings, counts, saved.settings, savedCounts),
  };
}

/** A named customer whose tier changes, for the "e.g." line under the move counts: tier names, not indexes. */
export type MoveExample = { readonly name: string; readonly from: string; readonly to: string };

/**
 * The first `limit` customers (in table order) that move up and that move down, with their names as the sheet
 * has them (rendered as text by the UI, never as HTML). The old tier is named by the saved settings and the new one
 * by the edited settings, so a renamed or dropped tier still reads right ("D → C" after going from 4 tiers to 3).
 */
export function moveExamples(
  saved: { readonly settings: Pick<Settings, 'tiers'>; readonly rows: readonly RowOutcome[] },
  edited: { readonly settings: Pick<Settings, 'tiers'>; readonly rows: readonly RowOutcome[] },
  names: readonly string[],
  limit = 3,
): { up: MoveExample[]; down: MoveExample[] } {
  const up: MoveExample[] = [];
  const down: MoveExample[] = [];
  const tierName = (tiers: Settings['tiers'], tier: number) => tiers[tier]?.name ?? String(tier + 1);
  const n = Math.min(saved.rows.length, edited.rows.length);
  for (let i = 0; i < n && (up.length < limit || down.length < limit); i++) {
    const from = saved.rows[i]?.tier ?? null;
    const to = edited.rows[i]?.tier ?? null;
    if (from === null || to === null || from === to) continue;
    const list = to < from ? up : down;
    if (list.length < limit) {
      list.push({
        name: names[i] ?? `#${i + 2}`,
        from: tierName(saved.settings.tiers, from),
        to: tierName(edited.settings.tiers, to),
      });
    }
  }
  return { up, down };
}
