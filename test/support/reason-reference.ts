// The reason texts written the plain way: every piece of wording called per customer with its real numbers, both
// languages at once, values and contributions read from `dimensions`. src/core/reason.ts renders the wording once
// per classification around placeholders and must match this byte for byte (test/core/reason.test.ts).
// Not used by the add-on.

import { categoriesOf, knownWords, wordForScore } from '../../src/core/categories.ts';
import type { HeaderUnit } from '../../src/core/header-words.ts';
import type { Lang } from '../../src/core/locale.ts';
import type { CustomerResult } from '../../src/core/result.ts';
import type { Dimension, DimensionUnit, LocalText, Settings } from '../../src/core/settings-schema.ts';
import { CATEGORY_REASON } from '../../src/core/wording/categories.ts';
import { CELL_ISSUES, type DimensionWords, REASON } from '../../src/core/wording/reason.ts';

const MINUS = '\u2212';

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

/** Rounded up to `decimals` when `up` (a needed change), with the same allowance for binary fractions. */
function ceilTo(x: number, decimals: number, up: boolean): number {
  return up && Number.isFinite(x) ? Math.ceil(x * 10 ** decimals - 1e-7) / 10 ** decimals : x;
}

/** Three significant digits: two decimals below 10, one below 100, none above. */
function scaledText(scaled: number, up: boolean): string {
  const decimals = scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2;
  return formatNumber(ceilTo(scaled, decimals, up), decimals);
}

/** '¥80 万' / '¥800k', '200', '12.5%', '5.2 万元' under a header in 万元. */
export function formatAmount(
  value: number,
  unit: DimensionUnit,
  currency: string,
  display: HeaderUnit | null,
  lang: Lang,
  up = false,
): string {
  if (unit === 'percent') return `${formatNumber(ceilTo(value * 100, 1, up), 1)}%`;
  if (display && unit !== 'days' && (unit === 'money' || display.factor !== 1)) {
    return `${formatNumber(ceilTo(value / display.factor, 2, up), 2)} ${display.text}`;
  }
  if (unit === 'money') {
    if (Number.isNaN(value) || Math.abs(value) === Number.POSITIVE_INFINITY) return `${currency}${value}`;
    const m = Math.abs(value);
    const sign = value < 0 ? MINUS : '';
    let body: string;
    if (lang === 'zh') {
      body = m >= 1e8 ? `${scaledText(m / 1e8, up)} 亿` : m >= 1e4 ? `${scaledText(m / 1e4, up)} 万` : '';
    } else {
      body =
        m >= 1e9
          ? `${scaledText(m / 1e9, up)}bn`
          : m >= 1e6
            ? `${scaledText(m / 1e6, up)}m`
            : m >= 1e3
              ? `${scaledText(m / 1e3, up)}k`
              : '';
    }
    if (body === '' && lang === 'zh' && currency === '¥') return `${sign}${formatNumber(ceilTo(m, 2, up), 2)} 元`;
    if (body === '') body = formatNumber(ceilTo(m, 2, up), 2);
    return sign + currency + body;
  }
  const decimals = unit === 'days' || unit === 'count' ? 0 : 2;
  return formatNumber(ceilTo(value, decimals, up), decimals);
}

/** What the reference needs: the settings and the header units. */
export type ReasonContext = { readonly settings: Settings; readonly units: readonly (HeaderUnit | null)[] };

export function reasonContext(settings: Settings, units: readonly (HeaderUnit | null)[] = []): ReasonContext {
  return { settings, units };
}

const words = (d: Dimension): DimensionWords => ({ id: d.id, label: d.label, unit: d.unit, valueType: d.valueType });

/** Builds the reason for a result; blank rows get an empty text. */
export function buildReason(r: Omit<CustomerResult, 'reason'>, ctx: ReasonContext): LocalText {
  return { zh: reasonIn(r, ctx, 'zh'), en: reasonIn(r, ctx, 'en') };
}

