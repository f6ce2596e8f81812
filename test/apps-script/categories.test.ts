// Payment terms in words end to end on the built bundle (issue 14 item 4): the sidebar's settings with a word
// table are validated again on the server, Recompute and =TIER grade the words, an unknown word is Check data.
import { describe, expect, it } from 'vitest';
import { paymentTermsDimension } from '../../src/core/presets.ts';
import { loadAddon, valuesOf } from '../support/addon.ts';

const SHEET = '客户';
// Factory preset plus payment terms by words, weight 10 of 110.
const CUSTOMERS = [
  ['客户名称', '销售额', '利润', '逾期天数', '账期'],
  ['甲电子', 1_200_000, 260_000, 0, '款到发货'],
  ['乙五金', 600_000, 120_000, 0, '赊销'],
  ['丙塑胶', 600_000, 120_000, 0, ' 月结 ６０ 天 '],
  ['丁贸易', 250_000, 30_000, '月结30天', 'ｃｏｄ'],
  ['戊包装', 600_000, 120_000, 0, '月结45天'],
  ['己机电', 600_000, 120_000, 0, ''],
];

function setUp() {
  const emu = loadAddon({ locale: 'zh_CN', firstSheet: null });
  emu.addSheet(SHEET, CUSTOMERS);
  return emu;
}

function settingsWithTerms(emu: ReturnType<typeof setUp>): Record<string, unknown> & { dimensions: unknown[] } {
  const data = emu.scriptRun('getSidebarData');
  if (!data.ok) throw new Error(data.error.message);
  const settings = (data.value as { settings: Record<string, unknown> & { dimensions: unknown[] } }).settings;
  return { ...settings, dimensions: [...settings.dimensions, paymentTermsDimension(10)] };
}

describe('payment terms in words (built bundle)', () => {
  it('grades the words after Save and Recompute; an unknown word is Check data naming the known words', () => {
    const emu = setUp();
    emu.runMenuItem('recomputeTiers');
    // Without the words: 乙 scores 87 (A).
    expect(
      valuesOf(emu, SHEET)
        .slice(1)
        .map(row => row[5]),
    ).toEqual(['A', 'A', 'A', 'B', 'A', 'A']);

    expect(emu.scriptRun('saveSettings', settingsWithTerms(emu), false)).toMatchObject({
      ok: true,
      value: { ok: true },
    });
    emu.runMenuItem('recomputeTiers');
    const values = valuesOf(emu, SHEET);
    // 赊销 (0 points) takes 乙 to 79.1, B; 月结60天 (50) keeps 丙 in A at 83.6; a blank is scored on the others.
    expect(values.slice(1).map(row => row[5])).toEqual(['A', 'B', 'A', 'B', '数据有误', 'A']);
    expect(values.slice(1).map(row => row[6])).toEqual([100, 79.1, 83.6, 62.7, '', 87]);
    // '月结30天' in the overdue-days column reads as 30 days (70 points): 丁 scores 62.7.
    expect(String(values[4]?.[7])).not.toContain('不是数字');
    expect(String(values[5]?.[7])).toBe(
      '账期：“月结45天”不在设置的词表里（可填：款到发货、货到付款、月结30天、月结60天、月结90天、承兑汇票、赊销）',
    );
    expect(String(values[2]?.[7])).toMatch(/账期改为「[^」]+」/u);

    // =TIER agrees with Recompute.
    const tiers = emu.runCustomFunction('TIER', [CUSTOMERS, 1]);
    expect(tiers).toEqual([['A'], ['B'], ['A'], ['B'], ['数据有误'], ['A']]);
  });

  it('refuses a word table with a repeated word on the server and stores nothing', () => {
    const emu = setUp();
    const settings = settingsWithTerms(emu);
    const terms = paymentTermsDimension(10);
    if (terms.normalisation.kind !== 'categories') throw new Error('not categorical');
    terms.normalisation.categories[1]?.words.push('Prepaid');
    const result = emu.scriptRun('saveSettings', {
      ...settings,
      dimensions: [...settings.dimensions.slice(0, 3), terms],
    });
    expect(result).toMatchObject({ ok: true, value: { ok: false } });
    const issues = (result.ok ? (result.value as { issues: { code: string; path: string }[] }).issues : []).map(i => [
      i.code,
      i.path,
    ]);
    expect(issues).toEqual([['category_repeat', 'dimensions.3.normalisation.categories.1.words.4']]);
    emu.runMenuItem('recomputeTiers');
    expect(valuesOf(emu, SHEET)[2]?.[5]).toBe('A');
  });

  it('grades the sample workbook on its payment-terms column once payment terms are added', () => {
    for (const [locale, name, unknown] of [
      ['zh_CN', '客户列表（示例）', '“月结45天”不在设置的词表里'],
      ['en_US', 'Customers (sample)', "'Net 45' is not one of the configured words"],
    ] as const) {
      const emu = loadAddon({ locale });
      emu.runMenuItem('setUpSampleSheets');
      const before = valuesOf(emu, name);
      expect(emu.scriptRun('saveSettings', settingsWithTerms(emu), false)).toMatchObject({ value: { ok: true } });
      const after = valuesOf(emu, name);
      const why = after.map(row => String(row[10]));
      // Row 14 holds a term the default table lacks; the hand-typed row 7 (full-width digits, spaces) reads.
      expect(why[14]).toContain(unknown);
      expect(after[7]?.[8]).toMatch(/^[ABCD]$/u);
      expect(why.filter(w => w.includes(unknown))).toHaveLength(1);
      // The words change some scores and no other problem appears.
      expect(after.slice(1).some((row, i) => row[9] !== before[i + 1]?.[9])).toBe(true);
      const problems = (rows: unknown[][]) => rows.slice(1).filter(row => !/^[ABCD]$/u.test(String(row[8]))).length;
      expect(problems(after)).toBe(problems(before) + 1);
    }
  });
});
