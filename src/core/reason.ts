// The one-line "why this tier" text in zh and en, and the number formatting it uses (money, days, percent).
// Wording comes from wording/reason.ts; this file renders each template once per classification with a
// placeholder, so the per-customer work is only string concatenation (100,000 customers must stay cheap).
import type { HeaderUnit } from './header-words.ts';
import type { Lang } from './locale.ts';
import type { CustomerResult } from './result.ts';
import type { DimensionUnit, LocalText, Settings } from './settings-schema.ts';
import { CELL_ISSUES, REASON } from './wording/reason.ts';

const MINUS = '\u2212';
const SLOT = '\u0000';

/** A text with one placeholder, split around it: `before[lang] + value + after[lang]`. */
type Slotted = { readonly zh: readonly [string, string]; readonly en: readonly [string, string] };

/** Everything about the settings that reasons need, rendered once per classification. */
export type ReasonContext = {
  readonly settings: Settings;
  readonly headline: readonly Slotted[];
  readonly contribution: readonly Slotted[];
  readonly gapOption: readonly Slotted[];
  readonly gate: readonly Slotted[];
  readonly gapTail: readonly LocalText[];
  readonly missing: readonly LocalText[];
  readonly dimensionIndex: ReadonlyMap<string, number>;
  /** Per dimension, the unit of its column's header (amounts are shown in it), null for none. */
  readonly units: readonly (HeaderUnit | null)[];
};

/** The reason in one language, ready for the sheet's "Why" column. */
export function formatReason(result: Pick<CustomerResult, 'reason'>, lang: Lang): string {
  return result.reason[lang];
}

/** Groups digits by thousands with up to `decimals` decimals, dropping trailing zeros; '−' for negatives. */
export function formatNumber(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const text = rounded < 1e21 ? String(rounded) : rounded.toFixed(0);
  const dot = text.indexOf('.');
  const int = dot < 0 ? text : text.slice(0, dot);
  let grouped = int.slice(0, int.length % 3 || 3);
  for (let p = int.length % 3 || 3; p < int.length; p += 3) grouped += `,${int.slice(p, p + 3)}`;
  const out = dot < 0 ? grouped : grouped + text.slice(dot);
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
  const headline = settings.tiers.map((_, k): Slotted => {
    if (m.kind === 'cutoffs') {
      const reached = m.cutoffs[k];
      return slotted(
        reached === undefined
          ? REASON.cutoff(SLOT, '<', formatNumber(m.cutoffs[m.cutoffs.length - 1] ?? 0), tierName(k))
          : REASON.cutoff(SLOT, '≥', formatNumber(reached), tierName(k)),
      );
    }
    if (m.kind === 'share') {
      const top = formatNumber(
        m.shares.slice(0, k + 1).reduce((a, b) => a + b, 0),
        1,
      );
      return slotted(
        k < m.shares.length ? REASON.shareIn(SLOT, top, tierName(k)) : REASON.shareOut(SLOT, top, tierName(k)),
      );
    }
    const label = dims.find(d => d.id === m.dimension)?.label ?? { zh: m.dimension, en: m.dimension };
    const text =
      k < m.shares.length
        ? REASON.paretoIn(label, formatNumber(m.shares[k] ?? 100, 1), tierName(k))
        : REASON.paretoOut(label, formatNumber(m.shares[m.shares.length - 1] ?? 100, 1), tierName(k));
    return { zh: [text.zh, ''], en: [text.en, ''] };
  });
  return {
    settings,
    headline,
    contribution: dims.map(d => slotted(REASON.contribution(d.label, SLOT))),
    gapOption: dims.map(d => slotted(REASON.gapOption(d.label, SLOT))),
    gate: settings.gates.map(g => {
      const dim = dims.find(d => d.id === g.dimension);
      const at = dims.findIndex(d => d.id === g.dimension);
      const threshold = dim ? formatValue(g.value, dim.unit, settings.currency, units[at] ?? null) : String(g.value);
      return slotted(
        REASON.gate(dim?.label ?? { zh: g.dimension, en: g.dimension }, SLOT, g.op, threshold, tierName(g.atMost)),
      );
    }),
    gapTail: settings.tiers.map((_, k) => REASON.gapTail(tierName(k))),
    missing: dims.map(d => (d.missing === 'worst' ? REASON.missingWorst(d.label) : REASON.missingReweighted(d.label))),
    dimensionIndex: new Map(dims.map((d, i) => [d.id, i])),
    units: dims.map((_, i) => units[i] ?? null),
  };
}

