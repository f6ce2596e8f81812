// Settings in document properties (small, versioned JSON; validated every time it is read) and the
// settings-version cell that custom functions take as an argument so they recalculate when settings change
// (docs/apps-script.md: Properties, Custom functions).

import type { Lang } from '../../../core/locale.ts';
import { defaultSettings } from '../../../core/presets.ts';
import { readSettingsJson, type Settings, type SettingsIssue, validateSettings } from '../../../core/settings.ts';
import { SETTINGS_SHEET_NAME, VERSION_NOTE } from '../../../core/wording/settings.ts';

const SETTINGS_KEY = 'customerTiers.settings';
const VERSION_KEY = 'customerTiers.settingsVersion';
const VERSION_RANGE_NAME = 'CustomerTiers_Version';

export type StoredSettings = {
  readonly settings: Settings;
  readonly version: number;
  /** Why the stored document was not used (defaults were used instead), or null. */
  readonly problem: SettingsIssue[] | null;
};

/** Reads the saved settings; a missing or broken document gives the Factory defaults, never a throw. */
export function loadSettings(properties: GoogleAppsScript.Properties.Properties, lang: Lang): StoredSettings {
  return settingsFromProperties(properties.getProperties(), lang);
}

/** The same, from properties already read with one getProperties() call. */
export function settingsFromProperties(all: Readonly<Record<string, string>>, lang: Lang): StoredSettings {
  const version = Number(all[VERSION_KEY] ?? 0) || 0;
  const json = all[SETTINGS_KEY];
  if (json === undefined) return { settings: defaultSettings('factory', lang), version, problem: null };
  const read = readSettingsJson(json);
  return read.ok
    ? { settings: read.settings, version, problem: null }
    : { settings: defaultSettings('factory', lang), version, problem: read.issues };
}

export type SaveOutcome = { ok: true; settings: Settings; version: number } | { ok: false; issues: SettingsIssue[] };

/**
 * Validates (whatever the sidebar sent), stores, and bumps the version in properties and in the named version cell.
 * Nothing is written when validation fails.
 */
export function saveSettings(
  candidate: unknown,
  properties: GoogleAppsScript.Properties.Properties,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
): SaveOutcome {
  const checked = validateSettings(candidate);
  if (!checked.ok) return checked;
  const version = (Number(properties.getProperty(VERSION_KEY) ?? 0) || 0) + 1;
  properties.setProperties({ [SETTINGS_KEY]: JSON.stringify(checked.settings), [VERSION_KEY]: String(version) });
  writeVersionCell(spreadsheet, version, lang);
  return { ok: true, settings: checked.settings, version };
}

/**
 * The cell behind `CustomerTiers_Version`, created the first time on a small hidden settings sheet. Sheets activates
 * an inserted sheet, so the user's sheet is made active again: saving settings never moves them away from their list.
 */
function writeVersionCell(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, version: number, lang: Lang): void {
  const named = spreadsheet.getRangeByName(VERSION_RANGE_NAME);
  if (named) {
    named.setValue(version);
    return;
  }
  const active = spreadsheet.getActiveSheet();
  const sheet =
    spreadsheet.getSheetByName(SETTINGS_SHEET_NAME[lang]) ?? spreadsheet.insertSheet(SETTINGS_SHEET_NAME[lang]);
  sheet.getRange(1, 1, 1, 2).setValues([[VERSION_NOTE[lang], version]]);
  spreadsheet.setNamedRange(VERSION_RANGE_NAME, sheet.getRange(1, 2));
  active.activate();
  sheet.hideSheet();
}
