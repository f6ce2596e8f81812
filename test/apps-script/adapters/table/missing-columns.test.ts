// A weighted dimension without a column, through the built bundle: Recompute asks and grades only when told to,
// onEdit toasts, the daily run logs, =TIER throws, the snapshot refuses; nothing is graded silently.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../../emulator/index.ts';
import { loadAddon, valuesOf } from '../../../support/addon.ts';

// Revenue (half of the factory weights) is headed 开票金额, which no name or synonym of it matches.
const CUSTOMERS = [
  ['客户名称', '开票金额', '利润', '逾期天数'],
  ['甲电子', 1_200_000, 260_000, 0],
  ['乙五金', 300_000, 50_000, 20],
];

function setUp(): Emulator {
  const emu = loadAddon({ locale: 'zh_CN', firstSheet: null });
  emu.addSheet('客户', CUSTOMERS);
  return emu;
}

const outputsOf = (emu: Emulator) => valuesOf(emu, '客户').map(row => row.slice(4, 7));
const ungraded = (emu: Emulator) => expect(valuesOf(emu, '客户')).toEqual(CUSTOMERS);

describe('apps-script/adapters/table/missing columns', () => {
  describe('Recompute tiers', () => {
    it('names the missing dimension, its weight, the headers, the closest one and where to map it', () => {
      const emu = setUp();
      emu.ui.nextAlertResponse = 'CLOSE';
      emu.runMenuItem('recomputeTiers');
      const prompt = emu.ui.alerts.at(-1)?.prompt ?? '';
      expect(prompt).toContain('销售额（占权重 50%）');
      expect(prompt).toContain('表中的列：「客户名称」「开票金额」「利润」「逾期天数」');
      expect(prompt).toContain('最接近的列：销售额 → 「开票金额」');
      expect(prompt).toContain('打开设置');
      expect(prompt).not.toContain('revenue');
      expect(emu.ui.alerts.at(-1)?.buttons).toBe('YES_NO');
    });

    it.each([['CLOSE'], ['NO']])('grades nothing when the alert is answered %s', answer => {
      const emu = setUp();
      emu.ui.nextAlertResponse = answer;
      emu.runMenuItem('recomputeTiers');
      ungraded(emu);
      expect(emu.ui.alerts).toHaveLength(1);
      expect(emu.toasts).toEqual([]);
    });

    it('grades on the other dimensions when the user chooses so, and says so in the toast', () => {
      const emu = setUp();
      emu.ui.nextAlertResponse = 'YES';
      emu.ui.nextAlertResponse = 'NO';
      emu.runMenuItem('recomputeTiers');
      expect(outputsOf(emu)[0]).toEqual(['等级', '得分', '原因']);
      expect(outputsOf(emu)[1]?.[0]).toMatch(/^[ABCD]$/u);
      expect(emu.toasts.at(-1)?.message).toContain('（未计：销售额）');
      // Not remembered: the next Recompute asks again.
      emu.ui.nextAlertResponse = 'CLOSE';
      emu.runMenuItem('recomputeTiers');
      expect(emu.ui.alerts).toHaveLength(3);
    });

    it('remembers the choice: later Recomputes and edits grade without asking, until the column is found', () => {
      const emu = setUp();
      emu.ui.nextAlertResponse = 'YES';
      emu.ui.nextAlertResponse = 'YES';
      emu.runMenuItem('recomputeTiers');
      emu.runMenuItem('recomputeTiers');
      expect(emu.ui.alerts).toHaveLength(2);
      emu.userEdit('客户', 'C3:D3', [[900_000, 0]]);
      expect(valuesOf(emu, '客户')[2]?.[4]).toBe('A');
      // The column is found again: the remembered choice ends, and losing it again asks again.
      emu.userEdit('客户', 'B1', [['销售额']]);
      emu.userEdit('客户', 'B1', [['开票金额']]);
      emu.ui.nextAlertResponse = 'CLOSE';
      emu.runMenuItem('recomputeTiers');
      expect(emu.ui.alerts).toHaveLength(3);
    });
  });

  it('onEdit grades nothing and shows the message in a toast', () => {
    const emu = setUp();
    emu.ui.nextAlertResponse = 'YES';
    emu.ui.nextAlertResponse = 'NO';
    emu.runMenuItem('recomputeTiers');
    const before = outputsOf(emu);
    emu.userEdit('客户', 'C3', [[900_000]]);
    expect(outputsOf(emu)).toEqual(before);
    expect(emu.toasts.at(-1)?.message).toMatch(/找不到这些计分列：销售额[\s\S]*本次没有评级/u);
  });

  it('the daily run logs the message as a failed step and grades nothing', () => {
    const emu = setUp();
    const ss = emu.gas.SpreadsheetApp.getActive();
    ss.getSheetByName('客户')?.activate();
    emu.runMenuItem('toggleAutomaticUpdates');
    emu.fireTimeTriggers();
    ungraded(emu);
    const log = valuesOf(emu, '插件日志').filter(r => r[0] !== '');
    expect(log[1]?.[2]).toBe('失败');
    expect(String(log[1]?.[3])).toMatch(/重新计算等级 ✗ 工作表「客户」中找不到这些计分列：销售额/u);
    expect(emu.workbook.sheets.map(sheet => sheet.name)).not.toContain('等级历史');
  });

  it('=TIER returns the message as its error and grades nothing', () => {
    const emu = setUp();
    expect(() => emu.runCustomFunction('TIER', [CUSTOMERS, 1])).toThrow(/所给区域中找不到这些计分列：销售额/u);
  });

  it('Save snapshot writes no history and says why', () => {
    const emu = setUp();
    emu.runMenuItem('saveSnapshot');
    expect(emu.ui.alerts.at(-1)?.prompt).toMatch(/找不到这些计分列：销售额/u);
    expect(emu.workbook.sheets.map(s => s.name)).not.toContain('等级历史');
  });
});
