// Generated ERP-style header rows (units, brackets of both widths, years, 含税 and totals, this year and last year,
// Chinese and English) map to the right dimensions, with the header's unit scaling the values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify.ts';
import { matchHeaders } from '../../src/core/headers.ts';
import { defaultSettings } from '../../src/core/presets.ts';

const settings = defaultSettings('factory', 'zh');
const DIMS = ['revenue', 'profit', 'overdue_days'] as const;
type Dim = (typeof DIMS)[number];

const CORE: Readonly<Record<Dim | 'customer', readonly string[]>> = {
  customer: ['客户名称', '客户', '客户全称', 'Customer', 'Client', 'Customer name'],
  revenue: ['销售额', '营业额', '销售收入', '营业收入', 'Revenue', 'Sales', 'Turnover', 'Net sales'],
  profit: ['利润', '毛利', '毛利润', '毛利额', 'Profit', 'Gross profit', 'Gross margin'],
  overdue_days: ['逾期天数', '超期天数', 'Overdue days', 'Days overdue'],
};
const DISTRACTORS = ['备注', '地区', '联系人', '业务员', 'Region', 'Notes', '电话', 'Contact'];

/** A unit as written in a header and the factor it means. */
type Unit = { readonly text: string; readonly factor: number };
const MONEY_UNITS: readonly Unit[] = [
  { text: '元', factor: 1 },
  { text: '万元', factor: 1e4 },
  { text: '万', factor: 1e4 },
  { text: '千元', factor: 1e3 },
  { text: '百万', factor: 1e6 },
  { text: '亿元', factor: 1e8 },
  { text: 'USD', factor: 1 },
  { text: 'k$', factor: 1e3 },
  { text: 'K', factor: 1e3 },
  { text: 'mn', factor: 1e6 },
  { text: 'M', factor: 1e6 },
];
const BRACKETS: readonly (readonly [string, string])[] = [
  ['(', ')'],
  ['（', '）'],
  ['[', ']'],
  ['【', '】'],
];

const isChinese = (word: string) => /\p{Script=Han}/u.test(word);

/** A header for `core` with an optional unit, year or this-year word, and qualifier, in one of several styles. */
const decorated = (core: string, units: readonly Unit[]) =>
  fc
    .record({
      unit: fc.option(fc.constantFrom(...units), { nil: undefined }),
      unitStyle: fc.constantFrom('bracket', 'comma', 'slash'),
      bracket: fc.constantFrom(...BRACKETS),
      when: fc.constantFrom('none', 'year', 'this'),
      qualifier: fc.constantFrom('none', 'tax', 'total'),
    })
    .map(({ unit, unitStyle, bracket, when, qualifier }) => {
      const zh = isChinese(core);
      let text = core;
      if (qualifier === 'tax') text = zh ? `含税${text}` : `${text} (incl. tax)`;
      if (qualifier === 'total') text = zh ? `${text}合计` : `Total ${text}`;
      if (when === 'year') text = zh ? `2026年${text}` : `${text} 2026`;
      if (when === 'this') text = zh ? `本年${text}` : `${text} YTD`;
      if (unit) {
        text =
          unitStyle === 'comma'
            ? `${text}, ${unit.text}`
            : unitStyle === 'slash'
              ? `${text}/${unit.text}`
              : `${text}${bracket[0]}${unit.text}${bracket[1]}`;
      }
      return { text, factor: unit?.factor ?? 1, when };
    });

/** The same measure for an earlier year, to compete with this year's column. */
const lastYear = (core: string) =>
  fc
    .constantFrom('past-word', 'past-year')
    .map(kind =>
      isChinese(core)
        ? kind === 'past-word'
          ? `去年${core}`
          : `2025年${core}`
        : kind === 'past-word'
          ? `${core} (last year)`
          : `${core} 2025`,
    );

type Column = { readonly text: string; readonly purpose: string; readonly factor: number; readonly twin: boolean };

const headerRow = fc
  .record({
    customer: fc.constantFrom(...CORE.customer),
    dims: fc.tuple(
      ...DIMS.map(d =>
        fc.constantFrom(...CORE[d]).chain(core =>
          fc.record({
            main: decorated(core, d === 'overdue_days' ? [{ text: '天', factor: 1 }] : MONEY_UNITS),
            twin: fc.option(lastYear(core), { nil: undefined }),
          }),
        ),
      ),
    ),
    distractors: fc.subarray(DISTRACTORS),
    seed: fc.integer(),
  })
  .map(({ customer, dims, distractors, seed }) => {
    const columns: Column[] = [{ text: customer, purpose: 'customer', factor: 1, twin: false }];
    dims.forEach(({ main, twin }, i) => {
      const purpose = DIMS[i] ?? '';
      columns.push({ text: main.text, purpose, factor: main.factor, twin: false });
      // A twin only competes with a column that says it is this year's, or with an unmarked one.
      if (twin && main.when !== 'none') columns.push({ text: twin, purpose, factor: 1, twin: true });
    });
    for (const text of distractors) columns.push({ text, purpose: '', factor: 1, twin: false });
    return shuffle(columns, seed);
  });

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('headers (properties)', () => {
  it('maps generated ERP headers to their dimensions, one column per purpose, this year before last', () => {
    fc.assert(
      fc.property(headerRow, columns => {
        const headers = columns.map(c => c.text);
        const match = matchHeaders(headers, settings);
        expect(match.customer).toBe(columns.findIndex(c => c.purpose === 'customer'));
        DIMS.forEach((id, i) => {
          const expected = columns.findIndex(c => c.purpose === id && !c.twin);
          expect(match.dimensions[i], `${id} in ${JSON.stringify(headers)}`).toBe(expected);
          expect(match.units[i]?.factor ?? 1).toBe(columns[expected]?.factor);
          const twin = columns.findIndex(c => c.purpose === id && c.twin);
          if (twin >= 0) {
            // The choice is said: which column was used and which was not.
            expect(match.choices).toContainEqual({ purpose: id, column: expected, others: [twin], rule: 'recent' });
          }
        });
        const used = [match.customer, ...match.dimensions].filter(c => c !== null);
        expect(new Set(used).size).toBe(used.length);
        expect(match.missing).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('scales each value by the unit its header names', () => {
    fc.assert(
      fc.property(
        headerRow,
        fc.array(fc.integer({ min: 0, max: 9999 }), { minLength: 3, maxLength: 3 }),
        (columns, cells) => {
          const headers = columns.map(c => c.text);
          const row = columns.map(c => {
            const d = DIMS.indexOf(c.purpose as Dim);
            return d >= 0 && !c.twin ? (cells[d] ?? 0) / 10 : c.purpose === 'customer' ? '甲公司' : 7;
          });
          const result = classify({ headers, rows: [row] }, settings, { today: new Date(2026, 10, 26) });
          const values = result.results[0]?.dimensions.map(d => d.value);
          DIMS.forEach((id, d) => {
            const factor = columns.find(c => c.purpose === id && !c.twin)?.factor ?? 1;
            // Exact, not within rounding: 2.3 under 万元 is 23,000 yuan.
            expect(values?.[d]).toBe(Number(`${(cells[d] ?? 0) / 10}e${Math.log10(factor)}`));
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
