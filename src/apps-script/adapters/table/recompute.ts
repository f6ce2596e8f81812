// Menu command "Recompute tiers" (also run by onEdit and the daily update): reads the customer table once, runs the
// pipeline, writes the add-on's three output columns in one block and recolours rows. No other cell changes.

import { isAddonSheet } from '../../../core/addon-sheets.ts';
import { CHECK_DATA_COLOUR } from '../../../core/colours.ts';
import { baselinesOf } from '../../../core/history/intervals.ts';
import { literalCells, OUTPUT_KEYS, outputHeader, outputsSideBySide, tierColourRules } from '../../../core/layout.ts';
import type { Lang } from '../../../core/locale.ts';
import { neededDimensions } from '../../../core/missing-columns.ts';
import { type OutputCells, type PipelineResult, tierSheetValues } from '../../../core/pipeline.ts';
import { withPublishedNotes } from '../../../core/publish/note.ts';
import { lastPublicationOn, publishedTiers } from '../../../core/publish/published.ts';
import type { LocalText, Settings } from '../../../core/settings-schema.ts';
import type { TableProblem } from '../../../core/table.ts';
import { headerChoicesText } from '../../../core/wording/columns.ts';
import { DOCUMENT_WORDS } from '../../../core/wording/document.ts';
import { STATUS_TEXT } from '../../../core/wording/table.ts';
import { type DocumentDays, documentDays } from '../document/days.ts';
import { GRADE_WITHOUT_KEY, GRADED_TABLE_KEY, TABLE_SHEET_KEY } from '../document/keys.ts';
import { storeProperties } from '../document/properties-store.ts';
import { settingsFromProperties } from '../document/settings-store.ts';
import { ensureSize } from '../document/sheet-size.ts';
import { readOpenHistory } from '../history/read.ts';
import { readPublicationRecord } from '../publish/record-sheet.ts';
import { applyColourRules, COLOUR_RULES_KEY, gradedBefore } from './colours.ts';
import { gradeWithoutFrom, stillWithout } from './grade-without.ts';
import { markOutputs, ownedColumnsOf, placeOnSheet } from './outputs.ts';
import { gradedTableMemory } from './regrade-rows.ts';

export type RecomputeOutcome =
  | {
      readonly ok: true;
      readonly sheetName: string;
      readonly counts: readonly number[];
      readonly problems: number;
      readonly insufficient: number;
      readonly invalid: number;
      readonly customers: number;
      readonly tierNames: readonly string[];
      /** Needed dimensions graded without (the user chose so), by label; empty normally. */
      readonly without: readonly LocalText[];
      /** Which column was used where several matched (this year's revenue over last year's). */
      readonly choices: readonly LocalText[];
      /** The stored settings could not be read and the last good copy was used: what to tell the user. */
      readonly warning: Readonly<Record<Lang, string>> | null;
    }
  | ({ readonly ok: false } & TableProblem);

export type RecomputeServices = {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly properties: GoogleAppsScript.Properties.Properties;
  readonly utilities: GoogleAppsScript.Utilities.Utilities;
  readonly spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly now: Date;
};

/** The Apps Script services of the current execution; tests pass the emulator's through the bundle instead. */
export function currentServices(): RecomputeServices {
  return {
    spreadsheet: SpreadsheetApp.getActive(),
    properties: PropertiesService.getDocumentProperties(),
    utilities: Utilities,
    spreadsheetApp: SpreadsheetApp,
    now: new Date(),
  };
}

/**
 * Which sheet a command grades when settings name none. 'active': the sheet the user is looking at (menu Recompute,
 * the sidebar), unless it is one of the add-on's own sheets. 'remembered': the sheet Recompute graded last, because
 * the caller has no sheet of its own: the daily trigger (whose active sheet is just the first tab), snapshot, summary.
 */
export type TablePreference = 'active' | 'remembered';

/**
 * The sheet the customer table is on: the one named in settings (null when it does not exist); else the active or
 * the remembered sheet, by `prefer`, each falling back to the other, and never an add-on sheet while a user sheet
 * exists. The one rule every command finds its table by.
 */
export function resolveTableSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  remembered: string | null | undefined,
  prefer: TablePreference = 'active',
): GoogleAppsScript.Spreadsheet.Sheet | null {
  if (settings.sheetName !== '') return spreadsheet.getSheetByName(settings.sheetName);
  const last = remembered == null || remembered === '' ? null : spreadsheet.getSheetByName(remembered);
  if (prefer === 'remembered' && last) return last;
  const active = spreadsheet.getActiveSheet();
  if (!isAddonSheet(active.getName())) return active;
  // Never one of the add-on's own sheets (a second Show summary runs with Summary active): the first user sheet.
  return last ?? spreadsheet.getSheets().find(s => !isAddonSheet(s.getName())) ?? active;
}

/**
 * Recomputes the customer table. A constant number of service calls whatever the table size: one read of the
 * table, one write of the output block, the colour rules, and (with a grace period) one read of the history's open rows.
 * `target` is the sheet to grade, or how to find it (resolveTableSheet). The caller holds the document lock.
 */
