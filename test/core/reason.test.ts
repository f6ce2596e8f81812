import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, toPlainResult } from '../../src/core/classify.ts';
import { defaultSettings } from '../../src/core/presets.ts';
import { formatAmount, formatNumber, formatReason } from '../../src/core/reason.ts';
import type { Dimension, Settings } from '../../src/core/settings.ts';
import * as reference from '../support/reason-reference.ts';
import { measureHeaders, measures } from './fixtures.ts';

const TODAY = new Date(2026, 2, 5);
const HALF_WIDTH_AFTER_HAN = /\p{Script=Han}\s*[,;:()?!]|[,;:()?!]\s*\p{Script=Han}/u;
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
        // Chinese reasons use full-width punctuation next to Chinese text (headers here are English).
        for (const r of expected) expect(r.zh).not.toMatch(HALF_WIDTH_AFTER_HAN);
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

  it('formats numbers and amounts as the reference does, in both languages, rounded or rounded up', () => {
    const number = fc.oneof(
      fc.double({ noNaN: true }),
      fc.integer(),
      fc.integer({ min: -1e12, max: 1e12 }).map(v => v / 100),
      fc.constantFrom(0, -0, 0.005, -0.005, 999.995, 9_999.996, 99_950, 1e21, 2 ** 53, -(2 ** 53) - 2, Number.NaN),
    );
    const display = fc.constantFrom(null, { factor: 10_000, text: '万元' }, { factor: 1_000, text: 'k' });
    fc.assert(
      fc.property(number, fc.integer({ min: 0, max: 3 }), display, fc.boolean(), (x, decimals, unitOfHeader, up) => {
        expect(formatNumber(x, decimals)).toBe(reference.formatNumber(x, decimals));
        for (const unit of ['money', 'percent', 'days', 'count', 'plain'] as const) {
          for (const lang of ['zh', 'en'] as const) {
            for (const currency of ['¥', '$']) {
              expect(formatAmount(x, unit, currency, unitOfHeader, lang, up)).toBe(
                reference.formatAmount(x, unit, currency, unitOfHeader, lang, up),
              );
            }
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('writes amounts as people say them, and never rounds a needed change down', () => {
    const yuan = (x: number, lang: 'zh' | 'en', up = false) => formatAmount(x, 'money', '¥', null, lang, up);
    expect([yuan(800_000, 'zh'), yuan(800_000, 'en')]).toEqual(['¥80 万', '¥800k']);
    expect([yuan(1_234_567, 'zh'), yuan(1_234_567, 'en')]).toEqual(['¥123 万', '¥1.23m']);
    expect([yuan(250_000_000, 'zh'), yuan(2_500_000_000, 'en')]).toEqual(['¥2.5 亿', '¥2.5bn']);
    expect([yuan(5_747, 'zh'), yuan(5_747, 'en'), yuan(850, 'en')]).toEqual(['5,747 元', '¥5.75k', '¥850']);
    expect([yuan(-30_000, 'zh'), formatAmount(800_000, 'money', '$', null, 'zh')]).toEqual(['−¥3 万', '$80 万']);
    // 140,370 more is '14.1 万', not '14 万' (which would fall short); an exact amount stays as it is.
    expect([yuan(140_370, 'zh', true), yuan(140_370, 'en', true), yuan(50_000, 'zh', true)]).toEqual([
      '¥14.1 万',
      '¥141k',
      '¥5 万',
    ]);
    expect(formatAmount(52_000, 'money', '¥', { factor: 10_000, text: '万元' }, 'en')).toBe('5.2 万元');
  });

  it('leads with the tier and what carried it, then the way up, then the score breakdown', () => {
    const settings = defaultSettings('factory', 'zh');
    const rows = [
      ['甲', '800,000', '120000', '0'],
      ['乙', '1,200,000', '250000', '200'],
    ];
    const [b, gated] = classify({ headers: HEADERS, rows }, settings, { today: TODAY }).results;
    expect(b && formatReason(b, 'zh')).toBe(
      'A 级：销售额 ¥80 万，回款及时。得分 87.0（销售额 40.0、逾期天数 35.0、利润 12.0）',
    );
    expect(b && formatReason(b, 'en')).toBe(
      'A: revenue ¥800k, pays on time. Score 87.0 (Revenue 40.0, Overdue days 35.0, Profit 12.0)',
    );
    // A rule that lowered the tier comes first, in the order a person says it.
    expect(gated && formatReason(gated, 'zh')).toBe(
      '逾期超过 180 天（现 200 天），降为 D 级；销售额 ¥120 万，利润 ¥25 万；逾期减少 20 天即可升为 C 级。' +
        '得分 65.0，按得分为 B 级（销售额 50.0、利润 15.0、逾期天数 0.0）',
    );
    expect(gated && formatReason(gated, 'en')).toBe(
      'More than 180 overdue days (200 now): lowered to D; revenue ¥1.2m, profit ¥250k; 20 fewer overdue days ' +
        'would reach C. Score 65.0, B by score (Revenue 50.0, Profit 15.0, Overdue days 0.0)',
    );
  });

  it('names the gap of a customer one step below the next tier', () => {
    const settings = defaultSettings('factory', 'zh');
    const [r] = classify({ headers: HEADERS, rows: [['丙', '450,000', '40000', '0']] }, settings, {
      today: TODAY,
    }).results;
    expect(r && formatReason(r, 'zh')).toMatch(
      /^B 级：回款及时，销售额 ¥45 万；销售额再增加 ¥[\d.]+ 万.*即可升为 A 级。得分/u,
    );
    expect(r && formatReason(r, 'en')).toMatch(
      /^B: pays on time, revenue ¥450k; ¥[\d.]+k more revenue.* would reach A\. Score/u,
    );
  });
});