function reasonIn(r: Omit<CustomerResult, 'reason'>, ctx: ReasonContext, lang: Lang): string {
  if (r.status === 'blank') return '';
  const { settings, units } = ctx;
  const dims = settings.dimensions;
  const find = (id: string) => dims.findIndex(d => d.id === id);
  const issues = r.issues.map(i => {
    const dim = dims[find(i.dimension)];
    const known = i.code === 'unknown_word' && dim ? knownWords(categoriesOf(dim) ?? [], lang) : [];
    return CELL_ISSUES[i.code](i.column, i.raw, known)[lang];
  });
  if (r.status === 'invalid') return issues.filter(s => s !== '').join(REASON.separator[lang]);
  if (r.status === 'insufficient') {
    const required = r.missing.flatMap(id => {
      const dim = dims[find(id)];
      return dim && dim.missing === 'insufficient' ? [dim.label] : [];
    });
    const head = required.length > 0 ? REASON.insufficient(required) : REASON.noColumns();
    return [head[lang], ...issues].filter(s => s !== '').join(REASON.separator[lang]);
  }
  const tierName = (k: number) => settings.tiers[k]?.name ?? '';
  const m = settings.method;
  const scoreTier = r.scoreTier ?? 0;
  const top = topThree(r.dimensions);
  const amount = (d: number, v: number, up = false) => {
    const dim = dims[d] as Dimension;
    return formatAmount(v, dim.unit, settings.currency, units[d] ?? null, lang, up);
  };

  const said: string[] = [];
  if (m.kind === 'pareto') {
    const label = dims.find(d => d.id === m.dimension)?.label ?? { zh: m.dimension, en: m.dimension };
    const bound = formatNumber(
      scoreTier < m.shares.length ? (m.shares[scoreTier] ?? 100) : (m.shares[m.shares.length - 1] ?? 100),
      1,
    );
    said.push((scoreTier < m.shares.length ? REASON.paretoIn(label, bound) : REASON.paretoOut(label, bound))[lang]);
  } else {
    const gateAt = r.gate ? find(r.gate.gate.dimension) : -1;
    const shown = top.filter(d => !(d === gateAt && dims[gateAt])).slice(0, 2);
    for (const d of shown) {
      const dim = dims[d] as Dimension;
      const v = r.dimensions[d]?.value ?? 0;
      const zeroIsNone = dim.unit === 'days' && dim.valueType === 'number' && dim.direction === 'lower';
      const table = categoriesOf(dim);
      said.push(
        v === 0 && zeroIsNone
          ? REASON.none(words(dim))[lang]
          : table
            ? REASON.word(dim.label, wordForScore(table, v, lang) ?? formatNumber(v))[lang]
            : REASON.value(words(dim), amount(d, v))[lang],
      );
    }
  }
  const main = said.join(REASON.valueSeparator[lang]);

  const parts: string[] = [];
  const gateAt = r.gate ? find(r.gate.gate.dimension) : -1;
  const gateDim = dims[gateAt];
  const gated = r.gate !== null && gateDim !== undefined;
  if (r.gate && gateDim) {
    const g = r.gate.gate;
    const threshold = {
      zh: formatAmount(g.value, gateDim.unit, settings.currency, units[gateAt] ?? null, 'zh'),
      en: formatAmount(g.value, gateDim.unit, settings.currency, units[gateAt] ?? null, 'en'),
    };
    parts.push(REASON.gate(words(gateDim), g.op, threshold, amount(gateAt, r.gate.value), tierName(g.atMost))[lang]);
    if (main !== '') parts.push(main);
  } else {
    const tier = r.tier ?? scoreTier;
    parts.push(main === '' ? REASON.leadAlone(tierName(tier))[lang] : REASON.lead(tierName(tier))[lang] + main);
  }
  for (const id of r.missing) {
    const dim = dims[find(id)];
    if (!dim || dim.weight <= 0) continue;
    parts.push((dim.missing === 'worst' ? REASON.missingWorst(dim.label) : REASON.missingReweighted(dim.label))[lang]);
  }
  if (r.gap) {
    const ways = r.gap.options
      .filter(o => dims[find(o.dimension)] !== undefined)
      .slice(0, 3)
      .map(o => {
        const d = find(o.dimension);
        const dim = dims[d] as Dimension;
        const table = categoriesOf(dim);
        const word = table ? wordForScore(table, o.target, lang) : null;
        if (word !== null) return CATEGORY_REASON.gapWord(dim.label, word)[lang];
        const change = amount(d, Math.abs(o.delta), true);
        return (o.delta < 0 ? REASON.gapDown(words(dim), change) : REASON.gapUp(words(dim), change))[lang];
      });
    const tier = tierName(r.gap.tier);
    const tail = m.kind === 'cutoffs' ? REASON.gapTail(tier) : REASON.gapTailRelative(tier);
    // Chinese after a number or Latin letter gets a space: '再增加 21 即可'.
    const after = (said: string) => (lang === 'zh' && /[0-9A-Za-z%]$/u.test(said) ? `${said} ` : said);
    if (ways.length > 0) parts.push(after(ways.map(after).join(REASON.gapOr[lang])) + tail[lang]);
  }
  parts.push(...issues);
  let text = parts.join(REASON.separator[lang]);

  if (m.kind === 'pareto') return gated ? text + REASON.byPareto(tierName(scoreTier))[lang] : text;
  if (r.score === null) return text;
  text += REASON.detailOpen(r.score.toFixed(1))[lang];
  if (m.kind === 'share') {
    const share = formatNumber(
      m.shares.slice(0, scoreTier + 1).reduce((a, b) => a + b, 0),
      1,
    );
    text += (scoreTier < m.shares.length ? REASON.shareIn(share) : REASON.shareOut(share))[lang];
  }
  if (gated) text += REASON.byScore(tierName(scoreTier))[lang];
  const listed = top.map(
    d =>
      REASON.contribution(dims[d]?.label ?? { zh: '', en: '' }, (r.dimensions[d]?.contribution ?? 0).toFixed(1))[lang],
  );
  if (listed.length > 0)
    text += REASON.listOpen[lang] + listed.join(REASON.listSeparator[lang]) + REASON.listClose[lang];
  return text;
}

/** Indexes of the three largest contributions among counted dimensions, largest first; earlier wins ties. */
function topThree(dims: CustomerResult['dimensions']): number[] {
  return dims
    .map((d, k) => ({ d, k }))
    .filter(({ d }) => d.share > 0 && d.points !== null)
    .sort((a, b) => b.d.contribution - a.d.contribution || a.k - b.k)
    .slice(0, 3)
    .map(({ k }) => k);
}
