// Menu "Service plan" on the emulator with the built bundle: the sheet in zh and en on the sample workbook, rows
// grouped by salesperson with links back to the customer rows, customer text kept as text, the salesperson picker,
// the daily refresh, and a constant number of service calls whatever the number of customers.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../../emulator/index.ts';
import { sampleCustomers } from '../../../../src/core/sample.ts';
import { loadAddon, valuesOf } from '../../../support/addon.ts';

const NOW = new Date('2026-11-26T02:00:00Z');
const HOSTILE = '=HYPERLINK("http://x","y")';
const TABLE = [
  ['客户名称', '业务员', '销售额', '利润', '逾期天数'],
  ['华东机电', '王芳', 1_200_000, 260_000, 0],
  ['东海包装', '李雷', 450_000, 90_000, 0],
  [`'${HOSTILE}`, '王芳', 160_000, 26_000, 0],
  ['北辰五金', '', 60_000, 6_000, 10],
  ['南方电子', "'-李雷", 500_000, 100_000, 0],
];

function workbook(locale: 'zh_CN' | 'en_US', table: unknown[][] = TABLE): Emulator {
  const emu = loadAddon({ locale, firstSheet: null, now: () => NOW, timeZone: 'Asia/Shanghai' });
  emu.addSheet('客户', table);
  emu.runMenuItem('recomputeTiers');
  return emu;
}

/** The listed items (below the items' header) as [customer, salesperson, tier, benefit, days left, link label]. */
function listed(emu: Emulator, sheet: string): unknown[][] {
  const values = valuesOf(emu, sheet).map(r => r.slice(0, 8));
  const header = values.findIndex((r, i) => i > 4 && (r[0] === '客户' || r[0] === 'Customer'));
  return values.slice(header + 1).filter(r => r[0] !== '');
}

