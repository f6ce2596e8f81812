// The one-line "why this tier" text in zh and en, and the number formatting it uses (money, days, percent).
// Wording comes from wording/reason.ts; this file renders each template once per classification with a placeholder
// and keeps each language's pieces apart, so one customer's reason in one language is only a few concatenations:
// 100,000 reasons must cost about as much as grading them.
import { categoriesOf, knownWords, wordForScore } from './categories.ts';
import type { ShownGap } from './gap.ts';
import type { HeaderUnit } from './header-words.ts';
import type { Lang } from './locale.ts';
import type { CustomerResult } from './result.ts';
import type { Category, DimensionUnit, LocalText, Settings } from './settings-schema.ts';
import { CATEGORY_REASON } from './wording/categories.ts';
import { CELL_ISSUES, CHINESE_MONEY_UNITS, type DimensionWords, REASON } from './wording/reason.ts';

const MINUS = '\u2212';
const SLOT = '\u0000';

/** A text with one placeholder, split around it: `before + value + after`. */
type Slotted = readonly [string, string];

/** One language's pieces of every reason, rendered from the settings once per classification. */
type Pieces = {
  /** Per final tier: the lead before the values ('B: ') and, for a reason with nothing after it, the tier alone. */
  readonly lead: readonly string[];
  readonly leadAlone: readonly string[];
  /** Per dimension: its value in words around the amount, and what a zero reads as ('' when nothing special). */
  readonly value: readonly Slotted[];
  readonly none: readonly string[];
  readonly valueSeparator: string;
  /** Per score tier under Pareto tiers: the measure's cumulative share; empty otherwise. */
  readonly pareto: readonly string[];
  readonly gate: readonly Slotted[];
  readonly missing: readonly string[];
  readonly gapUp: readonly Slotted[];
  readonly gapDown: readonly Slotted[];
  readonly gapOr: string;
  readonly gapTail: readonly string[];
  /** Per score tier: '. Score ' + score + the method's words; then, after a rule fired, what the score alone gave. */
  readonly detail: readonly Slotted[];
  readonly byScore: readonly string[];
  readonly contribution: readonly Slotted[];
  readonly listOpen: string;
  readonly listSeparator: string;
  readonly listClose: string;
  readonly separator: string;
};

/** Everything about the settings that reasons need, rendered once per classification. */
export type ReasonContext = {
  readonly settings: Settings;
  readonly zh: Pieces;
  readonly en: Pieces;
  readonly dimensionIndex: ReadonlyMap<string, number>;
  /** Per dimension, the unit of its column's header (amounts are shown in it), null for none. */
  readonly units: readonly (HeaderUnit | null)[];
  /** Per dimension, the word table of a categorical one (its values are category scores), else null. */
  readonly categories: readonly (readonly Category[] | null)[];
  /** Per language and dimension, the words of a categorical one (best first), named when a cell holds another. */
  readonly knownWords: { readonly [L in Lang]: readonly (readonly string[])[] };
};

/**
 * What a reason says, apart from the per-dimension contributions (passed separately as `TopContributions`) and the
 * ways up (a `ShownGap`).
 */
export type ReasonParts = Pick<
  CustomerResult,
  'status' | 'tier' | 'scoreTier' | 'score' | 'gate' | 'issues' | 'missing'
>;

/**
 * The three largest contributions among counted dimensions, largest first: dimension indexes (−1 when fewer than
 * three), their contributions and the customer's values. Filled in place by `pushTop`, so no object per row.
 */
export type TopContributions = {
  readonly index: Int32Array;
  readonly value: Float64Array;
  readonly raw: Float64Array;
};

/** How many ways to the next tier a reason names (the first ones in settings order). */
export const GAP_OPTIONS_SHOWN = 3;

/** How many values a reason leads with (the largest contributions, leaving out a fired rule's dimension). */
const VALUES_SHOWN = 2;

/** A result that can write its reason in one language without building the other (classify's results can). */
type OneLanguage = { readonly reasonIn?: (lang: Lang) => string };

/** The reason in one language, ready for the sheet's "Why" column. */
export function formatReason(result: Pick<CustomerResult, 'reason'> & OneLanguage, lang: Lang): string {
  return result.reasonIn ? result.reasonIn(lang) : result.reason[lang];
}

const POW10: readonly number[] = [1, 10, 100, 1000];

