// Results whose costly parts (per-dimension breakdown, gap, reason text) are computed on first read and kept.
// Sheets writes every reason anyway; the sidebar's what-if only counts tiers, so it never pays for the text.
import type { Gap, GapContext, ParetoGapContext, ShownGap } from './gap.ts';
import { cutoffGap, emptyShownGap, paretoGap, shownCutoffGap } from './gap.ts';
import type { Lang } from './locale.ts';
import {
  emptyTop,
  GAP_OPTIONS_SHOWN,
  pushTop,
  type ReasonContext,
  reasonIn,
  resetTop,
  type TopContributions,
} from './reason.ts';
import type { CellIssue, CustomerResult, CustomerStatus, DimensionScore, FiredGate } from './result.ts';
import type { Column } from './scoring.ts';
import type { LocalText, Settings } from './settings-schema.ts';

/** The per-row arrays and contexts one classification computed; shared by all of its results. */
export type Run = {
  readonly settings: Settings;
  /** Column per dimension (settings order); undefined when not read. */
  readonly columnOfDim: readonly (Column | undefined)[];
  readonly weightSum: Float64Array;
  readonly gapContext: GapContext | null;
  readonly paretoContext: ParetoGapContext | null;
  readonly reasons: ReasonContext;
  readonly dimensions: (readonly DimensionScore[] | undefined)[];
  readonly gaps: (Gap | null | undefined)[];
  readonly texts: (LocalText | undefined)[];
};

/**
 * A customer's result. Plain fields are set at once; `dimensions`, `gap` and `reason` are getters that compute on
 * first read. `JSON.stringify` (via `toJSON`) and `toPlainResult` give a plain object with everything; a spread
 * (`{ ...result }`) copies only the plain fields, so use `toPlainResult` before spreading or sending it anywhere.
 */
class LazyCustomerResult implements CustomerResult {
  /** Lives on a per-classification prototype, so copies and JSON never carry it. */
  declare readonly run: Run;

  constructor(
    readonly row: number,
    readonly name: string,
    readonly status: CustomerStatus,
    readonly tier: number | null,
    readonly scoreTier: number | null,
    readonly score: number | null,
    readonly gate: FiredGate | null,
    readonly issues: readonly CellIssue[],
    readonly missing: readonly string[],
  ) {}

  get dimensions(): readonly DimensionScore[] {
    const cached = this.run.dimensions[this.row];
    if (cached) return cached;
    const built = dimensionScores(this.run, this.row, this.status);
    this.run.dimensions[this.row] = built;
    return built;
  }

  get gap(): Gap | null {
    const cached = this.run.gaps[this.row];
    if (cached !== undefined) return cached;
    const { gapContext, paretoContext } = this.run;
    const built =
      this.tier === null
        ? null
        : gapContext
          ? cutoffGap(this.row, this.tier, gapContext)
          : paretoContext
            ? paretoGap(this.row, this.tier, paretoContext)
            : null;
    this.run.gaps[this.row] = built;
    return built;
  }

  get reason(): LocalText {
    const cached = this.run.texts[this.row];
    if (cached) return cached;
    const top = this.top();
    const ctx = this.run.reasons;
    const gap = this.shownGap();
    const built = { zh: reasonIn(this, gap, top, ctx, 'zh'), en: reasonIn(this, gap, top, ctx, 'en') };
    this.run.texts[this.row] = built;
    return built;
  }

  /**
   * The reason in one language, as `reason[lang]` says it, without building the other language or keeping anything:
   * what a sheet or file writing one Why column per customer needs (`formatReason` calls it).
   */
  reasonIn(lang: Lang): string {
    const cached = this.run.texts[this.row];
    if (cached) return cached[lang];
    if (this.status === 'blank') return '';
    return reasonIn(this, this.shownGap(), this.top(), this.run.reasons, lang);
  }

