import { describe, expect, it } from 'vitest';
import { COST_FIGURES, callKind } from '../cost/figures.ts';
import { Emulator } from '../index.ts';

const BUNDLE = `
function copyBlock() {
  var sheet = SpreadsheetApp.getActiveSheet();
  var values = sheet.getRange(1, 1, 1000, 2).getValues();
  sheet.getRange(1, 3, 1000, 2).setValues(values);
}
function bigWrite() {
  var rows = [];
  for (var i = 0; i < 15000; i++) rows.push([i, i]);
  SpreadsheetApp.getActiveSheet().getRange(1, 1, 15000, 2).setValues(rows);
}
function cellByCell() {
  var sheet = SpreadsheetApp.getActiveSheet();
  for (var i = 1; i <= 20; i++) sheet.getRange(i, 1).setValue(i);
}
function settings() {
  var props = PropertiesService.getDocumentProperties();
  props.setProperty('k', props.getProperty('k') || 'v');
}
function busy() {
  var x = 0;
  for (var i = 0; i < 3000000; i++) x += Math.sqrt(i);
  return x;
}
function DOUBLE(block) { return block.map(function (r) { return [r[0] * 2]; }); }
`;

function run(fn: string) {
  const emu = new Emulator({ firstSheet: 'S' });
  emu.addSheet('Data', [], { maxRows: 20_000 });
  emu.workbook.activeSheetId = emu.sheetModel('Data').sheetId;
  emu.loadBundle(BUNDLE);
  expect(emu.scriptRun(fn).ok).toBe(true);
  const record = emu.executions.at(-1);
  if (!record?.cost) throw new Error('no cost recorded');
  return record;
}

const typical = COST_FIGURES.typical;

describe('cost model', () => {
  it('charges start-up, handles, one block read per call plus per cell, and one write', () => {
    const { cost, estimatedSeconds } = run('copyBlock');
    expect(cost?.calls).toMatchObject({ local: 3, blockRead: 1, blockWrite: 1, trip: 0 });
    expect(cost?.cellsRead).toBe(2000);
    const services =
      typical.startup + 3 * typical.local + typical.readCall + 2000 * typical.readCell + typical.writeCall;
    expect(estimatedSeconds).toBeGreaterThanOrEqual(services - 0.001);
    expect(estimatedSeconds).toBeLessThan(services + 0.2);
  });

  it('charges a write above 20,000 cells per cell', () => {
    const { cost } = run('bigWrite');
    expect(cost?.cellsWritten).toBe(30_000);
    expect(cost?.seconds.typical).toBeGreaterThan(typical.startup + 30_000 * typical.writeCell);
  });

  it('charges a server trip for every single-cell write in a loop', () => {
    const { cost } = run('cellByCell');
    expect(cost?.calls.trip).toBe(20);
    expect(cost?.seconds.typical).toBeGreaterThan(typical.startup + 20 * typical.trip);
  });

  it('charges Properties reads and writes', () => {
    const { cost } = run('settings');
    expect(cost?.calls).toMatchObject({ propertyRead: 1, propertyWrite: 1 });
  });

  it('multiplies the add-on time on Node by the JavaScript factor of each level', () => {
    const { cost } = run('busy');
    const addon = (cost?.addonMs ?? 0) / 1000;
    expect(addon).toBeGreaterThan(0.002);
    expect(cost?.seconds.high).toBeCloseTo(COST_FIGURES.high.startup + 4 * addon, 2);
    expect(cost?.seconds.low).toBeCloseTo(COST_FIGURES.low.startup + addon, 2);
  });

  it('charges the cells a custom function receives and returns', () => {
    const emu = new Emulator();
    emu.loadBundle(BUNDLE);
    emu.runCustomFunction('DOUBLE', [Array.from({ length: 100 }, (_, i) => [i])]);
    expect(emu.executions.at(-1)?.cost?.cellsTransferred).toBe(200);
  });

  it('counts what is not known to stay in the script as a server trip', () => {
    expect(callKind('Sheet.getLastRow')).toBe('trip');
    expect(callKind('Range.getValue')).toBe('trip');
    expect(callKind('Sheet.getRange')).toBe('local');
    expect(callKind('ConditionalFormatRuleBuilder.build')).toBe('local');
    expect(callKind('Range.setNumberFormat')).toBe('write');
  });
});
