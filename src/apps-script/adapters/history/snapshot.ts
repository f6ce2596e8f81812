// "Save snapshot" and the daily trigger's snapshot: reads the customer table and the "Tier history" sheet once,
// runs the same pipeline as Recompute (engine + overrides + grace), appends today's rows (append-only: one
// setValues below the last row) and rewrites the "Tier changes" sheet. Service calls are a constant.

import { HISTORY_HEADERS, HISTORY_WIDTH, toHistoryCells } from '../../../core/history/record.ts';
import { planSnapshot, type SnapshotPlan } from '../../../core/history/snapshot.ts';
import { literalCells } from '../../../core/layout.ts';
import type { Lang } from '../../../core/locale.ts';
import { type TieredTable, tierSheetValues } from '../../../core/pipeline.ts';
import type { Settings } from '../../../core/settings.ts';
import type { TableProblem } from '../../../core/table.ts';
import { findOrInsertAddonSheet } from '../document/addon-sheet.ts';
import { type DocumentDays, documentDays } from '../document/days.ts';
import { TABLE_SHEET_KEY } from '../document/keys.ts';
import { settingsFromProperties } from '../document/settings-store.ts';
import { ensureSize } from '../document/sheet-size.ts';
import { gradeWithoutFrom } from '../table/grade-without.ts';
import { pipelineProblem, type RecomputeServices, resolveTableSheet } from '../table/recompute.ts';
import { writeChangesSheet } from './changes.ts';
import { type HistorySheet, readHistorySheet } from './read.ts';

/** What the pipeline produced for the customer table, plus what snapshot and summary read alongside. */
export type TiersNow = {
  readonly settings: Settings;
  readonly days: DocumentDays;
  readonly tiered: TieredTable;
  readonly history: HistorySheet;
};

export type TiersNowResult = { readonly ok: true; readonly value: TiersNow } | ({ readonly ok: false } & TableProblem);

/**
 * Reads settings, the customer table (settings' sheet, else the sheet Recompute last graded, else the active one)
 * and the history, and runs the pipeline. Never writes.
 */
export function readTiersNow(services: RecomputeServices, lang: Lang): TiersNowResult {
  const { spreadsheet, properties } = services;
  const stored = properties.getProperties();
  const { settings, unreadable } = settingsFromProperties(stored, lang);
  if (unreadable && !unreadable.usable) return { ok: false, code: 'settings_unreadable', message: unreadable.message };
  const sheet = resolveTableSheet(spreadsheet, settings, stored[TABLE_SHEET_KEY], 'remembered');
  if (!sheet) return { ok: false, code: 'no_sheet', sheetName: settings.sheetName };
  const values = sheet.getDataRange().getValues();
  const days = documentDays(spreadsheet.getSpreadsheetTimeZone(), services.now, services.utilities);
  const history = readHistorySheet(spreadsheet, days.toDay);
  const result = tierSheetValues(values, settings, {
    today: services.now,
    todayKey: days.today,
    dateKey: days.toDay,
    history: history.records,
    lang,
    gradeWithout: gradeWithoutFrom(stored),
  });
  if (!result.ok) return pipelineProblem(result, sheet.getName());
  return { ok: true, value: { settings, days, tiered: result.value, history } };
}

export type SnapshotOutcome =
  | ({ readonly ok: true; readonly date: string; readonly added: number } & Omit<SnapshotPlan, 'records'>)
  | Exclude<TiersNowResult, { ok: true }>;

/**
 * Takes today's snapshot (the daily trigger's entry; the caller holds the document lock). At most one row per
 * customer per day: running it twice the same day adds only customers missing from the first run.
 */
export function takeSnapshot(services: RecomputeServices, lang: Lang): SnapshotOutcome {
  const read = readTiersNow(services, lang);
  if (!read.ok) return read;
  const { settings, days, tiered, history } = read.value;
  const rows = tiered.classification.results.map(r => ({ customer: r.name, score: r.score }));
  const plan = planSnapshot(rows, tiered.stable, history.records, settings, { today: days.today, lang });
  const sheet = history.sheet ?? createHistorySheet(services, lang);
  if (history.sheet && history.lastRow === 0) writeHistoryHeader(sheet, lang);
  else if (history.sheet && history.width < HISTORY_WIDTH) addFactsColumn(sheet, lang);
  const firstRow = Math.max(history.lastRow, 1) + 1;
  if (plan.records.length > 0) {
    const lastRow = firstRow + plan.records.length - 1;
    ensureSize(sheet, { rows: lastRow, columns: HISTORY_WIDTH });
    // Literal text: the date stays the text '2026-03-05' and no customer name can turn into a formula or number.
    sheet
      .getRange(firstRow, 1, plan.records.length, HISTORY_WIDTH)
      .setValues(literalCells(plan.records.map(toHistoryCells)));
  }
  writeChangesSheet(services.spreadsheet, [...history.records, ...plan.records], settings, tiered, lang);
  const { records, ...counts } = plan;
  return { ok: true, date: days.today, added: records.length, ...counts };
}

function createHistorySheet(services: RecomputeServices, lang: Lang): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = findOrInsertAddonSheet(services.spreadsheet, 'history', lang, services.properties);
  writeHistoryHeader(sheet, lang);
  return sheet;
}

function writeHistoryHeader(sheet: GoogleAppsScript.Spreadsheet.Sheet, lang: Lang): void {
  ensureSize(sheet, { columns: HISTORY_WIDTH });
  sheet.getRange(1, 1, 1, HISTORY_WIDTH).setValues(literalCells([HISTORY_HEADERS[lang]]));
  sheet.setFrozenRows(1);
  // The facts are for the add-on (Changes reads them), not for people: out of sight, not out of the sheet.
  sheet.hideColumns(HISTORY_WIDTH);
}

/** A history sheet from before the facts column: its header gets the column, hidden; earlier rows stay as they are. */
function addFactsColumn(sheet: GoogleAppsScript.Spreadsheet.Sheet, lang: Lang): void {
  ensureSize(sheet, { columns: HISTORY_WIDTH });
  sheet.getRange(1, HISTORY_WIDTH).setValues(literalCells([[HISTORY_HEADERS[lang][HISTORY_WIDTH - 1] ?? '']]));
  sheet.hideColumns(HISTORY_WIDTH);
}
