// Tier history on the emulator with the built bundle: snapshots on several days, the Tier changes sheet and its
// migration matrix, overrides with and without a reason or past their end date, and the grace period.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../../emulator/index.ts';
import { loadAddon, valuesOf } from '../../../support/addon.ts';

const HEADERS = ['Customer', 'Revenue', 'Profit', 'Overdue days', 'Tier override', 'Override reason', 'Override until'];
const CUSTOMERS = [
  HEADERS,
  ['Acme', 2_000_000, 400_000, 0, '', '', ''],
  ['Beta', 600_000, 90_000, 10, '', '', ''],
  ['Gamma', 150_000, 20_000, 30, '', '', ''],
  ['Delta', 20_000, 1_000, 60, '', '', ''],
];
const TIER_COLUMN = 8; // H: the add-on writes Tier, Score, Why after the seven input columns
const WHY_COLUMN = 10;

/** An English workbook with the customer table, a clock the test moves, and Recompute run once. */
function world(rows: readonly (readonly unknown[])[] = CUSTOMERS) {
  const clock = { now: new Date('2026-03-09T02:00:00Z') };
  const emu = loadAddon({ locale: 'en_US', firstSheet: null, now: () => clock.now });
  emu.addSheet('Customers', rows);
  emu.runMenuItem('recomputeTiers');
  const day = (date: string) => {
    clock.now = new Date(`${date}T02:00:00Z`);
  };
  return { emu, day };
}

function setCells(emu: Emulator, a1: string, values: unknown[][]): void {
  emu.gas.SpreadsheetApp.getActive().getSheetByName('Customers')?.getRange(a1).setValues(values);
}

function tiers(emu: Emulator): unknown[] {
  return valuesOf(emu, 'Customers')
    .slice(1)
    .map(row => row[TIER_COLUMN - 1]);
}

function whys(emu: Emulator): string[] {
  return valuesOf(emu, 'Customers')
    .slice(1)
    .map(row => String(row[WHY_COLUMN - 1]));
}

function history(emu: Emulator): unknown[][] {
  return valuesOf(emu, 'Tier history').filter(row => row[0] !== '');
}

function setGrace(emu: Emulator, graceSnapshots: number): void {
  const data = emu.scriptRun('getSidebarData');
  if (!data.ok) throw new Error(data.error.message);
  const settings = structuredClone((data.value as { settings: Record<string, unknown> }).settings);
  const saved = emu.scriptRun('saveSettings', { ...settings, graceSnapshots });
  if (!saved.ok) throw new Error(saved.error.message);
}

