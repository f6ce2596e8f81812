// Typed input by the spreadsheet's locale: what setValues of strings and user typing store (value + number format),
// and what getDisplayValues shows, for en_US, en_GB, zh_CN and de_DE.
import { describe, expect, it } from 'vitest';
import { Emulator } from '../index.ts';

/** Types each input into A1 of a fresh sheet and returns [value, number format, display]. */
function typed(locale: string, input: string): [unknown, string, string] {
  const emu = new Emulator({ locale, timeZone: 'Asia/Shanghai' });
  const cell = emu.services.SpreadsheetApp.getActiveSheet().getRange('A1');
  cell.setValue(input);
  const value = cell.getValue();
  return [value instanceof Date ? value.toISOString() : value, cell.getNumberFormat(), cell.getDisplayValue()];
}

const day = (iso: string) => new Date(`${iso}T00:00:00+08:00`).toISOString();

describe('typed input by locale', () => {
  it.each([
    ['en_US', '1,200', [1200, '#,##0', '1,200']],
    ['en_US', '1,200.5', [1200.5, '#,##0.0', '1,200.5']],
    ['en_US', '$1,200', [1200, '"$"#,##0', '$1,200']],
    ['en_US', '-$5.25', [-5.25, '"$"#,##0.00', '-$5.25']],
    ['en_US', '12%', [0.12, '0%', '12%']],
    ['en_US', '3/5/2026', [day('2026-03-05'), 'm/d/yyyy', '3/5/2026']],
    ['en_US', '2026/3/5', [day('2026-03-05'), 'yyyy/m/d', '2026/3/5']],
    ['en_US', '2026-03-05', [day('2026-03-05'), 'yyyy-mm-dd', '2026-03-05']],
    ['en_US', 'true', [true, 'General', 'TRUE']],
    ['en_US', '¥1,200', ['¥1,200', 'General', '¥1,200']],
    ['en_GB', '£1,200.50', [1200.5, '"£"#,##0.00', '£1,200.50']],
    ['en_GB', '3/5/2026', [day('2026-05-03'), 'd/m/yyyy', '3/5/2026']],
    ['zh_CN', '¥1,200', [1200, '"¥"#,##0', '¥1,200']],
    ['zh_CN', '￥1,200,000', [1_200_000, '"¥"#,##0', '¥1,200,000']],
    ['zh_CN', '2026/3/5', [day('2026-03-05'), 'yyyy/m/d', '2026/3/5']],
    ['zh_CN', '2026年3月5日', [day('2026-03-05'), 'yyyy"年"m"月"d"日"', '2026年3月5日']],
    ['zh_CN', '三千', ['三千', 'General', '三千']],
    ['zh_CN', '1.2万', ['1.2万', 'General', '1.2万']],
    ['zh_CN', "'1.2万", ['1.2万', 'General', '1.2万']],
    ['zh_CN', "'1,200", ['1,200', 'General', '1,200']],
    ['de_DE', '1.200,5', [1200.5, '#,##0.0', '1.200,5']],
    ['de_DE', '1,5', [1.5, 'General', '1,5']],
    ['de_DE', '1.200 €', [1200, '#,##0 "€"', '1.200 €']],
    ['de_DE', '12,5 %', [0.125, '0.00%', '12,50%']],
    ['de_DE', '5.3.2026', [day('2026-03-05'), 'd.m.yyyy', '5.3.2026']],
    ['de_DE', 'WAHR', [true, 'General', 'TRUE']],
    ['de_DE', '1,200.50', ['1,200.50', 'General', '1,200.50']],
  ] as const)('%s reads %s', (locale, input, expected) => {
    expect(typed(locale, input)).toEqual(expected);
  });

  it('keeps impossible dates and bad grouping as text', () => {
    expect(typed('en_US', '2/30/2026')[0]).toBe('2/30/2026');
    expect(typed('en_US', '1,20')[0]).toBe('1,20');
    expect(typed('de_DE', '31.2.2026')[0]).toBe('31.2.2026');
  });

  it('keeps the format the cell already has, and plain text cells as text', () => {
    const emu = new Emulator({ locale: 'zh_CN' });
    const sheet = emu.services.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1').setNumberFormat('0.00').setValue('¥1,200');
    sheet.getRange('B1').setNumberFormat('@').setValue('¥1,200');
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[1200, '¥1,200']]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['1200.00', '¥1,200']]);
  });

  it('reads user typing and addSheet seeds the same way', () => {
    const emu = new Emulator({ locale: 'de_DE', firstSheet: null });
    emu.addSheet('Daten', [['1.234,5', '5.3.2026']]);
    emu.userEdit('Daten', 'C1', [['2,5 %']]);
    expect(emu.snapshot('Daten').numberFormats[0]).toEqual(['#,##0.0', 'd.m.yyyy', '0.00%']);
  });
});
