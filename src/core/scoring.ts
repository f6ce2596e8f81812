// Column-wise scoring: reads one dimension's cells into a Float64Array and turns values into 0..100 points
// (percentile rank, min-max or fixed bands). Typed arrays and one sort per column keep 100,000 rows fast.
import { categoriesOf, readCategory } from './categories.ts';
import {
  type CalendarDay,
  type CellIssueCode,
  parseDateCell,
  parseDaysCell,
  parseNumberCell,
  plainNumber,
} from './cells.ts';
import type { DateToDay } from './days.ts';
import type { Dimension } from './settings-schema.ts';

/** Cell states in `Column.state`. Missing cells (empty, sheet error) follow the dimension's missing policy. */
export const CELL_OK = 0;
export const CELL_EMPTY = 1;
export const CELL_SHEET_ERROR = 2;
export const CELL_INVALID = 3;

/** Points every customer gets when a relative normalisation has no spread (one customer, or all equal). */
const NO_SPREAD_POINTS = 50;

/** One dimension's parsed column. `values` and `points` hold NaN where the cell is missing or invalid. */
export type Column = {
  readonly dim: Dimension;
  /** Index of the dimension in `settings.dimensions`. */
  readonly index: number;
  /** Index of the column in the table. */
  readonly column: number;
  readonly values: Float64Array;
  readonly state: Uint8Array;
  /** Issue code per row for states other than OK (sparse). */
  readonly codes: Map<number, { code: CellIssueCode; raw: string }>;
  /** Rows with a value, ascending by value (percentile only; empty otherwise). */
  readonly order: Uint32Array;
  /** Smallest and largest present value (NaN when none). */
  readonly min: number;
  readonly max: number;
  readonly points: Float64Array;
  /** Sorted values and their tie runs, built on first use by `ranked` (only gaps need them). */
  cache: Ranked | null;
};

/** Present values ascending, and for each index the first and one-past-last index of its run of equal values. */
export type Ranked = {
  readonly sorted: Float64Array;
  readonly runStart: Int32Array;
  readonly runEnd: Int32Array;
  /**
   * Where the last search ended. One customer's gap asks about values near each other (a candidate, then a step or
   * two either side), so the next search starts there; answers never depend on it.
   */
  hint: number;
};

/**
 * Parses the cells of one column for the rows not marked in `skip` (blank rows); `toDay` reads Date cells. `scale`
 * is the header's unit (`毛利（万元）` → 10,000): numbers are multiplied by it, so 20 is read as 200,000.
 */
