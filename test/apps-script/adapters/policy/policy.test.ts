// Menu "Grading policy" on the emulator with the built bundle: the policy sheet states the saved settings, laid out
// for printing; the dialog's endpoint returns the same document; a save rewrites the sheet; unreadable settings
// give a message instead of a policy of the defaults.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../../emulator/index.ts';
import { policyDocument } from '../../../../src/core/policy/document.ts';
import { defaultSettings } from '../../../../src/core/presets.ts';
import { loadAddon, valuesOf } from '../../../support/addon.ts';

const NOW = new Date('2026-11-26T02:00:00Z');
const TABLE = [
  ['客户名称', '销售额', '利润', '逾期天数'],
  ['华东机电', 1_200_000, 260_000, 0],
  ['=HYPERLINK("x")', 80_000, 5_000, 45],
];

function workbook(locale: string): Emulator {
  const emu = loadAddon({ locale, firstSheet: null, now: () => NOW, timeZone: 'Asia/Shanghai' });
  emu.addSheet('客户', TABLE);
  return emu;
}

const sheetName = (lang: 'zh' | 'en') => (lang === 'zh' ? '分级制度' : 'Grading policy');

describe('apps-script/adapters/policy', () => {
  for (const [locale, lang] of [
    ['zh_CN', 'zh'],
    ['en_US', 'en'],
  ] as const) {
    it(`writes the policy of the saved settings to its own sheet and opens the printable dialog (${lang})`, () => {
      const emu = workbook(locale);
      const before = emu.snapshot('客户');
      emu.runMenuItem('showGradingPolicy');
      const expected = policyDocument(defaultSettings('factory', lang), lang, {
        settingsVersion: 0,
        generated: '2026-11-26',
        effective: '2026-11-26',
        sheetName: '',
      });
      const values = valuesOf(emu, sheetName(lang));
      expect(values[0]?.[0]).toBe(expected.title);
      const paragraphs = values.map(row => row[1]).filter(text => text !== '');
      expect(paragraphs.slice(0, -1)).toEqual(expected.articles.flatMap(a => a.paragraphs));
      const weights = emu.snapshot(sheetName(lang)).fontWeights;
      const headings = values.flatMap((row, r) => (weights[r]?.[0] === 'bold' ? [row[0]] : []));
      expect(headings).toEqual([expected.title, ...expected.articles.map(a => a.heading)]);
      const sheet = emu.gas.SpreadsheetApp.getActive().getSheetByName(sheetName(lang));
      expect((sheet?.getColumnWidth(1) ?? 0) + (sheet?.getColumnWidth(2) ?? 0)).toBeLessThanOrEqual(660);
      expect(sheet?.getRange(4, 2).getWrap()).toBe(true);
      expect(emu.ui.dialogs.at(-1)).toMatchObject({
        kind: 'modal',
        title: lang === 'zh' ? '分级制度' : 'Grading policy',
      });
      expect(emu.snapshot('客户')).toEqual(before);
    });
  }

  it('serves the dialog the same document as the sheet, as plain data', () => {
    const emu = workbook('en_US');
    emu.runMenuItem('recomputeTiers');
    emu.runMenuItem('showGradingPolicy');
    const reply = emu.scriptRun('getGradingPolicy');
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const value = reply.value as {
      ok: true;
      lang: string;
      document: { title: string; articles: { paragraphs: string[] }[] };
    };
    expect(value.lang).toBe('en');
    const sheetParagraphs = valuesOf(emu, 'Grading policy')
      .map(row => row[1])
      .filter(t => t !== '');
    expect(sheetParagraphs.slice(0, -1)).toEqual(value.document.articles.flatMap(a => a.paragraphs));
    expect(value.document.articles[1]?.paragraphs[0]).toContain('"客户"');
  });

  it('rewrites an existing policy sheet on every save, with the new numbers and version', () => {
    const emu = workbook('en_US');
    emu.runMenuItem('showGradingPolicy');
    const settings = defaultSettings('factory', 'en');
    settings.method = { kind: 'cutoffs', cutoffs: [85, 65, 45] };
    const saved = emu.scriptRun('saveSettings', settings);
    expect(saved).toMatchObject({ ok: true, value: { ok: true, settingsVersion: 1 } });
    const values = valuesOf(emu, 'Grading policy');
    expect(values[1]?.[0]).toContain('settings version 1');
    expect(values.map(row => row[1]).join('\n')).toContain(
      '85 points or more A; 65 points or more B; 45 points or more C',
    );
  });

  it('does not create a policy sheet on save when the user never asked for one', () => {
    const emu = workbook('en_US');
    emu.scriptRun('saveSettings', defaultSettings('trading', 'en'));
    expect(emu.gas.SpreadsheetApp.getActive().getSheetByName('Grading policy')).toBeNull();
  });

  it('keeps the effective day of a settings version when the policy is generated again later', () => {
    let now = NOW;
    const emu = loadAddon({ locale: 'en_US', firstSheet: null, now: () => now, timeZone: 'Asia/Shanghai' });
    emu.addSheet('Customers', TABLE);
    emu.runMenuItem('showGradingPolicy');
    now = new Date('2026-12-20T02:00:00Z');
    emu.runMenuItem('showGradingPolicy');
    const text = valuesOf(emu, 'Grading policy')
      .map(row => row[1])
      .join('\n');
    expect(text).toContain('takes effect on 2026-11-26');
    expect(valuesOf(emu, 'Grading policy')[1]?.[0]).toContain('on 2026-12-20');
  });

  it('says the stored settings cannot be read instead of printing a policy of the defaults', () => {
    const emu = workbook('en_US');
    emu.gas.PropertiesService.getDocumentProperties().setProperty('customerTiers.settings', '{"version":1,');
    emu.runMenuItem('showGradingPolicy');
    expect(emu.gas.SpreadsheetApp.getActive().getSheetByName('Grading policy')).toBeNull();
    expect(emu.ui.alerts.at(-1)?.prompt).toMatch(/settings/i);
    expect(emu.ui.dialogs.filter(d => d.kind === 'modal')).toEqual([]);
  });
});
