import { describe, expect, it } from 'vitest';
import { Emulator } from '../index.ts';

// A tiny hand-written "built bundle": plain script with top-level functions, as Apps Script loads it.
const BUNDLE = `
function onOpen(e) {
  var menu = SpreadsheetApp.getUi().createAddonMenu().addItem('Recompute tiers', 'recompute');
  if (e && e.authMode !== ScriptApp.AuthMode.NONE) {
    var flag = PropertiesService.getDocumentProperties().getProperty('flag');
    if (flag) menu.addItem('Flagged', 'recompute');
  }
  menu.addSeparator().addToUi();
}
function localeOnly() { return Session.getActiveUserLocale(); }
function alertNow() { SpreadsheetApp.getUi().alert('hi'); }
function propsRoundTrip() { var p = PropertiesService.getDocumentProperties(); var v = p.getProperty('k'); p.setProperty('k', 'v'); return v; }
function stringifyRange() { return JSON.stringify(SpreadsheetApp.getActiveSheet().getRange('A1')); }
function readInOnOpen() { return PropertiesService.getDocumentProperties().getProperty('x'); }
function recompute() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Customers');
  var values = sheet.getRange(2, 1, sheet.getLastRow() - 1, 2).getValues();
  sheet.getRange(2, 3, values.length, 1).setValues(values.map(function (r) { return [r[1] >= 1000 ? 'A' : 'B']; }));
  return values.length;
}
function TIER(rows) {
  return rows.map(function (r) { return [r[1] === '' ? '' : (r[1] >= 1000 ? 'A' : 'B')]; });
}
function TOUCH() { SpreadsheetApp.getActiveSheet().getRange('A1').setValue('x'); return 1; }
function BOOM() { throw new Error('Bad table'); }
function getSettings(input) { return { echo: input, when: new Date(0).toISOString() }; }
function getDate() { return { when: new Date(0) }; }
function isDateCell() { return SpreadsheetApp.getActiveSheet().getRange('D1').getValue() instanceof Date; }
var edits = [];
function onEdit(e) { edits.push({ a1: e.range.getA1Notation(), value: e.value, oldValue: e.oldValue, authMode: e.authMode, keys: Object.keys(e).sort() }); }
function lastEdits() { return edits; }
`;

const setup = () => {
  const emu = new Emulator({ locale: 'en_US', firstSheet: null, now: () => new Date('2025-03-01T02:00:00Z') });
  emu.addSheet('Customers', [
    ['Name', 'Revenue'],
    ['Acme', 1200],
    ['Beta', 300],
  ]);
  const handle = emu.loadBundle(BUNDLE);
  return { emu, handle };
};

