import { describe, expect, it } from 'vitest';
import { Emulator } from '../index.ts';

const setup = () => {
  const emu = new Emulator({ locale: 'en_US', timeZone: 'Asia/Shanghai', firstSheet: null });
  emu.addSheet('Customers', [
    ['Name', 'Revenue'],
    ['Acme', 1200],
    ['Beta', 300],
  ]);
  const ss = emu.services.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName('Customers');
  if (!sheet) throw new Error('missing sheet');
  return { emu, ss, sheet };
};

describe('emulator spreadsheet', () => {
  describe('Range.setValues', () => {
    it('rejects a row-count mismatch with the Apps Script message', () => {
      const { sheet } = setup();
      expect(() =>
        sheet.getRange('A1:B3').setValues([
          [1, 2],
          [3, 4],
        ]),
      ).toThrow(
        'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
      );
    });
    it('rejects a column-count mismatch with the Apps Script message', () => {
      const { sheet } = setup();
      expect(() => sheet.getRange('A1:B1').setValues([[1, 2, 3]])).toThrow(
        'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
      );
    });
    it('turns text starting with = into a formula, as Sheets does', () => {
      const { sheet } = setup();
      sheet.getRange('C2').setValues([['=1+1']]);
      expect(sheet.getRange('C2').getFormula()).toBe('=1+1');
      expect(sheet.getRange('C2').getValue()).toBe(2);
    });
    it('reads number-like text as numbers, keeps apostrophe text and plain-text cells as text', () => {
      const { sheet } = setup();
      sheet.getRange('D1:D3').setNumberFormat('@');
      sheet.getRange('C1:D3').setValues([
        ['1,200', '1,200'],
        ["'00123", '00123'],
        ['true', 'x'],
      ]);
      expect(sheet.getRange('C1:D3').getValues()).toEqual([
        [1200, '1,200'],
        ['00123', '00123'],
        [true, 'x'],
      ]);
    });
    it('reads typed percentages as fractions shown with a percent format', () => {
      const { sheet } = setup();
      sheet.getRange('C1:C2').setValues([['12%'], ['2.5%']]);
      expect(sheet.getRange('C1:C2').getValues()).toEqual([[0.12], [0.025]]);
      expect(sheet.getRange('C1:C2').getDisplayValues()).toEqual([['12%'], ['2.50%']]);
    });
    it('reads ISO dates in the spreadsheet time zone', () => {
      const { sheet } = setup();
      sheet.getRange('C1').setValue('2024-01-05');
      const v = sheet.getRange('C1').getValue();
      expect(v instanceof Date && v.toISOString()).toBe('2024-01-04T16:00:00.000Z');
      expect(sheet.getRange('C1').getDisplayValue()).toBe('2024-01-05');
    });
  });

  describe('Sheet.getRange', () => {
    it('throws the real error past the sheet edge (default 1000 x 26)', () => {
      const { sheet } = setup();
      expect(sheet.getMaxRows()).toBe(1000);
      expect(sheet.getMaxColumns()).toBe(26);
      expect(() => sheet.getRange(1001, 1)).toThrow(
        'The coordinates of the range are outside the dimensions of the sheet.',
      );
      expect(() => sheet.getRange('AA1')).toThrow(
        'The coordinates of the range are outside the dimensions of the sheet.',
      );
      expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    });
    it('grows after insertRowsAfter and keeps data below the insertion moving down', () => {
      const { sheet } = setup();
      sheet.insertRowsAfter(1, 2);
      expect(sheet.getMaxRows()).toBe(1002);
      expect(sheet.getRange('A4:B4').getValues()).toEqual([['Acme', 1200]]);
      expect(sheet.getRange(1002, 1).getValue()).toBe('');
    });
    it('reports the data extent', () => {
      const { sheet } = setup();
      expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 2]);
      expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
    });
  });

  describe('Spreadsheet', () => {
    it('refuses a duplicate sheet name and makes a new sheet active', () => {
      const { ss } = setup();
      expect(() => ss.insertSheet('Customers')).toThrow('A sheet with the name "Customers" already exists.');
      const added = ss.insertSheet('Log', 0);
      expect(ss.getSheets().map(s => s.getName())).toEqual(['Log', 'Customers']);
      expect(ss.getActiveSheet().getSheetId()).toBe(added.getSheetId());
    });
    it('resolves named ranges and forgets removed ones', () => {
      const { ss, sheet } = setup();
      ss.setNamedRange('CustomerTiers_Version', sheet.getRange('B2'));
      expect(ss.getRangeByName('CustomerTiers_Version')?.getValue()).toBe(1200);
      expect(ss.getNamedRanges().map(n => n.getName())).toEqual(['CustomerTiers_Version']);
      ss.removeNamedRange('CustomerTiers_Version');
      expect(ss.getRangeByName('CustomerTiers_Version')).toBeNull();
    });
    it('records toasts', () => {
      const { emu, ss } = setup();
      ss.toast('Done', 'Tiers', 3);
      expect(emu.toasts).toEqual([{ message: 'Done', title: 'Tiers', timeoutSeconds: 3 }]);
    });
  });

  describe('Range formats', () => {
    it('keeps backgrounds, notes, weights and number formats per cell', () => {
      const { emu, sheet } = setup();
      sheet.getRange('A1:B1').setFontWeight('bold').setBackground('#EEEEEE');
      sheet.getRange('B2:B3').setNumberFormat('#,##0.00');
      sheet.getRange('A2').setNote('VIP');
      expect(sheet.getRange('B2:B3').getDisplayValues()).toEqual([['1,200.00'], ['300.00']]);
      const snap = emu.snapshot('Customers');
      expect(snap.backgrounds[0]).toEqual(['#eeeeee', '#eeeeee']);
      expect(snap.notes[1]).toEqual(['VIP', '']);
      expect(snap.fontWeights[0]).toEqual(['bold', 'bold']);
    });
    it('clears wrapping and alignment with the other formats on Sheet.clear()', () => {
      const { sheet } = setup();
      sheet.getRange('A1:B2').setWrap(true).setHorizontalAlignment('center').setFontWeight('bold');
      sheet.clear();
      expect(sheet.getRange('A1').getWrap()).toBe(false);
      expect(sheet.getRange('B2').getHorizontalAlignment()).toBe('general');
      expect(sheet.getRange('A1').getFontWeight()).toBe('normal');
    });
    it('stores data validation rules that read back', () => {
      const { emu, sheet } = setup();
      const rule = emu.services.SpreadsheetApp.newDataValidation()
        .requireValueInList(['A', 'B'])
        .setAllowInvalid(false)
        .setHelpText('Pick a tier')
        .build();
      sheet.getRange('C2:C3').setDataValidation(rule);
      const back = sheet.getRange('C3').getDataValidation();
      expect(back?.getCriteriaType()).toBe('VALUE_IN_LIST');
      expect(back?.getCriteriaValues()).toEqual([['A', 'B'], true]);
      expect(back?.getHelpText()).toBe('Pick a tier');
      expect(() => emu.userEdit('Customers', 'C2', [['Z']])).toThrow(/data validation rejects "Z"/u);
    });
  });

  describe('strictness', () => {
    it('throws for methods the emulator does not implement', () => {
      const { sheet } = setup();
      const range: Record<string, unknown> = sheet.getRange('A1') as unknown as Record<string, unknown>;
      expect(() => range.merge).toThrow('Emulator: Range.merge is not supported');
    });
  });
});
