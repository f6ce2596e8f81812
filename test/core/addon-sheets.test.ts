// Which sheets are the add-on's (src/core/addon-sheets.ts): by name in either language, by the exact layout the
// add-on writes (the migration rule for older documents), and the free name a new sheet goes under. Layouts are
// built from the wording the writers use, so a user's own sheet differing in one header cell is not the add-on's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADDON_SHEET_NAMES,
  type AddonRole,
  freeSheetName,
  hasAddonLayout,
  isAddonSheet,
} from '../../src/core/addon-sheets.ts';
import { langFromLocale } from '../../src/core/locale.ts';
import { AUTOMATIC_WORDS } from '../../src/core/wording/automatic.ts';
import { HISTORY_WORDS } from '../../src/core/wording/history.ts';
import { LEDGER_WORDS } from '../../src/core/wording/ledger.ts';
import { NOTICE_WORDS } from '../../src/core/wording/notices.ts';
import { POLICY_WORDS } from '../../src/core/wording/policy.ts';
import { PUBLISH_WORDS } from '../../src/core/wording/publish.ts';
import { SERVICE_PLAN_WORDS } from '../../src/core/wording/service-plan.ts';
import { VERSION_NOTE } from '../../src/core/wording/settings.ts';
import { SUMMARY_WORDS } from '../../src/core/wording/summary.ts';

type Lang = 'zh' | 'en';
const LANGS: readonly Lang[] = ['zh', 'en'];
const pick = (texts: readonly { zh: string; en: string }[], lang: Lang) => texts.map(t => t[lang]);
const blankRows = (n: number) => Array.from({ length: n }, () => [] as unknown[]);

/** The top of each add-on sheet as the add-on writes it, in one language. */
function layout(role: AddonRole, lang: Lang): unknown[][] {
  const L = LEDGER_WORDS;
  switch (role) {
    case 'log':
      return [pick([L.date, L.customer, L.benefit, L.amount, L.note, L.remainingAfter, L.status], lang)];
    case 'history':
      return [pick(HISTORY_WORDS.intervalHeaders.slice(0, 7), lang)];
    case 'addonLog':
      return [pick(AUTOMATIC_WORDS.logHeaders, lang)];
    case 'settings':
      return [[VERSION_NOTE[lang]]];
    case 'policy':
      return [[POLICY_WORDS.title[lang]]];
    case 'notices':
      return [pick(NOTICE_WORDS.headers, lang)];
    case 'servicePlan':
      return [
        [SERVICE_PLAN_WORDS.sheet[lang], '2026-11-30'],
        [SERVICE_PLAN_WORDS.salesperson[lang], 'All'],
      ];
    case 'published':
      return [pick(PUBLISH_WORDS.headers, lang)];
    case 'summary':
      return [
        ['title'],
        [],
        pick([SUMMARY_WORDS.tier, SUMMARY_WORDS.customers, SUMMARY_WORDS.revenue, SUMMARY_WORDS.profit], lang),
      ];
    case 'overview':
      return [['title'], pick([L.customer, L.currentTier], lang)];
    case 'changes':
      return [...blankRows(5), [HISTORY_WORDS.changesTitle[lang]]];
  }
}

const ROLES = Object.keys(ADDON_SHEET_NAMES) as AddonRole[];

describe('add-on sheets', () => {
  it('knows every add-on sheet by its name in either language, and no other name', () => {
    for (const role of ROLES) for (const lang of LANGS) expect(isAddonSheet(ADDON_SHEET_NAMES[role][lang])).toBe(true);
    fc.assert(
      fc.property(fc.string(), name => {
        const known = ROLES.some(r => ADDON_SHEET_NAMES[r].zh === name || ADDON_SHEET_NAMES[r].en === name);
        expect(isAddonSheet(name)).toBe(known);
      }),
    );
    expect(isAddonSheet(` ${ADDON_SHEET_NAMES.log.en}`)).toBe(false);
  });

  it.each(ROLES)('recognises its own %s layout in both languages', role => {
    for (const lang of LANGS) expect(hasAddonLayout(role, layout(role, lang))).toBe(true);
    // Cells with spaces around them still match (the comparison trims).
    const spaced = layout(role, 'en').map(row => row.map(cell => (typeof cell === 'string' ? ` ${cell} ` : cell)));
    expect(hasAddonLayout(role, spaced)).toBe(true);
  });

  it.each(ROLES)('refuses a %s sheet with any one header cell changed', role => {
    const top = layout(role, 'en');
    for (const [r, row] of top.entries()) {
      for (const [c, cell] of row.entries()) {
        if (typeof cell !== 'string' || cell === 'title' || cell === 'All' || cell === '2026-11-30') continue;
        const changed = top.map(x => [...x]);
        (changed[r] as unknown[])[c] = `${cell}x`;
        expect(hasAddonLayout(role, changed), `${role} row ${r} col ${c}`).toBe(false);
      }
    }
    expect(hasAddonLayout(role, [])).toBe(false);
  });

  it('tells each layout from every other role', () => {
    for (const role of ROLES)
      for (const other of ROLES.filter(r => r !== role))
        expect(hasAddonLayout(other, layout(role, 'zh')), `${role} as ${other}`).toBe(false);
  });

  it('accepts the older one-row-per-day history layout (its first five columns)', () => {
    for (const lang of LANGS)
      expect(hasAddonLayout('history', [pick(HISTORY_WORDS.historyHeaders.slice(0, 5), lang)])).toBe(true);
  });

  it('finds the first free name "name (n)" from 2, and a stamped one after 20 taken', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 25 }), takenCount => {
        const taken = new Set(Array.from({ length: takenCount }, (_, k) => `Log (${k + 2})`));
        const name = freeSheetName('Log', c => taken.has(c), 'x7');
        expect(name).toBe(takenCount < 20 ? `Log (${takenCount + 2})` : 'Log (x7)');
      }),
    );
  });
});

describe('langFromLocale', () => {
  it('reads zh for zh, zh_CN, zh-TW (any case, spaces around) and en for anything else', () => {
    for (const zh of ['zh', 'zh_CN', 'zh-TW', 'ZH_cn', ' zh_CN ']) expect(langFromLocale(zh)).toBe('zh');
    for (const en of ['en_US', 'de_DE', '', 'zhx', 'xzh_CN', 'z', undefined, null, 7])
      expect(langFromLocale(en)).toBe('en');
  });
});