export function readColumn(
  dim: Dimension,
  index: number,
  column: number,
  rows: readonly (readonly unknown[])[],
  skip: Uint8Array,
  today: CalendarDay,
  toDay: DateToDay,
  scale = 1,
): Column {
  const n = rows.length;
  const values = new Float64Array(n).fill(Number.NaN);
  const state = new Uint8Array(n);
  const codes = new Map<number, { code: CellIssueCode; raw: string }>();
  const isDate = dim.valueType === 'date';
  const categories = categoriesOf(dim);
  // Credit days may be written as payment-term text ('月结60天', 'Net 30'): days columns read the number inside.
  const readNumber = dim.unit === 'days' ? parseDaysCell : parseNumberCell;
  for (let i = 0; i < n; i++) {
    if (skip[i] === 1) continue;
    const raw = rows[i]?.[column];
    if (categories) {
      const r = readCategory(raw, categories);
      if (r.ok) values[i] = r.value;
      else {
        state[i] = r.issue === 'empty' ? CELL_EMPTY : r.issue === 'sheet_error' ? CELL_SHEET_ERROR : CELL_INVALID;
        if (r.issue !== 'empty') codes.set(i, { code: r.issue, raw: r.input });
      }
      continue;
    }
    if (!isDate && typeof raw === 'number' && Number.isFinite(raw)) {
      values[i] = scale === 1 ? raw : scaleValue(raw, scale);
      continue;
    }
    // Plain decimal text (most of a CSV export) without the result object parseNumberCell returns.
    if (!isDate && typeof raw === 'string') {
      const plain = plainNumber(raw);
      if (!Number.isNaN(plain)) {
        values[i] = scale === 1 ? plain : scaleValue(plain, scale);
        continue;
      }
    }
    const r = isDate ? parseDateCell(raw, today, toDay) : readNumber(raw);
    if (r.ok) {
      // A cell that names its own magnitude ('1.2万') is already in yuan: the header's unit does not apply again.
      values[i] = scale === 1 || isDate || hasOwnMagnitude(raw) ? r.value : scaleValue(r.value, scale);
      continue;
    }
    state[i] = r.issue === 'empty' ? CELL_EMPTY : r.issue === 'sheet_error' ? CELL_SHEET_ERROR : CELL_INVALID;
    if (r.issue !== 'empty') codes.set(i, { code: r.issue, raw: r.input });
  }
  const kind = dim.normalisation.kind;
  const order = kind === 'percentile' ? orderByValue(values) : new Uint32Array(0);
  let min = Number.NaN;
  let max = Number.NaN;
  for (let i = 0; i < n; i++) {
    const v = values[i] ?? Number.NaN;
    if (!(v >= min)) min = Number.isNaN(v) ? min : v;
    if (!(v <= max)) max = Number.isNaN(v) ? max : v;
  }
  const points = new Float64Array(n).fill(Number.NaN);
  const col: Column = { dim, index, column, values, state, codes, order, min, max, points, cache: null };
  if (kind === 'percentile') {
    // Each row's rank is its position in the sorted order: no search. Walk the runs of equal values; every member
    // of a run has the others below it as worse (or better) and the rest of its run as ties.
    const m = order.length;
    const others = m - 1;
    const higher = dim.direction === 'higher';
    let start = 0;
    while (start < m) {
      const x = values[order[start] ?? 0];
      let end = start + 1;
      while (end < m && values[order[end] ?? 0] === x) end++;
      const worse = higher ? start : m - end;
      const p = others <= 0 ? NO_SPREAD_POINTS : (100 * (worse + (end - start - 1) / 2)) / others;
      for (let k = start; k < end; k++) points[order[k] ?? 0] = p;
      start = end;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const v = values[i] ?? Number.NaN;
      if (!Number.isNaN(v)) points[i] = pointsOf(col, v, v);
    }
  }
  return col;
}

/** `value × factor`, exact in decimal for powers of ten (1.15 × 10,000 is 11,500, not 11,499.999…). */
export function scaleValue(value: number, factor: number): number {
  const exponent = Math.round(Math.log10(factor));
  const text = String(value);
  return 10 ** exponent === factor && !text.includes('e') ? Number(`${text}e${exponent}`) : value * factor;
}

/** Whether a cell names its own magnitude ('1.2万', '3亿'): a header's unit does not apply to it again. */
export function hasOwnMagnitude(raw: unknown): boolean {
  return typeof raw === 'string' && /[万亿]/u.test(raw);
}

/**
 * Points for value `v` of a dimension. Percentile: mid-rank, so ties share a rank and the best value gets 100,
 * the worst 0. `self` is the customer's own value (one copy of it is in the column); `v` may be a hypothetical value,
 * ranked against the other customers only.
 * Min-max: linear between the smallest and largest value, clamped; for a hypothetical `v` those are the other
 * customers' values and `v` itself (a customer raised off the minimum no longer defines it). Both give
 * NO_SPREAD_POINTS without spread.
 */
export function pointsOf(col: Column, v: number, self: number): number {
  const dim = col.dim;
  const norm = dim.normalisation;
  const higher = dim.direction === 'higher';
  // A categorical value is its category's score already.
  if (norm.kind === 'categories') return v;
  if (norm.kind === 'bands') {
    for (const band of norm.bands) {
      if (higher ? v >= band.threshold : v <= band.threshold) return band.points;
    }
    return norm.otherwise;
  }
  if (norm.kind === 'minmax') {
    let min = col.min;
    let max = col.max;
    if (v !== self) {
      const others = othersRange(col, self);
      if (!others) return NO_SPREAD_POINTS;
      min = Math.min(others[0], v);
      max = Math.max(others[1], v);
    }
    if (!(max > min)) return NO_SPREAD_POINTS;
    const p = ((higher ? v - min : max - v) / (max - min)) * 100;
    return Math.max(0, Math.min(100, p));
  }
  // Ranked against the other customers: `others` of them, `worse` strictly worse, `ties` equal.
  const r = ranked(col);
  const { sorted } = r;
  const others = sorted.length - 1;
  if (others <= 0) return NO_SPREAD_POINTS;
  let below = lowerBoundNear(sorted, v, r.hint);
  r.hint = below;
  let atMost = sorted[below] !== v ? below : (r.runEnd[below] ?? below);
  if (self < v) below--;
  if (self <= v) atMost--;
  const worse = higher ? below : others - atMost;
  return (100 * (worse + (atMost - below) / 2)) / others;
}

