// The one-line "why this tier" text in zh and en, and the number formatting it uses (money, days, percent).
// Wording comes from wording/reason.ts; this file renders each template once per classification with a placeholder and keeps
// each language's pieces apart, so one customer's reason in one language is only a few concatenations: 100,000
// reasons must cost about as much as grading them.
import { categoriesOf, knownWords, wordForScore } from './categories.ts';
import type { HeaderUnit } from './header-words.ts';
import type { Lang } from './locale.ts';
import type { CustomerResult } from './result.ts';
import type { DimensionUnit, LocalText, Settings } from './settings-schema.ts';
import { CATEGORY_REASON } from './wording/categories.ts';
import { CELL_ISSUES, REASON } from './wording/reason.ts';

const MINUS = '\u2212';
const SLOT = '\u0000';

/** A text with one placeholder, split around it: `before + value + after`. */
type Slotted = readonly [string, string];

/** One language's pieces of every reason, rendered from the settings once per classification. */
type Pieces = {
  readonly headline: readonly Slotted[];
  readonly contribution: readonly Slotted[];
  readonly gapOption: readonly Slotted[];
  readonly gate: readonly Slotted[];
  readonly gapTail: readonly string[];
  readonly missing: readonly string[];
  readonly separator: string;
  readonly listOpen: string;
  readonly listSeparator: string;
  readonly listClose: string;
  readonly gapOr: string;
};

/** Everything about the settings that reasons need, rendered once per classification. */
export type ReasonContext = {
  readonly settings: Settings;
  readonly zh: Pieces;
  readonly en: Pieces;
  readonly dimensionIndex: ReadonlyMap<string, number>;
  /** Per dimension, the unit of its column's header (amounts are shown in it), null for none. */
  readonly units: readonly (HeaderUnit | null)[];
  /** Per language and dimension, the words of a categorical one (best first), named when a cell holds another. */
  readonly knownWords: { readonly [L in Lang]: readonly (readonly string[])[] };
};

/** What a reason says, apart from the per-dimension contributions (passed separately as `TopContributions`). */
export type ReasonParts = Pick<
  CustomerResult,
  'status' | 'scoreTier' | 'score' | 'gate' | 'gap' | 'issues' | 'missing'
>;

/**
 * The three largest contributions among counted dimensions, largest first: dimension indexes (−1 when fewer than
 * three) and their contributions. Filled in place by `topContributions` or by the caller, so no object per row.
 */
export type TopContributions = { readonly index: Int32Array; readonly value: Float64Array };

/** How many ways to the next tier a reason names (the first ones in settings order). */
export const GAP_OPTIONS_SHOWN = 3;

/** A result that can write its reason in one language without building the other (classify's results can). */
type OneLanguage = { readonly reasonIn?: (lang: Lang) => string };

/** The reason in one language, ready for the sheet's "Why" column. */
export function formatReason(result: Pick<CustomerResult, 'reason'> & OneLanguage, lang: Lang): string {
  return result.reasonIn ? result.reasonIn(lang) : result.reason[lang];
}

/** Groups digits by thousands with up to `decimals` decimals, dropping trailing zeros; '−' for negatives. */
export function formatNumber(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = 10 ** decimals;
  const magnitude = Math.abs(value);
  // A whole number small enough that `magnitude × factor` is exact rounds to itself: skip the rounding.
  const rounded =
    Number.isInteger(magnitude) && magnitude * factor <= Number.MAX_SAFE_INTEGER
      ? magnitude
      : Math.round(magnitude * factor) / factor;
  const text = rounded < 1e21 ? String(rounded) : rounded.toFixed(0);
  const dot = text.indexOf('.');
  const intLength = dot < 0 ? text.length : dot;
  let out: string;
  if (intLength <= 3) out = text;
  else {
    const head = intLength % 3 || 3;
    out = text.slice(0, head);
    for (let p = head; p < intLength; p += 3) out += `,${text.slice(p, p + 3)}`;
    if (dot >= 0) out += text.slice(dot);
  }
  return value < 0 && rounded !== 0 ? MINUS + out : out;
}

/**
 * A value in its dimension's unit: '¥1,200,000', '45', '12.5%'. With the unit its column's header names (`display`),
 * an amount is shown in that unit as written there: 52,000 under a header in units of 10,000 yuan is 5.2 of them.
 */
export function formatValue(
  value: number,
  unit: DimensionUnit,
  currency: string,
  display: HeaderUnit | null = null,
): string {
  if (unit === 'percent') return `${formatNumber(value * 100, 1)}%`;
  if (display && unit !== 'days' && (unit === 'money' || display.factor !== 1)) {
    return `${formatNumber(value / display.factor, 2)} ${display.text}`;
  }
  if (unit === 'money') {
    const text = formatNumber(Math.abs(value), 2);
    return value < 0 ? MINUS + currency + text : currency + text;
  }
  return formatNumber(value, unit === 'days' || unit === 'count' ? 0 : 2);
}