describe('emulator bundle', () => {
  describe('loadBundle', () => {
    it('exposes the bundle globals and runs its top-level code', () => {
      const { handle } = setup();
      expect(handle.functions).toContain('TIER');
      expect(handle.functions).toContain('onOpen');
    });
  });

  describe('runOnOpen', () => {
    it('builds the add-on menu in AuthMode.NONE', () => {
      const { emu } = setup();
      emu.runOnOpen('NONE');
      expect(emu.ui.menus).toEqual([
        {
          title: 'Customer Tiers',
          addon: true,
          items: [{ type: 'item', caption: 'Recompute tiers', functionName: 'recompute' }, { type: 'separator' }],
        },
      ]);
    });
    it('throws on properties and sheet reads in AuthMode.NONE', () => {
      const { emu } = setup();
      const none = (fn: string) => emu._execute('onOpen', 'NONE', fn, () => emu._callGlobal(fn, []));
      expect(() => none('readInOnOpen')).toThrow(
        'You do not have permission to call PropertiesService.getDocumentProperties',
      );
      expect(() => none('recompute')).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
    });
  });

  describe('auth modes', () => {
    const runAs = (emu: Emulator, mode: 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED', fn: string) =>
      emu._execute(mode === 'LIMITED' ? 'simpleTrigger' : 'customFunction', mode, fn, () => emu._callGlobal(fn, []));
    it('NONE allows the locale but no alerts', () => {
      const { emu } = setup();
      expect(runAs(emu, 'NONE', 'localeOnly')).toBe('en_US');
      expect(() => runAs(emu, 'NONE', 'alertNow')).toThrow('You do not have permission to call Ui.alert');
    });
    it('CUSTOM_FUNCTION reads properties but may not write them', () => {
      const { emu } = setup();
      expect(() => runAs(emu, 'CUSTOM_FUNCTION', 'propsRoundTrip')).toThrow(
        'You do not have permission to call Properties.setProperty',
      );
    });
    it('LIMITED (simple triggers) reads and writes document properties', () => {
      const { emu } = setup();
      expect(runAs(emu, 'LIMITED', 'propsRoundTrip')).toBeNull();
      expect(emu.properties.document.get('k')).toBe('v');
    });
  });

  describe('runMenuItem', () => {
    it('runs the handler in FULL mode by caption', () => {
      const { emu } = setup();
      emu.runOnOpen('NONE');
      expect(emu.runMenuItem('Recompute tiers')).toBe(2);
      expect(emu.snapshot('Customers').values.map(r => r[2])).toEqual(['', 'A', 'B']);
      expect(emu.executions.at(-1)).toMatchObject({ kind: 'menu', authMode: 'FULL', status: 'completed' });
    });
  });

  describe('custom functions', () => {
    it('spill a 2D result on recalculation, with arguments read from the range', () => {
      const { emu } = setup();
      emu.userEdit('Customers', 'D1', [['=TIER(A1:B3)']]);
      expect(emu.snapshot('Customers').values.map(r => r[3])).toEqual(['B', 'A', 'B']);
      emu.userEdit('Customers', 'B3', [['5000']]);
      expect(emu.snapshot('Customers').values.map(r => r[3])).toEqual(['B', 'A', 'A']);
    });
    it('show #REF! when the spill would overwrite a value', () => {
      const { emu } = setup();
      emu.userEdit('Customers', 'D3', [['keep']]);
      emu.userEdit('Customers', 'D1', [['=TIER(A1:B3)']]);
      expect(emu.snapshot('Customers').values.map(r => r[3])).toEqual(['#REF!', '', 'keep']);
    });
    it('show #ERROR! with the message, and #NAME? for unknown functions', () => {
      const { emu } = setup();
      emu.userEdit('Customers', 'E1:F1', [['=BOOM()', '=NOPE(A1)']]);
      expect(emu.snapshot('Customers').values[0]?.slice(4)).toEqual(['#ERROR!', '#NAME?']);
      expect(emu.cellError('Customers', 'E1')).toBe('Bad table');
    });
    it('show a HYPERLINK as its label (else its URL) while the formula keeps the link', () => {
      const { emu } = setup();
      emu.userEdit('Customers', 'E1:F1', [['=HYPERLINK("#gid=0&range=A2","Row 2")', '=HYPERLINK("https://x.test")']]);
      const snap = emu.snapshot('Customers');
      expect(snap.values[0]?.slice(4)).toEqual(['Row 2', 'https://x.test']);
      expect(snap.formulas[0]?.[4]).toBe('=HYPERLINK("#gid=0&range=A2","Row 2")');
    });
    it('may not write: set* throws as in Apps Script', () => {
      const { emu } = setup();
      expect(() => emu.runCustomFunction('TOUCH', [])).toThrow('You do not have permission to call Range.setValue');
    });
  });

  describe('scriptRun', () => {
    it('returns plain values and JSON-copies arguments', () => {
      const { emu } = setup();
      expect(emu.scriptRun('getSettings', { a: [1, undefined] })).toEqual({
        ok: true,
        value: { echo: { a: [1, null] }, when: '1970-01-01T00:00:00.000Z' },
      });
    });
    it('fails when a Date is passed or returned', () => {
      const { emu } = setup();
      expect(emu.scriptRun('getSettings', { d: new Date() })).toMatchObject({ ok: false });
      expect(emu.scriptRun('getDate')).toMatchObject({ ok: false, error: { message: /return value\.when \(Date\)/u } });
    });
    it('reports a thrown error as the failure', () => {
      const { emu } = setup();
      expect(emu.scriptRun('BOOM')).toEqual({ ok: false, error: { name: 'Error', message: 'Bad table' } });
    });
  });

  describe('service objects', () => {
    it('show no internals to the bundle', () => {
      const { emu } = setup();
      expect(emu.scriptRun('stringifyRange')).toEqual({ ok: true, value: '{}' });
    });
  });

  describe('dates', () => {
    it('makes cell dates instances of the bundle Date', () => {
      const { emu } = setup();
      emu.userEdit('Customers', 'D1', [['2024-05-01']]);
      expect(emu.scriptRun('isDateCell')).toEqual({ ok: true, value: true });
    });
  });

  describe('userEdit', () => {
    it('fires onEdit with value and oldValue for a single cell', () => {
      const { emu } = setup();
      const result = emu.userEdit('Customers', 'B2', [['900']]);
      expect(result.runs).toMatchObject([{ kind: 'simpleTrigger', authMode: 'LIMITED', status: 'completed' }]);
      expect(emu.scriptRun('lastEdits')).toEqual({
        ok: true,
        value: [
          {
            a1: 'B2',
            value: '900',
            oldValue: '1200',
            authMode: 'LIMITED',
            keys: ['authMode', 'oldValue', 'range', 'source', 'user', 'value'],
          },
        ],
      });
    });
    it('fires onEdit with only the range for a paste', () => {
      const { emu } = setup();
      emu.userEdit('Customers', 'A4:B5', [
        ['Gamma', '10'],
        ['Delta', '20'],
      ]);
      const edits = emu.scriptRun('lastEdits');
      expect(edits).toEqual({
        ok: true,
        value: [{ a1: 'A4:B5', authMode: 'LIMITED', keys: ['authMode', 'range', 'source', 'user'] }],
      });
    });
    it('does not fire onEdit for script writes', () => {
      const { emu } = setup();
      emu.runOnOpen('NONE');
      emu.runMenuItem('recompute');
      expect(emu.scriptRun('lastEdits')).toEqual({ ok: true, value: [] });
    });
  });

  describe('calls', () => {
    it('counts service calls by method', () => {
      const { emu } = setup();
      emu.runOnOpen('NONE');
      emu.calls.reset();
      emu.runMenuItem('recompute');
      expect(emu.calls.byMethod()).toEqual({
        'Range.getValues': 1,
        'Range.setValues': 1,
        'Sheet.getLastRow': 1,
        'Sheet.getRange': 2,
        'Spreadsheet.getSheetByName': 1,
        'SpreadsheetApp.getActiveSpreadsheet': 1,
      });
      expect(emu.calls.total()).toBe(7);
    });
    it('counts only the handler calls of a user edit, not the emulator building the event', () => {
      const { emu } = setup();
      emu.calls.reset();
      emu.userEdit('Customers', 'A2', [['Acme Ltd']]);
      expect(emu.calls.byMethod()).toEqual({ 'Range.getA1Notation': 1 });
      expect(emu.calls.total({ kind: 'menu' })).toBe(0);
    });
  });
});