/** Builds the reason for a result; blank rows get an empty text. */
export function buildReason(r: Omit<CustomerResult, 'reason'>, ctx: ReasonContext): LocalText {
  if (r.status === 'blank') return { zh: '', en: '' };
  const { settings } = ctx;
  const dims = settings.dimensions;
  const issues = r.issues.map(i => CELL_ISSUES[i.code](i.column, i.raw));
  if (r.status === 'invalid') return join(issues);
  if (r.status === 'insufficient') {
    const required = r.missing.flatMap(id => {
      const dim = dims[ctx.dimensionIndex.get(id) ?? -1];
      return dim && dim.missing === 'insufficient' ? [dim.label] : [];
    });
    return join([required.length > 0 ? REASON.insufficient(required) : REASON.noColumns(), ...issues]);
  }
  const sep = REASON.separator;
  const head = ctx.headline[r.scoreTier ?? 0];
  // Pareto headlines have no score slot: the measure's cumulative share decides, not the score.
  const score = r.score === null || settings.method.kind === 'pareto' ? '' : r.score.toFixed(1);
  // Pieces go into arrays joined once: one flat string per language instead of a long chain of concatenations.
  const zh: string[] = head ? [head.zh[0], score, head.zh[1]] : [];
  const en: string[] = head ? [head.en[0], score, head.en[1]] : [];
  if (settings.method.kind !== 'pareto') {
    const top = topThree(r.dimensions);
    let first = true;
    for (let t = 0; t < 3; t++) {
      const d = top[t] ?? -1;
      const slot = ctx.contribution[d];
      if (d < 0 || !slot) continue;
      const text = (r.dimensions[d]?.contribution ?? 0).toFixed(1);
      zh.push(first ? REASON.listOpen.zh : REASON.listSeparator.zh, slot.zh[0], text, slot.zh[1]);
      en.push(first ? REASON.listOpen.en : REASON.listSeparator.en, slot.en[0], text, slot.en[1]);
      first = false;
    }
    if (!first) {
      zh.push(REASON.listClose.zh);
      en.push(REASON.listClose.en);
    }
  }
  for (const id of r.missing) {
    const d = ctx.dimensionIndex.get(id) ?? -1;
    const text = ctx.missing[d];
    if (!text || (dims[d]?.weight ?? 0) <= 0) continue;
    zh.push(sep.zh, text.zh);
    en.push(sep.en, text.en);
  }
  const gateSlot = r.gate ? ctx.gate[r.gate.index] : undefined;
  const gateAt = r.gate ? (ctx.dimensionIndex.get(r.gate.gate.dimension) ?? -1) : -1;
  const gateDim = dims[gateAt];
  if (r.gate && gateSlot && gateDim) {
    const value = formatValue(r.gate.value, gateDim.unit, settings.currency, ctx.units[gateAt] ?? null);
    zh.push(sep.zh, gateSlot.zh[0], value, gateSlot.zh[1]);
    en.push(sep.en, gateSlot.en[0], value, gateSlot.en[1]);
  }
  if (r.gap && r.gap.options.length > 0) {
    let count = 0;
    for (const o of r.gap.options) {
      const d = ctx.dimensionIndex.get(o.dimension) ?? -1;
      const slot = ctx.gapOption[d];
      const dim = dims[d];
      if (!slot || !dim || count === 3) continue;
      const change = formatChange(o.delta, dim.unit, settings.currency, ctx.units[d] ?? null);
      zh.push(count === 0 ? sep.zh : REASON.gapOr.zh, slot.zh[0], change, slot.zh[1]);
      en.push(count === 0 ? sep.en : REASON.gapOr.en, slot.en[0], change, slot.en[1]);
      count++;
    }
    const tail = ctx.gapTail[r.gap.tier];
    if (count > 0 && tail) {
      zh.push(tail.zh);
      en.push(tail.en);
    }
  }
  for (const i of issues) {
    zh.push(sep.zh, i.zh);
    en.push(sep.en, i.en);
  }
  return { zh: zh.join(''), en: en.join('') };
}

const TOP = new Int32Array(3);

/** Fills TOP with the indexes of the three largest contributions among counted dimensions (-1 when fewer). */
function topThree(dims: CustomerResult['dimensions']): Int32Array {
  let a = -1;
  let b = -1;
  let c = -1;
  let va = Number.NEGATIVE_INFINITY;
  let vb = Number.NEGATIVE_INFINITY;
  let vc = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < dims.length; k++) {
    const d = dims[k];
    if (!d || d.share <= 0 || d.points === null) continue;
    const x = d.contribution;
    if (x > va) {
      c = b;
      vc = vb;
      b = a;
      vb = va;
      a = k;
      va = x;
    } else if (x > vb) {
      c = b;
      vc = vb;
      b = k;
      vb = x;
    } else if (x > vc) {
      c = k;
      vc = x;
    }
  }
  TOP[0] = a;
  TOP[1] = b;
  TOP[2] = c;
  return TOP;
}

function slotted(text: LocalText): Slotted {
  const split = (s: string): [string, string] => {
    const at = s.indexOf(SLOT);
    return at < 0 ? [s, ''] : [s.slice(0, at), s.slice(at + 1)];
  };
  return { zh: split(text.zh), en: split(text.en) };
}

function join(parts: readonly LocalText[]): LocalText {
  let zh = '';
  let en = '';
  for (const p of parts) {
    if (p.zh === '' && p.en === '') continue;
    zh = zh === '' ? p.zh : zh + REASON.separator.zh + p.zh;
    en = en === '' ? p.en : en + REASON.separator.en + p.en;
  }
  return { zh, en };
}