describe('apps-script/adapters/service-plan', () => {
  it('builds the plan on the sample workbook in Chinese: counts, open items by urgency, links to customer rows', () => {
    const emu = loadAddon({ locale: 'zh_CN', firstSheet: null, now: () => NOW });
    emu.runMenuItem('setUpSampleSheets');
    emu.runMenuItem('setUpBenefitLog');
    emu.runMenuItem('showServicePlan');
    const values = valuesOf(emu, '维护计划');
    expect(values[0]?.[0]).toBe('维护计划');
    expect(values[1]?.slice(0, 2)).toEqual(['业务员', '全部']);
    expect(values[3]?.slice(0, 4)).toEqual(['业务员', '客户数', '待办事项', '最少剩余天数']);
    expect(values[4]?.[0]).toBe('全部');
    const rows = listed(emu, '维护计划');
    expect(rows.length).toBe(values[4]?.[2]);
    // The sample's salespeople by region, then the south-west's customers, who have none.
    expect([...new Set(rows.map(r => r[1]))]).toEqual(['张伟', '李雷', '王芳', '（未指定业务员）']);
    expect(values.slice(5, 9).map(r => r[0])).toEqual(['张伟', '李雷', '王芳', '（未指定业务员）']);
    expect(rows.some(r => String(r[4]).startsWith('余额 ¥'))).toBe(true);
    expect(rows.some(r => String(r[4]).startsWith('待安排 1 次'))).toBe(true);
    // Each link opens the customer's row on the customer sheet, and that row holds the customer named.
    const table = emu.workbook.sheets.find(s => s.name.startsWith('客户列表'));
    const customers = valuesOf(emu, table?.name ?? '');
    const formulas = emu
      .snapshot('维护计划')
      .formulas.flat()
      .filter(f => f !== '');
    expect(formulas.length).toBe(rows.length);
    for (const [i, formula] of formulas.entries()) {
      const match = /^=HYPERLINK\("#gid=(\d+)&range=A(\d+)","第 (\d+) 行"\)$/u.exec(formula);
      expect(Number(match?.[1])).toBe(table?.sheetId);
      expect(customers[Number(match?.[2]) - 1]?.[0]).toBe(rows[i]?.[0]);
    }
    expect(emu.toasts.at(-1)?.message).toMatch(/^维护计划：\d+ 位客户共 \d+ 项待办。$/u);
  });

  it('builds it in English on the English sample, and a second run rewrites rather than stacks', () => {
    const emu = loadAddon({ locale: 'en_US', firstSheet: null, now: () => NOW });
    emu.runMenuItem('setUpSampleSheets');
    emu.runMenuItem('showServicePlan');
    const first = valuesOf(emu, 'Service plan');
    expect(first[0]?.[0]).toBe('Service plan');
    expect(first[1]?.slice(0, 2)).toEqual(['Salesperson', 'All']);
    expect(listed(emu, 'Service plan').some(r => String(r[4]).includes('left ('))).toBe(true);
    expect([...new Set(listed(emu, 'Service plan').map(r => r[1]))]).toEqual([
      'Li Lei',
      'Wang Fang',
      'Zhang Wei',
      '(no salesperson)',
    ]);
    emu.runMenuItem('showServicePlan');
    expect(valuesOf(emu, 'Service plan')).toEqual(first);
    expect(emu.workbook.sheets.filter(s => s.name.startsWith('Service plan'))).toHaveLength(1);
  });

  it('groups by salesperson (customers without one last), keeps customer text as text, leaves the table alone', () => {
    const emu = workbook('zh_CN');
    const before = emu.snapshot('客户');
    emu.runMenuItem('showServicePlan');
    const rows = listed(emu, '维护计划');
    const people = [...new Set(rows.map(r => r[1]))];
    expect(people).toEqual(['-李雷', '李雷', '王芳', '（未指定业务员）']);
    expect(rows.map(r => r[0])).toContain(HOSTILE);
    const formulas = emu
      .snapshot('维护计划')
      .formulas.flat()
      .filter(f => f !== '');
    expect(formulas.every(f => /^=HYPERLINK\("#gid=\d+&range=A\d+","第 \d+ 行"\)$/u.test(f))).toBe(true);
    const counts = valuesOf(emu, '维护计划').slice(5, 5 + people.length);
    expect(counts.map(r => r[0])).toEqual(people);
    for (const line of counts) expect(line[2]).toBe(rows.filter(r => r[1] === line[0]).length);
    expect(emu.snapshot('客户')).toEqual(before);
  });

  it('shows only the picked salesperson’s customers, and everyone again for 全部', () => {
    const emu = workbook('zh_CN');
    emu.runMenuItem('showServicePlan');
    const all = listed(emu, '维护计划');
    const hidden = emu.snapshot('维护计划').values.map(r => r.slice(9));
    emu.calls.reset();
    emu.userEdit('维护计划', 'B2', [['王芳']]);
    const onEdit = emu.calls.total({ kind: 'simpleTrigger' });
    expect(listed(emu, '维护计划')).toEqual(all.filter(r => r[1] === '王芳'));
    emu.userEdit('维护计划', 'B2', [['（未指定业务员）']]);
    expect(listed(emu, '维护计划')).toEqual(all.filter(r => r[1] === '（未指定业务员）'));
    emu.userEdit('维护计划', 'B2', [['全部']]);
    expect(listed(emu, '维护计划')).toEqual(all);
    expect(emu.snapshot('维护计划').values.map(r => r.slice(9))).toEqual(hidden);
    // The dropdown refuses a name that is not listed; the list stays as it was.
    expect(() => emu.userEdit('维护计划', 'B2', [['赵六']])).toThrow();
    expect(listed(emu, '维护计划')).toEqual(all);
    expect(onEdit).toBeLessThanOrEqual(30);
  });

  it('keeps the pick when the plan is rebuilt, and the daily run refreshes an existing plan only', () => {
    const emu = workbook('en_US');
    emu.runMenuItem('toggleAutomaticUpdates');
    emu.fireTimeTriggers();
    expect(emu.gas.SpreadsheetApp.getActive().getSheetByName('Service plan')).toBeNull();
    emu.runMenuItem('setUpBenefitLog');
    emu.runMenuItem('showServicePlan');
    emu.userEdit('Service plan', 'B2', [['王芳']]);
    const before = listed(emu, 'Service plan');
    const samples = before.find(r => r[0] === '华东机电' && r[3] === 'Free samples');
    expect(samples?.[4]).toBe('¥3,000 left (¥3,000 this period, ¥0 used)');
    emu.userEdit('Benefit log', 'A2:D2', [['2026-11-20', '华东机电', 'Free samples', 1200]]);
    emu.fireTimeTriggers();
    const after = listed(emu, 'Service plan');
    expect(valuesOf(emu, 'Service plan')[1]?.[1]).toBe('王芳');
    expect(after.every(r => r[1] === '王芳')).toBe(true);
    expect(after.find(r => r[0] === '华东机电' && r[3] === 'Free samples')?.[4]).toBe(
      '¥1,800 left (¥3,000 this period, ¥1,200 used)',
    );
    const log = valuesOf(emu, 'Add-on log');
    expect(String(log.at(-1)?.[3])).toMatch(/Service plan: \d+ open items for \d+ customers/u);
  });

  it('makes the same number of service calls for 40 and 400 customers', () => {
    const calls = (count: number) => {
      const emu = workbook('zh_CN', sampleCustomers('zh', NOW, count));
      emu.runMenuItem('setUpBenefitLog');
      emu.calls.reset();
      emu.runMenuItem('showServicePlan');
      return emu.calls.total({ kind: 'menu' });
    };
    const small = calls(40);
    expect(calls(400)).toBe(small);
    expect(small).toBeLessThanOrEqual(80);
  });

  it('says what to do when there is no customer table or no tier yet', () => {
    const empty = loadAddon({ locale: 'en_US', firstSheet: null, now: () => NOW });
    empty.addSheet('Notes', [['just text']]);
    empty.runMenuItem('showServicePlan');
    expect(empty.ui.alerts.at(-1)?.prompt).toMatch(/No customer table found/u);
    const ungraded = loadAddon({ locale: 'en_US', firstSheet: null, now: () => NOW });
    ungraded.addSheet('客户', TABLE);
    ungraded.runMenuItem('showServicePlan');
    expect(ungraded.ui.alerts.at(-1)?.prompt).toMatch(/no tiers yet/u);
    expect(ungraded.gas.SpreadsheetApp.getActive().getSheetByName('Service plan')).toBeNull();
  });
});

