// Edits the sidebar makes to a settings document. Each returns a new document and keeps it consistent across
// fields (tier count ↔ cut-offs, allowances and gates; removed dimensions ↔ gates and Pareto), so an edit never
// produces a cross-field error by itself. Pure: no DOM, no google.script.run.
import { PLAIN_BACKGROUND, TIER_COLOURS } from '../core/colours.ts';
import type { Lang } from '../core/locale.ts';
import { defaultSettings } from '../core/presets.ts';
import type { Band, Benefit, Dimension, Method, PeriodLength, PresetName, Settings, Tier } from '../core/settings.ts';

const TIER_NAMES = ['A', 'B', 'C', 'D', 'E'];
const DEFAULT_CUTOFFS: Readonly<Record<number, number[]>> = { 3: [70, 40], 4: [80, 60, 40], 5: [85, 70, 55, 40] };
const DEFAULT_SHARES: Readonly<Record<number, number[]>> = { 3: [20, 30], 4: [10, 20, 30], 5: [5, 10, 20, 30] };
const DEFAULT_PARETO = [80, 95];

// The smallest and largest number of tiers the settings schema allows.
const MIN_TIERS = 3;
const MAX_TIERS = 5;

/** A preset's defaults, keeping what describes the user's sheet rather than the grading (sheet, names, currency). */
export function applyPreset(current: Settings, preset: PresetName, lang: Lang): Settings {
  const fresh = defaultSettings(preset, lang);
  return {
    ...fresh,
    sheetName: current.sheetName,
    customerHeaders: current.customerHeaders,
    currency: current.currency,
  };
}

/** Each dimension's share of the total weight in percent (0 for all when no weight is positive). */
export function weightShares(dimensions: readonly Pick<Dimension, 'weight'>[]): number[] {
  const total = dimensions.reduce((sum, d) => sum + Math.max(0, d.weight), 0);
  return dimensions.map(d => (total > 0 && d.weight > 0 ? (d.weight / total) * 100 : 0));
}

/** Replaces fields of dimension `index`. */
export function updateDimension(s: Settings, index: number, patch: Partial<Dimension>): Settings {
  return { ...s, dimensions: s.dimensions.map((d, i) => (i === index ? { ...d, ...patch } : d)) };
}

/** Maps a dimension to one column by its exact header text (the dropdown's choice). */
export function setColumn(s: Settings, index: number, header: string): Settings {
  return updateDimension(s, index, { headers: header === '' ? [] : [header] });
}

/** Switches a dimension's normalisation; fixed bands start from the column's quartiles so they fit the data. */
export function setNormalisationKind(
  s: Settings,
  index: number,
  kind: Exclude<Dimension['normalisation']['kind'], 'categories'>,
  values: readonly number[] = [],
): Settings {
  const dim = s.dimensions[index];
  if (!dim || dim.normalisation.kind === kind) return s;
  const normalisation: Dimension['normalisation'] =
    kind === 'bands' ? { kind, bands: quartileBands(values, dim.direction), otherwise: 0 } : { kind };
  // Leaving scoring by words (category-edits.ts) makes the column numbers again.
  return updateDimension(s, index, { normalisation, ...(dim.valueType === 'category' ? { valueType: 'number' } : {}) });
}

/** Flips better-is-higher/lower; fixed bands are mirrored so they stay in the order validation requires. */
export function setDirection(s: Settings, index: number, direction: Dimension['direction']): Settings {
  const dim = s.dimensions[index];
  if (!dim || dim.direction === direction) return s;
  let normalisation = dim.normalisation;
  if (normalisation.kind === 'bands') {
    const points = normalisation.bands.map(b => b.points);
    const thresholds = normalisation.bands.map(b => b.threshold).reverse();
    normalisation = {
      ...normalisation,
      bands: thresholds.map((threshold, i) => ({ threshold, points: points[i] ?? 0 })),
    };
  }
  let method = s.method;
  if (direction === 'lower' && method.kind === 'pareto' && method.dimension === dim.id) {
    method = { kind: 'cutoffs', cutoffs: defaultCutoffs(s.tiers.length) };
  }
  return { ...updateDimension(s, index, { direction, normalisation }), method };
}

