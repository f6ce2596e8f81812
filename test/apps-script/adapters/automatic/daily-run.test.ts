// Automatic updates on the emulator: one daily trigger per user and document, the daily run and its add-on log.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../../emulator/index.ts';
import { setAutomaticUpdates } from '../../../../src/apps-script/adapters/automatic/daily-run.ts';
import { loadAddon, valuesOf } from '../../../support/addon.ts';

const CUSTOMERS = [
  ['Customer', 'Revenue', 'Profit', 'Overdue days'],
  ['Acme', 2_000_000, 400_000, 0],
  ['Bolt', 300_000, 50_000, 20],
  ['Cord', 80_000, 9_000, 45],
];

function setUp(): Emulator {
  const emu = loadAddon({ locale: 'en_US', firstSheet: null });
  emu.addSheet('Customers', CUSTOMERS);
  emu.runMenuItem('recomputeTiers');
  emu.runMenuItem('setUpBenefitLog');
  emu.userEdit('Benefit log', 'A2:E2', [['2026-03-01', 'Acme', 'Free samples', 100, '']]);
  return emu;
}

const logRows = (emu: Emulator) => valuesOf(emu, 'Add-on log').filter(r => r[0] !== '');

describe('apps-script/adapters/automatic/daily-run', () => {
  describe('toggleAutomaticUpdates', () => {
    it('installs one daily trigger, then removes it', () => {
      const emu = setUp();
      emu.runMenuItem('toggleAutomaticUpdates');
      expect(emu.triggers.filter(t => t.eventType === 'CLOCK').map(t => t.handler)).toEqual(['runDailyUpdate']);
      expect(emu.ui.alerts.at(-1)?.prompt).toMatch(/Automatic updates are on/u);
      emu.runMenuItem('toggleAutomaticUpdates');
      expect(emu.triggers.filter(t => t.eventType === 'CLOCK')).toHaveLength(0);
      expect(emu.ui.alerts.at(-1)?.prompt).toBe('Automatic updates are off.');
    });
  });

  describe('setAutomaticUpdates', () => {
    it('leaves a single trigger when turned on twice', () => {
      const emu = setUp();
      const { SpreadsheetApp, ScriptApp } = emu.gas;
      expect(setAutomaticUpdates(true, SpreadsheetApp.getActive(), ScriptApp)).toEqual({ on: true, removed: 0 });
      expect(setAutomaticUpdates(true, SpreadsheetApp.getActive(), ScriptApp)).toEqual({ on: true, removed: 0 });
      expect(emu.triggers.filter(t => t.eventType === 'CLOCK')).toHaveLength(1);
      expect(emu.triggers.filter(t => t.eventType === 'ON_CHANGE')).toHaveLength(1);
      expect(setAutomaticUpdates(false, SpreadsheetApp.getActive(), ScriptApp)).toEqual({ on: false, removed: 2 });
    });
  });

  describe('runDailyUpdate', () => {
    it('recomputes, refreshes the overview, takes the snapshot and records the run', () => {
      const emu = setUp();
      emu.runMenuItem('toggleAutomaticUpdates');
      const runs = emu.fireTimeTriggers();
      expect(runs.map(r => r.status)).toEqual(['completed']);
      const rows = logRows(emu);
      expect(rows[0]).toEqual(['Time', 'Task', 'Outcome', 'Details']);
      // The time is written as document-local text, which Sheets reads as a date-time (sortable).
      expect(rows[1]?.slice(0, 3)).toEqual([new Date('2026-11-26T02:00:00Z'), 'Daily update', 'OK']);
      expect(rows[1]?.[3]).toBe(
        'Recompute tiers: 3 customers; Quota overview: Each benefit in its own period, as of 2026-11-26, 3 customers, 0 over quota; Tier snapshot: 3 rows added',
      );
      expect(valuesOf(emu, 'Quota overview')[2]?.slice(0, 5)).toEqual(['Acme', 'A', 3000, 100, 2900]);
      expect(valuesOf(emu, 'Tier history').filter(r => r[0] !== '')).toHaveLength(4);
    });

    it('grades the table Recompute last graded, not whichever sheet happens to be active', () => {
      const emu = setUp();
      const orders = [
        ['Customer', 'Revenue', 'Order no.'],
        ['Acme', 100, 'PO-1'],
      ];
      emu.addSheet('Orders', orders, { index: 0 });
      emu.gas.SpreadsheetApp.getActive().getSheetByName('Orders')?.activate();
      emu.runMenuItem('toggleAutomaticUpdates');
      const before = emu.snapshot('Orders');
      emu.fireTimeTriggers();
      expect(emu.snapshot('Orders')).toEqual(before);
      expect(logRows(emu)[1]?.[3]).toMatch(/^Recompute tiers: 3 customers;.*Tier snapshot: 3 rows added$/u);
      expect(valuesOf(emu, 'Tier history').filter(r => r[2] === 'Acme')).toHaveLength(1);
    });

    it('records a failing run in the add-on log and still runs the other steps', () => {
      const emu = setUp();
      emu.runMenuItem('toggleAutomaticUpdates');
      const ss = emu.gas.SpreadsheetApp.getActive();
      ss.getSheetByName('Customers')
        ?.getRange('A1:D1')
        .setValues([['Pet', 'Colour', 'Legs', 'Tail']]);
      const runs = emu.fireTimeTriggers();
      expect(runs.map(r => r.status)).toEqual(['completed']);
      const row = logRows(emu)[1];
      expect(row?.[2]).toBe('Failed');
      expect(row?.[3]).toMatch(/^Recompute tiers ✗ .*Customer/u);
      expect(row?.[3]).toMatch(/Quota overview: Each benefit in its own period, as of 2026-11-26, 0 customers/u);
    });

    it('changes nothing and logs "Skipped" while another execution holds the document lock', () => {
      const emu = setUp();
      emu.runMenuItem('toggleAutomaticUpdates');
      emu.holdLock('document');
      emu.fireTimeTriggers();
      expect(emu.gas.SpreadsheetApp.getActive().getSheetByName('Quota overview')).toBeNull();
      expect(logRows(emu)[1]?.slice(2)).toEqual([
        'Skipped',
        'another operation was running (document lock busy); nothing was changed',
      ]);
    });
  });
});
