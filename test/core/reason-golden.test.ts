// Golden corpus of Why texts: random settings and tables (fast-check, fixed seed) with the texts the engine wrote
// for them in both languages, stored in test/fixtures/reason-golden.json.gz. Speed work on the reason and gap code
// must leave every text byte-identical. `UPDATE_GOLDEN=1 npx vitest run test/core/reason-golden.test.ts` rewrites it
// (only when the wording is meant to change).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify.ts';
import { defaultSettings, paymentTermsDimension } from '../../src/core/presets.ts';
import { formatReason } from '../../src/core/reason.ts';
import type { Dimension, Settings } from '../../src/core/settings.ts';

/** Gzipped JSON: a megabyte of texts as about a tenth of that, and no formatter rewrites it. */
const FILE = 'test/fixtures/reason-golden.json.gz';
const TODAY = new Date(2026, 2, 5);
const SEED = 16_2026;

type Case = {
  readonly settings: Settings;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
  /** Per row: [zh, en]. */
  readonly texts?: readonly (readonly [string, string])[];
};

type DimChoice = {
  readonly norm: 'keep' | 'percentile' | 'minmax';
  readonly unit: Dimension['unit'] | 'keep';
  readonly missing: Dimension['missing'];
  readonly weight: number;
  readonly header: 0 | 1 | 2;
};

const dimChoice: fc.Arbitrary<DimChoice> = fc.record({
  norm: fc.constantFrom('keep', 'percentile', 'minmax'),
  unit: fc.constantFrom('keep', 'keep', 'money', 'percent', 'plain', 'count'),
  missing: fc.constantFrom('worst', 'reweight', 'insufficient'),
  weight: fc.constantFrom(0, 1, 2, 3, 5, 10, 0.5),
  header: fc.constantFrom(0, 0, 1, 2),
});

const method = fc.oneof(
  fc.constant<Settings['method']>({ kind: 'cutoffs', cutoffs: [80, 60, 40] }),
  fc.tuple(fc.integer({ min: 30, max: 95 }), fc.integer({ min: 5, max: 30 })).map(([a, d]): Settings['method'] => ({
    kind: 'cutoffs',
    cutoffs: [a, Math.max(0, a - d), Math.max(0, a - 2 * d)],
  })),
  fc.constant<Settings['method']>({ kind: 'share', shares: [20, 30, 30] }),
  fc.constant<Settings['method']>({ kind: 'share', shares: [10, 40] }),
  fc.constant<Settings['method']>({ kind: 'pareto', dimension: 'revenue', shares: [80, 95] }),
);

const gate = fc.record({
  dimension: fc.constantFrom('revenue', 'profit', 'overdue_days'),
  op: fc.constantFrom<'>' | '>=' | '<' | '<=' | '='>('>', '>=', '<', '<=', '='),
  value: fc.constantFrom(0, 30, 90, 25_000, 300_000),
  atMost: fc.integer({ min: 1, max: 3 }),
});

const settingsArb = fc
  .record({
    preset: fc.constantFrom<'factory' | 'trading' | 'custom'>('factory', 'trading', 'custom'),
    lang: fc.constantFrom<'zh' | 'en'>('zh', 'en'),
    dims: fc.array(dimChoice, { minLength: 4, maxLength: 4 }),
    method,
    gates: fc.array(gate, { maxLength: 2 }),
    terms: fc.boolean(),
    currency: fc.constantFrom('¥', '$'),
  })
  .map(c => {
    const s = defaultSettings(c.preset, c.lang);
    if (c.terms) s.dimensions.push(paymentTermsDimension(2));
    s.dimensions.forEach((d, i) => {
      const k = c.dims[i];
      if (!k) return;
      if (k.norm !== 'keep' && d.normalisation.kind !== 'categories') d.normalisation = { kind: k.norm };
      if (k.unit !== 'keep' && d.valueType === 'number' && d.unit !== 'days') d.unit = k.unit;
      d.missing = k.missing;
      if (d.id !== 'revenue') d.weight = k.weight;
    });
    const ids = new Set(s.dimensions.map(d => d.id));
    s.gates.push(...c.gates.filter(g => ids.has(g.dimension)));
    if (c.method.kind !== 'pareto' || ids.has(c.method.dimension)) s.method = c.method;
    s.currency = c.currency;
    return { settings: s, headerStyle: c.dims.map(d => d.header) };
  });

