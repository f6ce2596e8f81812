// Menu "Customer notices" on the emulator with the built bundle: one letter per graded customer with its final
// tier and salesperson, customer text kept as text, the customer table untouched, and the dialog's endpoint.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../../emulator/index.ts';
import { loadAddon, valuesOf } from '../../../support/addon.ts';

const NOW = new Date('2026-11-26T02:00:00Z');
const HOSTILE = '=HYPERLINK("http://x","y")';
const TABLE = [
  ['客户名称', '业务员', '销售额', '利润', '逾期天数'],
  ['华东机电', '王芳', 1_200_000, 260_000, 0],
  // Typed with an apostrophe, as a user keeps such a name as text.
  [`'${HOSTILE}`, '李雷', 250_000, 30_000, 100],
  ['东海包装', '', '', 12_000, 0],
  ['', '', '', '', ''],
  ['北辰五金', '张伟', 80_000, 5_000, 45],
];

function workbook(locale = 'zh_CN'): Emulator {
  const emu = loadAddon({ locale, firstSheet: null, now: () => NOW, timeZone: 'Asia/Shanghai' });
  emu.addSheet('客户', TABLE);
  emu.runMenuItem('recomputeTiers');
  return emu;
}

describe('apps-script/adapters/notices', () => {
  it('writes one notice per graded customer with its tier and salesperson, and leaves the table as it was', () => {
    const emu = workbook();
    const before = emu.snapshot('客户');
    emu.runMenuItem('writeCustomerNotices');
    const rows = valuesOf(emu, '客户通知');
    expect(rows[0]).toEqual(['客户', '业务员', '等级', '通知']);
    const tiers = new Map(before.values.slice(1).map(r => [r[0], r[5]]));
    // 东海包装 has no revenue (insufficient data): no letter; the blank row neither.
    expect(rows.slice(1).map(r => [r[0], r[1], r[2]])).toEqual([
      ['华东机电', '王芳', tiers.get('华东机电')],
      [HOSTILE, '李雷', tiers.get(HOSTILE)],
      ['北辰五金', '张伟', tiers.get('北辰五金')],
    ]);
    expect(rows[1]?.[3]).toMatch(/^尊敬的华东机电：.*贵司为 A 级客户.*免费样品 ¥3,000\/年/u);
    expect(String(rows[2]?.[3])).toContain(`尊敬的${HOSTILE}：`);
    const formulas = emu
      .snapshot('客户通知')
      .formulas.flat()
      .filter(f => f !== '');
    expect(formulas).toEqual([]);
    expect(emu.snapshot('客户')).toEqual(before);
    expect(emu.toasts.at(-1)?.message).toBe('已生成 3 份客户通知；1 位客户尚未评级，未生成。');
    expect(emu.ui.dialogs.at(-1)).toMatchObject({ kind: 'modal', title: '客户通知' });
  });

  it('serves the dialog the letters from the notices sheet', () => {
    const emu = workbook('en_US');
    expect(emu.scriptRun('getCustomerNotices')).toMatchObject({ ok: true, value: { notices: [], total: 0 } });
    emu.runMenuItem('writeCustomerNotices');
    const reply = emu.scriptRun('getCustomerNotices');
    if (!reply.ok) throw new Error(reply.error.message);
    const value = reply.value as { lang: string; total: number; notices: { customer: string; text: string }[] };
    expect(value.lang).toBe('en');
    expect(value.total).toBe(3);
    expect(value.notices.map(n => n.customer)).toEqual(['华东机电', HOSTILE, '北辰五金']);
    const sheet = 'Customer notices';
    expect(value.notices.map(n => n.text)).toEqual(
      valuesOf(emu, sheet)
        .slice(1)
        .map(r => r[3]),
    );
  });

  it('rewrites the notices after tiers change, without stacking old letters', () => {
    const emu = workbook('en_US');
    emu.runMenuItem('writeCustomerNotices');
    const sheet = emu.gas.SpreadsheetApp.getActive().getSheetByName('客户');
    sheet?.deleteRow(3);
    emu.runMenuItem('recomputeTiers');
    emu.runMenuItem('writeCustomerNotices');
    const name = 'Customer notices';
    expect(
      valuesOf(emu, name)
        .slice(1)
        .map(r => r[0]),
    ).toEqual(['华东机电', '北辰五金']);
  });

  it('explains a missing table instead of writing empty notices', () => {
    const emu = loadAddon({ locale: 'en_US', firstSheet: null, now: () => NOW });
    emu.addSheet('Notes', [['just text']]);
    emu.runMenuItem('writeCustomerNotices');
    expect(emu.ui.alerts.length).toBeGreaterThan(0);
    expect(emu.gas.SpreadsheetApp.getActive().getSheetByName('Customer notices')).toBeNull();
  });
});
