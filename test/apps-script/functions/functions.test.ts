// The =TIER family on the emulator: same answers as Recompute, clear errors, read-only.
import { describe, expect, it } from 'vitest';
import { loadAddon, valuesOf } from '../../support/addon.ts';

const TABLE = [
  ['Customer', 'Revenue', 'Profit', 'Overdue days'],
  ['North Co', 1_200_000, 260_000, 0],
  ['South Co', '30万', 50_000, 20],
  ['Typo Co', 'three', 9_000, 45],
  ['', '', '', ''],
  ['Late Co', 2_000_000, 400_000, 120],
];

describe('functions', () => {
  it('TIER, TIER_SCORE and TIER_WHY equal the Recompute columns', () => {
    const emu = loadAddon({ locale: 'en_US', firstSheet: null });
    emu.addSheet('Customers', TABLE);
    const tiers = emu.runCustomFunction('TIER', [TABLE, 1]);
    const scores = emu.runCustomFunction('TIER_SCORE', [TABLE, 1]);
    const whys = emu.runCustomFunction('TIER_WHY', [TABLE, 1]);
    emu.runMenuItem('recomputeTiers');
    const sheet = valuesOf(emu, 'Customers').slice(1);
    expect(tiers).toEqual(sheet.map(row => [row[4]]));
    expect(scores).toEqual(sheet.map(row => [row[5]]));
    expect(whys).toEqual(sheet.map(row => [row[6]]));
  });

  it('recalculates through the CustomerTiers_Version cell when settings are saved', () => {
    const emu = loadAddon({ locale: 'en_US', firstSheet: null });
    emu.addSheet('Customers', TABLE);
    const data = emu.scriptRun('getSidebarData');
    if (!data.ok) throw new Error(data.error.message);
    const settings = (data.value as { settings: Record<string, unknown> }).settings;
    expect(emu.scriptRun('saveSettings', settings)).toMatchObject({
      ok: true,
      value: { ok: true, settingsVersion: 1 },
    });
    emu.gas.SpreadsheetApp.getActive()
      .getSheetByName('Customers')
      ?.getRange('H2')
      .setFormula('=TIER(A1:D6, CustomerTiers_Version)');
    emu.recalculate();
    expect(valuesOf(emu, 'Customers').map(row => row[7])).toEqual(['', 'A', 'B', 'Check data', '', 'C']);
    const renamed = {
      ...settings,
      tiers: [
        { name: 'Gold', color: '#ffd700' },
        { name: 'Silver', color: '#c0c0c0' },
        { name: 'Bronze', color: '#cd7f32' },
        { name: 'Basic', color: '#eeeeee' },
      ],
    };
    expect(emu.scriptRun('saveSettings', renamed)).toMatchObject({ ok: true, value: { ok: true, settingsVersion: 2 } });
    emu.recalculate();
    expect(valuesOf(emu, 'Customers').map(row => row[7])).toEqual(['', 'Gold', 'Silver', 'Check data', '', 'Bronze']);
  });

  it('TIER_BENEFIT reads the benefit table by id or name, for one tier or a range', () => {
    const emu = loadAddon({ locale: 'zh_CN' });
    expect(emu.runCustomFunction('TIER_BENEFIT', ['A', 'samples'])).toBe(3000);
    expect(emu.runCustomFunction('TIER_BENEFIT', [[['B'], ['C'], ['']], '免费产品培训'])).toEqual([[1], [1], ['']]);
    expect(emu.runCustomFunction('TIER_BENEFIT', ['A', 'Free mould opening'])).toBe('是');
  });

  it('TIER_BENEFIT reads a tier typed in lower case or full width as that tier, like every other tier match', () => {
    const emu = loadAddon({ locale: 'en_US' });
    expect(emu.runCustomFunction('TIER_BENEFIT', ['a', 'samples'])).toBe(3000);
    expect(emu.runCustomFunction('TIER_BENEFIT', [[['Ａ'], [' b '], ['e']], 'samples'])).toEqual([
      [3000],
      [1000],
      [''],
    ]);
    emu.addSheet('Formulas', [['']]);
    emu.gas.SpreadsheetApp.getActive()
      .getSheetByName('Formulas')
      ?.getRange('A1')
      .setFormula('=TIER_BENEFIT("a", "samples")');
    emu.recalculate();
    expect(valuesOf(emu, 'Formulas')[0]?.[0]).toBe(3000);
  });

  it('explains a bad argument in the user language', () => {
    const emu = loadAddon({ locale: 'zh_CN' });
    expect(() => emu.runCustomFunction('TIER', ['A1'])).toThrow(/包含表头行的客户表区域/u);
    expect(() => emu.runCustomFunction('TIER_BENEFIT', ['A', 'gold bars'])).toThrow(
      '未知权益“gold bars”（不在权益设置中）。可用：免费样品',
    );
  });

  it('names the headers it looked for when the range holds no customer table', () => {
    const emu = loadAddon({ locale: 'en_US' });
    const pets = [
      ['Pet', 'Age'],
      ['Rex', 3],
    ];
    expect(() => emu.runCustomFunction('TIER', [pets, 1])).toThrow(
      'No customer table header found in the first 10 rows of the range given. It needs a customer name column and ' +
        'at least one dimension column: "Customer", "Revenue", "Profit", "Overdue days".',
    );
  });

  it('speaks the spreadsheet language in every formula when Sheets gives no user locale', () => {
    const emu = loadAddon({ locale: 'zh_CN', userLocale: '' });
    expect(() => emu.runCustomFunction('TIER', ['A1'])).toThrow(/包含表头行的客户表区域/u);
    expect(() => emu.runCustomFunction('TIER_BENEFIT', ['A', 'gold bars'])).toThrow(
      '未知权益“gold bars”（不在权益设置中）。可用：免费样品',
    );
    expect(() => emu.runCustomFunction('QUOTA_LEFT', ['甲', 'gold bars', [['']]])).toThrow('未知权益“gold bars”');
    expect(() => emu.runCustomFunction('QUOTA_LEFT', ['甲', '免费样品', 'A2:E'])).toThrow(/权益使用记录的区域/u);
  });
});
