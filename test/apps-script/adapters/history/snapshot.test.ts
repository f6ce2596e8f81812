// Tier history on the emulator with the built bundle: one row per customer per change (intervals), snapshots on
// several days, the Tier changes sheet and its migration matrix, overrides, and the grace period.
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

const HISTORY_HEADER = ['From', 'To', 'Customer', 'Tier', 'Score', 'Reason', 'Published', 'Add-on data (do not edit)'];

/** [From, To, Customer, Tier] of every history row below the header. */
function spans(emu: Emulator): unknown[][] {
  return history(emu)
    .slice(1)
    .map(r => r.slice(0, 4));
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
    it('writes one open row per customer: from, to (blank), customer, tier, score, reason, published', () => {
      const { emu } = world();
      emu.runMenuItem('saveSnapshot');
      const rows = history(emu);
      expect(rows[0]).toEqual(HISTORY_HEADER);
      expect(spans(emu)).toEqual([
        ['2026-03-09', '', 'Acme', 'A'],
        ['2026-03-09', '', 'Beta', 'B'],
        ['2026-03-09', '', 'Gamma', 'C'],
        ['2026-03-09', '', 'Delta', 'D'],
      ]);
      const table = valuesOf(emu, 'Customers');
      expect(rows.slice(1).map(r => r[4])).toEqual(table.slice(1).map(r => r[TIER_COLUMN]));
      expect(String(rows[1]?.[5])).not.toContain('⟦');
      expect(String(rows[1]?.[7])).toMatch(/^\{"c":"A","p":\{"revenue":/u);
      expect(rows.slice(1).map(r => r[6])).toEqual([false, false, false, false]);
      expect(emu.toasts.at(-1)?.message).toBe("Snapshot saved: 4 rows added, 0 customers already in today's snapshot.");
      const grid = emu.sheetModel('Tier history');
      expect([grid.maxColumns, grid.maxRows]).toEqual([8, 6]); // sized to its columns, not 1000 × 26
      const sheet = emu.gas.SpreadsheetApp.getActive().getSheetByName('Tier history');
      expect(sheet?.isColumnHiddenByUser(8)).toBe(true);
    });

    it('adds nothing for customers already in today’s snapshot, and adds a new customer', () => {
      const { emu } = world();
      emu.runMenuItem('saveSnapshot');
      emu.runMenuItem('saveSnapshot');
      expect(history(emu)).toHaveLength(5);
      setCells(emu, 'A6:D6', [['Epsilon', 700_000, 100_000, 0]]);
      emu.runMenuItem('saveSnapshot');
      expect(history(emu).map(r => r[2])).toEqual(['Customer', 'Acme', 'Beta', 'Gamma', 'Delta', 'Epsilon']);
      expect(emu.toasts.at(-1)?.message).toBe("Snapshot saved: 1 rows added, 4 customers already in today's snapshot.");
    });

    it('writes nothing on a day nobody changes; a change closes the open row and opens a new one', () => {
      const { emu, day } = world();
      emu.runMenuItem('saveSnapshot');
      const first = history(emu);
      day('2026-03-10');
      emu.runMenuItem('saveSnapshot');
      expect(history(emu)).toEqual(first);
      day('2026-03-12');
      setCells(emu, 'B3:D3', [[3_000_000, 600_000, 0]]); // Beta grows to A
      emu.runMenuItem('recomputeTiers');
      emu.runMenuItem('saveSnapshot');
      expect(spans(emu)).toEqual([
        ['2026-03-09', '', 'Acme', 'A'],
        ['2026-03-12', '', 'Beta', 'A'],
        ['2026-03-09', '', 'Gamma', 'C'],
        ['2026-03-09', '', 'Delta', 'D'],
        ['2026-03-09', '2026-03-11', 'Beta', 'B'],
      ]);
      // A new customer joins the open block above the closed rows.
      day('2026-03-13');
      setCells(emu, 'A6:D6', [['Epsilon', 700_000, 100_000, 0]]);
      emu.runMenuItem('saveSnapshot');
      expect(spans(emu).map(r => r[2])).toEqual(['Acme', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Beta']);
      expect(spans(emu)[5]?.[1]).toBe('2026-03-11');
    });

    it('writes the header into an emptied history sheet before adding rows', () => {
      const { emu } = world();
      emu.addSheet('Tier history', []);
      emu.runMenuItem('saveSnapshot');
      expect(history(emu).map(r => r[2])).toEqual(['Customer', 'Acme', 'Beta', 'Gamma', 'Delta']);
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

    it('reads the same number of cells whatever the number of days recorded', () => {
      const { emu, day } = world();
      const readBySnapshot = () => {
        emu.runMenuItem('saveSnapshot');
        return emu.executions.at(-1)?.cost?.cellsRead;
      };
      readBySnapshot();
      const days = ['2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15'];
      const reads = days.map((date, i) => {
        day(date);
        // Beta and Gamma swap back and forth: every day closes two rows, so the history grows.
        const grow = i % 2 === 0;
        setCells(emu, 'B3:D3', [[grow ? 150_000 : 600_000, grow ? 20_000 : 90_000, grow ? 30 : 10]]);
        setCells(emu, 'B4:D4', [[grow ? 600_000 : 150_000, grow ? 90_000 : 20_000, grow ? 10 : 30]]);
        return readBySnapshot();
      });
      expect(history(emu).length).toBeGreaterThan(15);
      expect(new Set(reads).size).toBe(1);
    });
  });

  describe('old one-row-per-day history', () => {
    const OLD = [
      ['Date', 'Customer', 'Tier', 'Score', 'Reason'],
      ['2026-03-01', 'Acme', 'B', 70, 'why ⟦{"c":"B","p":{"revenue":30}}⟧'],
      ['2026-03-01', 'Beta', 'B', 60, 'why'],
      ['2026-03-02', 'Acme', 'B', 72, 'why'],
      ['2026-03-02', 'Beta', 'B', 61, 'why'],
      ['2026-03-05', 'Acme', 'A', 85, 'why ⟦{"c":"A","p":{"revenue":45}}⟧'],
      ['2026-03-05', 'Beta', 'B', 62, 'why'],
      ['2026-03-06', 'Acme', 'A', 86, 'why'],
    ];

    it('is converted once on the next snapshot, keeping the tier of every past day', () => {
      const { emu } = world();
      emu.addSheet('Tier history', OLD);
      emu.runMenuItem('saveSnapshot');
      expect(history(emu)[0]).toEqual(HISTORY_HEADER);
      expect(spans(emu)).toEqual([
        ['2026-03-05', '', 'Acme', 'A'],
        ['2026-03-01', '', 'Beta', 'B'], // missing on 03-06, back today in the same tier: the same row
        ['2026-03-09', '', 'Gamma', 'C'],
        ['2026-03-09', '', 'Delta', 'D'],
        ['2026-03-01', '2026-03-04', 'Acme', 'B'],
      ]);
      expect(
        history(emu)
          .slice(1)
          .map(r => r[2]),
      ).not.toContain('');
      const grid = emu.sheetModel('Tier history');
      expect(grid.maxColumns).toBe(8);
    });

    it('is converted by a Recompute that reads history for the grace period, under the lock', () => {
      const { emu } = world();
      setGrace(emu, 1);
      emu.addSheet('Tier history', OLD);
      emu.runMenuItem('recomputeTiers');
      expect(history(emu)[0]).toEqual(HISTORY_HEADER);
      expect(spans(emu)).toEqual([
        ['2026-03-05', '', 'Acme', 'A'],
        ['2026-03-01', '', 'Beta', 'B'],
        ['2026-03-01', '2026-03-04', 'Acme', 'B'],
      ]);
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
        'Previous tier since',
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
      expect(history(emu)[4]?.slice(2, 4)).toEqual(['Delta', 'A']);
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
      expect(spans(emu).filter(r => r[2] === 'Beta')).toEqual([
        ['2026-03-12', '', 'Beta', 'C'],
        ['2026-03-09', '2026-03-11', 'Beta', 'B'],
      ]);
      // The closed row counted the snapshots below its tier while the grace period ran.
      const beta = history(emu).filter(r => r[2] === 'Beta')[1];
      // The grace count is bookkeeping in the hidden data column; the Reason reads as plain text.
      expect(String(beta?.[7])).toMatch(/"r":2/u);
      expect(String(beta?.[5])).not.toContain('⟦');
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
      // Same tier, one snapshot below it: the open row is rewritten in place with the table's spelling.
      expect(history(emu)[1]?.slice(0, 4)).toEqual(['2026-03-09', '', 'ACME  Ltd', 'A']);
      expect(String(history(emu)[1]?.[7])).toMatch(/"r":1/u);
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
