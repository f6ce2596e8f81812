// Issue 12 item 4 on the built bundle: everything the add-on keeps in document properties stays bounded and pruned,
// and a store at Apps Script's limit (the emulator enforces 9 KB a value and 500 KB a store with Google's messages)
// makes a command say so, never throw. Generated cases: hundreds of graded sheets with long and CJK names, deleted
// sheets, a store filled to within a few bytes of its quota.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.ts';
import { loadAddon, valuesOf } from '../support/addon.ts';

const MEMORY = 'customerTiers.colourRules';
const ROWS = [
  ['Customer', 'Revenue', 'Profit', 'Overdue days'],
  ['Acme', 2_000_000, 400_000, 0],
  ['Bolt', 300_000, 50_000, 20],
];
const STORE_LIMIT = 500 * 1024;
const FULL = { en: /storage in this document is full/u, zh: /存储空间已满/u };

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function gradeSheet(emu: Emulator, name: string): void {
  const ss = emu.services.SpreadsheetApp.getActive();
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  ss.setActiveSheet(sheet);
  emu.runMenuItem('recomputeTiers');
}

function memory(emu: Emulator): Record<string, unknown> {
  return JSON.parse(emu.properties.document.get(MEMORY) ?? '{}') as Record<string, unknown>;
}

const sheetName = fc
  .tuple(fc.constantFrom('客户', 'Customers', 'Kunden—', '顾客名单 2026 '), fc.string({ minLength: 0, maxLength: 30 }))
  .map(([a, b]) => `${a}${b.replace(/[[\]*?/\\:']/gu, '')}`.trim().slice(0, 60));

describe('document properties stay bounded', () => {
  it('colour-rule memory stays under 6 KB and is pruned of deleted sheets, over hundreds of graded sheets', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(sheetName, { minLength: 110, maxLength: 200, selector: s => s })
          .filter(names => names.every(n => n !== '')),
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        (names, deletedShare) => {
          const emu = loadAddon({ firstSheet: null });
          for (const name of names) emu.addSheet(name, ROWS, { maxRows: 10, maxColumns: 10 });
          for (const name of names) gradeSheet(emu, name);
          expect(emu.executions.filter(x => x.status === 'failed')).toEqual([]);
          expect(bytes(emu.properties.document.get(MEMORY) ?? '')).toBeLessThanOrEqual(6 * 1024);

          const ss = emu.services.SpreadsheetApp.getActive();
          const cut = Math.floor(names.length * deletedShare);
          const deleted = new Set(names.slice(0, cut));
          for (const name of deleted) {
            const sheet = ss.getSheetByName(name);
            if (sheet) ss.deleteSheet(sheet);
          }
          const alive = names.slice(cut);
          const last = alive.at(-1) ?? '';
          // Each run checks a couple of entries: enough runs check every one.
          const entries = Object.keys(memory(emu)).length;
          for (let run = 0; run <= entries / 2 + 1; run++) gradeSheet(emu, alive[run % alive.length] ?? last);
          expect(Object.keys(memory(emu)).filter(name => deleted.has(name))).toEqual([]);
          expect(bytes(emu.properties.document.get(MEMORY) ?? '')).toBeLessThanOrEqual(6 * 1024);
          // A sheet graded long ago (its entry dropped) gets its rules replaced, never stacked.
          gradeSheet(emu, alive[0] ?? last);
          expect(ss.getSheetByName(alive[0] ?? last)?.getConditionalFormatRules().length).toBe(5);
          expect(emu.executions.filter(x => x.status === 'failed')).toEqual([]);
        },
      ),
      { numRuns: 3, endOnFailure: true },
    );
  }, 180_000);

  it('a store within a few bytes of 500 KB: every command still runs and says the storage is full', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom('en_US', 'zh_CN') as fc.Arbitrary<'en_US' | 'zh_CN'>,
        (room, locale) => {
          const lang = locale === 'en_US' ? 'en' : 'zh';
          const emu = loadAddon({ locale, firstSheet: null });
          emu.addSheet('Customers', ROWS);
          // Left by something else (an older version, another tool of the same script): the add-on never deletes it.
          const store = emu.properties.document;
          let used = [...store].reduce((n, [k, v]) => n + bytes(k) + bytes(v), 0);
          for (let i = 0; used < STORE_LIMIT - room; i++) {
            const key = `junk.${i}`;
            const value = 'x'.repeat(Math.min(8000, STORE_LIMIT - room - used - bytes(key)));
            store.set(key, value);
            used += bytes(key) + bytes(value);
          }
          emu.runMenuItem('recomputeTiers');
          expect(valuesOf(emu, 'Customers')[1]?.[4]).toMatch(/^[A-D]$/u);
          // What did not fit is said, never thrown.
          if (!store.has(MEMORY)) expect(emu.ui.alerts.at(-1)?.prompt).toMatch(FULL[lang]);
          emu.userEdit('Customers', 'B3:D3', [[2_000_000, 400_000, 0]]);
          // With room for the table's name (not the colour memory), edits keep regrading the table.
          if (room >= 100) expect(valuesOf(emu, 'Customers')[2]?.[4]).toBe('A');
          const data = emu.scriptRun('getSidebarData');
          if (!data.ok) throw new Error(data.error.message);
          const saved = emu.scriptRun('saveSettings', (data.value as { settings: unknown }).settings);
          expect(saved.ok).toBe(true);
          expect(JSON.stringify(saved)).toMatch(FULL[lang]);
          emu.runMenuItem('setUpBenefitLog');
          emu.runMenuItem('saveSnapshot');
          emu.runMenuItem('toggleAutomaticUpdates');
          emu.fireTimeTriggers();
          expect(emu.executions.filter(x => x.status === 'failed')).toEqual([]);
        },
      ),
      { numRuns: 8 },
    );
  }, 180_000);
});
