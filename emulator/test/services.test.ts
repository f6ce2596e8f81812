import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Emulator, PROPERTY_VALUE_LIMIT } from '../index.ts';

const BUNDLE = `
function lockTwice() {
  var lock = LockService.getDocumentLock();
  var first = lock.tryLock(1000);
  var again = LockService.getDocumentLock().tryLock(1000);
  return [first, again, lock.hasLock()];
}
function tryLockOnly() { return LockService.getDocumentLock().tryLock(5000); }
function waitLockOnly() { LockService.getDocumentLock().waitLock(5000); return 'got it'; }
function installDaily() { return ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(3).create().getUniqueId(); }
function installMinutely() { ScriptApp.newTrigger('daily').timeBased().everyMinutes(5).create(); }
function installEdit() { ScriptApp.newTrigger('edited').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create(); }
function countTriggers() { return ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).length; }
function installChange() { ScriptApp.newTrigger('changed').forSpreadsheet(SpreadsheetApp.getActive()).onChange().create(); }
function changed(e) { SpreadsheetApp.getActive().toast(e.changeType + ' ' + e.authMode); }
var runs = 0;
function daily(e) { runs++; if (runs > 1) throw new Error('second run fails'); }
function edited(e) { SpreadsheetApp.getActive().toast('edited ' + e.range.getA1Notation() + ' ' + e.triggerUid); }
`;

const setup = () => {
  const emu = new Emulator({ now: () => new Date('2025-03-01T00:00:00Z'), timeZone: 'Asia/Shanghai' });
  emu.loadBundle(BUNDLE);
  return emu;
};

