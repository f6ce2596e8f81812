// "Show summary": rebuilds the add-on's own "Summary" sheet from the same pipeline as Recompute (so its numbers
// are the engine's), the benefit log's use this period when the log exists, and two native charts.
import { customerKey } from '../../../core/customers.ts';
import { type ProblemLine, summarySheetValues } from '../../../core/history/report.ts';
import { type SummaryRow, summarise } from '../../../core/history/summary.ts';
import { literalCells } from '../../../core/layout.ts';
import { buildTierTimeline, evaluateLog, periodOf, usageKey } from '../../../core/ledger/index.ts';
import type { Lang } from '../../../core/locale.ts';
import type { TieredTable } from '../../../core/pipeline.ts';
import type { Settings } from '../../../core/settings.ts';
import { SUMMARY_WORDS } from '../../../core/wording/summary.ts';
import { ensureSize } from '../document/sheet-size.ts';
import { revenueDimension } from '../history/changes.ts';
import { readTiersNow, type TiersNow, type TiersNowResult } from '../history/snapshot.ts';
import { findLogSheet, LOG_ENTRY_COLUMNS } from '../ledger/log-sheet.ts';
import type { RecomputeServices } from '../table/recompute.ts';
import { replaceSummaryCharts } from './charts.ts';

export type SummaryOutcome =
  | { readonly ok: true; readonly sheetName: string; readonly customers: number; readonly usage: boolean }
  | Exclude<TiersNowResult, { ok: true }>;

/** Rebuilds the Summary sheet and activates it. The caller holds the document lock. */
export function showSummarySheet(services: RecomputeServices, lang: Lang): SummaryOutcome {
  const read = readTiersNow(services, lang);
  if (!read.ok) return read;
  const { settings, tiered } = read.value;
  const rows = summaryRows(tiered, settings);
  const used = benefitUse(services.spreadsheet, read.value, rows);
  const summary = summarise(rows, settings, used);
  const layout = summarySheetValues(summary, settings, problemLines(tiered, lang), lang, read.value.days.today);
  const spreadsheet = services.spreadsheet;
  const sheet =
    spreadsheet.getSheetByName(SUMMARY_WORDS.summarySheet.zh) ??
    spreadsheet.getSheetByName(SUMMARY_WORDS.summarySheet.en) ??
    spreadsheet.insertSheet(SUMMARY_WORDS.summarySheet[lang]);
  sheet.clearContents();
  const width = layout.values[0]?.length ?? 1;
  ensureSize(
    sheet,
    Math.max(layout.values.length, layout.pareto.numRows),
    layout.pareto.column + layout.pareto.numColumns - 1,
  );
  sheet.getRange(1, 1, layout.values.length, width).setValues(literalCells(layout.values));
  const { pareto, shareColumns } = layout;
  sheet
    .getRange(pareto.row, pareto.column, pareto.numRows, pareto.numColumns)
    .setValues(literalCells(layout.paretoValues));
  sheet
    .getRange(shareColumns.row, shareColumns.column, shareColumns.numRows, shareColumns.numColumns)
    .setNumberFormat('0.0%');
  if (pareto.numRows > 1)
    sheet.getRange(pareto.row + 1, pareto.column + 2, pareto.numRows - 1, 1).setNumberFormat('0.0%');
  replaceSummaryCharts(sheet, layout, lang);
  sheet.activate();
  return { ok: true, sheetName: sheet.getName(), customers: summary.total.customers, usage: used !== null };
}

/** One summary row per customer row of the table (blank rows left out), with its final tier. */
function summaryRows(tiered: TieredTable, settings: Settings): SummaryRow[] {
  const revenueId = revenueDimension(settings);
  const profitId = settings.dimensions.some(d => d.id === 'profit') ? 'profit' : null;
  const dimensionValue = (dims: TieredTable['classification']['results'][number]['dimensions'], id: string | null) =>
    id === null ? null : (dims.find(d => d.id === id)?.value ?? null);
  const rows: SummaryRow[] = [];
  tiered.classification.results.forEach((result, i) => {
    const final = tiered.stable[i];
    if (result.status === 'blank' || final === undefined) return;
    rows.push({
      customer: result.name,
      tier: final.tier,
      revenue: dimensionValue(result.dimensions, revenueId),
      profit: dimensionValue(result.dimensions, profitId),
      problem: final.problem !== null || result.status !== 'tiered' || result.issues.length > 0,
    });
  });
  return rows;
}

function problemLines(tiered: TieredTable, lang: Lang): ProblemLine[] {
  const lines: ProblemLine[] = [];
  tiered.classification.results.forEach((result, i) => {
    const final = tiered.stable[i];
    if (result.status === 'blank' || final === undefined) return;
    if (final.problem !== null) lines.push({ customer: result.name, text: final.problem[lang] });
    else if (result.status !== 'tiered' || result.issues.length > 0) {
      lines.push({ customer: result.name, text: result.reason[lang] });
    }
  });
  return lines;
}

/**
 * What customers of each final tier used of each benefit this period, from the "Benefit log" (one getValues);
 * null when there is no log. Uses are attributed to the customer's tier today.
 */
function benefitUse(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  now: TiersNow,
  rows: readonly SummaryRow[],
): number[][] | null {
  const log = findLogSheet(spreadsheet);
  if (!log) return null;
  const { settings, days, history } = now;
  const lastRow = log.getLastRow();
  const entries = lastRow < 2 ? [] : log.getRange(2, 1, lastRow - 1, LOG_ENTRY_COLUMNS).getValues();
  const timeline = buildTierTimeline({
    tiers: settings.tiers,
    history: history.records.map(r => [r.date, r.customer, r.tier]),
    current: [],
    today: days.today,
    toDay: days.toDay,
  });
  const evaluation = evaluateLog({
    settings,
    timeline,
    rows: entries,
    customers: rows.map(r => r.customer),
    today: days.today,
    toDay: days.toDay,
  });
  const period = periodOf(days.today, settings.period).key;
  const used = settings.benefits.map(() => settings.tiers.map(() => 0));
  const seen = new Set<string>();
  for (const row of rows) {
    const key = customerKey(row.customer);
    if (row.tier === null || seen.has(key)) continue;
    seen.add(key);
    settings.benefits.forEach((benefit, b) => {
      const amount = evaluation.used.get(usageKey(row.customer, benefit.id, period)) ?? 0;
      const perTier = used[b];
      if (perTier && row.tier !== null) perTier[row.tier] = (perTier[row.tier] ?? 0) + amount;
    });
  }
  return used;
}
