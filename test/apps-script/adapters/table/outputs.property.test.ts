// Issue 12 item 1, on the built bundle: the Tier/Score/Why block never lands on a user cell, whatever the sheet holds
// right of or inside the table (blank-header data, side notes, formulas that show '', the user's own "Score" column).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../../emulator/index.ts';
import { loadAddon, valuesOf } from '../../../support/addon.ts';

const SHEET = 'Customers';
const OUTPUT_NAMES = ['Tier', 'Score', 'Why', '等级', '得分', '原因'];

type Layout = { rows: unknown[][]; width: number };

// A customer table plus hostile extras: user columns named like outputs, blank-header columns with data, side notes
// and formulas to the right, at random places.
const layout: fc.Arbitrary<Layout> = fc
  .record({
    customers: fc.integer({ min: 1, max: 8 }),
    extras: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('named' as const), header: fc.constantFrom(...OUTPUT_NAMES, 'Note') }),
        fc.record({ kind: fc.constant('blankHeader' as const), header: fc.constant('') }),
      ),
      { maxLength: 4 },
    ),
    side: fc.array(
      fc.record({
        row: fc.integer({ min: 0, max: 9 }),
        gap: fc.integer({ min: 0, max: 5 }),
        cell: fc.oneof(fc.constant('keep me'), fc.constant('=""'), fc.constant('=1+1'), fc.integer()),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ customers, extras, side }) => {
    const header = ['Customer', 'Revenue', ...extras.map(e => e.header)];
    const rows: unknown[][] = [header];
    for (let i = 0; i < customers; i++) {
      rows.push([`Co ${i}`, (i + 1) * 100_000, ...extras.map((_, k) => `user ${i}.${k}`)]);
    }
    let width = header.length;
    for (const s of side) {
      const column = header.length + s.gap;
      while (rows.length <= s.row) rows.push([]);
      const row = rows[s.row] ?? [];
      while (row.length < column) row.push('');
      row[column] = s.cell;
      width = Math.max(width, column + 1);
    }
    return { rows, width };
  });

function userCells(emu: Emulator): Map<string, unknown> {
  const snap = emu.snapshot(SHEET);
  const cells = new Map<string, unknown>();
  snap.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const formula = snap.formulas[r]?.[c] ?? '';
      if (value !== '' || formula !== '') cells.set(`${r},${c}`, formula !== '' ? formula : value);
    });
  });
  return cells;
}

function expectUntouched(emu: Emulator, before: Map<string, unknown>) {
  const after = userCells(emu);
  for (const [at, value] of before) expect(after.get(at), `cell ${at}`).toEqual(value);
}

describe('apps-script/adapters/table outputs', () => {
  it('never writes a non-empty user cell, on the first run and every later one', () => {
    fc.assert(
      fc.property(layout, ({ rows }) => {
        const emu = loadAddon({ locale: 'en_US', firstSheet: null });
        emu.addSheet(SHEET, rows);
        const before = userCells(emu);
        emu.runMenuItem('recomputeTiers');
        expectUntouched(emu, before);
        const header = valuesOf(emu, SHEET)[0] ?? [];
        const tierAt = header.findIndex((h, i) => h === 'Tier' && header[i + 1] === 'Score' && header[i + 2] === 'Why');
        expect(tierAt).toBeGreaterThanOrEqual(2);
        expect(valuesOf(emu, SHEET)[1]?.[tierAt]).not.toBe('');
        // A second run reuses the block it wrote: nothing moves, nothing else changes.
        const graded = emu.snapshot(SHEET);
        emu.runMenuItem('recomputeTiers');
        expect(emu.snapshot(SHEET)).toEqual(graded);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps the examples from the issue: blank-header data, a side note, a user Score or 原因 column', () => {
    const cases: unknown[][][] = [
      [
        ['Customer', 'Revenue', ''],
        ['Acme', 2e6, 'keep me'],
      ],
      [
        ['Customer', 'Revenue'],
        ['Acme', 2e6, '', '', 'side note'],
      ],
      [
        ['Customer', 'Revenue', 'Score'],
        ['Acme', 2e6, 'mine'],
      ],
      [
        ['Customer', 'Revenue', '原因'],
        ['Acme', 2e6, 'mine'],
      ],
    ];
    for (const rows of cases) {
      const emu = loadAddon({ locale: 'en_US', firstSheet: null });
      emu.addSheet(SHEET, rows);
      const before = userCells(emu);
      emu.runMenuItem('recomputeTiers');
      expectUntouched(emu, before);
    }
  });

  it('keeps reusing its own block on a sheet graded before the columns were marked', () => {
    const emu = loadAddon({ locale: 'en_US', firstSheet: null });
    emu.addSheet(SHEET, [
      ['Customer', 'Revenue', 'Tier', 'Score', 'Why'],
      ['Acme', 2e6, 'old', 1, 'old'],
    ]);
    // What an earlier version left: its colour rules remembered for this sheet.
    emu.gas.PropertiesService.getDocumentProperties().setProperty(
      'customerTiers.colourRules',
      JSON.stringify({ [SHEET]: ['=$C2="A"'] }),
    );
    emu.runMenuItem('recomputeTiers');
    const values = valuesOf(emu, SHEET);
    expect(values[0]).toEqual(['Customer', 'Revenue', 'Tier', 'Score', 'Why']);
    expect(values[1]?.[2]).toBe('A');
  });
});