  /**
   * The gap as far as a reason shows it, in the shared SHOWN arrays: from the cached gap when there is one, else
   * only its first options, computed without keeping anything.
   */
  private shownGap(): ShownGap {
    const out = SHOWN;
    out.count = 0;
    out.tier = -1;
    const known = this.run.gaps[this.row];
    const { gapContext, paretoContext } = this.run;
    if (known === undefined && this.tier !== null && gapContext) {
      shownCutoffGap(this.row, this.tier, gapContext, out);
      return out;
    }
    const gap =
      known !== undefined
        ? known
        : this.tier !== null && paretoContext
          ? paretoGap(this.row, this.tier, paretoContext)
          : null;
    if (!gap) return out;
    out.tier = gap.tier;
    const index = this.run.reasons.dimensionIndex;
    for (const o of gap.options) {
      const d = index.get(o.dimension);
      // An option the reason cannot name is left out, as the reason leaves it out.
      if (d === undefined || out.count >= GAP_OPTIONS_SHOWN) continue;
      out.dimension[out.count] = d;
      out.target[out.count] = o.target;
      out.delta[out.count] = o.delta;
      out.count++;
    }
    return out;
  }

  /** The three largest contributions, read from the run's columns: no per-dimension objects (see dimensionScores). */
  private top(): TopContributions {
    const top = TOP;
    resetTop(top);
    if (this.status !== 'tiered') return top;
    const { settings, columnOfDim, weightSum } = this.run;
    const w = weightSum[this.row] ?? 0;
    if (w <= 0) return top;
    const dims = settings.dimensions;
    for (let d = 0; d < dims.length; d++) {
      const weight = dims[d]?.weight ?? 0;
      const column = columnOfDim[d];
      const p = column?.points[this.row] ?? Number.NaN;
      if (weight <= 0 || Number.isNaN(p)) continue;
      // The same arithmetic as dimensionScores (share × points), so the texts match `dimensions` to the last digit.
      const share = weight / w;
      if (share > 0) pushTop(top, d, share * p, column?.values[this.row] ?? 0);
    }
    return top;
  }

  toJSON(): CustomerResult {
    return toPlainResult(this);
  }
}

/** Reused by every reason: read before the next customer's is built (the engine is single-threaded). */
const TOP = emptyTop();
const SHOWN = emptyShownGap(GAP_OPTIONS_SHOWN);

/** Makes the result constructor for one classification. */
export function resultMaker(run: Run): typeof LazyCustomerResult {
  const Bound = class extends LazyCustomerResult {};
  Object.defineProperty(Bound.prototype, 'run', { value: run });
  return Bound;
}

/** A plain-object copy with every field computed: safe to spread, store or send through google.script.run. */
export function toPlainResult(r: CustomerResult): CustomerResult {
  return {
    row: r.row,
    name: r.name,
    status: r.status,
    tier: r.tier,
    scoreTier: r.scoreTier,
    score: r.score,
    dimensions: r.dimensions.map(d => ({ ...d })),
    gate: r.gate,
    gap: r.gap,
    issues: r.issues,
    missing: r.missing,
    reason: { zh: r.reason.zh, en: r.reason.en },
  };
}

function dimensionScores(run: Run, i: number, status: CustomerStatus): DimensionScore[] {
  const dims = run.settings.dimensions;
  const tiered = status === 'tiered';
  const w = run.weightSum[i] ?? 0;
  return dims.map((dim, d) => {
    const c = run.columnOfDim[d];
    if (!c || status === 'blank') return { id: dim.id, value: null, points: null, share: 0, contribution: 0 };
    const v = c.values[i] ?? Number.NaN;
    const p = c.points[i] ?? Number.NaN;
    const counted = tiered && dim.weight > 0 && (!Number.isNaN(p) || dim.missing === 'worst');
    const share = counted && w > 0 ? dim.weight / w : 0;
    const points = Number.isNaN(p) ? null : p;
    return { id: dim.id, value: Number.isNaN(v) ? null : v, points, share, contribution: share * (points ?? 0) };
  });
}
