// The sidebar endpoints on the built bundle: plain data out, everything validated again on the way in.
import { describe, expect, it } from 'vitest';
import { loadAddon, valuesOf } from '../../support/addon.ts';

const TABLE = [
  ['Customer', 'Revenue', 'Profit', 'Overdue days', 'Last order'],
  ['North Co', 1_200_000, 260_000, 0, new Date('2026-10-01T16:00:00Z')],
  ['<img src=x onerror=alert(1)>', 300_000, 50_000, 20, ''],
];

function setUp() {
  const emu = loadAddon({ locale: 'en_US', firstSheet: null });
  emu.addSheet('Customers', TABLE);
  emu.addSheet('Notes', [['keep me']]);
  emu.gas.SpreadsheetApp.getActive().getSheetByName('Customers')?.activate();
  return emu;
}

type Data = { settings: Record<string, unknown>; table: { headers: string[]; rows: unknown[][] } | null };

function sidebarData(emu: ReturnType<typeof setUp>): Data {
  const result = emu.scriptRun('getSidebarData');
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Data;
}

describe('server', () => {
  describe('getSidebarData', () => {
    it('sends the table as plain values, dates as document-day text, names as given', () => {
      const data = sidebarData(setUp());
      expect(data.table?.headers).toEqual(['Customer', 'Revenue', 'Profit', 'Overdue days', 'Last order']);
      expect(data.table?.rows[0]).toEqual(['North Co', 1_200_000, 260_000, 0, '2026-10-02']);
      expect(data.table?.rows[1]?.[0]).toBe('<img src=x onerror=alert(1)>');
    });
  });

  describe('saveSettings', () => {
    it('rejects invalid settings with field issues and writes nothing', () => {
      const emu = setUp();
      const before = emu.snapshot('Customers');
      const { settings } = sidebarData(emu);
      const result = emu.scriptRun('saveSettings', { ...settings, tiers: [{ name: 'A', color: 'red' }] });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const value = result.value as { ok: boolean; issues: { path: string; message: { en: string } }[] };
      expect(value.ok).toBe(false);
      expect(value.issues.map(i => i.path)).toContain('tiers.0.color');
      expect(emu.snapshot('Customers')).toEqual(before);
      expect(emu.gas.PropertiesService.getDocumentProperties().getProperty('customerTiers.settings')).toBeNull();
    });

    it('rejects what is not a settings document at all', () => {
      const emu = setUp();
      for (const junk of [null, 'settings', [1, 2], { version: 99 }]) {
        const result = emu.scriptRun('saveSettings', junk);
        expect(result).toMatchObject({ ok: true, value: { ok: false } });
      }
    });

    it('stores, bumps the version, regrades, and leaves the user on their sheet', () => {
      const emu = setUp();
      const { settings } = sidebarData(emu);
      const result = emu.scriptRun('saveSettings', settings);
      expect(result).toMatchObject({ ok: true, value: { ok: true, settingsVersion: 1, counts: [1, 1, 0, 0] } });
      expect(valuesOf(emu, 'Customers').map(row => row[5])).toEqual(['Tier', 'A', 'B']);
      expect(emu.toasts.at(-1)?.message).toBe('A 1 · B 1 · C 0 · D 0');
      expect(emu.gas.SpreadsheetApp.getActive().getActiveSheet().getName()).toBe('Customers');
      expect(emu.gas.SpreadsheetApp.getActive().getSheetByName('Customer Tiers settings')?.isSheetHidden()).toBe(true);
    });

    it('stores the version in the CustomerTiers_Version cell, not only in its reply', () => {
      const emu = setUp();
      const { settings } = sidebarData(emu);
      const version = () => emu.gas.SpreadsheetApp.getActive().getRangeByName('CustomerTiers_Version')?.getValue();
      expect(emu.scriptRun('saveSettings', settings)).toMatchObject({ ok: true, value: { ok: true } });
      expect(version()).toBe(1);
      expect(emu.scriptRun('saveSettings', settings)).toMatchObject({ ok: true, value: { ok: true } });
      expect(version()).toBe(2);
    });
  });

  describe('dates over google.script.run', () => {
    it('sends a table with dates in any column as plain text, so the call does not fail', () => {
      const emu = loadAddon({ locale: 'en_US', firstSheet: null });
      const day = (iso: string) => new Date(`${iso}T00:00:00+08:00`);
      emu.addSheet('Customers', [
        ['Customer', 'Revenue', 'Profit', 'Overdue days', 'Tier override', 'Override until'],
        [day('2026-01-02'), day('2026-03-04'), 1, 0, 'A', day('2026-12-31')],
        ['South Co', 300_000, day('2025-05-06'), 20, '', ''],
      ]);
      const result = emu.scriptRun('getSidebarData');
      if (!result.ok) throw new Error(`the call failed: ${result.error.message}`);
      const rows = (result.value as Data).table?.rows;
      expect(rows).toEqual([
        ['2026-01-02', '2026-03-04', 1, 0, 'A', '2026-12-31'],
        ['South Co', 300_000, '2025-05-06', 20, '', ''],
      ]);
    });
  });
});
