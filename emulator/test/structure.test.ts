import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnToLetters } from '../a1.ts';
import { Emulator } from '../index.ts';

const BUNDLE = `
function onEdit(e) { SpreadsheetApp.getActive().toast('onEdit'); }
function installChange() { ScriptApp.newTrigger('changed').forSpreadsheet(SpreadsheetApp.getActive()).onChange().create(); }
function changed(e) { SpreadsheetApp.getActive().toast(e.changeType + ' ' + e.authMode); }
`;

/** A 5-row table: name, revenue, tier; a total formula; a colour rule by tier; a named range; validation; a chart. */
function setup() {
  const emu = new Emulator({ locale: 'en_US', firstSheet: null });
  emu.addSheet('T', [
    ['Name', 'Revenue', 'Tier', '', 'Total'],
    ['a', 1, 'A', '', '=SUM(B2:B5)'],
    ['b', 2, 'B', '', '=B3*10'],
    ['c', 3, 'A', '', "='T'!C4"],
    ['d', 4, 'B', '', ''],
  ]);
  emu.addSheet('Other', [['=SUM(T!B2:B5)', '=T!A3']]);
  const ss = emu.services.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName('T');
  if (!sheet) throw new Error('missing sheet');
  const rule = emu.services.SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied('=$C2="A"')
    .setBackground('#b7e1cd')
    .setRanges([sheet.getRange('A2:C5')])
    .build();
  sheet.setConditionalFormatRules([rule]);
  ss.setNamedRange('Revenues', sheet.getRange('B2:B5'));
  const list = emu.services.SpreadsheetApp.newDataValidation().requireValueInRange(sheet.getRange('A2:A5')).build();
  sheet.getRange('F2').setDataValidation(list);
  sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B5')).setPosition(2, 7, 0, 0).build());
  return { emu, ss, sheet };
}

const formulas = (emu: Emulator, name: string) => emu.snapshot(name).formulas;
const ruleOf = (emu: Emulator) => {
  const rule = emu.sheetModel('T').rules[0];
  return { formula: rule?.condition.values[0], ranges: rule?.ranges };
};

