// "Save snapshot" and the daily trigger's snapshot: reads the customer table and the "Tier history" sheet once,
// runs the same pipeline as Recompute (engine + overrides + grace), appends today's rows (append-only: one
// setValues below the last row) and rewrites the "Tier changes" sheet. Service calls are a constant.

import { type IntervalPlan, planIntervalSnapshot } from '../../../core/history/interval-snapshot.ts';
import { baselinesOf } from '../../../core/history/intervals.ts';
import type { Lang } from '../../../core/locale.ts';
import { type TieredTable, tierSheetValues } from '../../../core/pipeline.ts';
import type { Settings } from '../../../core/settings.ts';
import type { TableProblem } from '../../../core/table.ts';
import { type DocumentDays, documentDays } from '../document/days.ts';
import { TABLE_SHEET_KEY } from '../document/keys.ts';
import { settingsFromProperties } from '../document/settings-store.ts';
import { gradeWithoutFrom } from '../table/grade-without.ts';
import { pipelineProblem, type RecomputeServices, resolveTableSheet } from '../table/recompute.ts';
import { writeChangesSheet } from './changes.ts';
import { type OpenHistory, readAllHistory, readOpenHistory } from './read.ts';
import { applyIntervalPlan, createHistorySheet } from './write.ts';

/** What the pipeline produced for the customer table, plus the open history rows it was graded against. */
export type TiersNow = {
  readonly settings: Settings;
  readonly days: DocumentDays;
  readonly tiered: TieredTable;
  readonly history: OpenHistory;
};

export type TiersNowResult = { readonly ok: true; readonly value: TiersNow } | ({ readonly ok: false } & TableProblem);

/**
 * Reads settings, the customer table (settings' sheet, else the sheet Recompute last graded, else the active one)
 * and the open history rows, and runs the pipeline. Writes only when the history sheet needs converting.
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
  const history = readOpenHistory(services, days.toDay);
  const result = tierSheetValues(values, settings, {
    today: services.now,
    todayKey: days.today,
    dateKey: days.toDay,
    baselines: baselinesOf(history.open, days.today),
    lang,
    gradeWithout: gradeWithoutFrom(stored),
  });
  if (!result.ok) return pipelineProblem(result, sheet.getName());
  return { ok: true, value: { settings, days, tiered: result.value, history } };
}

export type SnapshotOutcome =
  | ({ readonly ok: true; readonly date: string } & Pick<IntervalPlan, 'added' | 'already' | 'duplicates' | 'untiered'>)
  | Exclude<TiersNowResult, { ok: true }>;

/**
 * Takes today's snapshot (the daily trigger's entry; the caller holds the document lock): writes the rows of
 * customers whose state changed and of new customers, then updates the Tier changes sheet. Running it twice the
 * same day adds only customers missing from the first run.
 */
export function takeSnapshot(services: RecomputeServices, lang: Lang): SnapshotOutcome {
  const read = readTiersNow(services, lang);
  if (!read.ok) return read;
  const { settings, days, tiered, history } = read.value;
  const rows = tiered.classification.results.map(r => ({ customer: r.name, score: r.score }));
  const sameDay = history.meta.last === days.today;
  const plan = planIntervalSnapshot(rows, tiered.stable, history.open, settings, { today: days.today, lang, sameDay });
  const sheet = history.sheet ?? createHistorySheet(services.spreadsheet, lang, services.properties);
  const meta = applyIntervalPlan(sheet, plan, history.meta, days.today, services.properties);
  const allRows = () => readAllHistory(services, days.toDay).rows;
  writeChangesSheet(
    services.spreadsheet,
    services.properties,
    { plan, previous: meta.previous, today: days.today, allRows },
    settings,
    tiered,
    lang,
  );
  const { added, already, duplicates, untiered } = plan;
  return { ok: true, date: days.today, added, already, duplicates, untiered };
}