/** Per decimals 1 and 2: the text after the whole part for each fraction in tenths or hundredths ('', '.5', '.05'). */
const FRACTIONS: readonly (readonly string[])[] = [
  [''],
  Array.from({ length: 10 }, (_, f) => (f === 0 ? '' : `.${f}`)),
  Array.from({ length: 100 }, (_, f) =>
    f === 0 ? '' : f % 10 === 0 ? `.${f / 10}` : `.${String(f).padStart(2, '0')}`,
  ),
];

/** Groups digits by thousands with up to `decimals` decimals, dropping trailing zeros; '−' for negatives. */
export function formatNumber(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = POW10[decimals] ?? 10 ** decimals;
  const magnitude = Math.abs(value);
  const scaled = Math.round(magnitude * factor);
  const fractions = FRACTIONS[decimals];
  // Up to two decimals and below 10^15 (all a reason shows): the whole part's digits and a fraction from a table,
  // the same text String() gives for the rounded number, without formatting a double.
  if (fractions && scaled < 1e15) {
    const frac = scaled % factor;
    const whole = (scaled - frac) / factor;
    const digits = whole < 1000 ? String(whole) : grouped(String(whole));
    const out = digits + (fractions[frac] ?? '');
    return value < 0 && scaled !== 0 ? MINUS + out : out;
  }
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
    out = grouped(text.slice(0, intLength));
    if (dot >= 0) out += text.slice(dot);
  }
  return value < 0 && rounded !== 0 ? MINUS + out : out;
}

/** Digits grouped by thousands: '1234567' → '1,234,567'. */
function grouped(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let p = head; p < digits.length; p += 3) out += `,${digits.slice(p, p + 3)}`;
  return out;
}

/**
 * A value written out in full in its dimension's unit, the same in both languages: '¥1,200,000', '45', '12.5%'.
 * What a rule or a policy states exactly; reasons use `formatAmount`, as people say amounts.
 */
export function formatValue(value: number, unit: DimensionUnit, currency: string): string {
  if (unit === 'percent') return `${formatNumber(value * 100, 1)}%`;
  if (unit === 'money') {
    const text = formatNumber(Math.abs(value), 2);
    return value < 0 ? MINUS + currency + text : currency + text;
  }
  return formatNumber(value, unit === 'days' || unit === 'count' ? 0 : 2);
}

/** Money steps per language, as people say amounts: ten thousands and hundred millions in Chinese; k, m, bn. */
const MONEY_STEPS: Readonly<Record<Lang, readonly (readonly [number, string])[]>> = {
  zh: [
    [1e8, ` ${CHINESE_MONEY_UNITS.hundredMillion.zh}`],
    [1e4, ` ${CHINESE_MONEY_UNITS.tenThousand.zh}`],
  ],
  en: [
    [1e9, 'bn'],
    [1e6, 'm'],
    [1e3, 'k'],
  ],
};

/** `x` rounded up to `decimals` (a needed change must not read smaller than it is), else left to formatNumber. */
function upTo(x: number, decimals: number, up: boolean): number {
  if (!up || !Number.isFinite(x)) return x;
  const factor = 10 ** decimals;
  // The small allowance keeps 14.3 × 10 = 143.00000000000003 at 143.
  return Math.ceil(x * factor - 1e-7) / factor;
}

/** '¥800k' and its Chinese form in ten thousands: three significant digits at most, as a sales manager writes it. */
function formatMoney(value: number, currency: string, lang: Lang, up: boolean): string {
  if (!Number.isFinite(value)) return currency + String(value);
  const magnitude = Math.abs(value);
  let text = '';
  for (const [step, suffix] of MONEY_STEPS[lang]) {
    if (magnitude < step) continue;
    const scaled = magnitude / step;
    const decimals = scaled < 10 ? 2 : scaled < 100 ? 1 : 0;
    text = formatNumber(upTo(scaled, decimals, up), decimals) + suffix;
    break;
  }
  if (text === '') {
    text = formatNumber(upTo(magnitude, 2, up), 2);
    // A small yuan amount is written with the yuan word after it, which reads better next to Chinese text.
    if (lang === 'zh' && currency === '¥') {
      const yuan = `${text} ${CHINESE_MONEY_UNITS.yuan.zh}`;
      return value < 0 ? MINUS + yuan : yuan;
    }
  }
  return value < 0 ? MINUS + currency + text : currency + text;
}

