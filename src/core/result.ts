// The shape of a classification: one result per input row, plus counts and where the columns were found.
// JSON-friendly data (no Dates); results are class instances with lazy parts, so pass them through `toPlainResult`
// before google.script.run, which takes plain objects only.
import type { CellIssueCode } from './cells.ts';
import type { Gap } from './gap.ts';
import type { HeaderMatch } from './headers.ts';
import type { Gate, LocalText } from './settings-schema.ts';

export type { Gap } from './gap.ts';

/** 'tiered' has a tier; 'insufficient' lacks required data; 'invalid' has an unreadable cell; 'blank' is empty. */
export type CustomerStatus = 'tiered' | 'insufficient' | 'invalid' | 'blank';

/** One dimension's part in a customer's score. */
export type DimensionScore = {
  readonly id: string;
  /** Parsed value (days for date dimensions); null when missing, unreadable or its column is absent. */
  readonly value: number | null;
  /** 0..100 points; null when the value is missing. */
  readonly points: number | null;
  /** This dimension's share of the score for this customer (weight / counted weights), 0 when not counted. */
  readonly share: number;
  /** share × points, in score points; the contributions add up to the unrounded score. */
  readonly contribution: number;
};

/** A cell that could not be read: the column header as written, the raw text and a stable code. */
export type CellIssue = {
  readonly column: string;
  readonly dimension: string;
  readonly raw: string;
  readonly code: CellIssueCode;
};

/** The gate that lowered the tier, with the customer's value that made it fire. */
export type FiredGate = { readonly index: number; readonly gate: Gate; readonly value: number };

/**
 * One customer's outcome. From `classify`, `dimensions`, `gap` and `reason` are getters computed on first read, not
 * own properties: `{ ...result }`, `Object.assign`, `Object.keys` and `structuredClone` silently drop them (the type
 * cannot tell). Copy with `toPlainResult` first; `JSON.stringify` is safe (it goes through `toJSON`). They read the
 * settings object passed to `classify`, so do not change that object while its results are still being read.
 */
export type CustomerResult = {
  /** Index of the row in `table.rows`. */
  readonly row: number;
  readonly name: string;
  readonly status: CustomerStatus;
  /** Final tier index (0 = best) after gates; null unless tiered. */
  readonly tier: number | null;
  /** Tier the score (or share / Pareto position) alone gives, before gates. */
  readonly scoreTier: number | null;
  /** 0..100, one decimal; null when not scored. */
  readonly score: number | null;
  /** Per dimension in settings order. */
  readonly dimensions: readonly DimensionScore[];
  readonly gate: FiredGate | null;
  /** The next tier and single-dimension changes that reach it (relative for share and Pareto); null at the top. */
  readonly gap: Gap | null;
  readonly issues: readonly CellIssue[];
  /** Ids of dimensions whose value is missing (empty cell or sheet error). */
  readonly missing: readonly string[];
  readonly reason: LocalText;
};

export type Classification = {
  readonly results: readonly CustomerResult[];
  readonly counts: {
    /** Customers per tier index. */
    readonly tiers: readonly number[];
    readonly insufficient: number;
    readonly invalid: number;
    readonly blank: number;
  };
  readonly columns: HeaderMatch;
};
