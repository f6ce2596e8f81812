// Sheet values in, the add-on's output cells out: finds the customer table, runs the engine, applies overrides
// and the grace period, and words each row in the user's language. Recompute, the snapshot and =TIER share it, so
// they agree; only the grace period differs: =TIER passes no history, as it would not recalculate when history grows
// (docs/apps-script.md: Custom functions).
import { classify } from './classify.ts';
import type { DateKeyOf } from './history/dates.ts';
import { findOverrideColumns, overrideCellsOf } from './history/overrides.ts';
import { applyStability, type Baselines, type ComputedTier, type StableTier } from './history/stability.ts';
import type { OwnedColumns } from './layout.ts';
import type { Lang } from './locale.ts';
import { findMissingColumns, type MissingColumns } from './missing-columns.ts';
import type { Classification, CustomerResult } from './result.ts';
import type { Settings } from './settings-schema.ts';
import { type CustomerTable, findCustomerTable } from './table.ts';
import { STATUS_TEXT } from './wording/table.ts';

export type OutputCells = [tier: string, score: number | '', why: string];

export type TieredTable = {
  readonly table: CustomerTable;
  readonly classification: Classification;
  readonly stable: readonly StableTier[];
  /** One [Tier, Score, Why] per data row, in sheet order; blank rows give blank cells. Plain text: the Sheets
   * adapter makes it literal (literalCells) when it writes. */
  readonly outputs: readonly OutputCells[];
  /** Customers per tier index after overrides and grace. */
  readonly counts: readonly number[];
  /** Rows with a problem: unreadable cells, insufficient data, or a flagged override. */
  readonly problems: number;
};

export type PipelineOptions = {
  readonly today: Date;
  /** Today as 'yyyy-MM-dd' in the document's time zone. */
  readonly todayKey: string;
  /** A Date's day in the document's time zone: date cells, history dates and today are all read with it. */
  readonly dateKey: DateKeyOf;
  /** Each customer's state at its latest snapshot before today (intervals.ts `baselinesOf`), for the grace period. */
  readonly baselines: Baselines;
  readonly lang: Lang;
  /** Dimensions the user chose to grade without when their column is missing (see findMissingColumns). */
  readonly gradeWithout?: readonly string[];
  /** Which columns of a row are the add-on's own outputs (Recompute knows; readers go by header names). */
  readonly ownedIn?: (row: number) => OwnedColumns;
};

export type PipelineResult =
  | { readonly ok: true; readonly value: TieredTable }
  | { readonly ok: false; readonly issue: 'empty_sheet' | 'no_header_row'; readonly lookedFor: readonly string[] }
  | { readonly ok: false; readonly issue: 'missing_columns'; readonly missing: MissingColumns };

/**
 * Never throws on bad cells: each gives its row a reason. Fails, grading nothing, for a sheet with no recognisable
 * table and for a table without the column of a dimension the grade needs (unless listed in `gradeWithout`).
 */
export function tierSheetValues(
  values: readonly (readonly unknown[])[],
  settings: Settings,
  options: PipelineOptions,
): PipelineResult {
  const found = findCustomerTable(values, settings, options.ownedIn);
  if (!found.ok) return found;
  const table = found.table;
  const missing = findMissingColumns(table.headers, table.match, settings, options.gradeWithout);
  if (missing) return { ok: false, issue: 'missing_columns', missing };
  const classification = classify({ headers: table.headers, rows: table.rows }, settings, {
    today: options.today,
    toDay: options.dateKey,
  });
  const overrideColumns = findOverrideColumns(table.headers);
  const overrides = table.rows.map(row => overrideCellsOf(row, overrideColumns));
  const computed = classification.results.map(toComputed);
  const stable = applyStability(computed, overrides, options.baselines, settings, {
    today: options.todayKey,
    dateKey: options.dateKey,
  });
  const counts = settings.tiers.map(() => 0);
  let problems = 0;
  const outputs = classification.results.map((result, i): OutputCells => {
    const final = stable[i];
    if (result.status === 'blank' || final === undefined) return ['', '', ''];
    if (final.problem !== null || result.status !== 'tiered' || result.issues.length > 0) problems += 1;
    const why = final.why[options.lang];
    const score = result.score ?? '';
    if (final.tier === null) {
      const status = result.status === 'insufficient' ? STATUS_TEXT.insufficient : STATUS_TEXT.invalid;
      return [status[options.lang], score, why];
    }
    counts[final.tier] = (counts[final.tier] ?? 0) + 1;
    return [settings.tiers[final.tier]?.name ?? '', score, why];
  });
  return { ok: true, value: { table, classification, stable, outputs, counts, problems } };
}

function toComputed(result: CustomerResult): ComputedTier {
  const points: Record<string, number> = {};
  for (const d of result.dimensions) if (d.points !== null) points[d.id] = Math.round(d.contribution * 10) / 10;
  return {
    customer: result.name,
    tier: result.tier,
    score: result.score,
    why: result.reason,
    points,
    gate: result.gate?.gate.dimension ?? null,
  };
}