/**
 * Percentile points of the value `sorted[j]` for a customer whose own value is `self`, in O(1): the rank among
 * the other customers, with ties counting half (mid-rank). Equals `pointsOf` for that value.
 */
function pointsAtIndex(r: Ranked, higher: boolean, j: number, self: number): number {
  const others = r.sorted.length - 1;
  if (others <= 0) return NO_SPREAD_POINTS;
  const x = r.sorted[j] ?? Number.NaN;
  const below = (r.runStart[j] ?? 0) - (self < x ? 1 : 0);
  const atMost = (r.runEnd[j] ?? 0) - (self <= x ? 1 : 0);
  const worse = higher ? below : others - atMost;
  return (100 * (worse + (atMost - below) / 2)) / others;
}

/**
 * Percentile points of a value just past the run of `sorted[j]` on the better side (above it for higher-is-better,
 * below it for lower-is-better) and short of the next run: it beats that whole run and ties with no one.
 */
function pointsPastIndex(r: Ranked, higher: boolean, j: number, self: number): number {
  const others = r.sorted.length - 1;
  if (others <= 0) return NO_SPREAD_POINTS;
  const x = r.sorted[j] ?? Number.NaN;
  const worse = higher ? (r.runEnd[j] ?? 0) - (self <= x ? 1 : 0) : others - (r.runStart[j] ?? 0) + (self < x ? 1 : 0);
  return (100 * worse) / others;
}

/** The smallest and largest value among the other customers (one copy of `self` left out); null when none. */
function othersRange(col: Column, self: number): [number, number] | null {
  const { sorted } = ranked(col);
  const m = sorted.length;
  if (m < 2) return null;
  const low = sorted[0] === self ? sorted[1] : sorted[0];
  const high = sorted[m - 1] === self ? sorted[m - 2] : sorted[m - 1];
  return low === undefined || high === undefined ? null : [low, high];
}

/** The column's sorted values and tie runs, built once on first use. */
function ranked(col: Column): Ranked {
  if (col.cache) return col.cache;
  const order =
    col.order.length > 0 || col.dim.normalisation.kind === 'percentile' ? col.order : orderByValue(col.values);
  const sorted = new Float64Array(order.length);
  for (let k = 0; k < order.length; k++) sorted[k] = col.values[order[k] ?? 0] ?? Number.NaN;
  const [runStart, runEnd] = runs(sorted);
  col.cache = { sorted, runStart, runEnd, hint: 0 };
  return col.cache;
}

/**
 * The least-improved value whose points reach `needed` for a customer whose value is `v`, or null when no value
 * can. Values are whole `step`s past another customer's value where that matters (percentile), or rounded up to a
 * `step` (min-max); the caller confirms the tier.
 */
export function valueForPoints(col: Column, v: number, needed: number, step: number): number | null {
  const dim = col.dim;
  const norm = dim.normalisation;
  const higher = dim.direction === 'higher';
  if (needed > 100 + 1e-9) return null;
  if (norm.kind === 'categories') {
    // The lowest category score that is enough: the smallest change of word.
    let best: number | null = null;
    for (const c of norm.categories) if (c.score >= needed && (best === null || c.score < best)) best = c.score;
    return best;
  }
  if (norm.kind === 'bands') {
    for (let k = norm.bands.length - 1; k >= 0; k--) {
      const band = norm.bands[k];
      if (band && band.points >= needed) return band.threshold;
    }
    return null;
  }
  if (norm.kind === 'minmax') {
    const others = othersRange(col, v);
    if (!others) return null;
    const [min, max] = others;
    // The others all equal: matching them gives everyone NO_SPREAD_POINTS, passing them makes the customer the best.
    if (!(max > min)) return needed <= NO_SPREAD_POINTS ? min : higher ? min + step : min - step;
    const exact = higher ? min + (needed / 100) * (max - min) : max - (needed / 100) * (max - min);
    return higher ? Math.ceil(exact / step) * step : Math.floor(exact / step) * step;
  }
  // Percentile: the candidates are a tie with some customer's value (mid-rank) or a step past its run (beats the
  // whole run). Either kind's points rise with j for higher-is-better and fall with j for lower-is-better.
  const r = ranked(col);
  const tieAt = reachingIndex(r, higher, v, needed, false);
  const pastAt = reachingIndex(r, higher, v, needed, true);
  // The caller ranks values near these next (pointsOf).
  r.hint = tieAt;
  const tieValue = r.sorted[tieAt];
  const pastValue = r.sorted[pastAt];
  const past = pastValue === undefined ? undefined : higher ? pastValue + step : pastValue - step;
  if (tieValue === undefined) return past ?? null;
  if (past === undefined) return tieValue;
  return higher ? Math.min(tieValue, past) : Math.max(tieValue, past);
}

