// Custom functions (=TIER, =TIER_SCORE, =TIER_WHY, =TIER_BENEFIT). They take whole ranges and return columns that
// spill, because Sheets makes one server call per formula cell (platform-notes: Custom functions). They only read.

import { findBenefit } from './core/ledger/index.ts';
import type { Lang } from './core/locale.ts';
import { FORMULA_NEEDS_RANGE, formulaNoTableText, PERK_NO, PERK_YES, unknownBenefitText } from './core/messages.ts';
import { type OutputCells, tierSheetValues } from './core/pipeline.ts';
import type { Settings } from './core/settings-schema.ts';
import { documentDays } from './sheets/ledger-dates.ts';
import { userLang } from './sheets/session.ts';
import { loadSettings } from './sheets/settings-store.ts';

type Cell = string | number | boolean;

function isTable(value: unknown): value is unknown[][] {
  return Array.isArray(value) && value.length > 0 && value.every(row => Array.isArray(row));
}

/** One output column for every data row of `table` (the rows below its header row). Throws only for a bad argument. */
export function tierColumn(table: unknown, column: 0 | 1 | 2): Cell[][] {
  const spreadsheet = SpreadsheetApp.getActive();
  const lang = userLang();
  if (!isTable(table)) throw new Error(FORMULA_NEEDS_RANGE[lang]);
  const { settings } = loadSettings(PropertiesService.getDocumentProperties(), lang);
  const now = new Date();
  const days = documentDays(spreadsheet.getSpreadsheetTimeZone(), now);
  const result = tierSheetValues(table, settings, {
    today: now,
    todayKey: days.today,
    dateKey: days.toDay,
    history: [],
    lang,
  });
  if (!result.ok) throw new Error(formulaNoTableText(result.lookedFor)[lang]);
  const { outputs, table: found } = result.value;
  // Rows above the header (titles) get blanks so the spill lines up with the range passed in.
  const above: Cell[][] = Array.from({ length: found.headerRow }, () => ['']);
  return [...above, ...outputs.map((cells: OutputCells) => [cells[column]])];
}

/** The allowance of `benefit` (id or label in either language) for each tier name in `tier`. */
export function benefitAllowance(tier: unknown, benefit: unknown): Cell | Cell[][] {
  const lang = userLang();
  const { settings } = loadSettings(PropertiesService.getDocumentProperties(), lang);
  const found = findBenefit(settings.benefits, benefit);
  if (!found) throw unknownBenefitError(settings, benefit, lang);
  const one = (name: unknown): Cell => {
    const index = settings.tiers.findIndex(t => t.name === String(name ?? '').trim());
    if (index < 0) return '';
    const amount = found.allowance[index] ?? 0;
    return found.kind === 'perk' ? (amount > 0 ? PERK_YES[lang] : PERK_NO[lang]) : amount;
  };
  return Array.isArray(tier) ? tier.map(row => (Array.isArray(row) ? row : [row]).map(one)) : one(tier);
}

/** The formula error for a benefit name that matches none (TIER_BENEFIT, QUOTA_LEFT), listing the ones there are. */
export function unknownBenefitError(settings: Settings, benefit: unknown, lang: Lang): Error {
  const known = settings.benefits.map(b => b.label[lang] || b.id);
  return new Error(unknownBenefitText(String(benefit ?? '').trim(), known)[lang]);
}
