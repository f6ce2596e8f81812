// The benefit log, run by the built bundle on the emulator: set-up, statuses per entry, bad entries, pastes,
// period rollover, tier changes mid-period, the quota overview and =QUOTA_LEFT.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../../emulator/index.ts';
import { loadAddon, valuesOf } from '../../../support/addon.ts';

const LOG = 'Benefit log';
const CUSTOMERS = [
  ['Customer', 'Revenue', 'Tier', 'Score', 'Why'],
  ['Acme', 2_000_000, 'A', 90, ''],
  ['Bolt', 500_000, 'B', 70, ''],
  ['Cord', 100_000, 'C', 50, ''],
  ['Dune', 1_000, 'D', 10, ''],
];

function setUp(locale = 'en_US'): Emulator {
  const emu = loadAddon({ locale, firstSheet: null });
  emu.addSheet('Customers', CUSTOMERS);
  emu.runMenuItem('setUpBenefitLog');
  return emu;
}

/** Types (or pastes) entry rows starting at `row`, as a user would. */
function enter(emu: Emulator, rows: unknown[][], row = 2, sheet = LOG) {
  return emu.userEdit(
    sheet,
    `A${row}:E${row + rows.length - 1}`,
    rows.map(r => [...r, ...new Array(5 - r.length).fill('')]),
  );
}

/** [remaining, status] of log rows 2.. */
function statuses(emu: Emulator, sheet = LOG): unknown[][] {
  return valuesOf(emu, sheet)
    .slice(1)
    .filter(r => r.slice(0, 7).some(c => c !== ''))
    .map(r => [r[5], r[6]]);
}

