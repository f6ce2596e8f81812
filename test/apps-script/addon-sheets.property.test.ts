// Issue 12 item 3 on the built bundle: a sheet the add-on did not set up is not the add-on's. Whatever the user's own
// sheet named like an add-on sheet holds, no command, edit or daily run writes to it; the add-on's sheet goes under a
// free name and a toast says so in the user's language; the add-on's sheet is still found after the user renames it;
// an older version's sheet (the add-on's exact layout) is adopted, not duplicated.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.ts';
import { ADDON_SHEET_NAMES } from '../../src/core/addon-sheets.ts';
import { LEDGER_WORDS } from '../../src/core/wording/ledger.ts';
import { loadAddon } from '../support/addon.ts';

type Locale = 'en_US' | 'zh_CN';
type Role = 'log' | 'history' | 'changes' | 'summary' | 'overview' | 'addonLog' | 'policy' | 'servicePlan';

const NAMES = ADDON_SHEET_NAMES;
const CUSTOMERS = [
  ['Customer', 'Revenue', 'Profit', 'Overdue days'],
  ['Acme', 2_000_000, 400_000, 0],
  ['Bolt', 300_000, 50_000, 20],
  ['Cord', 90_000, 9_000, 100],
];

/** The commands that write each role's sheet, run as the user would. */
function runWriters(emu: Emulator, role: Role): void {
  if (role === 'log') {
    emu.runMenuItem('setUpBenefitLog');
  } else if (role === 'history' || role === 'changes') emu.runMenuItem('saveSnapshot');
  else if (role === 'summary') emu.runMenuItem('showSummary');
  else if (role === 'overview') emu.runMenuItem('refreshQuotaOverview');
  else if (role === 'policy') emu.runMenuItem('showGradingPolicy');
  else if (role === 'servicePlan') emu.runMenuItem('showServicePlan');
  else {
    emu.runMenuItem('toggleAutomaticUpdates');
    emu.fireTimeTriggers();
  }
}

/** What a user's own sheet might hold: text, numbers, formulas-as-text, a header row that is nearly the add-on's. */
const userCell = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }).filter(s => s.trim() !== '' && !/^[=+\-@'\t\r]/u.test(s)),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom('Date', 'Customer', 'Benefit', 'Remaining', 'Status', '日期', '客户', 'Tier', 'keep me'),
);
const userSheet = fc.array(fc.array(userCell, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 8 });

function setUp(locale: Locale): Emulator {
  const emu = loadAddon({ locale, firstSheet: null });
  emu.addSheet('Customers', CUSTOMERS);
  emu.runMenuItem('recomputeTiers');
  return emu;
}

describe('add-on sheets', () => {
  it("never writes a user's sheet that has an add-on sheet's name; the add-on's goes under a free name", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Role>('log', 'history', 'changes', 'summary', 'overview', 'addonLog', 'policy', 'servicePlan'),
        fc.constantFrom<Locale>('en_US', 'zh_CN'),
        fc.boolean(),
        userSheet,
        (role, locale, otherLanguage, rows) => {
          const lang = locale === 'en_US' ? 'en' : 'zh';
          const emu = setUp(locale);
          // The user's sheet has the name in the user's language, or in the other one (also an add-on name).
          const taken = NAMES[role][otherLanguage ? (lang === 'en' ? 'zh' : 'en') : lang];
          emu.addSheet(taken, rows);
          const before = emu.snapshot(taken);
          runWriters(emu, role);
          runWriters(emu, role); // a second run finds the add-on's sheet, never the user's
          if (role === 'log') {
            // The user types in their own sheet: onEdit must not judge it as the log (F:G stay as they were).
            emu.userEdit(taken, 'A1', [['Acme']]);
            const first = before.values[0];
            if (first) first[0] = 'Acme';
          }
          const second = before.values[1];
          if (role === 'servicePlan' && second && second.length >= 2) {
            // Typing in B2 of the user's sheet is no salesperson pick: nothing below it is redrawn.
            emu.userEdit(taken, 'B2', [['All']]);
            second[1] = 'All';
          }
          expect(emu.snapshot(taken)).toEqual(before);
          const own = `${NAMES[role][lang]}${otherLanguage ? '' : ' (2)'}`;
          expect(emu.workbook.sheets.some(s => s.name === own)).toBe(true);
          expect(emu.workbook.sheets.filter(s => s.name.startsWith(NAMES[role][lang])).length).toBeLessThanOrEqual(2);
          if (!otherLanguage) {
            const said = emu.toasts.some(t => t.message.includes(`${taken}`) && t.message.includes(own));
            expect(said).toBe(true);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it("finds its own sheet after the user renames it, and the user's new sheet under the old name stays untouched", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Role>('log', 'history', 'summary', 'overview', 'servicePlan'),
        userSheet,
        (role, rows) => {
          const emu = setUp('en_US');
          runWriters(emu, role);
          const name = NAMES[role].en;
          emu.services.SpreadsheetApp.getActive().getSheetByName(name)?.setName(`${name} (mine now)`);
          emu.addSheet(name, rows);
          const before = emu.snapshot(name);
          runWriters(emu, role);
          expect(emu.snapshot(name)).toEqual(before);
          expect(emu.workbook.sheets.filter(s => s.name.startsWith(name)).length).toBe(2);
        },
      ),
      { numRuns: 12 },
    );
  });

  it("adopts an older version's sheet (the add-on's exact header row) instead of making a second one", () => {
    const emu = setUp('en_US');
    const w = LEDGER_WORDS;
    const headers = [w.date, w.customer, w.benefit, w.amount, w.note, w.remainingAfter, w.status].map(x => x.en);
    emu.addSheet('Benefit log', [headers, ['2026-11-02', 'Acme', 'Free samples', 500, '']]);
    emu.userEdit('Benefit log', 'D2', [[600]]);
    expect(emu.snapshot('Benefit log').values[1]?.[6]).not.toBe('');
    runWriters(emu, 'log');
    expect(emu.workbook.sheets.map(s => s.name)).not.toContain('Benefit log (2)');
  });
});
