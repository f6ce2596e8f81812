// Recompute tiers, run by the built bundle on the emulator: outputs, colours, nothing else touched.
import { describe, expect, it } from 'vitest';
import { loadAddon, valuesOf } from '../../../support/addon.ts';

const CUSTOMERS = [
  ['客户名称', '地区', '销售额', '利润', '逾期天数'],
  ['甲电子', '华东', '¥1,200,000', 260_000, 0],
  ['乙五金', '华南', '30万', 50_000, 20],
  ['丙塑胶', '华北', 80_000, 9_000, 45],
  ['丁贸易', '西南', '三千', 1_000, 0],
  ['戊包装', '华东', 2_000_000, 400_000, 120],
];

function setUp(locale = 'zh_CN') {
  const emu = loadAddon({ locale, firstSheet: null });
  emu.addSheet('客户', CUSTOMERS);
  return emu;
}

describe('apps-script/adapters/table/recompute', () => {
  it('writes Tier, Score and Why next to the data, in the user language', () => {
    const emu = setUp();
    emu.runMenuItem('recomputeTiers');
    const values = valuesOf(emu, '客户');
    expect(values[0]?.slice(5, 8)).toEqual(['等级', '得分', '原因']);
    expect(values.slice(1).map(row => row[5])).toEqual(['A', 'B', 'D', '数据有误', 'C']);
    expect(String(values[4]?.[7])).toContain('三千');
    expect(String(values[5]?.[7])).toMatch(/逾期天数/u);
  });

  it('changes no cell outside its own output columns, and re-running changes nothing', () => {
    const emu = setUp();
    const before = emu.snapshot('客户');
    emu.runMenuItem('recomputeTiers');
    const after = emu.snapshot('客户');
    for (let r = 0; r < CUSTOMERS.length; r++) {
      expect(after.values[r]?.slice(0, 5)).toEqual(before.values[r]?.slice(0, 5));
      expect(after.formulas[r]?.slice(0, 5)).toEqual(before.formulas[r]?.slice(0, 5));
      expect(after.backgrounds[r]?.slice(0, 5)).toEqual(before.backgrounds[r]?.slice(0, 5));
    }
    emu.runMenuItem('recomputeTiers');
    expect(emu.snapshot('客户')).toEqual(after);
  });

  it('colours each row by its tier and keeps the user own conditional formats', () => {
    const emu = setUp();
    const sheet = emu.gas.SpreadsheetApp.getActive().getSheetByName('客户');
    if (!sheet) throw new Error('sheet missing');
    const userRule = emu.gas.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$E2>100')
      .setBackground('#ff0000')
      .setRanges([sheet.getRange('E2:E6')])
      .build();
    sheet.setConditionalFormatRules([userRule]);
    emu.runMenuItem('recomputeTiers');
    emu.runMenuItem('recomputeTiers');
    expect(emu.effectiveBackground('客户', 'A2')).toBe('#b7e1cd');
    expect(emu.effectiveBackground('客户', 'B3')).toBe('#d9ead3');
    expect(emu.effectiveBackground('客户', 'E6')).toBe('#ff0000');
    expect(emu.effectiveBackground('客户', 'A6')).toBe('#fce8b2');
    expect(emu.effectiveBackground('客户', 'A5')).toBe('#f4cccc');
    const rules = emu.gas.SpreadsheetApp.getActive().getSheetByName('客户')?.getConditionalFormatRules() ?? [];
    expect(rules.length).toBe(6);
  });

  it('reads override columns the user adds after its outputs, and keeps the outputs where they are', () => {
    const emu = setUp();
    emu.runMenuItem('recomputeTiers');
    emu.userEdit('客户', 'I1:J4', [
      ['等级覆盖', '覆盖原因'],
      ['', ''],
      ['', ''],
      ['A', '战略客户'],
    ]);
    const values = valuesOf(emu, '客户');
    expect(values[0]).toEqual([
      '客户名称',
      '地区',
      '销售额',
      '利润',
      '逾期天数',
      '等级',
      '得分',
      '原因',
      '等级覆盖',
      '覆盖原因',
    ]);
    expect(values.slice(1).map(row => row[5])).toEqual(['A', 'B', 'A', '数据有误', 'C']);
    expect(values[3]?.slice(8)).toEqual(['A', '战略客户']);
  });

  it.each([
    ['looks like a formula', '=A'],
    ['is a number', '1'],
  ])('writes a tier name that %s as that text, and still colours its rows', (_, name) => {
    const emu = setUp('en_US');
    const data = emu.scriptRun('getSidebarData');
    if (!data.ok) throw new Error(data.error.message);
    const settings = (data.value as { settings: { tiers: { name: string; color: string }[] } }).settings;
    const tiers = settings.tiers.map((t, i) => (i === 0 ? { ...t, name } : t));
    expect(emu.scriptRun('saveSettings', { ...settings, tiers })).toMatchObject({ ok: true, value: { ok: true } });
    const sheet = emu.snapshot('客户');
    expect(sheet.values[1]?.[5]).toBe(name);
    expect(sheet.formulas[1]?.[5]).toBe('');
    expect(emu.effectiveBackground('客户', 'A2')).toBe(tiers[0]?.color);
  });

  it('replaces its own colour rules on each table it grades, even after grading another sheet', () => {
    const emu = setUp();
    emu.addSheet('客户二', [
      ['客户名称', '销售额'],
      ['己电子', 500_000],
    ]);
    const ss = emu.gas.SpreadsheetApp.getActive();
    const rulesOn = (name: string) => ss.getSheetByName(name)?.getConditionalFormatRules().length;
    ss.getSheetByName('客户')?.activate();
    emu.runMenuItem('recomputeTiers');
    ss.getSheetByName('客户二')?.activate();
    emu.runMenuItem('recomputeTiers');
    // A new input column moves the outputs of the first table one column right.
    emu.userEdit('客户', 'F1', [['备注']]);
    ss.getSheetByName('客户')?.activate();
    emu.runMenuItem('recomputeTiers');
    expect(valuesOf(emu, '客户')[0]?.slice(5, 9)).toEqual(['备注', '等级', '得分', '原因']);
    expect(rulesOn('客户')).toBe(5);
    expect(rulesOn('客户二')).toBe(5);
    expect(emu.effectiveBackground('客户', 'A2')).toBe('#b7e1cd');
  });

  it('says "already running" and changes nothing while another execution holds the lock', () => {
    const emu = setUp();
    const before = emu.snapshot('客户');
    emu.holdLock('document');
    emu.runMenuItem('recomputeTiers');
    expect(emu.snapshot('客户')).toEqual(before);
    expect(emu.toasts.at(-1)?.message).toMatch(/正在另一处运行/u);
  });

  it('shows a toast with counts per tier and rows with problems', () => {
    const emu = setUp('en_US');
    emu.runMenuItem('recomputeTiers');
    expect(emu.toasts.at(-1)?.message).toBe('A 1 · B 1 · C 1 · D 1 · rows with problems 1');
  });

  it('names the headers it looked for when the sheet has no customer table', () => {
    const emu = loadAddon({ locale: 'en_US', firstSheet: null });
    emu.addSheet('Pets', [
      ['Pet', 'Age'],
      ['Rex', 3],
    ]);
    emu.runMenuItem('recomputeTiers');
    expect(emu.ui.alerts.at(-1)?.prompt).toMatch(/"Customer", "Revenue", "Profit", "Overdue days"/u);
    expect(valuesOf(emu, 'Pets')).toEqual([
      ['Pet', 'Age'],
      ['Rex', 3],
    ]);
  });
});
