import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, toPlainResult } from '../../src/core/classify.ts';
import { defaultSettings } from '../../src/core/presets.ts';
import { formatChange, formatNumber, formatReason, formatValue } from '../../src/core/reason.ts';
import type { Dimension, Settings } from '../../src/core/settings.ts';
import * as reference from '../support/reason-reference.ts';
import { measureHeaders, measures } from './fixtures.ts';

const TODAY = new Date(2026, 2, 5);
const HEADERS = ['Customer', 'Revenue', 'Profit', 'Overdue days'];

type Variant = {
  readonly norm: 'bands' | 'percentile' | 'minmax';
  readonly method: 'cutoffs' | 'share' | 'pareto';
  readonly missing: Dimension['missing'];
  readonly unit: Dimension['unit'];
  readonly gateOp: '>' | '>=' | '<' | '<=' | '=';
};

/** Factory preset (gates included) varied in normalisation, method, missing policy, profit's unit and a gate. */
function settingsFor(v: Variant): Settings {
  const s = defaultSettings('factory', 'en');
  for (const d of s.dimensions) {
    if (v.norm !== 'bands') d.normalisation = { kind: v.norm };
    if (d.id === 'profit') {
      d.missing = v.missing;
      d.unit = v.unit;
    }
  }
  s.gates.push({ dimension: 'profit', op: v.gateOp, value: 25_000, atMost: 2 });
  if (v.method === 'share') s.method = { kind: 'share', shares: [20, 30, 30] };
  if (v.method === 'pareto') s.method = { kind: 'pareto', dimension: 'revenue', shares: [80, 95] };
  return s;
}

const variant: fc.Arbitrary<Variant> = fc.record({
  norm: fc.constantFrom('bands', 'percentile', 'minmax'),
  method: fc.constantFrom('cutoffs', 'cutoffs', 'share', 'pareto'),
  missing: fc.constantFrom('worst', 'reweight', 'insufficient'),
  unit: fc.constantFrom('money', 'percent', 'plain', 'count'),
  gateOp: fc.constantFrom('>', '>=', '<', '<=', '='),
});
// Amounts with fractions and negatives, as text the way a CSV gives them or as numbers; some cells messy.
const amount = fc.oneof(
  fc.integer({ min: -50_000, max: 2_000_000 }),
  fc.double({ min: -1e5, max: 3e6, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: 2_000_000 }).map(v => `¥${v.toLocaleString('en-US')}`),
);
const cell = (value: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 8, arbitrary: value }, fc.constantFrom<unknown>('', '#N/A', '三千', null, '1.2万'));
const row = fc.oneof(
  {
    weight: 15,
    arbitrary: fc.tuple(
      fc.constantFrom('甲', 'B', 'C'),
      cell(amount),
      cell(amount),
      cell(fc.integer({ min: 0, max: 240 })),
    ),
  },
  fc.constant(['', '', '', '']),
);
const table = fc.array(row, { maxLength: 30 });

describe('reason', () => {
  it('says exactly what the previous implementation said, in both languages', () => {
    fc.assert(
      fc.property(table, variant, (rows, v) => {
        const settings = settingsFor(v);
        const input = { headers: HEADERS, rows };
        const ctx = reference.reasonContext(settings);
        const expected = classify(input, settings, { today: TODAY }).results.map(r => {
          const { reason: _, ...parts } = toPlainResult(r);
          return reference.buildReason(parts, ctx);
        });
        // The one-language path first (nothing cached), then the cached two-language getter.
        const fresh = classify(input, settings, { today: TODAY }).results;
        expect(fresh.map(r => ({ zh: formatReason(r, 'zh'), en: formatReason(r, 'en') }))).toEqual(expected);
        expect(fresh.map(r => r.reason)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('names the same first three ways up when more dimensions could reach the next tier', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constantFrom<unknown>('', 'n/a'));
    const rows = fc.array(fc.tuple(fc.constantFrom('P', 'Q'), value, value, value, value, value), { maxLength: 30 });
    fc.assert(
      fc.property(rows, fc.constantFrom('percentile' as const, 'minmax' as const), (data, kind) => {
        const settings = measures(kind, 5);
        const input = { headers: measureHeaders(5), rows: data };
        const ctx = reference.reasonContext(settings);
        const expected = classify(input, settings, { today: TODAY }).results.map(r => {
          const { reason: _, ...parts } = toPlainResult(r);
          return reference.buildReason(parts, ctx);
        });
        const fresh = classify(input, settings, { today: TODAY }).results;
        expect(fresh.map(r => ({ zh: formatReason(r, 'zh'), en: formatReason(r, 'en') }))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('formats numbers, values and changes as before', () => {
    const number = fc.oneof(
      fc.double({ noNaN: true }),
      fc.integer(),
      fc.integer({ min: -1e12, max: 1e12 }).map(v => v / 100),
      fc.constantFrom(0, -0, 0.005, -0.005, 999.995, 1e21, 2 ** 53, -(2 ** 53) - 2, Number.NaN),
    );
    fc.assert(
      fc.property(number, fc.integer({ min: 0, max: 3 }), (x, decimals) => {
        expect(formatNumber(x, decimals)).toBe(reference.formatNumber(x, decimals));
        for (const unit of ['money', 'percent', 'days', 'count', 'plain'] as const) {
          expect(formatValue(x, unit, '¥')).toBe(reference.formatValue(x, unit, '¥'));
          expect(formatChange(x, unit, '$')).toBe(reference.formatChange(x, unit, '$'));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('names the dimension, the gate and the gap in one language', () => {
    const settings = defaultSettings('factory', 'en');
    const rows = [['Acme', '1,200,000', '250000', '200']];
    const [r] = classify({ headers: HEADERS, rows }, settings, { today: TODAY }).results;
    expect(r && formatReason(r, 'en')).toBe(
      'Score 65.0 ≥ 60 → B (Revenue 50.0, Profit 15.0, Overdue days 0.0); at most D: Overdue days 200 > 180; ' +
        '−20 Overdue days to reach C',
    );
  });
});
