// onEdit under settings that grade each row on its own (the presets): only the edited rows are read and written,
// with the same outputs a full Recompute gives; under settings that rank customers the whole table is regraded.
// Runs the built bundle on the emulator, which counts every call and cell.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Emulator, ExecutionRecord } from '../../../emulator/index.ts';
import { loadAddon, valuesOf } from '../../support/addon.ts';

const SHEET = 'Customers';
const HEADERS = ['Customer', 'Revenue', 'Profit', 'Overdue days'];
const WIDTH = HEADERS.length + 3;

/** `n` customers with values spread over every tier, a title row above the header. */
function table(n: number): unknown[][] {
  const rows: unknown[][] = [['Customer list 2026'], HEADERS];
  for (let i = 0; i < n; i++) {
    rows.push([`Co ${i}`, ((i * 7919) % 40) * 50_000, ((i * 104_729) % 30) * 10_000 - 20_000, (i * 13) % 200]);
  }
  return rows;
}

function graded(rows: readonly (readonly unknown[])[], settings?: (s: Record<string, unknown>) => void): Emulator {
  const emu = loadAddon({ locale: 'en_US', firstSheet: null });
  emu.addSheet(SHEET, rows);
  if (settings) {
    const data = emu.scriptRun('getSidebarData');
    if (!data.ok) throw new Error(data.error.message);
    const s = structuredClone((data.value as { settings: Record<string, unknown> }).settings);
    settings(s);
    const saved = emu.scriptRun('saveSettings', s, false);
    if (!saved.ok) throw new Error(saved.error.message);
  }
  emu.runMenuItem('recomputeTiers');
  return emu;
}

/** The onEdit execution a user edit started. */
function edit(emu: Emulator, a1: string, values: readonly (readonly unknown[])[]): ExecutionRecord {
  const start = emu.executions.length;
  emu.userEdit(SHEET, a1, values);
  const run = emu.executions.slice(start).find(x => x.kind === 'simpleTrigger');
  if (!run?.cost) throw new Error('no onEdit execution');
  expect(run.status).toBe('completed');
  return run;
}

/** The table after a full Recompute of `rows` on a fresh document: what any edit must end with. */
function recomputed(rows: readonly (readonly unknown[])[]): unknown[][] {
  return valuesOf(graded(rows), SHEET);
}

describe('onEdit, row by row', () => {
  it('writes only the edited row, with the outputs a full Recompute gives, and no other cell', () => {
    const emu = graded(table(40));
    const before = valuesOf(emu, SHEET);
    const run = edit(emu, 'B12', [[2_000_000]]);
    const after = valuesOf(emu, SHEET);
    // Row 12 (index 11) changed; every other row is as it was.
    after.forEach((row, i) => {
      if (i !== 11) expect(row).toEqual(before[i]);
    });
    expect(after[11]?.slice(4)).not.toEqual(before[11]?.slice(4));
    const expected = before.map(row => [...row]);
    if (expected[11]) expected[11][1] = 2_000_000;
    expect(after).toEqual(recomputed(expected.map(row => row.slice(0, 4))));
    // One row's three outputs written; the ten header rows, their notes and the edited row read.
    expect(run.cost?.cellsWritten).toBe(3);
    expect(run.cost?.cellsRead).toBeLessThanOrEqual(2 * 10 * WIDTH + WIDTH);
  });

  it('reads and writes the same cells for an edit at 30 and at 600 customers', () => {
    const cells = [30, 600].map(n => {
      const run = edit(graded(table(n)), 'C20', [[123_456]]);
      return [run.cost?.cellsRead, run.cost?.cellsWritten, run.cost ? Object.values(run.cost.calls) : []];
    });
    expect(cells[1]).toEqual(cells[0]);
  });

  it('regrades a pasted block of rows, and only those', () => {
    const emu = graded(table(30));
    const run = edit(emu, 'B20:D22', [
      [5_000_000, 900_000, 0],
      ['', 1, 5],
      ['三千', 50_000, 400],
    ]);
    expect(run.cost?.cellsWritten).toBe(9);
    const input = valuesOf(emu, SHEET).map(row => row.slice(0, 4));
    expect(valuesOf(emu, SHEET)).toEqual(recomputed(input));
  });

  it('regrades the whole table when the settings rank customers (percentile)', () => {
    const emu = graded(table(40), s => {
      for (const d of s.dimensions as { normalisation: unknown }[]) d.normalisation = { kind: 'percentile' };
    });
    const run = edit(emu, 'B12', [[2_000_000]]);
    expect(run.cost?.cellsWritten).toBeGreaterThanOrEqual(41 * 3);
  });

  it('regrades the whole table when a header or a row past its end is edited', () => {
    const emu = graded(table(20));
    expect(edit(emu, 'A24', [['New Co']]).cost?.cellsWritten).toBeGreaterThanOrEqual(20 * 3);
    expect(edit(emu, 'B2', [['Revenue']]).cost?.cellsWritten).toBeGreaterThanOrEqual(20 * 3);
    expect(edit(emu, 'B10', [[1]]).cost?.cellsWritten).toBe(3);
  });

  it('ends with what a full Recompute gives, for random edits (generated)', () => {
    const value = fc.oneof(
      fc.integer({ min: -100_000, max: 3_000_000 }),
      fc.integer({ min: 0, max: 300 }),
      fc.constantFrom<unknown>('', '三千', '#N/A', '1.2万', 'Acme'),
    );
    const anEdit = fc.record({
      row: fc.integer({ min: 3, max: 17 }),
      column: fc.integer({ min: 0, max: WIDTH - 1 }),
      height: fc.integer({ min: 1, max: 3 }),
      value,
    });
    fc.assert(
      fc.property(fc.array(anEdit, { minLength: 1, maxLength: 4 }), edits => {
        const emu = graded(table(15));
        for (const e of edits) {
          const last = Math.min(17, e.row + e.height - 1);
          const letter = String.fromCharCode(65 + e.column);
          const block = Array.from({ length: last - e.row + 1 }, () => [e.value]);
          emu.userEdit(SHEET, `${letter}${e.row}:${letter}${last}`, block);
        }
        const input = valuesOf(emu, SHEET).map(row => row.slice(0, 4));
        expect(valuesOf(emu, SHEET)).toEqual(recomputed(input));
      }),
      { numRuns: 25 },
    );
  });
});