/** A signed change: '+¥120,000', '−25', '+2.5%'. */
export function formatChange(
  delta: number,
  unit: DimensionUnit,
  currency: string,
  display: HeaderUnit | null = null,
): string {
  const text = formatValue(Math.abs(delta), unit, currency, display);
  return delta < 0 ? MINUS + text : `+${text}`;
}

/**
 * Renders the settings-dependent parts of every reason once. `units`: per dimension, the unit its column's header
 * names, so amounts read in the table's own unit.
 */
export function reasonContext(settings: Settings, units: readonly (HeaderUnit | null)[] = []): ReasonContext {
  const dims = settings.dimensions;
  const tierName = (k: number) => settings.tiers[k]?.name ?? '';
  const m = settings.method;
  const headline = settings.tiers.map((_, k): LocalText => {
    if (m.kind === 'cutoffs') {
      const reached = m.cutoffs[k];
      return reached === undefined
        ? REASON.cutoff(SLOT, '<', formatNumber(m.cutoffs[m.cutoffs.length - 1] ?? 0), tierName(k))
        : REASON.cutoff(SLOT, '≥', formatNumber(reached), tierName(k));
    }
    if (m.kind === 'share') {
      const top = formatNumber(
        m.shares.slice(0, k + 1).reduce((a, b) => a + b, 0),
        1,
      );
      return k < m.shares.length ? REASON.shareIn(SLOT, top, tierName(k)) : REASON.shareOut(SLOT, top, tierName(k));
    }
    // Pareto headlines have no slot: the measure's cumulative share decides, not the score.
    const label = dims.find(d => d.id === m.dimension)?.label ?? { zh: m.dimension, en: m.dimension };
    return k < m.shares.length
      ? REASON.paretoIn(label, formatNumber(m.shares[k] ?? 100, 1), tierName(k))
      : REASON.paretoOut(label, formatNumber(m.shares[m.shares.length - 1] ?? 100, 1), tierName(k));
  });
  const contribution = dims.map(d => REASON.contribution(d.label, SLOT));
  const gapOption = dims.map(d => REASON.gapOption(d.label, SLOT));
  const gate = settings.gates.map(g => {
    const dim = dims.find(d => d.id === g.dimension);
    const at = dims.findIndex(d => d.id === g.dimension);
    const threshold = dim ? formatValue(g.value, dim.unit, settings.currency, units[at] ?? null) : String(g.value);
    return REASON.gate(dim?.label ?? { zh: g.dimension, en: g.dimension }, SLOT, g.op, threshold, tierName(g.atMost));
  });
  // Share and Pareto tiers depend on the other customers: the gap says so.
  const gapTail = settings.tiers.map((_, k) =>
    m.kind === 'cutoffs' ? REASON.gapTail(tierName(k)) : REASON.gapTailRelative(tierName(k)),
  );
  const missing = dims.map(d =>
    d.missing === 'worst' ? REASON.missingWorst(d.label) : REASON.missingReweighted(d.label),
  );
  const pieces = (lang: Lang): Pieces => ({
    headline: headline.map(t => slotted(t[lang])),
    contribution: contribution.map(t => slotted(t[lang])),
    gapOption: gapOption.map(t => slotted(t[lang])),
    gate: gate.map(t => slotted(t[lang])),
    gapTail: gapTail.map(t => t[lang]),
    missing: missing.map(t => t[lang]),
    separator: REASON.separator[lang],
    listOpen: REASON.listOpen[lang],
    listSeparator: REASON.listSeparator[lang],
    listClose: REASON.listClose[lang],
    gapOr: REASON.gapOr[lang],
  });
  return {
    settings,
    zh: pieces('zh'),
    en: pieces('en'),
    dimensionIndex: new Map(dims.map((d, i) => [d.id, i])),
    units: dims.map((_, i) => units[i] ?? null),
    knownWords: {
      zh: dims.map(d => knownWords(categoriesOf(d) ?? [], 'zh')),
      en: dims.map(d => knownWords(categoriesOf(d) ?? [], 'en')),
    },
  };
}

/**
 * The reason in one language. `top` holds the three largest contributions (see `TopContributions`); it is read only
 * for tiered rows. Per customer this is string concatenation of pieces `ctx` rendered once, plus its own numbers.
 */