describe('structure edits', () => {
  describe('inserting rows', () => {
    it('grows ranges that span the insertion and shifts what lies below', () => {
      const { emu, sheet } = setup();
      sheet.insertRowsAfter(3, 2);
      expect(formulas(emu, 'T')[1]?.[4]).toBe('=SUM(B2:B7)');
      expect(formulas(emu, 'T')[2]?.[4]).toBe('=B3*10');
      expect(formulas(emu, 'T')[5]?.[4]).toBe("='T'!C6");
      expect(formulas(emu, 'Other')[0]).toEqual(['=SUM(T!B2:B7)', '=T!A3']);
      expect(emu.snapshot('T').values[5]?.[0]).toBe('c');
      expect(ruleOf(emu)).toEqual({ formula: '=$C2="A"', ranges: [{ row: 2, column: 1, numRows: 6, numColumns: 3 }] });
      expect(emu.workbook.namedRanges.get('Revenues')?.rect).toEqual({ row: 2, column: 2, numRows: 6, numColumns: 1 });
      expect(emu.sheetModel('T').maxRows).toBe(1002);
    });
    it('shifts a range and its rule formula when rows go above it', () => {
      const { emu, sheet } = setup();
      sheet.insertRowsBefore(1, 1);
      expect(formulas(emu, 'T')[2]?.[4]).toBe('=SUM(B3:B6)');
      expect(ruleOf(emu)).toEqual({ formula: '=$C3="A"', ranges: [{ row: 3, column: 1, numRows: 4, numColumns: 3 }] });
      expect(emu.effectiveBackground('T', 'A3')).toBe('#b7e1cd');
      expect(emu.effectiveBackground('T', 'A4')).toBe('#ffffff');
      expect(emu.sheetModel('T').charts[0]?.ranges).toEqual([{ row: 2, column: 1, numRows: 5, numColumns: 2 }]);
      expect(emu.sheetModel('T').charts[0]?.position.row).toBe(3);
    });
  });

  describe('deleting columns', () => {
    it('turns references to a deleted column into #REF! and shrinks ranges', () => {
      const { emu, sheet } = setup();
      sheet.deleteColumns(2, 1);
      const t = formulas(emu, 'T');
      expect(t[1]?.[3]).toBe('=SUM(#REF!)');
      expect(t[2]?.[3]).toBe('=#REF!*10');
      expect(t[3]?.[3]).toBe("='T'!B4");
      expect(emu.snapshot('T').values[2]?.[3]).toBe('#REF!');
      expect(emu.snapshot('T').values[3]?.[3]).toBe('A');
      expect(ruleOf(emu)).toEqual({ formula: '=$B2="A"', ranges: [{ row: 2, column: 1, numRows: 4, numColumns: 2 }] });
      expect(emu.workbook.namedRanges.has('Revenues')).toBe(false);
    });
    it('makes a rule formula #REF! when the column it tests is deleted', () => {
      const { emu, sheet } = setup();
      sheet.deleteColumn(3);
      expect(ruleOf(emu).formula).toBe('=#REF!="A"');
      expect(emu.effectiveBackground('T', 'A2')).toBe('#ffffff');
    });
    it('keeps a rule anchored to its range when the range loses its first row', () => {
      const { emu, sheet } = setup();
      sheet.deleteRows(2, 1);
      expect(ruleOf(emu)).toEqual({ formula: '=$C2="A"', ranges: [{ row: 2, column: 1, numRows: 3, numColumns: 3 }] });
      expect(emu.effectiveBackground('T', 'A2')).toBe('#ffffff');
      expect(emu.effectiveBackground('T', 'A3')).toBe('#b7e1cd');
    });
  });

  describe('moving', () => {
    it('makes references follow moved columns', () => {
      const { emu, sheet } = setup();
      sheet.moveColumns(sheet.getRange('C1'), 1);
      expect(emu.snapshot('T').values[0]?.slice(0, 3)).toEqual(['Tier', 'Name', 'Revenue']);
      expect(formulas(emu, 'T')[3]?.[4]).toBe("='T'!A4");
      expect(ruleOf(emu).formula).toBe('=$A2="A"');
      expect(emu.effectiveBackground('T', 'B4')).toBe('#b7e1cd');
    });
  });

  describe('data validation', () => {
    it('moves the rule with its cell and keeps its list range on the same cells', () => {
      const { emu, sheet } = setup();
      sheet.insertRowsBefore(2, 1);
      sheet.insertColumnsBefore(1, 1);
      const model = emu.sheetModel('T');
      expect(model.validations.get(2, 7)).toBeUndefined();
      expect(model.validations.get(3, 7)?.values).toEqual(['T', 'B3:B6']);
    });
  });

  describe('bounds', () => {
    it('refuses to delete every row or rows past the end, with Sheets messages', () => {
      const { sheet } = setup();
      expect(() => sheet.deleteRows(1, 1000)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
      expect(() => sheet.deleteRows(999, 5)).toThrow('Those rows are out of bounds.');
      expect(() => sheet.insertColumnsBefore(28, 1)).toThrow('Those columns are out of bounds.');
    });
  });

  describe('user actions', () => {
    it('fire installable onChange with the change type, and no onEdit', () => {
      const emu = new Emulator({ firstSheet: 'S' });
      emu.loadBundle(BUNDLE);
      expect(emu.scriptRun('installChange').ok).toBe(true);
      emu.userInsertRows('S', 1, 2);
      emu.userDeleteColumns('S', 2);
      emu.userMoveRows('S', 1, 1, 4);
      expect(emu.toasts.map(t => t.message)).toEqual(['INSERT_ROW FULL', 'REMOVE_COLUMN FULL', 'OTHER FULL']);
    });
    it('shift the same way as the Apps Script methods', () => {
      const viaScript = setup();
      const viaUser = setup();
      viaScript.sheet.deleteRows(3, 2);
      viaUser.emu.userDeleteRows('T', 3, 2);
      expect(viaUser.emu.snapshot('T')).toEqual(viaScript.emu.snapshot('T'));
      expect(viaUser.emu.sheetModel('T').rules).toEqual(viaScript.emu.sheetModel('T').rules);
    });
  });

  describe('property: a reference shows the same cell after any edit, or #REF! when that cell was deleted', () => {
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.integer({ min: 1, max: 8 }),
        count: fc.integer({ min: 1, max: 3 }),
      }),
      fc.record({
        kind: fc.constant('delete' as const),
        at: fc.integer({ min: 1, max: 6 }),
        count: fc.integer({ min: 1, max: 3 }),
      }),
      fc.record({
        kind: fc.constant('move' as const),
        at: fc.integer({ min: 1, max: 6 }),
        count: fc.integer({ min: 1, max: 2 }),
        to: fc.integer({ min: 1, max: 9 }),
      }),
    );
    it('holds for rows and columns', () => {
      fc.assert(
        fc.property(
          edit,
          fc.boolean(),
          fc.integer({ min: 1, max: 8 }),
          fc.integer({ min: 1, max: 8 }),
          (e, rows, r, c) => {
            const emu = new Emulator({ firstSheet: null });
            const grid = Array.from({ length: 8 }, (_, i) =>
              Array.from({ length: 8 }, (_, j) => (i + 1) * 100 + j + 1),
            );
            emu.addSheet('G', grid, { maxRows: 20, maxColumns: 12 });
            emu.addSheet('F', [[`=G!${columnToLetters(c)}${r}`]]);
            const ss = emu.services.SpreadsheetApp.getActiveSpreadsheet();
            const g = ss.getSheetByName('G');
            if (!g) throw new Error('missing');
            const target = rows ? r : c;
            let deleted = false;
            if (e.kind === 'insert') {
              if (rows) g.insertRowsBefore(e.at, e.count);
              else g.insertColumnsBefore(e.at, e.count);
            } else if (e.kind === 'delete') {
              deleted = target >= e.at && target < e.at + e.count;
              if (rows) g.deleteRows(e.at, e.count);
              else g.deleteColumns(e.at, e.count);
            } else if (rows) g.moveRows(g.getRange(e.at, 1, e.count, 1), e.to);
            else g.moveColumns(g.getRange(1, e.at, 1, e.count), e.to);
            const shown = emu.snapshot('F').values[0]?.[0];
            expect(shown).toBe(deleted ? '#REF!' : r * 100 + c);
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