/**
 * A value as a reason shows it, without its unit word: '¥800k', '200', '12.5%'. With the unit its column's
 * header names (`display`), an amount is shown in that unit as written there: 52,000 under a header in units of
 * 10,000 yuan is 5.2 of them. `up`: round up, for a change that must be reached.
 */
export function formatAmount(
  value: number,
  unit: DimensionUnit,
  currency: string,
  display: HeaderUnit | null,
  lang: Lang,
  up = false,
): string {
  if (unit === 'percent') return `${formatNumber(upTo(value * 100, 1, up), 1)}%`;
  if (display && unit !== 'days' && (unit === 'money' || display.factor !== 1)) {
    return `${formatNumber(upTo(value / display.factor, 2, up), 2)} ${display.text}`;
  }
  if (unit === 'money') return formatMoney(value, currency, lang, up);
  const decimals = unit === 'days' || unit === 'count' ? 0 : 2;
  return formatNumber(upTo(value, decimals, up), decimals);
}

/**
 * Renders the settings-dependent parts of every reason once. `units`: per dimension, the unit its column's header
 * names, so amounts read in the table's own unit.
 */
export function reasonContext(settings: Settings, units: readonly (HeaderUnit | null)[] = []): ReasonContext {
  const dims = settings.dimensions;
  const tierName = (k: number) => settings.tiers[k]?.name ?? '';
  const m = settings.method;
  const words = (d: Settings['dimensions'][number]): DimensionWords => ({
    id: d.id,
    label: d.label,
    unit: d.unit,
    valueType: d.valueType,
  });
  const pareto = settings.tiers.map((_, k): LocalText => {
    if (m.kind !== 'pareto') return { zh: '', en: '' };
    const label = dims.find(d => d.id === m.dimension)?.label ?? { zh: m.dimension, en: m.dimension };
    return k < m.shares.length
      ? REASON.paretoIn(label, formatNumber(m.shares[k] ?? 100, 1))
      : REASON.paretoOut(label, formatNumber(m.shares[m.shares.length - 1] ?? 100, 1));
  });
  const detail = settings.tiers.map((_, k): LocalText => {
    const open = REASON.detailOpen(SLOT);
    if (m.kind !== 'share') return open;
    const top = formatNumber(
      m.shares.slice(0, k + 1).reduce((a, b) => a + b, 0),
      1,
    );
    const place = k < m.shares.length ? REASON.shareIn(top) : REASON.shareOut(top);
    return { zh: open.zh + place.zh, en: open.en + place.en };
  });
  const byScore = settings.tiers.map((_, k) =>
    m.kind === 'pareto' ? REASON.byPareto(tierName(k)) : REASON.byScore(tierName(k)),
  );
  const none = dims.map(d =>
    d.unit === 'days' && d.valueType === 'number' && d.direction === 'lower'
      ? REASON.none(words(d))
      : { zh: '', en: '' },
  );
  const gate = settings.gates.map(g => {
    const at = dims.findIndex(d => d.id === g.dimension);
    const dim = dims[at];
    if (!dim) return { zh: '', en: '' };
    const display = units[at] ?? null;
    const threshold = {
      zh: formatAmount(g.value, dim.unit, settings.currency, display, 'zh'),
      en: formatAmount(g.value, dim.unit, settings.currency, display, 'en'),
    };
    return REASON.gate(words(dim), g.op, threshold, SLOT, tierName(g.atMost));
  });
  // Share and Pareto tiers depend on the other customers: the gap says so.
  const gapTail = settings.tiers.map((_, k) =>
    m.kind === 'cutoffs' ? REASON.gapTail(tierName(k)) : REASON.gapTailRelative(tierName(k)),
  );
  const categories = dims.map(categoriesOf);
  // A categorical value is said by its word, not by its score.
  const value = dims.map((d, i) => (categories[i] ? REASON.word(d.label, SLOT) : REASON.value(words(d), SLOT)));
  const gapUp = dims.map(d => REASON.gapUp(words(d), SLOT));
  const gapDown = dims.map(d => REASON.gapDown(words(d), SLOT));
  const contribution = dims.map(d => REASON.contribution(d.label, SLOT));
  const missing = dims.map(d =>
    d.missing === 'worst' ? REASON.missingWorst(d.label) : REASON.missingReweighted(d.label),
  );
  const pieces = (lang: Lang): Pieces => ({
    lead: settings.tiers.map((_, k) => REASON.lead(tierName(k))[lang]),
    leadAlone: settings.tiers.map((_, k) => REASON.leadAlone(tierName(k))[lang]),
    value: value.map(t => slotted(t[lang])),
    none: none.map(t => t[lang]),
    valueSeparator: REASON.valueSeparator[lang],
    pareto: pareto.map(t => t[lang]),
    gate: gate.map(t => slotted(t[lang])),
    missing: missing.map(t => t[lang]),
    gapUp: gapUp.map(t => slotted(t[lang])),
    gapDown: gapDown.map(t => slotted(t[lang])),
    gapOr: REASON.gapOr[lang],
    gapTail: gapTail.map(t => t[lang]),
    detail: detail.map(t => slotted(t[lang])),
    byScore: byScore.map(t => t[lang]),
    contribution: contribution.map(t => slotted(t[lang])),
    listOpen: REASON.listOpen[lang],
    listSeparator: REASON.listSeparator[lang],
    listClose: REASON.listClose[lang],
    separator: REASON.separator[lang],
  });
  return {
    settings,
    zh: pieces('zh'),
    en: pieces('en'),
    dimensionIndex: new Map(dims.map((d, i) => [d.id, i])),
    units: dims.map((_, i) => units[i] ?? null),
    categories,
    knownWords: {
      zh: categories.map(c => knownWords(c ?? [], 'zh')),
      en: categories.map(c => knownWords(c ?? [], 'en')),
    },
  };
}

