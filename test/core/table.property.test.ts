// findCustomerTable over generated sheets: a header row anywhere in the first ten rows below titles and blank rows,
// competing partial header rows, and sheets without a usable header row. The oracle is the rule as documented:
// the first row among the first ten with the customer column and the most dimension columns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/presets.ts';
import { findCustomerTable } from '../../src/core/table.ts';

const settings = defaultSettings('factory', 'zh');
const DIMENSIONS = ['销售额', '利润', '逾期天数'];
const WIDTH = 5;

/** A row of the sheet above or around the table: what it names decides whether it can be the header row. */
type Row = { readonly customer: boolean; readonly dims: readonly string[] };

const rowArb: fc.Arbitrary<Row> = fc.record({
  customer: fc.boolean(),
  dims: fc.subarray(DIMENSIONS),
});

function cells(row: Row, index: number): unknown[] {
  const named = [...(row.customer ? ['客户名称'] : []), ...row.dims];
  // Fillers differ per row so no two rows are the same text; a title like '2026 清单 3' names nothing.
  return [...named, ...Array.from({ length: WIDTH - named.length }, (_, k) => `清单 ${index}-${k}`)];
}

/** The rule: among the first ten rows, those with the customer and ≥ 1 dimension; most dimensions, earliest first. */
function expectedHeaderRow(rows: readonly Row[]): number | null {
  let best: number | null = null;
  rows.slice(0, 10).forEach((row, i) => {
    if (!row.customer || row.dims.length === 0) return;
    const current = best === null ? -1 : (rows[best]?.dims.length ?? -1);
    if (row.dims.length > current) best = i;
  });
  return best;
}

describe('findCustomerTable (generated sheets)', () => {
  it('picks the first of the first ten rows with the customer column and the most dimension columns', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 14 }), rows => {
        const values = rows.map(cells);
        const found = findCustomerTable(values, settings);
        const expected = expectedHeaderRow(rows);
        if (expected === null) {
          expect(found).toEqual({ ok: false, issue: 'no_header_row', lookedFor: ['客户名称', ...DIMENSIONS] });
          return;
        }
        expect(found.ok).toBe(true);
        if (!found.ok) return;
        expect(found.table.headerRow).toBe(expected);
        expect(found.table.match.customer).toBe(0);
        const named = rows[expected]?.dims ?? [];
        expect(found.table.match.dimensions.filter(c => c !== null)).toHaveLength(named.length);
        // Every row below the header row is a data row, cut to the header row's width, in order.
        expect(found.table.rows).toEqual(values.slice(expected + 1));
      }),
    );
  });

  it('looks exactly ten rows down: a header row at row 10 is found, at row 11 it is not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.subarray(DIMENSIONS, { minLength: 1 }), (at, dims) => {
        const values = Array.from({ length: at }, (_, i) => [`标题 ${i}`]) as unknown[][];
        values.push(['客户名称', ...dims], ['甲公司', ...dims.map((_, k) => k)]);
        const found = findCustomerTable(values, settings);
        expect(found.ok).toBe(at < 10);
        if (found.ok) expect(found.table.headerRow).toBe(at);
      }),
    );
  });

  it('leaves out blank names from what it looked for, and says the sheet is empty when it is', () => {
    const unnamed = {
      ...settings,
      customerHeaders: [''],
      dimensions: settings.dimensions.map((d, i) => (i === 1 ? { ...d, headers: [''] } : d)),
    };
    const found = findCustomerTable([['x']], unnamed);
    expect(found).toEqual({ ok: false, issue: 'no_header_row', lookedFor: ['销售额', '逾期天数'] });
    expect(findCustomerTable([], unnamed)).toEqual({
      ok: false,
      issue: 'empty_sheet',
      lookedFor: ['销售额', '逾期天数'],
    });
  });
});
