// Sheets' size limits on every write path, with Sheets' messages; a call past a limit writes nothing.
import { describe, expect, it } from 'vitest';
import { Emulator } from '../index.ts';

const TOO_LONG = 'Your input contains more than the maximum of 50000 characters in a single cell.';
const TOO_MANY_CELLS =
  'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
const TOO_MANY_COLUMNS =
  'This action would increase the number of columns in the sheet above the limit of 18278 columns.';

const long = 'x'.repeat(50_001);

function setup() {
  const emu = new Emulator({ locale: 'en_US', firstSheet: null });
  emu.addSheet('Data', [['keep']]);
  const sheet = emu.services.SpreadsheetApp.getActive().getSheetByName('Data');
  if (!sheet) throw new Error('no sheet');
  return { emu, sheet };
}

describe('limits', () => {
  it('takes exactly 50,000 characters in a cell', () => {
    const { sheet } = setup();
    sheet.getRange('A2').setValue('y'.repeat(50_000));
    expect(String(sheet.getRange('A2').getValue()).length).toBe(50_000);
  });

  it('refuses a longer text on every write path, writing nothing of the call', () => {
    const { emu, sheet } = setup();
    const ss = emu.services.SpreadsheetApp.getActive();
    const writes: Array<() => unknown> = [
      () => sheet.getRange('A1:B1').setValues([['changed', long]]),
      () => sheet.getRange('A1:B1').setValue(long),
      () => sheet.getRange('A1').setFormula(`="${long}"`),
      () => sheet.getRange('A1:B1').setFormulas([['=1', `="${long}"`]]),
      () => sheet.appendRow(['changed', long]),
      () => ss.getRange('Data!A1').setValues([[long]]),
    ];
    for (const write of writes) expect(write).toThrow(TOO_LONG);
    expect(() => emu.userEdit('Data', 'A1:B1', [['changed', long]])).toThrow(TOO_LONG);
    expect(emu.snapshot('Data').values).toEqual([['keep']]);
    expect(sheet.getMaxRows()).toBe(1000);
  });

  it('counts every sheet’s whole grid against 10 million cells', () => {
    const { emu, sheet } = setup();
    // Data is 1000 x 26 = 26,000 cells; with a 9,973,974-cell sheet there is room for exactly one more row of 26.
    emu.addSheet('Big', [], { maxRows: 9_973_974, maxColumns: 1 });
    sheet.insertRowsAfter(1000, 1);
    expect(() => sheet.insertRowsAfter(1, 1)).toThrow(TOO_MANY_CELLS);
    expect(() => sheet.insertColumnsAfter(1, 1)).toThrow(TOO_MANY_CELLS);
    expect(() => emu.services.SpreadsheetApp.getActive().insertSheet('More')).toThrow(TOO_MANY_CELLS);
    expect(() => emu.addSheet('More', [])).toThrow(TOO_MANY_CELLS);
    expect(() => emu.userInsertRows('Data', 1, 1)).toThrow(TOO_MANY_CELLS);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(emu.workbook.sheets.map(s => s.name)).toEqual(['Data', 'Big']);
  });

  it('lets a user type only inside the grid', () => {
    const { emu } = setup();
    expect(() => emu.userEdit('Data', 'A1001', [['x']])).toThrow('outside Data (1000 x 26)');
  });

  it('refuses a row appended past the cell limit', () => {
    const { emu, sheet } = setup();
    emu.addSheet('Big', [], { maxRows: 9_974_000, maxColumns: 1 });
    sheet.getRange('A1000').setValue('last row');
    expect(() => sheet.appendRow(['one more'])).toThrow(TOO_MANY_CELLS);
    expect(sheet.getMaxRows()).toBe(1000);
  });

  it('allows 18,278 columns (ZZZ) in a sheet and no more', () => {
    const emu = new Emulator({ firstSheet: null });
    emu.addSheet('Data', [], { maxRows: 100 });
    const sheet = emu.services.SpreadsheetApp.getActive().getSheetByName('Data');
    if (!sheet) throw new Error('no sheet');
    sheet.insertColumnsAfter(26, 18_278 - 26);
    expect(sheet.getMaxColumns()).toBe(18_278);
    expect(sheet.getRange('ZZZ1').getA1Notation()).toBe('ZZZ1');
    expect(() => sheet.insertColumnsAfter(1, 1)).toThrow(TOO_MANY_COLUMNS);
    expect(() => emu.addSheet('Wide', [], { maxColumns: 18_279, maxRows: 1 })).toThrow(TOO_MANY_COLUMNS);
  });
});