describe('=SERVICE_DUE', () => {
  it("lists one customer's open items, follows the log range, and names an unknown customer", () => {
    const emu = workbook('en_US');
    emu.runMenuItem('setUpBenefitLog');
    const due = emu.runCustomFunction('SERVICE_DUE', ['华东机电']) as string[][];
    expect(due.map(r => r[0])).toEqual([
      'Free samples: ¥3,000 left (¥3,000 this period, ¥0 used), 36 days left',
      'Free product training: 1 time to deliver (1 time this period, 0 times used), 36 days left',
      'Free mould opening: Available, 36 days left',
    ]);
    emu.userEdit('Benefit log', 'A2:D2', [['2026-11-20', '华东机电', 'Free product training', 1]]);
    emu.userEdit('客户', 'L2', [["=SERVICE_DUE(A2, 'Benefit log'!A2:E100)"]]);
    const column = valuesOf(emu, '客户').map(r => r[11]);
    expect(column.slice(1, 3)).toEqual([
      'Free samples: ¥3,000 left (¥3,000 this period, ¥0 used), 36 days left',
      'Free mould opening: Available, 36 days left',
    ]);
    expect(() => emu.runCustomFunction('SERVICE_DUE', ['Nobody'])).toThrow(/Unknown customer "Nobody"/u);
    // A customer named like a formula is looked up by its text, as any other.
    expect(emu.runCustomFunction('SERVICE_DUE', [HOSTILE])).toEqual([
      ['Free samples: ¥1,000 left (¥1,000 this period, ¥0 used), 36 days left'],
      ['Free product training: 1 time to deliver (1 time this period, 0 times used), 36 days left'],
    ]);
  });
});