/** A header for a dimension: its own, with a unit or a year around it, as tables name them. */
function headerFor(d: Dimension, style: number): string {
  const base = d.headers[0] ?? d.id;
  if (style === 1 && d.valueType === 'number' && d.unit !== 'days') return `${base}（万元）`;
  if (style === 2) return `${base} 2026`;
  return base;
}

const amount = fc.oneof(
  fc.integer({ min: -50_000, max: 2_000_000 }),
  fc.integer({ min: 0, max: 40 }).map(v => v * 25_000),
  fc.double({ min: -1e5, max: 3e8, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: 2_000_000 }).map(v => `¥${v.toLocaleString('en-US')}`),
  fc.double({ min: 0, max: 1, noNaN: true }),
);
const days = fc.oneof(fc.integer({ min: 0, max: 240 }), fc.constantFrom('月结60天', 'Net 30'));
const terms = fc.constantFrom('款到发货', '月结60天', 'Net 30', 'Prepaid', 'COD', '赊销', '现金');
const messy = (value: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 10, arbitrary: value }, fc.constantFrom<unknown>('', '#N/A', '三千', null, '1.2万'));

function rowsFor(s: Settings): fc.Arbitrary<unknown[][]> {
  const cells = s.dimensions.map(d => messy(d.valueType === 'category' ? terms : d.unit === 'days' ? days : amount));
  const row = fc.oneof(
    { weight: 15, arbitrary: fc.tuple(fc.constantFrom('甲', 'B', 'C', 'Acme'), ...cells) },
    fc.constant(['', ...s.dimensions.map(() => '')]),
  );
  return fc.oneof(
    { weight: 4, arbitrary: fc.array(row, { maxLength: 24 }) },
    { weight: 1, arbitrary: fc.array(row, { minLength: 40, maxLength: 90 }) },
  ) as fc.Arbitrary<unknown[][]>;
}

const caseArb: fc.Arbitrary<Case> = settingsArb.chain(({ settings, headerStyle }) =>
  rowsFor(settings).map(rows => ({
    settings,
    headers: ['Customer', ...settings.dimensions.map((d, i) => headerFor(d, headerStyle[i] ?? 0))],
    rows,
  })),
);

function textsOf(c: Case): [string, string][] {
  const results = classify({ headers: c.headers, rows: c.rows }, c.settings, { today: TODAY }).results;
  return results.map(r => [formatReason(r, 'zh'), formatReason(r, 'en')]);
}

describe('reason (golden corpus)', () => {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(FILE)) {
    it('writes the corpus', () => {
      const cases = fc.sample(caseArb, { numRuns: 130, seed: SEED });
      const stored = cases.map(c => ({ ...c, texts: textsOf(c) }));
      writeFileSync(FILE, gzipSync(`${JSON.stringify(stored)}\n`, { level: 9 }));
      expect(stored.length).toBe(130);
    });
    return;
  }

  it('writes every Why byte for byte as the stored corpus, in both languages', () => {
    const cases = JSON.parse(gunzipSync(readFileSync(FILE)).toString('utf8')) as Case[];
    expect(cases.length).toBe(130);
    let texts = 0;
    for (const c of cases) {
      expect(textsOf(c)).toEqual(c.texts);
      // The two-language getter says the same.
      const results = classify({ headers: c.headers, rows: c.rows }, c.settings, { today: TODAY }).results;
      expect(results.map(r => [r.reason.zh, r.reason.en])).toEqual(c.texts);
      texts += c.texts?.length ?? 0;
    }
    expect(texts).toBeGreaterThan(1000);
  });
});