/**
 * The reason in one language: the tier and the values that carried it (or the rule that lowered it), missing
 * values, the way up, cell problems, then the score breakdown. `top` holds the three largest contributions (see
 * `TopContributions`); it is read only for tiered rows. Per customer this is string concatenation of pieces `ctx`
 * rendered once, plus its own numbers.
 */
export function reasonIn(r: ReasonParts, gap: ShownGap, top: TopContributions, ctx: ReasonContext, lang: Lang): string {
  if (r.status === 'blank') return '';
  if (r.status === 'invalid' || r.status === 'insufficient') return problemReason(r, ctx, lang);
  const { settings, units } = ctx;
  const { currency } = settings;
  const dims = settings.dimensions;
  const p = ctx[lang];
  const sep = p.separator;
  const pareto = settings.method.kind === 'pareto';
  const scoreTier = r.scoreTier ?? 0;
  const gate = r.gate;
  const gateAt = gate ? (ctx.dimensionIndex.get(gate.gate.dimension) ?? -1) : -1;
  const gateSlot = gate ? p.gate[gate.index] : undefined;
  const gateDim = dims[gateAt];
  const gated = gate !== null && gateSlot !== undefined && gateDim !== undefined;
  let main = '';
  if (pareto) main = p.pareto[scoreTier] ?? '';
  else {
    let shown = 0;
    for (let t = 0; t < 3 && shown < VALUES_SHOWN; t++) {
      const d = top.index[t] ?? -1;
      const slot = p.value[d];
      const dim = dims[d];
      // The rule that fired already names its dimension's value.
      if (d < 0 || !slot || !dim || (gated && d === gateAt)) continue;
      shown++;
      const v = top.raw[t] ?? 0;
      const none = p.none[d];
      const words = ctx.categories[d];
      const amount = words
        ? (wordForScore(words, v, lang) ?? formatNumber(v))
        : formatAmount(v, dim.unit, currency, units[d] ?? null, lang);
      const said = v === 0 && none ? none : slot[0] + amount + slot[1];
      main = main === '' ? said : main + p.valueSeparator + said;
    }
  }
  let text: string;
  if (gated) {
    text = gateSlot[0] + formatAmount(gate.value, gateDim.unit, currency, units[gateAt] ?? null, lang) + gateSlot[1];
    if (main !== '') text += sep + main;
  } else {
    const tier = r.tier ?? scoreTier;
    text = main === '' ? (p.leadAlone[tier] ?? '') : (p.lead[tier] ?? '') + main;
  }
  for (const id of r.missing) {
    const d = ctx.dimensionIndex.get(id) ?? -1;
    const missing = p.missing[d];
    if (!missing || (dims[d]?.weight ?? 0) <= 0) continue;
    text += sep + missing;
  }
  if (gap.count > 0) {
    let count = 0;
    for (let o = 0; o < gap.count; o++) {
      const d = gap.dimension[o] ?? -1;
      const delta = gap.delta[o] ?? 0;
      const slot = delta < 0 ? p.gapDown[d] : p.gapUp[d];
      const dim = dims[d];
      if (!slot || !dim || count === GAP_OPTIONS_SHOWN) continue;
      const words = ctx.categories[d];
      // A categorical dimension moves by changing its word ('Payment terms “Prepaid”'), not by a number of points.
      const word = words ? wordForScore(words, gap.target[o] ?? 0, lang) : null;
      const way =
        word === null
          ? slot[0] + formatAmount(Math.abs(delta), dim.unit, currency, units[d] ?? null, lang, true) + slot[1]
          : CATEGORY_REASON.gapWord(dim.label, word)[lang];
      text += (count === 0 ? sep : spaced(text, lang) + p.gapOr) + way;
      count++;
    }
    const tail = p.gapTail[gap.tier];
    if (count > 0 && tail !== undefined) text += spaced(text, lang) + tail;
  }
  for (const issue of r.issues) text += sep + issueText(issue, ctx)[lang];
  if (pareto) {
    if (gated) text += p.byScore[scoreTier] ?? '';
    return text;
  }
  const detail = p.detail[scoreTier];
  if (!detail || r.score === null) return text;
  text += detail[0] + scoreText(r.score) + detail[1];
  if (gated) text += p.byScore[scoreTier] ?? '';
  let first = true;
  for (let t = 0; t < 3; t++) {
    const d = top.index[t] ?? -1;
    const slot = p.contribution[d];
    if (d < 0 || !slot) continue;
    text += (first ? p.listOpen : p.listSeparator) + slot[0] + tenths(top.value[t] ?? 0) + slot[1];
    first = false;
  }
  if (!first) text += p.listClose;
  return text;
}

