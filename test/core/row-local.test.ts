import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify.ts';
import { defaultSettings, paymentTermsDimension } from '../../src/core/presets.ts';
import { formatReason } from '../../src/core/reason.ts';
import { isRowLocal } from '../../src/core/row-local.ts';
import type { Settings } from '../../src/core/settings.ts';

const TODAY = new Date(2026, 2, 5);

describe('row-local', () => {
  describe('isRowLocal', () => {
    it('holds for every preset as shipped (fixed bands, score cut-offs)', () => {
      for (const preset of ['factory', 'trading', 'custom'] as const) {
        for (const lang of ['zh', 'en'] as const) expect(isRowLocal(defaultSettings(preset, lang))).toBe(true);
      }
      const s = defaultSettings('factory', 'zh');
      s.dimensions.push(paymentTermsDimension(2));
      expect(isRowLocal(s)).toBe(true);
    });

    it('fails under a review cycle: the Why then also names the published tier', () => {
      for (const reviewCycle of ['quarter', 'half', 'year'] as const) {
        expect(isRowLocal({ ...defaultSettings('factory', 'en'), reviewCycle })).toBe(false);
      }
    });

    it('fails for methods and normalisations that compare customers', () => {
      const share = defaultSettings('factory', 'en');
      share.method = { kind: 'share', shares: [20, 30, 30] };
      const pareto = defaultSettings('factory', 'en');
      pareto.method = { kind: 'pareto', dimension: 'revenue', shares: [80, 95] };
      const percentile = defaultSettings('factory', 'en');
      const first = percentile.dimensions[0];
      if (first) first.normalisation = { kind: 'percentile' };
      const minmax = defaultSettings('factory', 'en');
      const last = minmax.dimensions.at(-1);
      if (last) last.normalisation = { kind: 'minmax' };
      for (const s of [share, pareto, percentile, minmax]) expect(isRowLocal(s)).toBe(false);
    });

    it('ignores a ranked dimension the grade never reads, but not one a rule tests', () => {
      const s = defaultSettings('factory', 'en');
      const profit = s.dimensions.find(d => d.id === 'profit');
      if (!profit) throw new Error('preset without profit');
      profit.normalisation = { kind: 'percentile' };
      profit.weight = 0;
      expect(isRowLocal(s)).toBe(true);
      s.gates.push({ dimension: 'profit', op: '<', value: 0, atMost: 2 });
      expect(isRowLocal(s)).toBe(false);
    });
  });

  // What makes the onEdit shortcut safe: under row-local settings a row's outputs come from that row alone.
  it('grades a row the same alone as inside any table, when the settings are row-local', () => {
    const amount = fc.oneof(fc.integer({ min: -50_000, max: 3_000_000 }), fc.constantFrom<unknown>('', '三千', '#N/A'));
    const row = fc.tuple(fc.constantFrom('甲', 'B'), amount, amount, fc.integer({ min: 0, max: 240 }));
    const settingsArb = fc
      .tuple(
        fc.constantFrom<'factory' | 'trading' | 'custom'>('factory', 'trading', 'custom'),
        fc.constantFrom<'zh' | 'en'>('zh', 'en'),
        fc.constantFrom<Settings['method']>(
          { kind: 'cutoffs', cutoffs: [80, 60, 40] },
          { kind: 'cutoffs', cutoffs: [70, 50, 20] },
          { kind: 'share', shares: [20, 30, 30] },
        ),
      )
      .map(([preset, lang, method]) => ({ ...defaultSettings(preset, lang), method }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), settingsArb, fc.nat(), (rows, settings, pick) => {
        const s = settings;
        const headers = ['Customer', 'Revenue', 'Profit', 'Overdue days'];
        const i = pick % rows.length;
        const all = classify({ headers, rows }, s, { today: TODAY }).results[i];
        const alone = classify({ headers, rows: [rows[i] ?? []] }, s, { today: TODAY }).results[0];
        if (!all || !alone) throw new Error('a result per row');
        const same =
          all.tier === alone.tier &&
          all.score === alone.score &&
          formatReason(all, 'zh') === formatReason(alone, 'zh') &&
          formatReason(all, 'en') === formatReason(alone, 'en');
        // Row-local settings always agree; the others need not, so only the implication is checked.
        if (isRowLocal(s)) expect(same).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