/**
 * The least-improved index j whose points reach `needed` (a tie with `sorted[j]`, or a step past its run when
 * `past`): the first such j for higher-is-better, the last for lower-is-better; out of range when none does.
 * Points rise with the rank, and a rank is about `needed` % of the others: the search starts at that index and walks
 * run by run (points are equal within a run), a few steps instead of a binary search's seventeen at 100,000
 * customers. It falls back to the binary search after a few runs (many tiny runs far from the estimate).
 */
function reachingIndex(r: Ranked, higher: boolean, self: number, needed: number, past: boolean): number {
  const m = r.sorted.length;
  if (m === 0) return higher ? 0 : -1;
  const { runStart, runEnd } = r;
  const rank = Math.floor((Math.max(Number.isNaN(needed) ? 0 : needed, 0) * (m - 1)) / 100);
  let j = Math.min(m - 1, Math.max(0, higher ? rank : m - 1 - rank));
  if (higher) {
    // The first reaching index is a run's start (or m when none reaches).
    const up = reaches(r, higher, self, needed, past, j);
    for (let step = 0; step < WALK_STEPS; step++) {
      if (up) {
        const s = runStart[j] ?? 0;
        if (s === 0 || !reaches(r, higher, self, needed, past, s - 1)) return s;
        j = s - 1;
      } else {
        const e = runEnd[j] ?? m;
        if (e >= m) return m;
        if (reaches(r, higher, self, needed, past, e)) return e;
        j = e;
      }
    }
    return searchFirst(r, self, needed, past);
  }
  // Lower-is-better: the last reaching index is a run's last index (or −1 when none reaches).
  const down = reaches(r, higher, self, needed, past, j);
  for (let step = 0; step < WALK_STEPS; step++) {
    if (down) {
      const e = runEnd[j] ?? m;
      if (e >= m || !reaches(r, higher, self, needed, past, e)) return e - 1;
      j = e;
    } else {
      const s = runStart[j] ?? 0;
      if (s === 0) return -1;
      if (reaches(r, higher, self, needed, past, s - 1)) return s - 1;
      j = s - 1;
    }
  }
  return searchLast(r, self, needed, past);
}

/** Whether index j's points (a tie with it, or past its run) reach `needed`. */
function reaches(r: Ranked, higher: boolean, self: number, needed: number, past: boolean, j: number): boolean {
  return (past ? pointsPastIndex(r, higher, j, self) : pointsAtIndex(r, higher, j, self)) >= needed;
}

/** Runs walked before reachingIndex falls back to a binary search. */
const WALK_STEPS = 8;

