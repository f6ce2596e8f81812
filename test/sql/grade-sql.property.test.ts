import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CustomerResult, classify } from '../../src/core/classify.ts';
import type { Dimension, Settings } from '../../src/core/settings.ts';
import { validateSettings } from '../../src/core/settings.ts';
import { DIALECTS } from '../../src/core/sql/dialect.ts';
import { gradeSql } from '../../src/core/sql/grade-sql.ts';
import { STATUS_TEXT } from '../../src/core/wording/table.ts';
import { useDuckDb } from './duckdb.ts';

// Random settings and small tables through classify() and through the generated DuckDB query: the same status and
// tier for every customer, the same rounded score. Values are small and dyadic (quarters) so that ties happen often
// and sums are exact in any order (Pareto's running totals are summed in a different order by the database).
const TODAY = new Date(2026, 10, 30);
const TODAY_KEY = '2026-11-30';
const TIER_NAMES = ['A', 'B', 'C', 'D', 'E'];
const WORDS = [
  { words: ['Prepaid', '预付'], score: 100 },
  { words: ['Net 30', '月结30天'], score: 60 },
  { words: ['Net 90'], score: 20 },
];

type Kind = 'number' | 'date' | 'category';

const normFor = (kind: Kind, higher: boolean): fc.Arbitrary<Dimension['normalisation']> => {
  if (kind === 'category') return fc.constant({ kind: 'categories', categories: WORDS });
  const bands = fc
    .uniqueArray(fc.integer({ min: -5, max: 60 }), { minLength: 1, maxLength: 4 })
    .chain(ts =>
      fc.tuple(
        fc.constant([...ts].sort((a, b) => (higher ? b - a : a - b))),
        fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: ts.length, maxLength: ts.length }),
      ),
    )
    .chain(([ts, ps]) => {
      const points = [...ps].sort((a, b) => b - a);
      return fc.integer({ min: 0, max: points[points.length - 1] ?? 0 }).map(otherwise => ({
        kind: 'bands' as const,
        bands: ts.map((threshold, i) => ({ threshold, points: points[i] ?? 0 })),
        otherwise,
      }));
    });
  return fc.oneof(fc.constant({ kind: 'percentile' as const }), fc.constant({ kind: 'minmax' as const }), bands);
};

const dimension = (i: number): fc.Arbitrary<Dimension> =>
  fc
    .record({
      kind: fc.constantFrom<Kind>('number', 'number', 'date', 'category'),
      higher: fc.boolean(),
      weight: fc.constantFrom(0, 1, 2.5, 10, 0.3),
      missing: fc.constantFrom<Dimension['missing']>('worst', 'reweight', 'insufficient'),
      unit: fc.constantFrom<Dimension['unit']>('plain', 'money', 'count', 'percent'),
    })
    .chain(r =>
      normFor(r.kind, r.higher).map(normalisation => ({
        id: `d${i}`,
        label: { zh: `维度${i}`, en: `Dim ${i}` },
        headers: [`d${i}`],
        valueType: r.kind,
        unit: r.kind === 'date' ? 'days' : r.unit,
        direction: r.higher ? 'higher' : 'lower',
        weight: r.weight,
        normalisation,
        missing: r.missing,
      })),
    );

const settings: fc.Arbitrary<Settings> = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 3, max: 5 }))
  .chain(([n, tiers]) =>
    fc.record({
      dimensions: fc.tuple(...Array.from({ length: n }, (_, i) => dimension(i))),
      tiers: fc.constant(TIER_NAMES.slice(0, tiers).map(name => ({ name, color: '#336699' }))),
      method: fc.oneof(
        fc
          .uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: tiers - 1, maxLength: tiers - 1 })
          .map(cs => ({ kind: 'cutoffs' as const, cutoffs: [...cs].sort((a, b) => b - a) })),
        fc
          .array(fc.integer({ min: 0, max: 40 }), { minLength: tiers - 1, maxLength: tiers - 1 })
          .map(shares => ({ kind: 'share' as const, shares })),
        fc
          .tuple(
            fc.integer({ min: 0, max: n - 1 }),
            fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: tiers - 1 }),
          )
          .map(([d, shares]) => ({
            kind: 'pareto' as const,
            dimension: `d${d}`,
            shares: [...shares].sort((a, b) => a - b),
          })),
      ),
      gates: fc.array(
        fc.record({
          atMost: fc.integer({ min: 0, max: tiers - 1 }),
          dimension: fc.integer({ min: 0, max: n - 1 }).map(d => `d${d}`),
          op: fc.constantFrom('>', '>=', '<', '<=', '=' as const),
          value: fc.integer({ min: -2, max: 60 }),
        }),
        { maxLength: 2 },
      ),
    }),
  )
  .map(
    (parts): Settings => ({
      version: 2,
      preset: 'custom',
      sheetName: '',
      customerHeaders: ['customer'],
      benefits: [],
      fiscalYearStartMonth: 1,
      currency: '¥',
      graceSnapshots: 0,
      ...parts,
      dimensions: [...parts.dimensions],
    }),
  )
  // Pareto needs a higher-is-better measure; rather than shape the generator, such settings are skipped.
  .filter(s => validateSettings(s).ok);