describe('emulator services', () => {
  describe('PropertiesService', () => {
    it('stores, lists and deletes values', () => {
      const props = new Emulator().services.PropertiesService.getDocumentProperties();
      props.setProperty('a', '1').setProperties({ b: '2' });
      expect(props.getProperties()).toEqual({ a: '1', b: '2' });
      props.deleteProperty('a');
      expect(props.getProperty('a')).toBeNull();
      props.deleteAllProperties();
      expect(props.getKeys()).toEqual([]);
    });
    it('rejects a value over 9 KB and a store over 500 KB', () => {
      const props = new Emulator().services.PropertiesService.getUserProperties();
      expect(() => props.setProperty('big', 'x'.repeat(PROPERTY_VALUE_LIMIT + 1))).toThrow('Argument too large: value');
      props.setProperty('ok', 'x'.repeat(PROPERTY_VALUE_LIMIT));
      const many: Record<string, string> = {};
      for (let i = 0; i < 60; i++) many[`k${i}`] = 'y'.repeat(9000);
      expect(() => props.setProperties(many)).toThrow(/exceeded the property storage quota/u);
      expect(props.getKeys()).toEqual(['ok']);
    });
  });

  describe('CacheService', () => {
    it('expires values on the emulator clock and limits ttl and size', () => {
      const emu = new Emulator({ now: () => new Date('2025-01-01T00:00:00Z') });
      const cache = emu.services.CacheService.getDocumentCache();
      cache.put('k', 'v', 60);
      expect(cache.get('k')).toBe('v');
      emu.services.Utilities.sleep(61_000);
      expect(cache.get('k')).toBeNull();
      expect(() => cache.put('k', 'v', 21601)).toThrow(/expirationInSeconds/u);
      expect(() => cache.put('k', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    });
  });

  describe('LockService', () => {
    it('lets one execution re-lock and fails while another execution holds it', () => {
      const emu = setup();
      expect(emu.scriptRun('lockTwice')).toEqual({ ok: true, value: [true, true, true] });
      emu.holdLock('document');
      expect(emu.scriptRun('tryLockOnly')).toEqual({ ok: true, value: false });
      expect(emu.scriptRun('waitLockOnly')).toEqual({
        ok: false,
        error: { name: 'Error', message: 'Lock timeout: another process was holding the lock for too long.' },
      });
      emu.releaseHeldLock('document');
      expect(emu.scriptRun('waitLockOnly')).toEqual({ ok: true, value: 'got it' });
    });
    it('releases locks when the execution ends', () => {
      const emu = setup();
      emu.scriptRun('tryLockOnly');
      expect(emu.locks.size).toBe(0);
    });
  });

  describe('ScriptApp triggers', () => {
    it('allows one time-driven trigger per user per document', () => {
      const emu = setup();
      expect(emu.scriptRun('installDaily')).toEqual({ ok: true, value: '1' });
      expect(emu.scriptRun('installDaily')).toMatchObject({
        ok: false,
        error: {
          message:
            'This add-on has created too many time-based triggers in this document for this Google user account.',
        },
      });
      expect(emu.scriptRun('countTriggers')).toEqual({ ok: true, value: 1 });
    });
    it('refuses time-driven triggers more often than hourly', () => {
      const emu = setup();
      expect(emu.scriptRun('installMinutely')).toMatchObject({ ok: false, error: { message: /once per hour/u } });
    });
    it('runs time-driven triggers in FULL executions and records a failing run', () => {
      const emu = setup();
      emu.scriptRun('installDaily');
      expect(emu.fireTimeTriggers()).toMatchObject([
        { functionName: 'daily', authMode: 'FULL', status: 'completed', triggerUid: '1' },
      ]);
      expect(emu.fireTimeTriggers()).toMatchObject([
        { functionName: 'daily', status: 'failed', error: { message: 'second run fails' } },
      ]);
    });
    it('fires installable onEdit triggers with triggerUid in FULL mode', () => {
      const emu = setup();
      emu.scriptRun('installEdit');
      const { runs } = emu.userEdit('Sheet1', 'B2', [['x']]);
      expect(runs).toMatchObject([{ kind: 'installableTrigger', authMode: 'FULL', status: 'completed' }]);
      expect(emu.toasts.at(-1)?.message).toBe('edited B2 1');
    });
    it('fires installable onChange triggers on user edits with changeType EDIT', () => {
      const emu = setup();
      emu.scriptRun('installChange');
      emu.userEdit('Sheet1', 'A1:B2', [
        ['a', 'b'],
        ['c', 'd'],
      ]);
      expect(emu.toasts.map(t => t.message)).toEqual(['EDIT FULL']);
    });
    it('needs FULL auth: simple triggers cannot create triggers', () => {
      const emu = setup();
      expect(() =>
        emu._execute('simpleTrigger', 'LIMITED', 'installDaily', () => emu._callGlobal('installDaily', [])),
      ).toThrow('You do not have permission to call ScriptApp.newTrigger');
    });
  });

  describe('Utilities and Session', () => {
    it('formats dates in a time zone', () => {
      const emu = new Emulator({ locale: 'zh_CN', timeZone: 'Asia/Shanghai' });
      const d = new Date('2025-03-01T18:05:09Z');
      expect(emu.services.Utilities.formatDate(d, 'Asia/Shanghai', 'yyyy-MM-dd HH:mm')).toBe('2025-03-02 02:05');
      expect(emu.services.Utilities.formatDate(d, 'UTC', "yyyy/M/d 'at' h:mm a")).toBe('2025/3/1 at 6:05 PM');
      expect(emu.services.Session.getActiveUserLocale()).toBe('zh_CN');
      expect(emu.services.Session.getScriptTimeZone()).toBe('Asia/Shanghai');
      expect(emu.services.Session.getActiveUser().getEmail()).toBe('user@example.com');
    });

    it('answers a changed userLocale from then on, and keeps the spreadsheet locale', () => {
      const emu = new Emulator({ locale: 'zh_CN' });
      emu.userLocale = 'en_US';
      expect(emu.services.Session.getActiveUserLocale()).toBe('en_US');
      expect(emu.workbook.locale).toBe('zh_CN');
    });
  });

  describe('HtmlService and Ui', () => {
    it('reads HTML from distDir and records the sidebar at 300 px', () => {
      const dir = mkdtempSync(join(tmpdir(), 'emu-'));
      writeFileSync(join(dir, 'Sidebar.html'), '<p>hi</p>');
      const emu = new Emulator({ distDir: dir });
      const html = emu.services.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Tiers').setWidth(500);
      emu.services.SpreadsheetApp.getUi().showSidebar(html);
      expect(emu.ui.sidebar).toEqual({
        kind: 'sidebar',
        title: 'Tiers',
        content: '<p>hi</p>',
        width: 300,
        height: 400,
      });
    });
    it('answers alerts from the scripted responses', () => {
      const emu = new Emulator();
      const ui = emu.services.SpreadsheetApp.getUi();
      emu.ui.nextAlertResponse = 'NO';
      expect(ui.alert('Reset?', 'All settings go back', ui.ButtonSet.YES_NO)).toBe('NO');
      expect(ui.alert('Done')).toBe('OK');
      expect(emu.ui.alerts.map(a => [a.title, a.prompt, a.response])).toEqual([
        ['Reset?', 'All settings go back', 'NO'],
        ['', 'Done', 'OK'],
      ]);
    });
  });

  describe('charts', () => {
    it('keeps type, ranges, options and ids; removeChart drops one', () => {
      const emu = new Emulator();
      const sheet = emu.services.SpreadsheetApp.getActiveSheet();
      const chart = sheet
        .newChart()
        .setChartType('COLUMN')
        .addRange(sheet.getRange('A1:B5'))
        .setPosition(1, 4, 0, 0)
        .setOption('title', 'Customers per tier')
        .build();
      sheet.insertChart(chart);
      const [inserted] = sheet.getCharts();
      expect(inserted?.getChartId()).toBe(1);
      expect(inserted?.getOptions().get('title')).toBe('Customers per tier');
      expect(inserted?.getRanges().map(r => r.getA1Notation())).toEqual(['A1:B5']);
      expect(inserted?.modify().getChartType()).toBe('COLUMN');
      if (inserted) sheet.removeChart(inserted);
      expect(sheet.getCharts()).toEqual([]);
    });
  });
});