function searchFirst(r: Ranked, self: number, needed: number, past: boolean): number {
  let lo = 0;
  let hi = r.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const p = past ? pointsPastIndex(r, true, mid, self) : pointsAtIndex(r, true, mid, self);
    if (p >= needed) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function searchLast(r: Ranked, self: number, needed: number, past: boolean): number {
  let lo = -1;
  let hi = r.sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const p = past ? pointsPastIndex(r, false, mid, self) : pointsAtIndex(r, false, mid, self);
    if (p >= needed) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * First index with `sorted[i] >= v`, galloping out from `hint` (where the last search ended): O(log distance), so a
 * value near the last one costs a few comparisons. Same answer as a plain binary search.
 */
function lowerBoundNear(sorted: Float64Array, v: number, hint: number): number {
  const m = sorted.length;
  // NaN compares with nothing: a plain binary search answers 0, and so does a search from 0.
  const h = Number.isNaN(v) ? 0 : Math.min(m, Math.max(0, hint));
  let lo: number;
  let hi: number;
  if (h < m && (sorted[h] ?? 0) < v) {
    // The answer is after h.
    lo = h + 1;
    let step = 1;
    hi = lo;
    while (hi < m && (sorted[hi] ?? 0) < v) {
      lo = hi + 1;
      hi += step;
      step *= 2;
    }
    if (hi > m) hi = m;
  } else {
    // The answer is h or before it.
    hi = h;
    let step = 1;
    lo = hi - 1;
    while (lo >= 0 && (sorted[lo] ?? 0) >= v) {
      hi = lo;
      lo -= step;
      step *= 2;
    }
    lo = lo < 0 ? 0 : lo + 1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function runs(sorted: Float64Array): [Int32Array, Int32Array] {
  const n = sorted.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && sorted[j] === sorted[i]) j++;
    for (let k = i; k < j; k++) {
      start[k] = i;
      end[k] = j;
    }
    i = j;
  }
  return [start, end];
}

/** Below this many values a comparison sort of indexes is cheaper than four 65,536-bucket radix passes. */
const RADIX_MIN = 2048;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Rows with a value (not NaN), ordered by value ascending, ties in row order. For large columns an LSD radix sort
 * on the IEEE-754 bits (four 16-bit digits), which costs less than `Float64Array.prototype.sort` and, unlike it,
 * yields the permutation, so ranks come from positions instead of a binary search per row.
 */
export function orderByValue(values: Float64Array): Uint32Array {
  const n = values.length;
  let m = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i] ?? Number.NaN)) m++;
  let keys: Uint32Array = new Uint32Array(m);
  let k = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i] ?? Number.NaN)) keys[k++] = i;
  if (m < RADIX_MIN || !LITTLE_ENDIAN) {
    return Uint32Array.from([...keys].sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0) || a - b));
  }
  // Order-preserving unsigned keys, read straight from the values' bits: flip every bit of a negative number,
  // only the sign bit of a positive one. -0 lands next to +0 and compares equal to it later.
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const [hi, lo, spare] = radixBuffers(n);
  for (let j = 0; j < m; j++) {
    const i = keys[j] ?? 0;
    const h = words[2 * i + 1] ?? 0;
    const l = words[2 * i] ?? 0;
    const negative = h >>> 31 === 1;
    hi[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    lo[i] = negative ? ~l >>> 0 : l;
  }
  let scratch: Uint32Array = spare;
  const counts = RADIX_COUNTS;
  let swapped = false;
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    counts.fill(0);
    for (let j = 0; j < m; j++) {
      const d = ((word[keys[j] ?? 0] ?? 0) >>> shift) & 0xffff;
      counts[d] = (counts[d] ?? 0) + 1;
    }
    if (counts[((word[keys[0] ?? 0] ?? 0) >>> shift) & 0xffff] === m) continue; // every key shares this digit
    let total = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d] ?? 0;
      counts[d] = total;
      total += c;
    }
    for (let j = 0; j < m; j++) {
      const key = keys[j] ?? 0;
      const d = ((word[key] ?? 0) >>> shift) & 0xffff;
      const at = counts[d] ?? 0;
      scratch[at] = key;
      counts[d] = at + 1;
    }
    [keys, scratch] = [scratch, keys];
    swapped = !swapped;
  }
  // `keys` may be the shared spare buffer: hand back an array of exactly m rows the caller can keep.
  return swapped ? keys.slice(0, m) : keys;
}

const RADIX_COUNTS = new Uint32Array(65536);
let radixCache: [Uint32Array, Uint32Array, Uint32Array] = [new Uint32Array(0), new Uint32Array(0), new Uint32Array(0)];

/** Work buffers for the radix sort, reused across columns and calls (the engine is single-threaded). */
function radixBuffers(n: number): [Uint32Array, Uint32Array, Uint32Array] {
  if (radixCache[0].length < n) radixCache = [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n)];
  return radixCache;
}
