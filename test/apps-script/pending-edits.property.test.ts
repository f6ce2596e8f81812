// Issue 12 item 7 on the built bundle: an edit that meets the document lock held by another run is never lost. It
// is marked, the user is told it will be applied, and the next execution of any kind (a menu command, opening the
// sidebar, an edit elsewhere, the daily run) applies it. Deleted benefit-log rows (no onEdit) are re-judged the same
// way, and at once by the one onChange trigger that automatic updates install. Each case is compared with the same
// edits made while nothing held the lock.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.ts';
import { DOCUMENT_WORDS } from '../../src/core/wording/document.ts';
import { loadAddon, valuesOf } from '../support/addon.ts';

const LOG = 'Benefit log';
const CUSTOMERS = [
  ['Customer', 'Revenue', 'Profit', 'Overdue days'],
  ['Acme', 2_000_000, 400_000, 0],
  ['Bolt', 300_000, 50_000, 20],
  ['Cord', 90_000, 9_000, 100],
];
type Next = 'help' | 'sidebar' | 'editElsewhere' | 'openSettings' | 'daily' | 'snapshot';
type Edit =
  | { readonly kind: 'table'; readonly row: number; readonly revenue: number }
  | { readonly kind: 'log'; readonly row: number; readonly customer: string; readonly amount: number };

function setUp(automatic: boolean): Emulator {
  const emu = loadAddon({ firstSheet: null });
  emu.addSheet('Customers', CUSTOMERS);
  emu.addSheet('Notes', [['my notes']]);
  emu.runMenuItem('recomputeTiers');
  emu.runMenuItem('setUpBenefitLog');
  if (automatic) emu.runMenuItem('toggleAutomaticUpdates');
  return emu;
}

function apply(emu: Emulator, edit: Edit): void {
  if (edit.kind === 'table') emu.userEdit('Customers', `B${edit.row}`, [[edit.revenue]]);
  else emu.userEdit(LOG, `A${edit.row}:D${edit.row}`, [['2026-03-01', edit.customer, 'Free samples', edit.amount]]);
}

function runNext(emu: Emulator, next: Next): void {
  if (next === 'help') emu.runMenuItem('showHelp');
  else if (next === 'openSettings') emu.runMenuItem('openSettings');
  else if (next === 'sidebar') emu.scriptRun('getSidebarData');
  else if (next === 'editElsewhere') emu.userEdit('Notes', 'B2', [['later']]);
  else if (next === 'snapshot') emu.runMenuItem('saveSnapshot');
  else emu.fireTimeTriggers();
}

/** What the add-on wrote: Tier/Score/Why of the customers, Remaining/Status of the log. */
function outputs(emu: Emulator): unknown[][] {
  const filled = (rows: unknown[][]) => rows.filter(row => row.some(cell => cell !== ''));
  const table = valuesOf(emu, 'Customers').map(row => row.slice(4, 7));
  const log = valuesOf(emu, LOG).map(row => row.slice(5, 7));
  return [...filled(table), ['—'], ...filled(log)];
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('table' as const),
    row: fc.integer({ min: 2, max: 4 }),
    revenue: fc.integer({ min: 0, max: 3_000_000 }),
  }),
  fc.record({
    kind: fc.constant('log' as const),
    row: fc.integer({ min: 2, max: 6 }),
    customer: fc.constantFrom('Acme', 'Bolt', 'Cord'),
    amount: fc.integer({ min: 1, max: 2_000 }),
  }),
);

describe('edits that meet a held lock', () => {
  it('are applied by the next execution of any kind, and the user is told so', () => {
    fc.assert(
      fc.property(
        fc.array(edit, { minLength: 1, maxLength: 5 }),
        fc.constantFrom<Next>('help', 'sidebar', 'editElsewhere', 'openSettings', 'daily', 'snapshot'),
        (generated, next) => {
          // Table edits first: log statuses typed before a tier change are judged with the old tier in the reference.
          const edits = [...generated.filter(e => e.kind === 'table'), ...generated.filter(e => e.kind === 'log')];
          const emu = setUp(next === 'daily');
          emu.holdLock('document'); // a recompute, the daily run or a save in progress
          for (const e of edits) apply(emu, e);
          expect(emu.toasts.at(-1)?.message).toBe(DOCUMENT_WORDS.editPending.en);
          emu.releaseHeldLock('document');
          runNext(emu, next);
          const reference = setUp(next === 'daily');
          for (const e of edits) apply(reference, e);
          if (next === 'daily') reference.fireTimeTriggers();
          expect(outputs(emu)).toEqual(outputs(reference));
        },
      ),
      { numRuns: 20, endOnFailure: true },
    );
  }, 180_000);
});

describe('deleted benefit-log rows', () => {
  const entries = fc.array(
    fc.record({ customer: fc.constantFrom('Acme', 'Bolt', 'Cord'), amount: fc.integer({ min: 1, max: 1_500 }) }),
    { minLength: 2, maxLength: 6 },
  );
  const typeLog = (emu: Emulator, list: readonly { customer: string; amount: number }[]) => {
    if (list.length === 0) return;
    emu.userEdit(
      LOG,
      `A2:D${list.length + 1}`,
      list.map(x => ['2026-03-01', x.customer, 'Free samples', x.amount]),
    );
  };

  it('are re-judged by the next execution of any kind', () => {
    fc.assert(
      fc.property(
        entries,
        fc.nat(),
        fc.constantFrom<Next>('help', 'sidebar', 'editElsewhere', 'openSettings'),
        (list, pick, next) => {
          const gone = pick % list.length;
          const emu = setUp(false);
          typeLog(emu, list);
          emu.userDeleteRows(LOG, gone + 2);
          runNext(emu, next);
          const reference = setUp(false);
          typeLog(
            reference,
            list.filter((_, i) => i !== gone),
          );
          expect(outputs(emu)).toEqual(outputs(reference));
        },
      ),
      { numRuns: 15, endOnFailure: true },
    );
  }, 180_000);

  it('are re-judged at once by the one onChange trigger automatic updates install, which turning them off removes', () => {
    fc.assert(
      fc.property(entries, fc.nat(), (list, pick) => {
        const gone = pick % list.length;
        const emu = setUp(true);
        emu.fireTimeTriggers(); // the daily run makes sure of the trigger: still one
        const change = () => emu.triggers.filter(t => t.eventType === 'ON_CHANGE');
        expect(change().map(t => t.handler)).toEqual(['onDocumentChange']);
        typeLog(emu, list);
        emu.userDeleteRows(LOG, gone + 2);
        const reference = setUp(true);
        reference.fireTimeTriggers();
        typeLog(
          reference,
          list.filter((_, i) => i !== gone),
        );
        expect(outputs(emu)).toEqual(outputs(reference));
        emu.runMenuItem('toggleAutomaticUpdates');
        expect(emu.triggers).toEqual([]);
      }),
      { numRuns: 10, endOnFailure: true },
    );
  }, 180_000);
});
