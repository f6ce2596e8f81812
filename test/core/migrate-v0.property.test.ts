// Version-0 settings (early prototypes: percentage weights as text, one-language names, bare tier names) on generated
// documents: whatever the tier count, weights' spelling, preset and extras, the migrated document must read as
// valid version-2 settings that keep what the user wrote and fit the preset's defaults to the tier count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/presets.ts';
import { migrateSettings, readSettings } from '../../src/core/settings.ts';

const ID_NAMES = [
  ['revenue', '销售额'],
  ['profit', '利润'],
  ['overdue_days', '逾期天数'],
  ['visits', '拜访次数'],
] as const;

/** A weight as a prototype wrote it, with the number it means. */
const weight = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.constantFrom('number', 'percent', 'spaced', 'plain text', 'decimal'))
  .map(([n, form]) => {
    if (form === 'number') return { written: n as unknown, means: n };
    if (form === 'percent') return { written: `${n}%`, means: n };
    if (form === 'spaced') return { written: ` ${n} % `, means: n };
    if (form === 'decimal') return { written: `${n}.5%`, means: n + 0.5 };
    return { written: String(n), means: n };
  });

const v0 = fc.record({
  preset: fc.constantFrom('factory', 'trading', undefined, 'unknown'),
  dims: fc.uniqueArray(fc.tuple(fc.constantFrom(...ID_NAMES), weight), {
    minLength: 1,
    maxLength: 4,
    selector: d => d[0][0],
  }),
  tiers: fc.option(fc.uniqueArray(fc.constantFrom('金', '银', '铜', '铁', '木'), { minLength: 3, maxLength: 5 }), {
    nil: undefined,
  }),
  currency: fc.option(fc.constantFrom('¥', '$', '€'), { nil: undefined }),
  lower: fc.boolean(),
});

describe('version-0 settings (generated)', () => {
  it('migrate to valid version-2 settings that keep the weights, names and tiers the user wrote', () => {
    fc.assert(
      fc.property(v0, doc => {
        const withWeight = doc.dims.some(([, w]) => w.means > 0);
        const written = {
          ...(doc.preset === undefined ? {} : { preset: doc.preset }),
          dimensions: doc.dims.map(([[id, name], w]) => ({
            id,
            name,
            weight: w.written,
            // A dimension of its own (no preset template, so percentile-scored) may name its headers and direction.
            ...(doc.lower && id === 'visits' ? { direction: 'lower', headers: ['自定义列'] } : {}),
          })),
          ...(doc.tiers === undefined ? {} : { tiers: doc.tiers }),
          ...(doc.currency === undefined ? {} : { currency: doc.currency }),
        };
        const before = JSON.stringify(written);
        const result = readSettings(written);
        // Migration builds a new document: the one read is left as it was.
        expect(JSON.stringify(written)).toBe(before);
        if (!withWeight) {
          expect(result.ok).toBe(false);
          return;
        }
        // Pareto on a lower-is-better measure would be refused; version 0 only had cut-offs, so this never applies.
        expect(result.ok, JSON.stringify(result)).toBe(true);
        if (!result.ok) return;
        const s = result.settings;
        const preset = doc.preset === 'factory' || doc.preset === 'trading' ? doc.preset : 'custom';
        const base = defaultSettings(preset, 'zh');
        const tierNames = doc.tiers ?? base.tiers.map(t => t.name);
        expect(s.version).toBe(2);
        expect(s.tiers.map(t => t.name)).toEqual(tierNames);
        expect(s.dimensions.map(d => [d.id, d.weight])).toEqual(doc.dims.map(([[id], w]) => [id, w.means]));
        expect(s.dimensions.map(d => d.label.zh)).toEqual(doc.dims.map(([[, name]]) => name));
        const visits = s.dimensions.find(d => d.id === 'visits');
        if (visits) {
          expect(visits).toMatchObject(
            doc.lower
              ? { direction: 'lower', headers: ['自定义列'], normalisation: { kind: 'percentile' } }
              : { direction: 'higher', headers: ['拜访次数'], normalisation: { kind: 'percentile' } },
          );
          expect(visits.label).toEqual({ zh: '拜访次数', en: '拜访次数' });
        }
        expect(s.currency).toBe(doc.currency ?? base.currency);
        // The preset's defaults are fitted to the tier count: n − 1 cut-offs, gates on the last tier at most,
        // an allowance and a period per tier.
        const n = tierNames.length;
        expect(s.method).toEqual({ kind: 'cutoffs', cutoffs: [80, 60, 40, 20].slice(0, n - 1) });
        for (const g of s.gates) {
          expect(g.atMost).toBeLessThanOrEqual(n - 1);
          expect(s.dimensions.some(d => d.id === g.dimension)).toBe(true);
        }
        for (const [k, b] of s.benefits.entries()) {
          const preset = base.benefits[k];
          expect(b.allowance).toEqual(Array.from({ length: n }, (_, i) => preset?.allowance[i] ?? 0));
          expect(b.periods).toEqual(Array.from({ length: n }, (_, i) => preset?.periods[i] ?? 'year'));
        }
      }),
    );
  });

  it('leave current, newer and non-object documents as they are', () => {
    const current = defaultSettings('factory', 'en');
    expect(migrateSettings(current)).toBe(current);
    const newer = { ...current, version: 99 };
    expect(migrateSettings(newer)).toBe(newer);
    for (const odd of [null, 'settings', 7, [1, 2]]) expect(migrateSettings(odd)).toBe(odd);
    const oddVersion = { version: 'one' };
    expect(migrateSettings(oddVersion)).toBe(oddVersion);
  });

  it('keep a weight it cannot read as written, for validation to refuse', () => {
    const result = readSettings({ dimensions: [{ id: 'revenue', name: '销售额', weight: 'lots' }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(i => i.path)).toContain('dimensions.0.weight');
  });
});