describe('apps-script/adapters/ledger/log-sheet', () => {
  describe('setUpBenefitLog', () => {
    it('creates the log with localised headers, a frozen header row and dropdowns', () => {
      const emu = setUp('zh_CN');
      const values = valuesOf(emu, '权益使用记录');
      expect(values[0]?.slice(0, 7)).toEqual(['日期', '客户', '权益', '金额/次数', '备注', '本条后剩余', '状态']);
      const sheet = emu.gas.SpreadsheetApp.getActive().getSheetByName('权益使用记录');
      expect(sheet?.getFrozenRows()).toBe(1);
      const benefitRule = sheet?.getRange('C2').getDataValidation();
      expect(benefitRule?.getCriteriaValues()[0]).toEqual(['免费样品', '免费产品培训', '免费开模']);
      const customerRule = sheet?.getRange('B2').getDataValidation();
      const names = customerRule?.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
      expect(names.getSheet().getName()).toBe('Customers');
      expect(names.getA1Notation()).toMatch(/^A2:A\d+$/u);
    });

    it('reuses the sheet when run again', () => {
      const emu = setUp();
      enter(emu, [['2026-03-01', 'Acme', 'Free samples', 100]]);
      emu.runMenuItem('setUpBenefitLog');
      expect(
        emu.gas.SpreadsheetApp.getActive()
          .getSheets()
          .filter(s => s.getName() === LOG),
      ).toHaveLength(1);
      expect(statuses(emu)).toEqual([[2900, 'OK']]);
    });
  });

  describe('onEdit', () => {
    it('counts down each tier’s allowance', () => {
      const emu = setUp();
      enter(emu, [
        ['2026-03-01', 'Acme', 'Free samples', 100],
        ['2026-03-01', 'Bolt', 'Free samples', 100],
        ['2026-03-01', 'Cord', 'Free samples', 100],
        ['2026-03-01', 'Acme', 'Free product training', 1],
        ['2026-03-01', 'Acme', 'Free mould opening', 1],
      ]);
      expect(statuses(emu)).toEqual([
        [2900, 'OK'],
        [900, 'OK'],
        [400, 'OK'],
        [0, 'OK'],
        ['Included', 'Included'],
      ]);
    });

    it('marks entries over quota, with colour, and leaves the rest plain', () => {
      const emu = setUp();
      enter(emu, [
        ['2026-03-01', 'Cord', 'Free samples', 400],
        ['2026-04-01', 'Cord', 'Free samples', 250],
        ['2026-04-01', 'Dune', 'Free product training', 1],
        ['2026-04-01', 'Bolt', 'Free mould opening', 1],
      ]);
      expect(statuses(emu)).toEqual([
        [100, 'OK'],
        [-150, 'Over quota by ¥150'],
        [-1, 'Over quota by 1 time'],
        ['Not included', 'Over quota: not included in this tier'],
      ]);
      expect(emu.effectiveBackground(LOG, 'G3')).toBe('#f4cccc');
      expect(emu.effectiveBackground(LOG, 'F3')).toBe('#f4cccc');
      expect(emu.effectiveBackground(LOG, 'G2')).toBe('#ffffff');
    });

    it('reports each kind of bad entry and never changes the entry', () => {
      const emu = setUp();
      const bad = [
        ['soon', 'Acme', 'Free samples', 1],
        ['1999-12-31', 'Acme', 'Free samples', 1],
        ['2026-12-01', 'Acme', 'Free samples', 1],
        ['2026-03-01', 'Nobody', 'Free samples', 1],
        ['2026-03-01', 'Acme', 'Golf day', 1],
        ['2026-03-01', 'Acme', 'Free samples', 'lots'],
        ['2026-03-01', 'Acme', 'Free samples', -5],
        ['2026-03-01', 'Acme', 'Free product training', 1.5],
      ];
      enter(emu, bad);
      const before = emu.snapshot(LOG).values.map(r => r.slice(0, 5));
      expect(statuses(emu).map(s => s[1])).toEqual([
        'Date not recognised: "soon"',
        'Date 1999-12-31 is before 2000-01-01, outside every period',
        'Date 2026-12-01 is in the future',
        'Unknown customer "Nobody" (not in the customer table)',
        'Unknown benefit "Golf day" (not in the settings)',
        'Amount / times is not a number: "lots"',
        'Amount / times cannot be negative: -5',
        'Times must be a whole number: 1.5',
      ]);
      expect(statuses(emu).map(s => s[0])).toEqual(new Array(8).fill(''));
      expect(emu.effectiveBackground(LOG, 'G2')).toBe('#fff2cc');
      enter(emu, [['note only']], 20);
      expect(
        emu
          .snapshot(LOG)
          .values.map(r => r.slice(0, 5))
          .slice(0, 10),
      ).toEqual(before.slice(0, 10));
      expect(valuesOf(emu, LOG)[2]?.[0]).toBeInstanceOf(Date);
    });

    it('writes statuses in Chinese for a Chinese user', () => {
      const emu = loadAddon({ locale: 'zh_CN', firstSheet: null });
      emu.addSheet(
        '客户',
        CUSTOMERS.map((r, i) => (i === 0 ? ['客户名称', '销售额', '等级', '得分', '原因'] : r)),
      );
      emu.runMenuItem('setUpBenefitLog');
      enter(
        emu,
        [
          ['2026-03-01', 'Cord', '免费样品', 600],
          ['2026-03-01', 'Nobody', '免费样品', 1],
        ],
        2,
        '权益使用记录',
      );
      expect(statuses(emu, '权益使用记录')).toEqual([
        [-100, '超出额度 ¥100'],
        ['', '未知客户“Nobody”（不在客户表中）'],
      ]);
    });

    it('handles a paste of 500 rows with the same number of service calls as a single entry', () => {
      const emu = setUp();
      emu.calls.reset();
      enter(emu, [['2026-03-01', 'Bolt', 'Free samples', 1]]);
      const single = emu.calls.total();
      const paste = Array.from({ length: 500 }, (_, i) => [
        `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
        CUSTOMERS[1 + (i % 4)]?.[0],
        'Free samples',
        1,
        `row ${i}`,
      ]);
      emu.calls.reset();
      enter(emu, paste, 3);
      expect(emu.calls.total()).toBe(single);
      const all = statuses(emu);
      expect(all).toHaveLength(501);
      expect(all.every(s => s[1] === 'OK' || String(s[1]).startsWith('Over quota'))).toBe(true);
      // Bolt: 1 + 125 uses of ¥1 against 1000.
      expect(Math.min(...all.filter((_, i) => i === 0 || (i - 1) % 4 === 1).map(s => Number(s[0])))).toBe(874);
    });

    it('starts a new period fresh, without touching the old entries', () => {
      const emu = setUp();
      enter(emu, [
        ['2025-12-31', 'Cord', 'Free samples', 500],
        ['2026-01-01', 'Cord', 'Free samples', 100],
      ]);
      expect(statuses(emu)).toEqual([
        [0, 'OK'],
        [400, 'OK'],
      ]);
    });

    it('finds the allowance of tiers named with digits, as Recompute writes them', () => {
      const emu = loadAddon({ locale: 'en_US', firstSheet: null });
      emu.addSheet('Customers', [
        ['Customer', 'Revenue', 'Profit', 'Overdue days'],
        ['Acme', 2_000_000, 400_000, 0],
      ]);
      const data = emu.scriptRun('getSidebarData');
      if (!data.ok) throw new Error(data.error.message);
      const settings = (data.value as { settings: { tiers: { name: string }[] } }).settings;
      const tiers = settings.tiers.map((t, i) => ({ ...t, name: String(i + 1) }));
      emu.scriptRun('saveSettings', { ...settings, tiers });
      emu.runMenuItem('setUpBenefitLog');
      enter(emu, [['2026-03-01', 'Acme', 'Free samples', 100]]);
      expect(statuses(emu)).toEqual([[2900, 'OK']]);
    });

    it('prorates after a tier change mid-period, from the Tier history sheet', () => {
      const emu = loadAddon({ locale: 'en_US', firstSheet: null });
      emu.addSheet('Customers', CUSTOMERS);
      emu.addSheet(
        'Tier history',
        [
          ['Date', 'Customer', 'Tier', 'Score', 'Reason'],
          ['2026-01-01', 'Bolt', 'B', 70, ''],
          ['2026-07-01', 'Bolt', 'A', 85, ''],
        ],
        { raw: true },
      );
      emu.runMenuItem('setUpBenefitLog');
      enter(emu, [
        ['2026-06-01', 'Bolt', 'Free samples', 900],
        ['2026-08-15', 'Bolt', 'Free samples', 900],
        ['2026-08-15', 'Bolt', 'Free mould opening', 1],
      ]);
      expect(statuses(emu)).toEqual([
        [100, 'OK'],
        [208.22, 'OK'],
        ['Included', 'Included'],
      ]);
    });

    it('returns at once for edits on other sheets', () => {
      const emu = setUp();
      const before = emu.snapshot(LOG);
      emu.calls.reset();
      emu.userEdit('Customers', 'B2', [[3_000_000]]);
      expect(emu.snapshot(LOG)).toEqual(before);
    });
  });

  describe('refreshQuotaOverview', () => {
    it('lists allotted, used and remaining per customer and benefit for the current period', () => {
      const emu = setUp();
      enter(emu, [
        ['2026-03-01', 'Cord', 'Free samples', 600],
        ['2025-03-01', 'Acme', 'Free samples', 600],
        ['2026-03-01', 'Acme', 'Free product training', 1],
      ]);
      emu.runMenuItem('refreshQuotaOverview');
      const values = valuesOf(emu, 'Quota overview');
      // Samples renew yearly for every tier; trainings on each tier's own rhythm (A a quarter, B a half, C a year).
      expect(values[0]?.[0]).toBe('Quota overview · Each benefit in its own period, as of 2026-11-26');
      expect(values[1]?.slice(0, 9)).toEqual([
        'Customer',
        'Current tier',
        'Free samples · Allotted (2026)',
        'Free samples · Used',
        'Free samples · Remaining',
        'Free product training · Period',
        'Free product training · Allotted',
        'Free product training · Used',
        'Free product training · Remaining',
      ]);
      // Acme's March training was last quarter: this quarter's one is still there.
      expect(values[2]?.slice(0, 12)).toEqual([
        'Acme',
        'A',
        3000,
        0,
        3000,
        '1 time / quarter · 2026 Q4',
        1,
        0,
        1,
        'Included',
        0,
        '',
      ]);
      expect(values[3]?.[5]).toBe('1 time / half-year · 2026 H2');
      expect(values[4]?.slice(0, 6)).toEqual(['Cord', 'C', 500, 600, -100, '1 time / year · 2026']);
      expect(emu.effectiveBackground('Quota overview', 'E5')).toBe('#f4cccc');
      expect(emu.toasts.at(-1)?.message).toBe(
        'Each benefit in its own period, as of 2026-11-26: 4 customers, 1 over quota.',
      );
    });
  });

  describe('QUOTA_LEFT', () => {
    it('gives the remaining allowance, by day, and names unknown benefits', () => {
      const emu = setUp();
      const rows = [
        ['Date', 'Customer', 'Benefit', 'Amount / times', 'Note'],
        [new Date('2026-03-01T00:00:00+08:00'), 'Bolt', 'Free samples', 300, ''],
        [new Date('2026-09-01T00:00:00+08:00'), 'Bolt', 'Free samples', 200, ''],
      ];
      expect(emu.runCustomFunction('QUOTA_LEFT', ['Bolt', 'Free samples', rows])).toBe(500);
      expect(emu.runCustomFunction('QUOTA_LEFT', ['bolt', 'samples', rows, '2026-06-30'])).toBe(700);
      expect(emu.runCustomFunction('QUOTA_LEFT', ['Acme', 'Free mould opening', rows])).toBe('Included');
      expect(() => emu.runCustomFunction('QUOTA_LEFT', ['Bolt', 'Golf', rows])).toThrow(/Unknown benefit "Golf"/u);
      expect(() => emu.runCustomFunction('QUOTA_LEFT', ['Bolt', 'Free samples', 5])).toThrow(/benefit log range/u);
    });

    it('recalculates in a formula when the log changes', () => {
      const emu = setUp();
      enter(emu, [['2026-03-01', 'Bolt', 'Free samples', 100]]);
      emu.userEdit('Customers', 'H1', [[`=QUOTA_LEFT("Bolt", "Free samples", 'Benefit log'!A2:E100)`]]);
      expect(valuesOf(emu, 'Customers')[0]?.[7]).toBe(900);
      enter(emu, [['2026-03-02', 'Bolt', 'Free samples', 50]], 3);
      expect(valuesOf(emu, 'Customers')[0]?.[7]).toBe(850);
    });
  });
});