export function recompute(
  services: RecomputeServices,
  lang: Lang,
  target: GoogleAppsScript.Spreadsheet.Sheet | TablePreference = 'active',
  gradeWithoutNow: readonly string[] = [],
): RecomputeOutcome {
  const { spreadsheet, properties } = services;
  const stored = properties.getProperties();
  const { settings, unreadable } = settingsFromProperties(stored, lang);
  if (unreadable && !unreadable.usable) return { ok: false, code: 'settings_unreadable', message: unreadable.message };
  const remembered = gradeWithoutFrom(stored);
  const sheet =
    typeof target === 'string' ? resolveTableSheet(spreadsheet, settings, stored[TABLE_SHEET_KEY], target) : target;
  if (!sheet) return { ok: false, code: 'no_sheet', sheetName: settings.sheetName };
  const values = sheet.getDataRange().getValues();
  const owned = ownedColumnsOf(sheet, values, gradedBefore(stored[COLOUR_RULES_KEY], sheet.getName()));
  const days = documentDays(spreadsheet.getSpreadsheetTimeZone(), services.now, services.utilities);
  const open = settings.graceSnapshots > 0 ? readOpenHistory(services, days.toDay).open : [];
  const result: PipelineResult = tierSheetValues(values, settings, {
    today: services.now,
    todayKey: days.today,
    dateKey: days.toDay,
    baselines: baselinesOf(open, days.today),
    lang,
    gradeWithout: [...remembered, ...gradeWithoutNow],
    ownedIn: owned.ownedIn,
  });
  if (!result.ok) return pipelineProblem(result, sheet.getName());
  const { table, counts, problems, classification } = result.value;
  const outputs = publishedNotes(services, settings, result.value.outputs, classification.results, days, lang);
  const plan = placeOnSheet(sheet, values, table.headerRow, table.outputs);
  const { columns } = plan;
  const lastColumn = Math.max(...columns);
  ensureSize(sheet, { columns: lastColumn });
  const block = literalCells([OUTPUT_KEYS.map(key => outputHeader(key, lang)), ...outputs]);
  if (outputsSideBySide(plan)) {
    sheet.getRange(table.headerRow + 1, columns[0], block.length, columns.length).setValues(block);
  } else {
    // The user moved an output column: each is written where it now is, never over the columns between them.
    columns.forEach((column, i) => {
      sheet.getRange(table.headerRow + 1, column, block.length, 1).setValues(block.map(row => [row[i] ?? '']));
    });
  }
  markOutputs(sheet, table.headerRow, plan, owned.marked(table.headerRow));
  const lastRow = table.headerRow + 1 + outputs.length;
  const coloured = [...settings.tiers, { name: STATUS_TEXT.invalid[lang], color: CHECK_DATA_COLOUR }];
  const rules = tierColourRules(coloured, plan, table.headerRow + 2, lastRow);
  const exists = (name: string) => spreadsheet.getSheetByName(name) !== null;
  const ruleFormulas = applyColourRules(sheet, rules, stored[COLOUR_RULES_KEY], exists, services.spreadsheetApp);
  const sheetName = sheet.getName();
  const missing = table.match.missing;
  const kept = stillWithout(remembered, missing);
  const essentials = { [TABLE_SHEET_KEY]: sheetName, ...(kept ? { [GRADE_WITHOUT_KEY]: JSON.stringify(kept) } : {}) };
  // What onEdit's row-by-row shortcut checks the table against (regrade-rows.ts); without it edits regrade it all.
  const graded = { [GRADED_TABLE_KEY]: gradedTableMemory(sheetName, table.headerRow + 1, lastRow) };
  const saved = storeProperties(
    properties,
    { [COLOUR_RULES_KEY]: ruleFormulas, ...essentials, ...graded },
    DOCUMENT_WORDS.colourMemory,
  );
  // A full store: the few bytes that let onEdit find the table are worth a second try without the colour memory.
  if (!saved.ok) storeProperties(properties, essentials, DOCUMENT_WORDS.colourMemory);
  const needed = neededDimensions(settings);
  return {
    ok: true,
    sheetName,
    counts,
    problems,
    insufficient: classification.counts.insufficient,
    invalid: classification.counts.invalid,
    customers: outputs.filter(row => row[0] !== '').length,
    tierNames: settings.tiers.map(tier => tier.name),
    without: settings.dimensions.filter(d => needed.has(d.id) && missing.includes(d.id)).map(d => d.label),
    choices: headerChoicesText(table.headers, table.match, settings),
    warning: joinWarnings(unreadable?.message ?? null, saved.ok ? null : saved.message),
  };
}

/** Under a review cycle, the Why notes where the live tier differs from the one in force (one more read). */
function publishedNotes(
  services: RecomputeServices,
  settings: Settings,
  outputs: readonly OutputCells[],
  results: readonly { readonly name: string }[],
  days: DocumentDays,
  lang: Lang,
): OutputCells[] {
  if (!settings.reviewCycle) return [...outputs];
  const publications = readPublicationRecord(services.spreadsheet, services.properties, days.toDay);
  const inForce = publishedTiers(lastPublicationOn(publications, days.today));
  const names = results.map(r => r.name);
  return withPublishedNotes(
    outputs,
    names,
    inForce,
    settings.tiers.map(t => t.name),
    lang,
  );
}

/** Both warnings in one text (each language), or the one there is. */
function joinWarnings(a: LocalText | null, b: LocalText | null): LocalText | null {
  if (a === null || b === null) return a ?? b;
  return { zh: `${a.zh}\n${b.zh}`, en: `${a.en}\n${b.en}` };
}

/** A pipeline failure as the problem a command reports. */
export function pipelineProblem(
  result: Exclude<PipelineResult, { ok: true }>,
  sheetName: string,
): { readonly ok: false } & TableProblem {
  return result.issue === 'missing_columns'
    ? { ok: false, code: 'missing_columns', sheetName, missing: result.missing }
    : { ok: false, code: 'no_table', sheetName, lookedFor: result.lookedFor };
}