/**
 * ' ' when Chinese text follows a number or Latin letter at the end of `text` (an increase of 21 then the tail), as
 * Chinese typography spaces them; '' otherwise (after a Chinese unit word, or in English).
 */
function spaced(text: string, lang: Lang): string {
  if (lang !== 'zh') return '';
  const c = text.charCodeAt(text.length - 1);
  // 0-9, A-Z, a-z, %
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 37 ? ' ' : '';
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

/** '0.0' … '100.0', built once: the texts of `tenths` for a contribution of 0 to 100. */
const TENTHS: readonly string[] = Array.from({ length: 1001 }, (_, n) => (n / 10).toFixed(1));

/**
 * `x.toFixed(1)` for a contribution (0 to 100) without formatting one: the nearest tenth's text from a table. Where
 * `x × 10` lies within a hair of a half, floating point could round it the other way than toFixed's exact decimal
 * rule, so those few (and anything outside the table) go through toFixed itself.
 */
function tenths(x: number): string {
  const y = x * 10;
  const n = Math.round(y);
  if (n >= 0 && n <= 1000 && Math.abs(Math.abs(y - n) - 0.5) > 1e-6) return TENTHS[n] ?? x.toFixed(1);
  return x.toFixed(1);
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
  return {
    index: new Int32Array([-1, -1, -1]),
    value: new Float64Array([-Infinity, -Infinity, -Infinity]),
    raw: new Float64Array(3),
  };
}

/** Clears `top` for the next customer. */
export function resetTop(top: TopContributions): void {
  for (let t = 0; t < 3; t++) {
    top.index[t] = -1;
    top.value[t] = Number.NEGATIVE_INFINITY;
  }
}

/**
 * Offers dimension `k` with contribution `x` and the customer's value `v`: kept when among the three largest so far
 * (earlier wins ties).
 */
export function pushTop(top: TopContributions, k: number, x: number, v: number): void {
  const { index, value, raw } = top;
  if (x > (value[0] ?? 0)) {
    index[2] = index[1] ?? -1;
    value[2] = value[1] ?? 0;
    raw[2] = raw[1] ?? 0;
    index[1] = index[0] ?? -1;
    value[1] = value[0] ?? 0;
    raw[1] = raw[0] ?? 0;
    index[0] = k;
    value[0] = x;
    raw[0] = v;
  } else if (x > (value[1] ?? 0)) {
    index[2] = index[1] ?? -1;
    value[2] = value[1] ?? 0;
    raw[2] = raw[1] ?? 0;
    index[1] = k;
    value[1] = x;
    raw[1] = v;
  } else if (x > (value[2] ?? 0)) {
    index[2] = k;
    value[2] = x;
    raw[2] = v;
  }
}

function slotted(text: string): Slotted {
  const at = text.indexOf(SLOT);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}
