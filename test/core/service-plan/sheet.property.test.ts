// The service plan sheet's cells: customer text is always written as text (never a formula), the only formulas are
// row links built from numbers, the hidden data block reads back as written, and the picker shows exactly the picked
// salesperson's rows under everyone's counts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePlanItems } from '../../../src/core/service-plan/due.ts';
import {
  BODY_ROW,
  dataBlock,
  type PlanData,
  type PlanRow,
  pickedSalesperson,
  planGrid,
  planTop,
  readDataBlock,
} from '../../../src/core/service-plan/sheet.ts';
import { SERVICE_PLAN_WORDS as W } from '../../../src/core/wording/service-plan.ts';
import { hostileText } from '../../support/hostile-text.ts';

const lang = fc.constantFrom('zh' as const, 'en' as const);
const text = fc.oneof(fc.string({ maxLength: 12 }), hostileText(), fc.constantFrom('=1+1', '+1', '-x', '@me', "'q"));
const salesperson = fc.oneof(fc.constant(''), fc.constantFrom('Wang', '王芳', '=cmd', '-Zed'), text);

const rowArb: fc.Arbitrary<PlanRow> = fc.record({
  salesperson: salesperson.map(s => s.trim()),
  customer: text,
  tierIndex: fc.integer({ min: 0, max: 3 }),
  tier: text,
  benefit: text,
  open: text,
  period: text,
  daysLeft: fc.integer({ min: 1, max: 366 }),
  row: fc.integer({ min: 2, max: 100_000 }),
});

/** Rows in the plan's order (one salesperson's rows together), as servicePlanItems gives them. */
const dataArb: fc.Arbitrary<PlanData> = fc
  .record({ rows: fc.array(rowArb, { maxLength: 30 }), gid: fc.integer({ min: 0, max: 2 ** 31 - 1 }) })
  .map(({ rows, gid }) => ({
    asOf: '2026-11-26',
    gid,
    rows: [...rows].sort((a, b) =>
      comparePlanItems({ ...a, tier: a.tierIndex, benefitIndex: 0 }, { ...b, tier: b.tierIndex, benefitIndex: 0 }),
    ),
  }));

/** What getValues returns for cells written with setValues: the apostrophe that keeps text as text is not stored. */
const asStored = (cells: readonly (readonly (string | number)[])[]) =>
  cells.map(row => row.map(cell => (typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell)));

const LINK = /^=HYPERLINK\("#gid=\d+&range=A\d+","[^"=]*"\)$/u;

describe('service-plan/sheet', () => {
  it('writes customer text as text: every string is blank, apostrophe-led, or a row link made of numbers', () => {
    fc.assert(
      fc.property(dataArb, lang, fc.option(salesperson), (data, l, pick) => {
        const grid = planGrid(data, pick, l);
        const cells = [
          ...grid.body.flat(),
          ...dataBlock(data).flat().slice(1),
          ...planTop(data.asOf, grid.pick, l).flat(),
        ];
        for (const cell of cells) {
          if (typeof cell !== 'string' || cell === '') continue;
          if (cell.startsWith('=')) expect(cell).toMatch(LINK);
          else expect(cell.startsWith("'")).toBe(true);
        }
        const links = grid.body.flat().filter(c => typeof c === 'string' && c.startsWith('='));
        const shown = grid.body.length - (grid.headerRow - BODY_ROW + 1);
        expect(links.length).toBe(data.rows.length === 0 ? 0 : shown);
      }),
    );
  });

  it('reads its data block back as it was written', () => {
    fc.assert(
      fc.property(dataArb, data => {
        expect(readDataBlock(asStored(dataBlock(data)))).toEqual(data);
      }),
    );
  });

  it("never reads a block that is not the add-on's", () => {
    expect(readDataBlock([['Customer', 12, '2026-01-01']])).toBeNull();
    expect(readDataBlock([])).toBeNull();
  });

  it("shows the picked salesperson's rows only, everyone's for All or a name no longer listed, and every count", () => {
    fc.assert(
      fc.property(dataArb, lang, fc.nat(), fc.boolean(), (data, l, n, other) => {
        const names = [...new Set(data.rows.map(r => r.salesperson))];
        const chosen = names.length ? names[n % names.length] : undefined;
        const pickText =
          chosen === undefined ? W.all[l] : chosen === '' ? W.noSalesperson[other ? 'zh' : 'en'] : chosen;
        const grid = planGrid(data, pickText, l);
        const stored = asStored(grid.body);
        expect(stored[grid.headerRow - BODY_ROW]).toEqual(W.headers.map(h => h[l]));
        const shown = stored.slice(grid.headerRow - BODY_ROW + 1);
        const expected = chosen === undefined ? data.rows : data.rows.filter(r => r.salesperson === chosen);
        if (expected.length === 0) expect(shown).toEqual([[W.nothingOpen[l], '', '', '', '', '', '', '']]);
        else expect(shown.map(r => [r[0], r[6]])).toEqual(expected.map(r => [r.customer, r.daysLeft]));
        // Counts: "All" then one line per salesperson, whatever is picked; the dropdown lists exactly those lines.
        expect(grid.choices).toEqual({ row: BODY_ROW + 1, count: names.length + 1 });
        const countLines = stored.slice(1, 1 + grid.choices.count);
        expect(countLines[0]?.slice(0, 3)).toEqual([W.all[l], countLines[0]?.[1], data.rows.length]);
        expect(countLines.slice(1).map(r => r[0])).toEqual(names.map(s => (s === '' ? W.noSalesperson[l] : s)));
        expect(grid.pick).toBe(chosen === undefined ? W.all[l] : chosen === '' ? W.noSalesperson[l] : chosen);
      }),
    );
  });

  it('reads the picker: All in either language, blank or an unknown name mean everyone', () => {
    const listed = ['Wang', ''];
    expect(pickedSalesperson('全部', listed)).toBeNull();
    expect(pickedSalesperson('All', listed)).toBeNull();
    expect(pickedSalesperson('', listed)).toBeNull();
    expect(pickedSalesperson('Gone', listed)).toBeNull();
    expect(pickedSalesperson(' Wang ', listed)).toBe('Wang');
    expect(pickedSalesperson('（未指定业务员）', listed)).toBe('');
    expect(pickedSalesperson('(no salesperson)', ['Wang'])).toBeNull();
  });
});