export function reasonIn(r: ReasonParts, top: TopContributions, ctx: ReasonContext, lang: Lang): string {
  if (r.status === 'blank') return '';
  if (r.status === 'invalid' || r.status === 'insufficient') return problemReason(r, ctx, lang);
  const { settings } = ctx;
  const dims = settings.dimensions;
  const p = ctx[lang];
  const sep = p.separator;
  const pareto = settings.method.kind === 'pareto';
  const head = p.headline[r.scoreTier ?? 0];
  let text = '';
  if (head) text = r.score === null || pareto ? head[0] + head[1] : head[0] + scoreText(r.score) + head[1];
  if (!pareto) {
    let first = true;
    for (let t = 0; t < 3; t++) {
      const d = top.index[t] ?? -1;
      const slot = p.contribution[d];
      if (d < 0 || !slot) continue;
      text += (first ? p.listOpen : p.listSeparator) + slot[0] + (top.value[t] ?? 0).toFixed(1) + slot[1];
      first = false;
    }
    if (!first) text += p.listClose;
  }
  for (const id of r.missing) {
    const d = ctx.dimensionIndex.get(id) ?? -1;
    const missing = p.missing[d];
    if (!missing || (dims[d]?.weight ?? 0) <= 0) continue;
    text += sep + missing;
  }
  const gate = r.gate;
  if (gate) {
    const slot = p.gate[gate.index];
    const at = ctx.dimensionIndex.get(gate.gate.dimension) ?? -1;
    const dim = dims[at];
    if (slot && dim) {
      text += sep + slot[0] + formatValue(gate.value, dim.unit, settings.currency, ctx.units[at] ?? null) + slot[1];
    }
  }
  const gap = r.gap;
  if (gap && gap.options.length > 0) {
    let count = 0;
    for (const o of gap.options) {
      const d = ctx.dimensionIndex.get(o.dimension) ?? -1;
      const slot = p.gapOption[d];
      const dim = dims[d];
      if (!slot || !dim || count === GAP_OPTIONS_SHOWN) continue;
      const categories = categoriesOf(dim);
      // A categorical dimension moves by changing its word ("Payment terms “Prepaid”"), not by "+40 Payment terms".
      const word = categories ? wordForScore(categories, o.target, lang) : null;
      text +=
        (count === 0 ? sep : p.gapOr) +
        (word === null
          ? slot[0] + formatChange(o.delta, dim.unit, settings.currency, ctx.units[d] ?? null) + slot[1]
          : CATEGORY_REASON.gapWord(dim.label, word)[lang]);
      count++;
    }
    const tail = p.gapTail[gap.tier];
    if (count > 0 && tail !== undefined) text += tail;
  }
  for (const issue of r.issues) text += sep + issueText(issue, ctx)[lang];
  return text;
}

const SCORE_TEXT = new Map<number, string>();

/** `score.toFixed(1)`, remembered: scores have one decimal, so 1,001 texts serve every customer. */
function scoreText(score: number): string {
  let text = SCORE_TEXT.get(score);
  if (text === undefined) {
    text = score.toFixed(1);
    // Bounded in case a caller passes unrounded scores.
    if (SCORE_TEXT.size >= 4096) SCORE_TEXT.clear();
    SCORE_TEXT.set(score, text);
  }
  return text;
}

/** An invalid or insufficient row: what is missing or unreadable, the non-empty parts joined by the separator. */
function problemReason(r: ReasonParts, ctx: ReasonContext, lang: Lang): string {
  const dims = ctx.settings.dimensions;
  const parts = r.issues.map(i => issueText(i, ctx));
  if (r.status === 'insufficient') {
    const required = r.missing.flatMap(id => {
      const dim = dims[ctx.dimensionIndex.get(id) ?? -1];
      return dim && dim.missing === 'insufficient' ? [dim.label] : [];
    });
    parts.unshift(required.length > 0 ? REASON.insufficient(required) : REASON.noColumns());
  }
  let text = '';
  for (const part of parts) {
    // A part is left out only when it is empty in both languages, so both languages list the same parts.
    if (part.zh === '' && part.en === '') continue;
    text = text === '' ? part[lang] : text + REASON.separator[lang] + part[lang];
  }
  return text;
}

/** One unreadable cell in both languages; an unknown word names the words its column knows, in each language. */
function issueText(issue: ReasonParts['issues'][number], ctx: ReasonContext): LocalText {
  const text = CELL_ISSUES[issue.code];
  if (issue.code !== 'unknown_word') return text(issue.column, issue.raw);
  const d = ctx.dimensionIndex.get(issue.dimension) ?? -1;
  return {
    zh: text(issue.column, issue.raw, ctx.knownWords.zh[d] ?? []).zh,
    en: text(issue.column, issue.raw, ctx.knownWords.en[d] ?? []).en,
  };
}

/** A TopContributions with no entries, to fill with `pushTop`. */
export function emptyTop(): TopContributions {
  return { index: new Int32Array([-1, -1, -1]), value: new Float64Array([-Infinity, -Infinity, -Infinity]) };
}

/** Clears `top` for the next customer. */
export function resetTop(top: TopContributions): void {
  for (let t = 0; t < 3; t++) {
    top.index[t] = -1;
    top.value[t] = Number.NEGATIVE_INFINITY;
  }
}

/** Offers dimension `k` with contribution `x`: kept when among the three largest so far (earlier wins ties). */
export function pushTop(top: TopContributions, k: number, x: number): void {
  const index = top.index;
  const value = top.value;
  if (x > (value[0] ?? 0)) {
    index[2] = index[1] ?? -1;
    value[2] = value[1] ?? 0;
    index[1] = index[0] ?? -1;
    value[1] = value[0] ?? 0;
    index[0] = k;
    value[0] = x;
  } else if (x > (value[1] ?? 0)) {
    index[2] = index[1] ?? -1;
    value[2] = value[1] ?? 0;
    index[1] = k;
    value[1] = x;
  } else if (x > (value[2] ?? 0)) {
    index[2] = k;
    value[2] = x;
  }
}

function slotted(text: string): Slotted {
  const at = text.indexOf(SLOT);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}
