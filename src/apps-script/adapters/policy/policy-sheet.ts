// The grading policy sheet ("Grading policy", POLICY_WORDS.sheet): built from the saved settings, written in one block with
// its print layout. Reads properties once; a constant number of service calls whatever the settings hold.

import { literalCells } from '../../../core/layout.ts';
import type { Lang } from '../../../core/locale.ts';
import { type PolicyDocument, policyDocument } from '../../../core/policy/document.ts';
import { POLICY_COLUMN_WIDTHS, policySheet } from '../../../core/policy/sheet.ts';
import { findAddonSheet, findOrInsertAddonSheet } from '../document/addon-sheet.ts';
import { documentDays } from '../document/days.ts';
import { TABLE_SHEET_KEY } from '../document/keys.ts';
import { settingsFromProperties } from '../document/settings-store.ts';
import { ensureSize } from '../document/sheet-size.ts';
import type { RecomputeServices } from '../table/recompute.ts';

/** "version:yyyy-mm-dd": the day the policy of a settings version took effect, so regenerating keeps that day. */
const EFFECTIVE_KEY = 'customerTiers.policyEffective';

export type PolicyOutcome =
  | { readonly ok: true; readonly document: PolicyDocument }
  | { readonly ok: false; readonly message: Readonly<Record<Lang, string>> };

/** The policy from the saved settings; refused while the stored settings cannot be read (it would state defaults). */
export function readPolicy(services: RecomputeServices, lang: Lang): PolicyOutcome {
  const stored = services.properties.getProperties();
  const { settings, version, unreadable } = settingsFromProperties(stored, lang);
  if (unreadable && !unreadable.usable) return { ok: false, message: unreadable.message };
  const { today } = documentDays(services.spreadsheet.getSpreadsheetTimeZone(), services.now, services.utilities);
  const [savedVersion, savedDay] = (stored[EFFECTIVE_KEY] ?? '').split(':');
  const effective = savedVersion === String(version) && savedDay ? savedDay : today;
  if (effective === today && stored[EFFECTIVE_KEY] !== `${version}:${today}`) {
    services.properties.setProperty(EFFECTIVE_KEY, `${version}:${today}`);
  }
  const sheetName = settings.sheetName || stored[TABLE_SHEET_KEY] || '';
  const stamp = { settingsVersion: version, generated: today, effective, sheetName };
  return { ok: true, document: policyDocument(settings, lang, stamp) };
}

/** Writes the policy sheet (created when missing) and returns it. */
export function writePolicySheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  document: PolicyDocument,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = findOrInsertAddonSheet(spreadsheet, 'policy', lang);
  const layout = policySheet(document);
  const rows = layout.values.length;
  sheet.clear();
  ensureSize(sheet, { rows, columns: 2 });
  const range = sheet.getRange(1, 1, rows, 2);
  range.setValues(literalCells(layout.values.map(row => [...row])));
  const bold = new Set(layout.boldRows);
  range.setFontWeights(layout.values.map((_, r) => (bold.has(r) ? ['bold', null] : [null, null])));
  // Headings run on into the empty second column; paragraphs wrap inside it.
  sheet.getRange(1, 2, rows, 1).setWrap(true);
  for (const [i, width] of POLICY_COLUMN_WIDTHS.entries()) sheet.setColumnWidth(i + 1, width);
  return sheet;
}

/** After a save: rewrites the policy sheet when the document has one, so it always states the saved settings. */
export function refreshPolicySheet(services: RecomputeServices, lang: Lang): boolean {
  if (!findAddonSheet(services.spreadsheet, 'policy', services.properties)) return false;
  const policy = readPolicy(services, lang);
  if (!policy.ok) return false;
  writePolicySheet(services.spreadsheet, policy.document, lang);
  return true;
}
