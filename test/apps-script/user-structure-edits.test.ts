// The built add-on when the user changes the structure of its sheets (insert a column in the customer table, delete
// or move the Tier column, delete benefit-log rows): no user cell is lost or written over, and grades and statuses
// are right again after the next edit or recompute. Runs dist/Code.js on the emulator.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.ts';
import { loadAddon, valuesOf } from '../support/addon.ts';

const SHEET = '客户';
const CUSTOMERS = [
  ['客户名称', '地区', '销售额', '利润', '逾期天数'],
  ['甲电子', '华东', 1_200_000, 260_000, 0],
  ['乙五金', '华南', 300_000, 50_000, 20],
  ['丙塑胶', '华北', 80_000, 9_000, 45],
  ['丁贸易', '西南', '三千', 1_000, 0],
  ['戊包装', '华东', 2_000_000, 400_000, 120],
];
// 戊包装 is 120 days overdue: the default rule keeps it at most C.
const TIERS = ['A', 'B', 'D', '数据有误', 'C'];
/** Tiers after 丙塑胶's revenue is raised to 3,000,000 (D → B). */
const AFTER_EDIT = ['A', 'B', 'B', '数据有误', 'C'];
const COLOURS: Readonly<Record<string, string>> = { A: '#b7e1cd', B: '#d9ead3', D: '#f4cccc' };

function graded(): Emulator {
  const emu = loadAddon({ locale: 'zh_CN', firstSheet: null });
  emu.addSheet(SHEET, CUSTOMERS);
  emu.runMenuItem('recomputeTiers');
  expect(
    valuesOf(emu, SHEET)
      .slice(1)
      .map(row => row[5]),
  ).toEqual(TIERS);
  return emu;
}

/** The column (0-based) of each header cell that reads `name`. */
const columnsNamed = (emu: Emulator, name: string) =>
  (valuesOf(emu, SHEET)[0] ?? []).flatMap((cell, i) => (cell === name ? [i] : []));

/** Each customer's tier, read from the one Tier column. */
function tiers(emu: Emulator): unknown[] {
  const [tierColumn] = columnsNamed(emu, '等级');
  expect(columnsNamed(emu, '等级')).toHaveLength(1);
  return valuesOf(emu, SHEET)
    .slice(1, CUSTOMERS.length)
    .map(row => row[tierColumn ?? -1]);
}

/** The user's own cells, found by header wherever the columns now are. */
function userColumns(emu: Emulator, headers: readonly string[]): unknown[][] {
  const values = valuesOf(emu, SHEET);
  const at = headers.map(h => values[0]?.indexOf(h) ?? -1);
  return values.slice(0, CUSTOMERS.length).map(row => at.map(i => row[i]));
}

const letter = (index: number) => String.fromCharCode(65 + index);
const rulesOn = (emu: Emulator) => emu.sheetModel(SHEET).rules.length;