/** Fixed bands for a column: best quartile 100 points, median 70, lower quartile 40, else 0. */
export function quartileBands(values: readonly number[], direction: Dimension['direction']): Band[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [{ threshold: 0, points: 100 }];
  const at = (q: number) => roundNice(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  const qs = direction === 'higher' ? [at(0.75), at(0.5), at(0.25)] : [at(0.25), at(0.5), at(0.75)];
  const bands: Band[] = [];
  [100, 70, 40].forEach((points, i) => {
    const threshold = qs[i] ?? 0;
    const last = bands[bands.length - 1];
    if (!last || (direction === 'higher' ? threshold < last.threshold : threshold > last.threshold)) {
      bands.push({ threshold, points });
    }
  });
  return bands;
}

/** Replaces one band's threshold or points. */
export function updateBand(s: Settings, index: number, band: number, patch: Partial<Band>): Settings {
  return editBands(s, index, bands => bands.map((b, i) => (i === band ? { ...b, ...patch } : b)));
}

/** Adds a band after the last one, worse than it (the threshold steps on, the points step down). */
export function addBand(s: Settings, index: number): Settings {
  const dim = s.dimensions[index];
  return editBands(s, index, bands => {
    const last = bands[bands.length - 1];
    if (!last || !dim) return [...bands, { threshold: 0, points: 0 }];
    const step = Math.max(1, Math.abs(last.threshold) / 2);
    const threshold = dim.direction === 'higher' ? last.threshold - step : last.threshold + step;
    return [...bands, { threshold: roundNice(threshold), points: Math.max(0, last.points - 20) }];
  });
}

/** Removes one band; the last remaining band stays (a bands normalisation needs at least one). */
export function removeBand(s: Settings, index: number, band: number): Settings {
  return editBands(s, index, bands => (bands.length <= 1 ? bands : bands.filter((_, i) => i !== band)));
}

/** Sets the points for values no band matches. */
export function setOtherwise(s: Settings, index: number, otherwise: number): Settings {
  const dim = s.dimensions[index];
  if (dim?.normalisation.kind !== 'bands') return s;
  return updateDimension(s, index, { normalisation: { ...dim.normalisation, otherwise } });
}

function editBands(s: Settings, index: number, edit: (bands: Band[]) => Band[]): Settings {
  const dim = s.dimensions[index];
  if (dim?.normalisation.kind !== 'bands') return s;
  return updateDimension(s, index, { normalisation: { ...dim.normalisation, bands: edit(dim.normalisation.bands) } });
}

/** Adds a custom dimension scored on a column (percentile rank, higher is better, missing counts as worst). */
export function addDimension(s: Settings, header: string): Settings {
  const id = uniqueId(
    'custom',
    s.dimensions.map(d => d.id),
  );
  const name = header.trim() === '' ? id : header.trim().slice(0, 80);
  const dimension: Dimension = {
    id,
    label: { zh: name, en: name },
    headers: header === '' ? [] : [header.slice(0, 80)],
    valueType: 'number',
    unit: 'plain',
    direction: 'higher',
    weight: 10,
    normalisation: { kind: 'percentile' },
    missing: 'worst',
  };
  return { ...s, dimensions: [...s.dimensions, dimension] };
}

/**
 * Removes a dimension together with the gates that test it. A Pareto method on it falls back to score cut-offs.
 * The last dimension cannot be removed (settings need at least one).
 */
export function removeDimension(s: Settings, index: number): Settings {
  const dim = s.dimensions[index];
  if (!dim || s.dimensions.length <= 1) return s;
  const method: Method =
    s.method.kind === 'pareto' && s.method.dimension === dim.id
      ? { kind: 'cutoffs', cutoffs: defaultCutoffs(s.tiers.length) }
      : s.method;
  return {
    ...s,
    dimensions: s.dimensions.filter((_, i) => i !== index),
    gates: s.gates.filter(g => g.dimension !== dim.id),
    method,
  };
}

/** Changes the number of tiers (3 to 5); cut-offs, shares, allowances and gates follow. */
export function setTierCount(s: Settings, count: number): Settings {
  const n = Math.min(MAX_TIERS, Math.max(MIN_TIERS, Math.round(count)));
  if (n === s.tiers.length) return s;
  const tiers: Tier[] = Array.from({ length: n }, (_, i) => s.tiers[i] ?? defaultTier(i, s.tiers));
  return {
    ...s,
    tiers,
    method: methodFor(s.method.kind, n, s),
    gates: s.gates.map(g => ({ ...g, atMost: Math.min(g.atMost, n - 1) })),
    benefits: s.benefits.map(b => ({
      ...b,
      allowance: Array.from({ length: n }, (_, i) => b.allowance[i] ?? 0),
      // A new tier renews like the lowest tier so far.
      periods: Array.from({ length: n }, (_, i) => b.periods[i] ?? b.periods[b.periods.length - 1] ?? 'year'),
    })),
  };
}

/** Replaces fields of tier `index` (name, colour). */
export function updateTier(s: Settings, index: number, patch: Partial<Tier>): Settings {
  return { ...s, tiers: s.tiers.map((t, i) => (i === index ? { ...t, ...patch } : t)) };
}

/** Switches the tiering method, starting from sensible values for the current tier count. */
export function setMethodKind(s: Settings, kind: Method['kind']): Settings {
  return s.method.kind === kind ? s : { ...s, method: methodFor(kind, s.tiers.length, s) };
}

/** Sets cut-off or share number `index` of the current method. */
export function setMethodValue(s: Settings, index: number, value: number): Settings {
  const m = s.method;
  if (m.kind === 'cutoffs')
    return { ...s, method: { ...m, cutoffs: m.cutoffs.map((c, i) => (i === index ? value : c)) } };
  return { ...s, method: { ...m, shares: m.shares.map((c, i) => (i === index ? value : c)) } };
}

/** Sets the measure Pareto tiering accumulates. */
export function setParetoDimension(s: Settings, dimension: string): Settings {
  return s.method.kind === 'pareto' ? { ...s, method: { ...s.method, dimension } } : s;
}

/** Adds a gate "at most the second tier while <first lower-is-better dimension> > 90". */
export function addGate(s: Settings): Settings {
  const dim = s.dimensions.find(d => d.direction === 'lower') ?? s.dimensions[0];
  if (!dim) return s;
  return {
    ...s,
    gates: [...s.gates, { atMost: Math.min(1, s.tiers.length - 1), dimension: dim.id, op: '>', value: 90 }],
  };
}

/** Replaces fields of gate `index`. */
export function updateGate(s: Settings, index: number, patch: Partial<Settings['gates'][number]>): Settings {
  return { ...s, gates: s.gates.map((g, i) => (i === index ? { ...g, ...patch } : g)) };
}

/** Removes gate `index`. */
export function removeGate(s: Settings, index: number): Settings {
  return { ...s, gates: s.gates.filter((_, i) => i !== index) };
}

/** Adds a money benefit with no allowance yet. */
export function addBenefit(s: Settings, label: string): Settings {
  const id = uniqueId(
    'benefit',
    s.benefits.map(b => b.id),
  );
  const name = label.trim() === '' ? id : label.trim().slice(0, 80);
  const benefit: Benefit = {
    id,
    label: { zh: name, en: name },
    kind: 'money',
    allowance: s.tiers.map(() => 0),
    periods: s.tiers.map(() => 'year'),
  };
  return { ...s, benefits: [...s.benefits, benefit] };
}

/** Replaces fields of benefit `index`; switching to a perk turns each allowance into yes (1) or no (0). */
export function updateBenefit(s: Settings, index: number, patch: Partial<Benefit>): Settings {
  return {
    ...s,
    benefits: s.benefits.map((b, i) => {
      if (i !== index) return b;
      const next = { ...b, ...patch };
      return next.kind === 'perk' ? { ...next, allowance: next.allowance.map(a => (a > 0 ? 1 : 0)) } : next;
    }),
  };
}

/** Sets one tier's allowance of benefit `index`. */
export function setAllowance(s: Settings, index: number, tier: number, value: number): Settings {
  const benefit = s.benefits[index];
  if (!benefit) return s;
  return updateBenefit(s, index, { allowance: benefit.allowance.map((a, i) => (i === tier ? value : a)) });
}

/** Sets how often one tier's allowance of benefit `index` renews. */
export function setBenefitPeriod(s: Settings, index: number, tier: number, period: PeriodLength): Settings {
  const benefit = s.benefits[index];
  if (!benefit) return s;
  return updateBenefit(s, index, { periods: benefit.periods.map((p, i) => (i === tier ? period : p)) });
}

/** Removes benefit `index`. */
export function removeBenefit(s: Settings, index: number): Settings {
  return { ...s, benefits: s.benefits.filter((_, i) => i !== index) };
}

function methodFor(kind: Method['kind'], tiers: number, s: Settings): Method {
  if (kind === 'cutoffs') return { kind, cutoffs: defaultCutoffs(tiers) };
  if (kind === 'share') return { kind, shares: [...(DEFAULT_SHARES[tiers] ?? [])] };
  const current = s.method.kind === 'pareto' ? s.method : null;
  const measure =
    s.dimensions.find(d => d.id === current?.dimension && d.direction === 'higher') ??
    s.dimensions.find(d => d.unit === 'money' && d.direction === 'higher') ??
    s.dimensions.find(d => d.direction === 'higher');
  const shares = (current?.shares ?? DEFAULT_PARETO).slice(0, tiers - 1);
  return { kind, dimension: measure?.id ?? '', shares };
}

function defaultCutoffs(tiers: number): number[] {
  return [...(DEFAULT_CUTOFFS[tiers] ?? [])];
}

function defaultTier(index: number, existing: readonly Tier[]): Tier {
  const used = new Set(existing.map(t => t.name));
  const name = TIER_NAMES.find(candidate => !used.has(candidate)) ?? `T${index + 1}`;
  return { name, color: TIER_COLOURS[index] ?? PLAIN_BACKGROUND };
}

function uniqueId(prefix: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}_${n}`;
    if (!taken.includes(id)) return id;
  }
}

/** Rounds to two significant digits so generated thresholds read well (123456 → 120000). */
function roundNice(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  return Number(x.toPrecision(2));
}