/** One cell per dimension kind: JS value for classify, SQL literal for DuckDB. */
type Cell = { readonly js: unknown; readonly sql: string };
const cell = (d: Dimension): fc.Arbitrary<Cell> => {
  const missing = fc.constant<Cell>({ js: '', sql: 'NULL' });
  if (d.valueType === 'category') {
    const words = ['Prepaid', '  net 30. ', 'ＮＥＴ ９０', '预付', 'Net 60', '#N/A', ''];
    return fc.oneof(
      missing,
      fc.constantFrom(...words).map(w => ({ js: w, sql: DIALECTS.duckdb.text(w) })),
    );
  }
  if (d.valueType === 'date') {
    // Up to 60 days ago, and a few in the future (unreadable).
    return fc.oneof(
      missing,
      fc.integer({ min: -3, max: 60 }).map(ago => {
        const date = new Date(2026, 10, 30 - ago);
        const p = (x: number) => String(x).padStart(2, '0');
        return { js: date, sql: `DATE '${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}'` };
      }),
    );
  }
  return fc.oneof(
    { weight: 1, arbitrary: missing },
    { weight: 5, arbitrary: fc.integer({ min: -8, max: 240 }).map(q => ({ js: q / 4, sql: String(q / 4) })) },
  );
};

const sqlType = (d: Dimension) => (d.valueType === 'date' ? 'DATE' : d.valueType === 'category' ? 'VARCHAR' : 'DOUBLE');

const connection = useDuckDb();

/** A row: whether it names its customer, whether it has a note (a column nothing grades), and its cells. */
const rowOf = (s: Settings) =>
  fc.record({
    named: fc.nat(9).map(n => n > 0),
    note: fc.nat(3).map(n => n === 0),
    cells: fc.tuple(...s.dimensions.map(cell)),
  });

describe('gradeSql (DuckDB) against classify', () => {
  it('gives every customer the same status, tier, score and the Why’s main parts', async () => {
    const cases = settings.chain(s => fc.tuple(fc.constant(s), fc.array(rowOf(s), { minLength: 1, maxLength: 25 })));
    await fc.assert(
      fc.asyncProperty(cases, async ([s, rows]) => {
        const names = s.dimensions.map(d => d.id);
        await connection().run(
          `CREATE OR REPLACE TABLE t (rid INTEGER, customer VARCHAR, note VARCHAR, ${s.dimensions.map(d => `${d.id} ${sqlType(d)}`).join(', ')})`,
        );
        // An unnamed customer is NULL or a blank text; classify sees ''.
        const sqlRow = (r: (typeof rows)[number], i: number) =>
          `(${i}, ${r.named ? `'c${i}'` : i % 2 === 0 ? 'NULL' : "'  '"}, ${r.note ? "'x'" : 'NULL'}, ${r.cells.map(c => c.sql).join(', ')})`;
        await connection().run(`INSERT INTO t VALUES ${rows.map(sqlRow).join(', ')}`);
        const sql = gradeSql(s, {
          dialect: 'duckdb',
          table: 't',
          customer: 'customer',
          columns: names,
          today: TODAY_KEY,
          lang: 'en',
          outputs: ['Tier', 'Score', 'Why'],
          blankAlso: ['note'],
        });
        const out = (
          await connection().runAndReadAll(`SELECT rid, "Tier", "Score", "Why" FROM (${sql}) ORDER BY rid`)
        ).getRowObjectsJS();
        const c = classify(
          {
            headers: ['customer', 'note', ...names],
            rows: rows.map((r, i) => [r.named ? `c${i}` : '', r.note ? 'x' : '', ...r.cells.map(x => x.js)]),
          },
          s,
          { today: TODAY },
        );
        const tierText = (r: CustomerResult) =>
          r.status === 'tiered'
            ? (s.tiers[r.tier ?? 0]?.name ?? '')
            : r.status === 'blank'
              ? ''
              : STATUS_TEXT[r.status].en;
        expect(out.map(o => ({ tier: o.Tier, score: o.Score }))).toEqual(
          c.results.map(r => ({ tier: tierText(r), score: r.score })),
        );
        // The Why: rows without a tier word for word; with one, the same opening (the tier, or the rule up to the
        // value it names) and, but for Pareto, the same score breakdown (score, method words, top contributions).
        c.results.forEach((r, i) => {
          const why = String(out[i]?.Why);
          if (r.status !== 'tiered') expect(why).toBe(r.reason.en);
          else if (r.gate) expect(r.reason.en.startsWith(why.slice(0, why.indexOf(' (')))).toBe(true);
          else expect(r.reason.en.startsWith(s.tiers[r.tier ?? 0]?.name ?? '?')).toBe(true);
          if (r.status === 'tiered' && s.method.kind !== 'pareto') {
            expect(why).toContain('. Score ');
            expect(r.reason.en.endsWith(why.slice(why.indexOf('. Score ')))).toBe(true);
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});
