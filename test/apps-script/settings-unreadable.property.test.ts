// Issue 12 item 2 on the built bundle: stored settings that cannot be read (garbage, cut-off JSON, a wrong type, a
// newer version's document, an oversized value) never silently become the defaults. Recompute, onEdit, the daily
// run, =TIER and the sidebar each say so in the user's language; the last good copy is used; Save in the sidebar
// does not replace the unreadable document unless the user confirms.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index.ts';
import { SETTINGS_VERSION } from '../../src/core/settings-schema.ts';
import { loadAddon, valuesOf } from '../support/addon.ts';

const KEY = 'customerTiers.settings';
const SHEET = 'Customers';
const ROWS = [
  ['Customer', 'Revenue', 'Profit', 'Overdue days'],
  ['Acme', 2_000_000, 400_000, 0],
  ['Bolt', 300_000, 50_000, 20],
];
const SAYS = { en: /stored settings cannot be read/u, zh: /已保存的设置无法读取/u };

type Saved = { settings: Record<string, unknown> & { tiers: { name: string; color: string }[] } };

function setUp(locale: 'en_US' | 'zh_CN') {
  const emu = loadAddon({ locale, firstSheet: null });
  emu.addSheet(SHEET, ROWS);
  return emu;
}

function sidebarSettings(emu: Emulator): Saved['settings'] {
  const data = emu.scriptRun('getSidebarData');
  if (!data.ok) throw new Error(data.error.message);
  return (data.value as Saved).settings;
}

/** A corruption of a valid stored document, each a way it happens in practice. */
function corruption(valid: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ minLength: 1, maxLength: 40 }).filter(s => s.trim() !== '' && !/^\s*[[{"\d-]/u.test(s)),
    fc.integer({ min: 1, max: valid.length - 1 }).map(n => valid.slice(0, n)),
    fc.constantFrom('null', '[]', '42', '"text"'),
    fc.constantFrom('tiers', 'dimensions', 'method', 'benefits').map(field => {
      const doc = JSON.parse(valid) as Record<string, unknown>;
      doc[field] = 'oops';
      return JSON.stringify(doc);
    }),
    // A newer add-on's document: any version above the one this code reads.
    fc
      .integer({ min: SETTINGS_VERSION + 1, max: 99 })
      .map(version => JSON.stringify({ ...JSON.parse(valid), version })),
    fc.constant(JSON.stringify({ ...JSON.parse(valid), sheetName: 'x'.repeat(6500) })),
  );
}

describe('unreadable stored settings', () => {
  it('every entry point says so; the last good copy grades; Save asks before replacing', () => {
    const base = setUp('en_US');
    const valid = JSON.stringify(sidebarSettings(base));
    fc.assert(
      fc.property(
        corruption(valid),
        fc.boolean(),
        fc.constantFrom('en_US', 'zh_CN') as fc.Arbitrary<'en_US' | 'zh_CN'>,
        (bad, withLastGood, locale) => {
          const lang = locale === 'en_US' ? 'en' : 'zh';
          const emu = setUp(locale);
          const properties = emu.gas.PropertiesService.getDocumentProperties();
          let customName = 'A';
          if (withLastGood) {
            // A saved document with a distinctive first tier name, so grading with it is visible.
            const settings = sidebarSettings(emu);
            customName = 'Top';
            const tiers = settings.tiers.map((t, i) => (i === 0 ? { ...t, name: customName } : t));
            expect(emu.scriptRun('saveSettings', { ...settings, tiers })).toMatchObject({
              ok: true,
              value: { ok: true },
            });
          }
          emu.runMenuItem('recomputeTiers'); // graded once while the settings were fine
          properties.setProperty(KEY, bad);
          const before = emu.snapshot(SHEET);

          // Recompute: an alert in the user's language; with the copy it grades, without it writes nothing.
          emu.runMenuItem('recomputeTiers');
          expect(emu.ui.alerts.at(-1)?.prompt).toMatch(SAYS[lang]);
          if (withLastGood) expect(valuesOf(emu, SHEET)[1]?.[4]).toBe(customName);
          else expect(emu.snapshot(SHEET)).toEqual(before);

          // onEdit: a toast.
          emu.userEdit(SHEET, 'B3', [[310_000]]);
          expect(emu.toasts.at(-1)?.message).toMatch(SAYS[lang]);

          // =TIER: its error says it.
          expect(() => emu.runCustomFunction('TIER', [ROWS])).toThrow(SAYS[lang]);

          // The daily run: the add-on log row says it.
          emu.runMenuItem('toggleAutomaticUpdates');
          emu.fireTimeTriggers();
          const log = valuesOf(emu, lang === 'en' ? 'Add-on log' : '插件日志').filter(r => r[0] !== '');
          expect(String(log.at(-1)?.[3])).toMatch(SAYS[lang]);

          // The sidebar: says it, offers the last good settings, and Save does not replace without a confirmation.
          const data = emu.scriptRun('getSidebarData');
          if (!data.ok) throw new Error(data.error.message);
          const sent = data.value as Saved & { settingsProblem: Record<string, string> | null };
          expect(sent.settingsProblem?.[lang]).toMatch(SAYS[lang]);
          if (withLastGood) expect(sent.settings.tiers[0]?.name).toBe(customName);
          const refused = emu.scriptRun('saveSettings', sent.settings);
          expect(refused).toMatchObject({ ok: true, value: { ok: false } });
          expect(properties.getProperty(KEY)).toBe(bad);
          expect(emu.scriptRun('saveSettings', sent.settings, true)).toMatchObject({ ok: true, value: { ok: true } });
          expect(properties.getProperty(KEY)).not.toBe(bad);
        },
      ),
      { numRuns: 25 },
    );
  });
});