describe('apps-script/adapters/history/snapshot', () => {
  describe('saveSnapshot', () => {
    it('appends one row per customer per day: date, customer, tier, score, reason, and the facts out of sight', () => {
      const { emu } = world();
      emu.runMenuItem('saveSnapshot');
      const rows = history(emu);
      expect(rows[0]).toEqual(['Date', 'Customer', 'Tier', 'Score', 'Reason', 'Add-on data (do not edit)']);
      expect(rows.slice(1).map(r => r.slice(0, 3))).toEqual([
        ['2026-03-09', 'Acme', 'A'],
        ['2026-03-09', 'Beta', 'B'],
        ['2026-03-09', 'Gamma', 'C'],
        ['2026-03-09', 'Delta', 'D'],
      ]);
      const table = valuesOf(emu, 'Customers');
      expect(rows.slice(1).map(r => r[3])).toEqual(table.slice(1).map(r => r[TIER_COLUMN]));
      expect(String(rows[1]?.[4])).toMatch(/^A: revenue ¥2m, pays on time\. Score/u);
      expect(String(rows[1]?.[5])).toMatch(/^\{"c":"A","p":\{"revenue":/u);
      const sheet = emu.gas.SpreadsheetApp.getActive().getSheetByName('Tier history');
      expect([5, 6].map(c => sheet?.isColumnHiddenByUser(c))).toEqual([false, true]);
      expect(emu.toasts.at(-1)?.message).toBe("Snapshot saved: 4 rows added, 0 customers already in today's snapshot.");
    });

    it('adds nothing for customers already in today’s snapshot, and adds a new customer', () => {
      const { emu } = world();
      emu.runMenuItem('saveSnapshot');
      emu.runMenuItem('saveSnapshot');
      expect(history(emu)).toHaveLength(5);
      setCells(emu, 'A6:D6', [['Epsilon', 700_000, 100_000, 0]]);
      emu.runMenuItem('saveSnapshot');
      expect(history(emu).map(r => r[1])).toEqual(['Customer', 'Acme', 'Beta', 'Gamma', 'Delta', 'Epsilon']);
      expect(emu.toasts.at(-1)?.message).toBe("Snapshot saved: 1 rows added, 4 customers already in today's snapshot.");
    });

    it('keeps earlier rows untouched and appends the next day below them', () => {
      const { emu, day } = world();
      emu.runMenuItem('saveSnapshot');
      const first = history(emu);
      day('2026-03-10');
      emu.runMenuItem('saveSnapshot');
      const both = history(emu);
      expect(both.slice(0, first.length)).toEqual(first);
      expect(both.slice(first.length).map(r => r[0])).toEqual(['2026-03-10', '2026-03-10', '2026-03-10', '2026-03-10']);
    });

    it('writes the header into an emptied history sheet before appending', () => {
      const { emu } = world();
      emu.addSheet('Tier history', []);
      emu.runMenuItem('saveSnapshot');
      expect(history(emu).map(r => r[1])).toEqual(['Customer', 'Acme', 'Beta', 'Gamma', 'Delta']);
    });

    it('reads a history sheet from before the facts column, then adds the column, hidden, and explains moves', () => {
      const { emu, day } = world();
      // Written by the earlier version: five columns, the facts as a tail of the reason.
      emu.addSheet('Tier history', [
        ['Date', 'Customer', 'Tier', 'Score', 'Reason'],
        [
          '2026-03-08',
          'Acme',
          'A',
          100,
          'Score 100.0 ≥ 80 → A ⟦{"c":"A","p":{"revenue":50,"profit":15,"overdue_days":35}}⟧',
        ],
        [
          '2026-03-08',
          'Beta',
          'C',
          50,
          'Score 50.0 ≥ 40 → C ⟦{"c":"C","p":{"revenue":20,"profit":5,"overdue_days":25}}⟧',
        ],
      ]);
      day('2026-03-09');
      emu.runMenuItem('saveSnapshot');
      const rows = history(emu);
      expect(rows[0]?.[5]).toBe('Add-on data (do not edit)');
      expect(rows[1]?.slice(4, 6)).toEqual([expect.stringContaining('⟦'), '']);
      expect(String(rows[3]?.[5])).toMatch(/^\{"c":"A"/u);
      const sheet = emu.gas.SpreadsheetApp.getActive().getSheetByName('Tier history');
      expect(sheet?.isColumnHiddenByUser(6)).toBe(true);
      // Beta moved C → B: the old row's facts still say which dimension moved it.
      const moves = valuesOf(emu, 'Tier changes').filter(r => r[2] === 'Beta');
      expect(String(moves[0]?.[8])).toMatch(/^Revenue \+\d+\.\d points/u);
    });

    it('makes a constant number of service calls whatever the table size', () => {
      const calls = (n: number) => {
        const rows = [HEADERS, ...Array.from({ length: n }, (_, i) => [`C${i}`, 10_000 * (i + 1), 1_000 * i, i % 90])];
        const { emu } = world(rows);
        emu.calls.reset();
        emu.runMenuItem('saveSnapshot');
        expect(history(emu)).toHaveLength(n + 1);
        return emu.calls.total();
      };
      expect(calls(10)).toBe(calls(300));
    });
  });

  describe('Tier changes', () => {
    it('lists moves newest first with their reason, and the migration matrix of the last two snapshots', () => {
      const { emu, day } = world();
      emu.runMenuItem('saveSnapshot');
      day('2026-03-10');
      setCells(emu, 'B3:D3', [[3_000_000, 600_000, 0]]); // Beta grows
      setCells(emu, 'D2', [[200]]); // Acme pays very late: the gate "at most D while overdue > 180" fires
      emu.runMenuItem('recomputeTiers');
      emu.runMenuItem('saveSnapshot');
      const sheet = valuesOf(emu, 'Tier changes');
      expect(sheet[0]?.[0]).toBe('Migration matrix: 2026-03-09 → 2026-03-10');
      expect(sheet[1]?.slice(0, 6)).toEqual(['Customers · Before \\ after', 'A', 'B', 'C', 'D', 'gone']);
      expect(sheet.slice(2, 7).map(r => r.slice(0, 6))).toEqual([
        ['A', 0, 0, 0, 1, 0],
        ['B', 1, 0, 0, 0, 0],
        ['C', 0, 0, 1, 0, 0],
        ['D', 0, 0, 0, 1, 0],
        ['new', 0, 0, 0, 0, 0],
      ]);
      const revenueAt = sheet.findIndex(r => String(r[0]).startsWith('Revenue'));
      expect(sheet[revenueAt + 1]?.slice(0, 5)).toEqual(['A', 0, 0, 0, 2_000_000]);
      expect(sheet[revenueAt + 2]?.slice(0, 3)).toEqual(['B', 3_000_000, 0]);
      const listAt = sheet.findIndex(r => r[0] === 'Tier changes (newest first)');
      expect(sheet[listAt + 1]?.slice(0, 6)).toEqual([
        'Date',
        'Previous snapshot',
        'Customer',
        'From',
        'To',
        'Direction',
      ]);
      const moves = sheet.slice(listAt + 2).filter(r => r[0] !== '');
      expect(moves.map(r => [r[2], r[3], r[4], r[5]])).toEqual([
        ['Acme', 'A', 'D', 'down'],
        ['Beta', 'B', 'A', 'up'],
      ]);
      expect(moves[0]?.[8]).toMatch(/^gate applied: Overdue days/u);
      expect(moves[1]?.[8]).toMatch(/^Revenue \+\d+\.\d points; score \d/u);
    });
  });

  describe('overrides', () => {
    it('applies an override with a reason until its end date and says so in the Why text', () => {
      const { emu, day } = world();
      setCells(emu, 'E5:G5', [['A', 'Strategic new account', '2026-03-31']]);
      emu.runMenuItem('recomputeTiers');
      expect(tiers(emu)[3]).toBe('A');
      expect(whys(emu)[3]).toMatch(
        /^Manual override: A \(reason: Strategic new account; until 2026-03-31; computed D\)\./u,
      );
      emu.runMenuItem('saveSnapshot');
      expect(history(emu)[4]?.slice(1, 3)).toEqual(['Delta', 'A']);
      day('2026-04-01');
      emu.runMenuItem('recomputeTiers');
      expect(tiers(emu)[3]).toBe('D');
      expect(whys(emu)[3]).toMatch(/^Override to A expired on 2026-03-31\./u);
    });

    it('flags an override without a reason and does not apply it', () => {
      const { emu } = world();
      setCells(emu, 'E4:F4', [['A', '']]);
      emu.runMenuItem('recomputeTiers');
      expect(tiers(emu)[2]).toBe('C');
      expect(whys(emu)[2]).toMatch(/^Override to A not applied: it needs a reason in "Override reason"\./u);
      expect(emu.toasts.at(-1)?.message).toMatch(/rows with problems 1$/u);
    });
  });

  describe('grace period', () => {
    it('keeps a customer at its tier for N snapshots below it, then moves it down', () => {
      const { emu, day } = world();
      setGrace(emu, 2);
      emu.runMenuItem('saveSnapshot');
      setCells(emu, 'B3:C3', [[150_000, 20_000]]); // Beta now computes as C
      const dates = ['2026-03-10', '2026-03-11', '2026-03-12'];
      const seen = dates.map(date => {
        day(date);
        emu.runMenuItem('recomputeTiers');
        const now = [tiers(emu)[1], whys(emu)[1]?.split('.')[0]];
        emu.runMenuItem('saveSnapshot');
        return now;
      });
      expect(seen).toEqual([
        ['B', 'Kept at B, grace period: 1 of 2 (computed C)'],
        ['B', 'Kept at B, grace period: 2 of 2 (computed C)'],
        ['C', expect.not.stringMatching(/grace/u)],
      ]);
      expect(
        history(emu)
          .filter(r => r[1] === 'Beta')
          .map(r => r[2]),
      ).toEqual(['B', 'B', 'B', 'C']);
      const moves = valuesOf(emu, 'Tier changes').filter(r => r[2] === 'Beta');
      expect(moves.map(r => [r[0], r[5], String(r[8]).split(';')[0]])).toEqual([
        ['2026-03-12', 'down', 'grace period (2) ended'],
      ]);
    });

    it('matches a renamed-in-case customer with its history, keeping the table spelling in the new row', () => {
      const { emu, day } = world([HEADERS, ['Acme Ltd', 2_000_000, 400_000, 0, '', '', ''], ...CUSTOMERS.slice(2)]);
      setGrace(emu, 1);
      emu.runMenuItem('saveSnapshot');
      day('2026-03-10');
      setCells(emu, 'A2:D2', [[' ACME  Ltd ', 600_000, 90_000, 10]]); // computes as B
      emu.runMenuItem('recomputeTiers');
      expect([tiers(emu)[0], whys(emu)[0]?.split('.')[0]]).toEqual([
        'A',
        'Kept at A, grace period: 1 of 1 (computed B)',
      ]);
      emu.runMenuItem('saveSnapshot');
      expect(
        history(emu)
          .map(r => r.slice(0, 3))
          .filter(r => r[0] === '2026-03-10')[0],
      ).toEqual(['2026-03-10', 'ACME  Ltd', 'A']);
      const sheet = valuesOf(emu, 'Tier changes');
      expect(sheet.slice(2, 7).map(r => r.slice(0, 6))).toEqual([
        ['A', 1, 0, 0, 0, 0],
        ['B', 0, 1, 0, 0, 0],
        ['C', 0, 0, 1, 0, 0],
        ['D', 0, 0, 0, 1, 0],
        ['new', 0, 0, 0, 0, 0],
      ]);
      const revenueAt = sheet.findIndex(r => String(r[0]).startsWith('Revenue'));
      expect(sheet[revenueAt + 1]?.slice(0, 2)).toEqual(['A', 600_000]);
    });
  });
});
