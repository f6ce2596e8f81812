// Results compute their costly parts (breakdown, gap, reason) on first read and keep them. Whatever is read first,
// and in whichever language, every customer must get the same texts, gap and breakdown: generated tables are
// classified three times and read in three orders, and each read is checked against the other two.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Classification, classify, toPlainResult } from '../../src/core/classify.ts';
import { defaultSettings } from '../../src/core/presets.ts';
import { formatReason } from '../../src/core/reason.ts';
import type { Settings } from '../../src/core/settings.ts';

const TODAY = new Date(2026, 2, 5);
const HEADERS = ['Customer', 'Revenue', 'Profit', 'Overdue days'];

function settingsFor(method: 'cutoffs' | 'share' | 'pareto', norm: 'bands' | 'percentile'): Settings {
  const s = defaultSettings('factory', 'en');
  if (norm === 'percentile') for (const d of s.dimensions) d.normalisation = { kind: 'percentile' };
  if (method === 'share') s.method = { kind: 'share', shares: [20, 30, 30] };
  if (method === 'pareto') s.method = { kind: 'pareto', dimension: 'revenue', shares: [80, 95] };
  return s;
}

const cell = (values: fc.Arbitrary<number>) =>
  fc.oneof({ weight: 8, arbitrary: values }, fc.constantFrom<unknown>('', '#N/A', '三千'));
const row = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.tuple(
      fc.constantFrom('甲', '乙', 'Acme', 'Best'),
      cell(fc.integer({ min: 0, max: 30 }).map(v => v * 40_000)),
      cell(fc.integer({ min: -3, max: 12 }).map(v => v * 20_000)),
      cell(fc.integer({ min: 0, max: 9 }).map(v => v * 20)),
    ),
  },
  fc.constant(['', '', '', ''] as const),
);
const table = fc.array(row, { minLength: 1, maxLength: 20 });
const config = fc.tuple(
  fc.constantFrom('cutoffs' as const, 'share' as const, 'pareto' as const),
  fc.constantFrom('bands' as const, 'percentile' as const),
);

const run = (rows: readonly (readonly unknown[])[], s: Settings): Classification =>
  classify({ headers: HEADERS, rows }, s, { today: TODAY });

describe('lazy results (generated tables)', () => {
  it('say the same whatever is read first: the one-language reason (formatReason), the gap, or the whole reason', () => {
    fc.assert(
      fc.property(table, config, (rows, [method, norm]) => {
        const s = settingsFor(method, norm);
        const textFirst = run(rows, s);
        const gapFirst = run(rows, s);
        const reasonFirst = run(rows, s);
        textFirst.results.forEach((r, i) => {
          const viaGap = gapFirst.results[i];
          const viaReason = reasonFirst.results[i];
          if (!viaGap || !viaReason) throw new Error('results differ in length');
          const zh = formatReason(r, 'zh');
          const en = formatReason(r, 'en');
          const gap = viaGap.gap;
          expect(formatReason(viaGap, 'en')).toBe(en);
          expect(viaGap.reason).toEqual({ zh, en });
          const whole = viaReason.reason;
          expect(whole).toEqual({ zh, en });
          // Once the whole reason is kept, the one-language reads come from it.
          expect(formatReason(viaReason, 'zh')).toBe(zh);
          expect(formatReason(viaReason, 'en')).toBe(en);
          expect(viaReason.gap).toEqual(gap);
          expect(r.gap).toEqual(gap);
          // A blank row says nothing; any other row says something in both languages.
          if (r.status === 'blank') expect(whole).toEqual({ zh: '', en: '' });
          else expect(zh.length > 0 && en.length > 0).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('break the score down into contributions that add up to it, and copy out whole', () => {
    fc.assert(
      fc.property(table, config, (rows, [method, norm]) => {
        const c = run(rows, settingsFor(method, norm));
        for (const r of c.results) {
          const plain = toPlainResult(r);
          expect(JSON.parse(JSON.stringify(r))).toEqual(JSON.parse(JSON.stringify(plain)));
          expect(plain.reason).toEqual(r.reason);
          expect(plain.dimensions).toEqual(r.dimensions);
          expect(plain.dimensions).not.toBe(r.dimensions);
          if (r.status === 'blank') {
            expect(r.dimensions.every(d => d.value === null && d.points === null && d.share === 0)).toBe(true);
            expect(r.gap).toBeNull();
            continue;
          }
          if (r.status !== 'tiered' || r.score === null) {
            expect(r.dimensions.every(d => d.share === 0 && d.contribution === 0)).toBe(true);
            continue;
          }
          const shares = r.dimensions.reduce((sum, d) => sum + d.share, 0);
          const total = r.dimensions.reduce((sum, d) => sum + d.contribution, 0);
          expect(shares).toBeCloseTo(1, 9);
          // The score is shown rounded to one decimal.
          expect(Math.abs(total - r.score)).toBeLessThanOrEqual(0.05 + 1e-9);
          for (const d of r.dimensions) expect(d.contribution).toBeCloseTo(d.share * (d.points ?? 0), 9);
        }
      }),
      { numRuns: 60 },
    );
  });
});
