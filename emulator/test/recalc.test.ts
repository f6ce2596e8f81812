// Recalculation by dependency: a custom function re-runs only when a cell it reads changes (ranges, named ranges), or
// when its formula is entered; its cached result stays otherwise. Built-ins follow every write.
import { describe, expect, it } from 'vitest';
import { Emulator } from '../index.ts';

const BUNDLE = `
var runs = 0;
function COUNTED(block, version) { runs++; return 'run ' + runs; }
function DOUBLE(x) { return Array.isArray(x) ? x.map(function (r) { return [r[0] * 2]; }) : x * 2; }
function runCount() { return runs; }
function setProp() { PropertiesService.getDocumentProperties().setProperty('x', String(Math.random())); }
`;

function setup() {
  const emu = new Emulator({ locale: 'en_US', firstSheet: null });
  emu.addSheet('Data', [
    ['n', 'v'],
    [1, 10],
    [2, 20],
  ]);
  emu.addSheet('Settings', [['version', 1]]);
  emu.loadBundle(BUNDLE);
  emu.services.SpreadsheetApp.getActive().setNamedRange(
    'Version',
    emu.services.SpreadsheetApp.getActive().getSheetByName('Settings')?.getRange('B1') as never,
  );
  const data = emu.services.SpreadsheetApp.getActive().getSheetByName('Data');
  if (!data) throw new Error('no Data sheet');
  data.getRange('D1').setFormula('=COUNTED(A1:B3, Version)');
  emu.recalculate();
  const runs = () => emu.executions.filter(x => x.kind === 'customFunction').length;
  const cell = (a1: string) => emu.snapshot('Data').values[Number(a1.slice(1)) - 1]?.[a1.charCodeAt(0) - 65];
  return { emu, data, runs, cell };
}

describe('recalculation by dependency', () => {
  it('runs a custom function once when its formula is entered', () => {
    const { runs, cell } = setup();
    expect(runs()).toBe(1);
    expect(cell('D1')).toBe('run 1');
  });

  it('keeps the cached result after writes outside its arguments and after property changes', () => {
    const { emu, data, runs, cell } = setup();
    data.getRange('F5').setValue('elsewhere');
    emu.services.SpreadsheetApp.getActive().getSheetByName('Settings')?.getRange('C1').setValue('next to version');
    expect(emu.scriptRun('setProp')).toMatchObject({ ok: true });
    emu.recalculate();
    expect(runs()).toBe(1);
    expect(cell('D1')).toBe('run 1');
  });

  it('re-runs when a cell in its range argument changes, by script or by a user edit', () => {
    const { emu, data, runs, cell } = setup();
    data.getRange('B2').setValue(11);
    emu.recalculate();
    expect(cell('D1')).toBe('run 2');
    emu.userEdit('Data', 'A3', [['7']]);
    expect(runs()).toBe(3);
    expect(cell('D1')).toBe('run 3');
  });

  it('re-runs when the named range argument changes value or is moved', () => {
    const { emu, runs, cell } = setup();
    const ss = emu.services.SpreadsheetApp.getActive();
    ss.getRangeByName('Version')?.setValue(2);
    emu.recalculate();
    expect(cell('D1')).toBe('run 2');
    ss.setNamedRange('Version', ss.getSheetByName('Settings')?.getRange('A1') as never);
    emu.recalculate();
    expect(runs()).toBe(3);
  });

  it('re-runs when the formula is entered again, and everything on recalculate({ all: true })', () => {
    const { emu, data, cell } = setup();
    data.getRange('D1').setFormula('=COUNTED(A1:B3, Version)');
    emu.recalculate();
    expect(cell('D1')).toBe('run 2');
    emu.recalculate({ all: true });
    expect(cell('D1')).toBe('run 3');
  });

  it('re-runs when a built-in formula it reads changes value (also from a row below), not on unrelated writes', () => {
    const { emu, data, runs, cell } = setup();
    data.getRange('C2').setFormula('=A2+A3');
    data.getRange('E1').setFormula('=DOUBLE(C2)');
    emu.recalculate();
    expect(cell('E1')).toBe(6);
    data.getRange('A2').setValue(5);
    emu.recalculate();
    expect([cell('C2'), cell('E1')]).toEqual([7, 14]);
    const settled = runs();
    data.getRange('H9').setValue('unrelated');
    data.getRange('A3').setValue(2); // same value: C2 stays 7, so E1 is not re-run (D1 reads A3 and is)
    emu.recalculate();
    expect(runs()).toBe(settled + 1);
    expect(cell('E1')).toBe(14);
  });

  it('keeps a spilled result in place, and gives #REF! when a value is typed into the spill', () => {
    const { emu, data, cell } = setup();
    data.getRange('F1').setFormula('=DOUBLE(A2:A3)');
    emu.recalculate();
    expect([cell('F1'), cell('F2')]).toEqual([2, 4]);
    data.getRange('H1').setValue('x');
    emu.recalculate();
    expect([cell('F1'), cell('F2')]).toEqual([2, 4]);
    emu.userEdit('Data', 'F2', [['typed']]);
    expect([cell('F1'), cell('F2')]).toEqual(['#REF!', 'typed']);
    emu.userEdit('Data', 'F2', [['']]);
    expect([cell('F1'), cell('F2')]).toEqual([2, 4]);
  });
});