describe('the add-on after structure edits by the user', () => {
  describe('a column inserted inside the customer table', () => {
    it('keeps what the user types there, and regrades into the moved outputs on the next edit', () => {
      const emu = graded();
      emu.userInsertColumns(SHEET, 3);
      emu.userEdit(SHEET, 'C1:C3', [['备注'], ['老客户'], ['']]);
      emu.userEdit(SHEET, 'D4', [[3_000_000]]);
      expect(userColumns(emu, ['客户名称', '备注', '销售额'])[1]).toEqual(['甲电子', '老客户', 1_200_000]);
      expect(userColumns(emu, ['备注'])[2]).toEqual(['']);
      expect(valuesOf(emu, SHEET)[0]?.slice(6)).toEqual(['等级', '得分', '原因']);
      expect(tiers(emu)).toEqual(AFTER_EDIT);
      expect(emu.effectiveBackground(SHEET, 'A4')).toBe(COLOURS.B);
      expect(emu.effectiveBackground(SHEET, 'C2')).toBe(COLOURS.A);
      expect(rulesOn(emu)).toBe(5);
    });
  });

  describe('the Tier column deleted', () => {
    it('writes the outputs again without covering user cells, and leaves no broken colour rules', () => {
      const emu = graded();
      emu.userDeleteColumns(SHEET, 6);
      emu.userEdit(SHEET, 'C4', [[3_000_000]]);
      expect(userColumns(emu, CUSTOMERS[0] as string[]).map(r => r.slice(0, 2))).toEqual(
        CUSTOMERS.map((row, i) => (i === 3 ? ['丙塑胶', '华北'] : row.slice(0, 2))),
      );
      expect(valuesOf(emu, SHEET)[3]?.[2]).toBe(3_000_000);
      expect(tiers(emu)).toEqual(AFTER_EDIT);
      expect(columnsNamed(emu, '得分')).toHaveLength(1);
      expect(columnsNamed(emu, '原因')).toHaveLength(1);
      expect(emu.effectiveBackground(SHEET, 'A4')).toBe(COLOURS.B);
      expect(
        emu
          .sheetModel(SHEET)
          .rules.map(r => r.condition.values[0])
          .filter(f => String(f).includes('#REF!')),
      ).toEqual([]);
      expect(rulesOn(emu)).toBe(5);
    });
  });

  describe('the Tier column moved', () => {
    it.each([
      ['to the front of the table', 1],
      ['after the Why column', 9],
    ])('%s: one Tier column stays, and it holds the current grades', (_, destination) => {
      const emu = graded();
      emu.userMoveColumns(SHEET, 6, 1, destination);
      const before = userColumns(emu, CUSTOMERS[0] as string[]);
      const revenue = valuesOf(emu, SHEET)[0]?.indexOf('销售额') ?? -1;
      emu.userEdit(SHEET, `${letter(revenue)}4`, [[3_000_000]]);
      expect(tiers(emu)).toEqual(AFTER_EDIT);
      emu.runMenuItem('recomputeTiers');
      expect(userColumns(emu, CUSTOMERS[0] as string[]).map((r, i) => (i === 3 ? r.slice(0, 2) : r))).toEqual(
        before.map((r, i) => (i === 3 ? r.slice(0, 2) : r)),
      );
      expect(tiers(emu)).toEqual(AFTER_EDIT);
      const name = valuesOf(emu, SHEET)[0]?.indexOf('客户名称') ?? -1;
      expect(emu.effectiveBackground(SHEET, `${letter(name)}4`)).toBe(COLOURS.B);
      expect(rulesOn(emu)).toBe(5);
    });
  });

  describe('benefit-log rows deleted', () => {
    const LOG = 'Benefit log';
    function logged(): Emulator {
      const emu = loadAddon({ locale: 'en_US', firstSheet: null });
      emu.addSheet('Customers', [
        ['Customer', 'Revenue', 'Tier', 'Score', 'Why'],
        ['Acme', 2_000_000, 'A', 90, ''],
        ['Bolt', 500_000, 'B', 70, ''],
      ]);
      emu.runMenuItem('setUpBenefitLog');
      emu.userEdit(LOG, 'A2:E5', [
        ['2026-03-01', 'Acme', 'Free samples', 1000, 'first'],
        ['2026-03-02', 'Acme', 'Free samples', 1500, 'second'],
        ['2026-03-03', 'Acme', 'Free samples', 1000, 'third'],
        ['2026-03-04', 'Bolt', 'Free samples', 100, 'fourth'],
      ]);
      expect(
        valuesOf(emu, LOG)
          .slice(1, 5)
          .map(r => [r[5], r[6]]),
      ).toEqual([
        [2000, 'OK'],
        [500, 'OK'],
        [-500, 'Over quota by ¥500'],
        [900, 'OK'],
      ]);
      return emu;
    }

    it('keeps the other entries as typed, and re-judges them on the next edit', () => {
      const emu = logged();
      const { runs } = emu.userDeleteRows(LOG, 3);
      expect(runs).toEqual([]);
      emu.userEdit(LOG, 'A5:E5', [['2026-03-05', 'Bolt', 'Free samples', 50, 'fifth']]);
      const log = valuesOf(emu, LOG).slice(1, 5);
      expect(log.map(r => r[4])).toEqual(['first', 'third', 'fourth', 'fifth']);
      expect(log.map(r => [r[5], r[6]])).toEqual([
        [2000, 'OK'],
        [1000, 'OK'],
        [900, 'OK'],
        [850, 'OK'],
      ]);
      expect(emu.effectiveBackground(LOG, 'G3')).toBe('#ffffff');
    });

    it('keeps the dropdowns on the entry cells that remain', () => {
      const emu = logged();
      emu.userDeleteRows(LOG, 2, 2);
      const sheet = emu.gas.SpreadsheetApp.getActive().getSheetByName(LOG);
      expect(sheet?.getRange('C2').getDataValidation()?.getCriteriaValues()[0]).toContain('Free samples');
      expect(sheet?.getMaxRows()).toBe(998);
    });
  });
});
