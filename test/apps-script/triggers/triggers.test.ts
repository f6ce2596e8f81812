// Menu, onOpen in every auth mode, onEdit after single edits and pastes, and the sample sheet command.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Emulator } from '../../../emulator/index.ts';
import { loadAddon, valuesOf } from '../../support/addon.ts';

const TABLE = [
  ['Customer', 'Revenue', 'Profit', 'Overdue days'],
  ['North Co', 1_200_000, 260_000, 0],
  ['South Co', 300_000, 50_000, 20],
  ['West Co', 80_000, 9_000, 45],
];

function graded() {
  const emu = loadAddon({ locale: 'en_US', firstSheet: null });
  emu.addSheet('Customers', TABLE);
  emu.addSheet('Notes', [['anything']]);
  emu.runMenuItem('recomputeTiers');
  return emu;
}

describe('main', () => {
  describe('onOpen', () => {
    it('builds the full menu in AuthMode.NONE without reading properties or sheets', () => {
      const emu = new Emulator({ locale: 'zh_CN' });
      emu.loadBundle(readFileSync('dist/Code.js', 'utf8'));
      emu.runOnOpen('NONE');
      expect(emu.executions.at(-1)?.status).toBe('completed');
      const captions = emu.ui.menus[0]?.items.flatMap(item => (item.type === 'item' ? [item.caption] : []));
      expect(captions).toEqual(expect.arrayContaining(['打开设置', '重新计算等级', '创建示例表', '帮助']));
    });

    it('builds the menu in AuthMode.NONE when Apps Script gives no user locale (English, no sheet read)', () => {
      const emu = new Emulator({ locale: 'zh_CN', userLocale: '' });
      emu.loadBundle(readFileSync('dist/Code.js', 'utf8'));
      emu.runOnOpen('NONE');
      expect(emu.executions.at(-1)?.status).toBe('completed');
      expect(emu.ui.menus[0]?.items[0]).toMatchObject({ caption: 'Open settings' });
    });

    it('onInstall alone builds the same menu as onOpen', () => {
      const opened = new Emulator({ locale: 'en_US' });
      opened.loadBundle(readFileSync('dist/Code.js', 'utf8'));
      opened.runOnOpen('FULL');
      const installed = new Emulator({ locale: 'en_US' });
      installed.loadBundle(readFileSync('dist/Code.js', 'utf8'));
      installed.runOnInstall();
      expect(installed.executions.at(-1)).toMatchObject({ functionName: 'onInstall', status: 'completed' });
      expect(installed.ui.menus).toHaveLength(1);
      expect(installed.ui.menus).toEqual(opened.ui.menus);
      expect(installed.ui.menus[0]?.items.length).toBeGreaterThan(5);
    });
  });

  describe('onEdit', () => {
    it('regrades the row after a single edit in the table', () => {
      const emu = graded();
      expect(valuesOf(emu, 'Customers')[3]?.[4]).toBe('D');
      emu.userEdit('Customers', 'B4', [[1_500_000]]);
      expect(valuesOf(emu, 'Customers')[3]?.[4]).toBe('B');
      expect(emu.effectiveBackground('Customers', 'A4')).toBe('#d9ead3');
    });

    it('follows a multi-row paste, including new rows below the table', () => {
      const emu = graded();
      emu.userEdit('Customers', 'A4:D5', [
        ['West Co', 10_000, 500, 200],
        ['East Co', 2_000_000, 500_000, 0],
      ]);
      const values = valuesOf(emu, 'Customers');
      expect(values[3]?.[4]).toBe('D');
      expect(values[4]?.[4]).toBe('A');
      expect(emu.effectiveBackground('Customers', 'B5')).toBe('#b7e1cd');
    });

    it('returns at once for edits on other sheets, changing nothing', () => {
      const emu = graded();
      const before = emu.snapshot('Customers');
      emu.calls.reset();
      emu.userEdit('Notes', 'A1', [['changed']]);
      expect(emu.snapshot('Customers')).toEqual(before);
      expect(emu.calls.byMethod({ kind: 'simpleTrigger' })).toEqual({
        'Range.getSheet': 1,
        'Sheet.getName': 1,
        'PropertiesService.getDocumentProperties': 1,
        'Properties.getProperties': 1,
      });
    });
  });

  describe('setUpSampleSheets', () => {
    it('creates the sample sheet with headers in the user language and grades it', () => {
      const emu = loadAddon({ locale: 'zh_CN' });
      emu.runMenuItem('setUpSampleSheets');
      const values = valuesOf(emu, '客户列表（示例）');
      expect(values[0]?.slice(0, 3)).toEqual(['客户名称', '地区', '销售额']);
      expect(values[0]?.slice(5, 11)).toEqual(['账期', '业务员', '最近下单', '等级', '得分', '原因']);
      expect(values.length).toBe(41);
      expect(values.slice(1).every(row => row[8] !== '')).toBe(true);
      expect(emu.toasts.at(-1)?.message).toMatch(/^A \d+ · B \d+ · C \d+ · D \d+ · 有问题的行 \d+$/u);
    });

    it('adds a sample benefit log whose statuses show a quota, an over-quota entry and bad entries', () => {
      const emu = loadAddon({ locale: 'en_US' });
      emu.runMenuItem('setUpSampleSheets');
      const log = valuesOf(emu, 'Benefit log');
      const entries = log.slice(1).filter(row => row[0] !== '');
      expect(entries).toHaveLength(9);
      const statuses = entries.map(row => String(row[6]));
      expect(statuses.filter(s => s.startsWith('Over quota'))).toHaveLength(2);
      // The preset's trainings come once a quarter for A: the second in one quarter is over.
      expect(entries.slice(-2).map(row => [row[2], row[6]])).toEqual([
        ['Free product training', 'OK'],
        ['Free product training', 'Over quota by 1 time'],
      ]);
      expect(statuses.some(s => /Unknown customer/u.test(s))).toBe(true);
      expect(statuses.some(s => /not a number/u.test(s))).toBe(true);
      expect(emu.gas.SpreadsheetApp.getActive().getActiveSheet().getName()).toBe('Customers (sample)');
    });

    it('never overwrites an existing sample sheet', () => {
      const emu = loadAddon({ locale: 'en_US' });
      emu.runMenuItem('setUpSampleSheets');
      emu.userEdit('Customers (sample)', 'B2', [['My region']]);
      emu.runMenuItem('setUpSampleSheets');
      expect(valuesOf(emu, 'Customers (sample)')[1]?.[1]).toBe('My region');
    });
  });
});
