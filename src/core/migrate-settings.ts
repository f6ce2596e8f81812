// Brings older settings documents up to the current version, one step per version. Pure and forgiving:
// it rewrites what it recognises and leaves everything else for validation to report.
import { FALLBACK_TIER_COLOUR } from './colours.ts';
import { defaultSettings } from './presets.ts';
import type { Dimension, PresetName } from './settings-schema.ts';

/**
 * Version 0 (early prototypes, no `version` field):
 * `{ preset?, dimensions: [{ id, name: string, weight: '50%' | 50, direction?, headers? }], cutoffs?: number[],
 *   tiers?: string[], currency? }`; weights were percentages of 100 written as text or numbers, labels had one
 * language, tiers were bare names. Everything else comes from the preset's defaults.
 */
type MigrationStep = (doc: Record<string, unknown>) => Record<string, unknown>;

// Version 0 goes straight to 2: it takes its benefits from today's presets, which are already in version 2's shape.
const STEPS: Readonly<Record<number, MigrationStep>> = { 0: fromVersion0, 1: fromVersion1 };

/**
 * Returns the document in the current version's shape (`version: 2`). Documents already at version 2, newer
 * documents and non-objects come back unchanged, so `validateSettings` can say what is wrong. Never throws.
 */
export function migrateSettings(doc: unknown): unknown {
  if (!isRecord(doc)) return doc;
  let current = doc;
  for (;;) {
    const version = current.version === undefined ? 0 : current.version;
    const step = typeof version === 'number' ? STEPS[version] : undefined;
    if (!step) return current;
    current = step(current);
  }
}

function fromVersion0(doc: Record<string, unknown>): Record<string, unknown> {
  const preset: PresetName = doc.preset === 'factory' || doc.preset === 'trading' ? doc.preset : 'custom';
  const base = defaultSettings(preset, 'zh');
  const templates = new Map<string, Dimension>(
    [...defaultSettings('factory', 'zh').dimensions, ...base.dimensions].map(d => [d.id, d]),
  );
  const dimensions = Array.isArray(doc.dimensions)
    ? doc.dimensions.map(d => (isRecord(d) ? dimensionFromVersion0(d, templates) : d))
    : base.dimensions;
  const tiers = Array.isArray(doc.tiers)
    ? doc.tiers.map((name, i) => ({ name, color: base.tiers[i]?.color ?? FALLBACK_TIER_COLOUR }))
    : base.tiers;
  // The preset's cut-offs, gates and allowances are written for its four tiers: fit them to the document's count.
  const last = tiers.length - 1;
  const method = Array.isArray(doc.cutoffs)
    ? { kind: 'cutoffs', cutoffs: doc.cutoffs }
    : { kind: 'cutoffs', cutoffs: DEFAULT_CUTOFFS.slice(0, Math.max(0, last)) };
  const ids = new Set(dimensions.map(d => (isRecord(d) ? d.id : undefined)));
  const gates = base.gates
    .filter(g => ids.has(g.dimension))
    .map(g => ({ ...g, atMost: Math.max(0, Math.min(g.atMost, last)) }));
  const perTier = (allowance: readonly number[]) =>
    Array.from({ length: tiers.length }, (_, k) => (k < allowance.length ? (allowance[k] ?? 0) : 0));
  return {
    ...base,
    dimensions,
    tiers,
    method,
    gates,
    benefits: base.benefits.map(b => ({
      ...b,
      allowance: perTier(b.allowance),
      periods: tiers.map((_, k) => b.periods[k] ?? 'year'),
    })),
    currency: typeof doc.currency === 'string' ? doc.currency : base.currency,
    version: 2,
  };
}

/**
 * Version 1 had one period for every benefit: `period: { length, fiscalYearStartMonth }`. Version 2 gives each tier
 * of each benefit its own (`benefits[i].periods`) and keeps the fiscal start as `fiscalYearStartMonth`. Every
 * benefit and tier takes the old length, so quotas count exactly as before.
 */
function fromVersion1(doc: Record<string, unknown>): Record<string, unknown> {
  const { period, ...rest } = doc;
  const length = isRecord(period) ? period.length : undefined;
  const benefits = Array.isArray(doc.benefits)
    ? doc.benefits.map(b =>
        isRecord(b) && Array.isArray(b.allowance) ? { ...b, periods: b.allowance.map(() => length) } : b,
      )
    : doc.benefits;
  return {
    ...rest,
    benefits,
    ...(isRecord(period) ? { fiscalYearStartMonth: period.fiscalYearStartMonth } : {}),
    version: 2,
  };
}

/** Score cut-offs for up to five tiers, best first; a document with n tiers takes the first n − 1. */
const DEFAULT_CUTOFFS = [80, 60, 40, 20];

function dimensionFromVersion0(d: Record<string, unknown>, templates: Map<string, Dimension>): Record<string, unknown> {
  const id = typeof d.id === 'string' ? d.id : '';
  const template = templates.get(id);
  const name = typeof d.name === 'string' ? d.name : id;
  return {
    ...(template ?? {
      valueType: 'number',
      unit: 'plain',
      direction: 'higher',
      normalisation: { kind: 'percentile' },
      missing: 'reweight',
    }),
    id,
    label: template && template.label.zh === name ? template.label : { zh: name, en: name },
    headers: Array.isArray(d.headers) ? d.headers : (template?.headers ?? [name]),
    ...(d.direction === 'higher' || d.direction === 'lower' ? { direction: d.direction } : {}),
    weight: percentToWeight(d.weight),
  };
}

/** '50%' and 50 both mean half of 100; shares are weight / sum, so the number carries over as is. */
function percentToWeight(raw: unknown): unknown {
  if (typeof raw === 'string') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/u.exec(raw);
    return m?.[1] === undefined ? raw : Number(m[1]);
  }
  return raw;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
