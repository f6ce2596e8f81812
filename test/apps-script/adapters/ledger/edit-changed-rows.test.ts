// A benefit-log edit writes only the Remaining and Status cells that change (the entries of the customers and
// benefits it touched), and ends with the statuses a full re-judge gives. Built bundle on the emulator, which counts
// every cell read and written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Emulator, ExecutionRecord } from '../../../../emulator/index.ts';
import { loadAddon, valuesOf } from '../../../support/addon.ts';

const LOG = 'Benefit log';
const NAMES = ['Acme', 'Bolt', 'Cord', 'Dune'];
const CUSTOMERS = [
  ['Customer', 'Revenue', 'Tier', 'Score', 'Why'],
  ...NAMES.map((name, i) => [name, 2_000_000 / (i + 1), 'ABCD'[i], 90 - 20 * i, '']),
];
const BENEFITS = ['Free samples', 'Free product training', 'Free mould opening'];

/** `n` entries over the year, customers and benefits in turn. */
function entries(n: number): unknown[][] {
  return Array.from({ length: n }, (_, i) => [
    `2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`,
    NAMES[i % 4],
    BENEFITS[i % 3],
    i % 3 === 0 ? 150 : 1,
    '',
  ]);
}

function logged(rows: readonly unknown[][]): Emulator {
  const emu = loadAddon({ locale: 'en_US', firstSheet: null });
  emu.addSheet('Customers', CUSTOMERS);
  emu.runMenuItem('setUpBenefitLog');
  if (rows.length > 0) emu.userEdit(LOG, `A2:E${rows.length + 1}`, rows);
  return emu;
}

function edit(emu: Emulator, a1: string, values: readonly (readonly unknown[])[]): ExecutionRecord {
  const start = emu.executions.length;
  emu.userEdit(LOG, a1, values);
  const run = emu.executions.slice(start).find(x => x.kind === 'simpleTrigger');
  if (!run?.cost) throw new Error('no onEdit execution');
  expect(run.status).toBe('completed');
  return run;
}

/** The log as a full re-judge leaves it (Set up benefit log judges every entry again). */
function rejudged(emu: Emulator): unknown[][] {
  emu.runMenuItem('setUpBenefitLog');
  return valuesOf(emu, LOG);
}

describe('benefit log edits', () => {
  it('writes only the new entry’s status on a long log, and it is the status a full re-judge gives', () => {
    const emu = logged(entries(300));
    const before = valuesOf(emu, LOG);
    const run = edit(emu, 'A302:E302', [['2026-11-20', 'Acme', 'Free mould opening', 1, 'new']]);
    const after = valuesOf(emu, LOG);
    expect(after.slice(0, 301)).toEqual(before.slice(0, 301));
    expect(after[301]?.[6]).not.toBe('');
    // Two values and their two backgrounds.
    expect(run.cost?.cellsWritten).toBeLessThanOrEqual(4);
    expect(rejudged(emu)).toEqual(after);
  });

  it('rewrites the later entries of a customer and benefit whose remaining allowance moved, and only those', () => {
    const emu = logged(entries(60));
    const before = valuesOf(emu, LOG);
    // Acme's first sample use (row 2) grows: Acme's later sample entries this period have less left.
    const run = edit(emu, 'D2', [[900]]);
    const after = valuesOf(emu, LOG);
    const moved = after.flatMap((row, i) => (row[5] !== before[i]?.[5] || row[6] !== before[i]?.[6] ? [i] : []));
    expect(moved.length).toBeGreaterThan(1);
    for (const i of moved) expect(after[i]?.slice(1, 3)).toEqual(['Acme', 'Free samples']);
    expect(run.cost?.cellsWritten).toBeLessThan(60 * 4);
    expect(rejudged(emu)).toEqual(after);
  });

  it('ends with what a full re-judge gives, for random edits and pastes (generated)', () => {
    const cell = fc.oneof(
      fc.constantFrom<unknown>(...NAMES, 'Nobody', ...BENEFITS, 'Massage', '', 'x'),
      fc.integer({ min: -5, max: 5_000 }),
      fc.constantFrom<unknown>('2026-02-03', '2026-11-01', '2027-05-05', 'soon'),
    );
    const anEdit = fc.record({
      row: fc.integer({ min: 2, max: 24 }),
      column: fc.integer({ min: 0, max: 4 }),
      height: fc.integer({ min: 1, max: 4 }),
      value: cell,
    });
    fc.assert(
      fc.property(fc.array(anEdit, { minLength: 1, maxLength: 4 }), edits => {
        const emu = logged(entries(20));
        for (const e of edits) {
          const letter = String.fromCharCode(65 + e.column);
          const last = e.row + e.height - 1;
          emu.userEdit(
            LOG,
            `${letter}${e.row}:${letter}${last}`,
            Array.from({ length: e.height }, () => [e.value]),
          );
        }
        const after = valuesOf(emu, LOG);
        expect(rejudged(emu)).toEqual(after);
      }),
      { numRuns: 15 },
    );
  });
});
