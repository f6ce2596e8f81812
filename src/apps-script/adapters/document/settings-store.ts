// Settings in document properties (small, versioned JSON; validated every time it is read) and the
// settings-version cell that custom functions take as an argument so they recalculate when settings change
// (docs/apps-script.md: Properties, Custom functions).

import type { Lang } from '../../../core/locale.ts';
import { defaultSettings } from '../../../core/presets.ts';
import { readSettingsJson, type Settings, type SettingsIssue, validateSettings } from '../../../core/settings.ts';
import { DOCUMENT_WORDS } from '../../../core/wording/document.ts';
import { settingsUnreadableText, VERSION_NOTE } from '../../../core/wording/settings.ts';
import { findOrInsertAddonSheet } from './addon-sheet.ts';
import { storeProperties } from './properties-store.ts';

const SETTINGS_KEY = 'customerTiers.settings';
/** A copy of the last settings that were saved valid: what stands in when the stored document cannot be read. */
const LAST_GOOD_KEY = 'customerTiers.settings.lastGood';
const VERSION_KEY = 'customerTiers.settingsVersion';
const VERSION_RANGE_NAME = 'CustomerTiers_Version';

export type StoredSettings = {
  /** The settings to grade with: the stored ones, the last good copy when those cannot be read, else the defaults. */
  readonly settings: Settings;
  readonly version: number;
  /** Why the stored document cannot be read, or null. */
  readonly problem: SettingsIssue[] | null;
  /**
   * Set when the stored document cannot be read: the sentence every entry point shows, and whether the last good
   * copy stands in (`usable`) or nothing does (then `settings` are the defaults, which must not grade anything).
   */
  readonly unreadable: { readonly message: Readonly<Record<Lang, string>>; readonly usable: boolean } | null;
};

/** Reads the saved settings; a missing document gives the Factory defaults, a broken one says so. Never throws. */
export function loadSettings(properties: GoogleAppsScript.Properties.Properties, lang: Lang): StoredSettings {
  return settingsFromProperties(properties.getProperties(), lang);
}

/** The same, from properties already read with one getProperties() call. */
export function settingsFromProperties(all: Readonly<Record<string, string>>, lang: Lang): StoredSettings {
  const version = Number(all[VERSION_KEY] ?? 0) || 0;
  const json = all[SETTINGS_KEY];
  if (json === undefined)
    return { settings: defaultSettings('factory', lang), version, problem: null, unreadable: null };
  const read = readSettingsJson(json);
  if (read.ok) return { settings: read.settings, version, problem: null, unreadable: null };
  const backup = all[LAST_GOOD_KEY];
  const lastGood = backup === undefined ? null : readSettingsJson(backup);
  const usable = lastGood?.ok === true;
  return {
    settings: lastGood?.ok ? lastGood.settings : defaultSettings('factory', lang),
    version,
    problem: read.issues,
    unreadable: { message: settingsUnreadableText(read.issues, usable), usable },
  };
}

export type SaveOutcome =
  | { ok: true; settings: Settings; version: number }
  | { ok: false; issues: SettingsIssue[] }
  | { ok: false; issues: []; unreadable: Readonly<Record<Lang, string>> };

/**
 * Validates (whatever the sidebar sent), stores, and bumps the version in properties and in the named version cell.
 * Nothing is written when validation fails, nor over a stored document that cannot be read unless the user
 * confirmed replacing it (`replaceUnreadable`): it may be a newer version's or hold what the user wants back.
 */
export function saveSettings(
  candidate: unknown,
  properties: GoogleAppsScript.Properties.Properties,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  replaceUnreadable = false,
): SaveOutcome {
  const checked = validateSettings(candidate);
  if (!checked.ok) return checked;
  const current = settingsFromProperties(properties.getProperties(), lang);
  if (current.unreadable && !replaceUnreadable)
    return { ok: false, issues: [], unreadable: current.unreadable.message };
  const version = (Number(properties.getProperty(VERSION_KEY) ?? 0) || 0) + 1;
  const json = JSON.stringify(checked.settings);
  const values = { [SETTINGS_KEY]: json, [LAST_GOOD_KEY]: json, [VERSION_KEY]: String(version) };
  const stored = storeProperties(properties, values, DOCUMENT_WORDS.settings);
  // Nothing was written (Properties writes all or nothing): the sidebar says why and keeps the user's edits.
  if (!stored.ok) return { ok: false, issues: [{ path: '', code: 'too_large', message: stored.message }] };
  writeVersionCell(spreadsheet, version, lang, properties);
  return { ok: true, settings: checked.settings, version };
}

/**
 * The cell behind `CustomerTiers_Version`, created the first time on a small hidden settings sheet. Sheets activates
 * an inserted sheet, so the user's sheet is made active again: saving settings never moves them away from their list.
 */
function writeVersionCell(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  version: number,
  lang: Lang,
  properties: GoogleAppsScript.Properties.Properties,
): void {
  const named = spreadsheet.getRangeByName(VERSION_RANGE_NAME);
  if (named) {
    named.setValue(version);
    return;
  }
  const active = spreadsheet.getActiveSheet();
  const sheet = findOrInsertAddonSheet(spreadsheet, 'settings', lang, properties);
  sheet.getRange(1, 1, 1, 2).setValues([[VERSION_NOTE[lang], version]]);
  spreadsheet.setNamedRange(VERSION_RANGE_NAME, sheet.getRange(1, 2));
  active.activate();
  sheet.hideSheet();
}
