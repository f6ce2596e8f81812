// The "Quota overview" sheet: one row per customer, for each benefit the allotted, used and remaining amount in the
// current period (src/core/ledger/overview-sheet.ts). Rebuilt whole by the menu and the daily update with one clear
// and one write.

import { literalCells } from '../../../core/layout.ts';
import type { LedgerEvaluation } from '../../../core/ledger/index.ts';
import { overviewSheet } from '../../../core/ledger/overview-sheet.ts';
import { findOrInsertAddonSheet } from '../document/addon-sheet.ts';
import { ensureSize } from '../document/sheet-size.ts';
import { evaluateLedger, refreshLedgerStatuses } from './log-sheet.ts';
import type { LedgerSources } from './sources.ts';

export type OverviewResult = { readonly customers: number; readonly overQuota: number; readonly period: string };

/**
 * Re-judges the log (so statuses follow the calendar too) and rebuilds the overview for the period containing today.
 * Row 1 names the period, row 2 holds the headers, customers start on row 3.
 */
export function refreshQuotaOverview(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sources: LedgerSources,
): OverviewResult {
  const evaluation: LedgerEvaluation = refreshLedgerStatuses(spreadsheet, sources) ?? evaluateLedger([], sources);
  const { lang, settings } = sources;
  const customers = { names: sources.customers?.names ?? [], tiers: sources.customers?.tiers ?? [] };
  const overview = overviewSheet(
    evaluation,
    { settings, timeline: sources.timeline, today: sources.days.today },
    customers,
    lang,
  );
  const { grid, backgrounds } = overview;
  const width = grid[1]?.length ?? 1;
  const sheet = findOrInsertAddonSheet(spreadsheet, 'overview', lang);
  sheet.clear();
  ensureSize(sheet, { rows: grid.length, columns: width });
  sheet.getRange(1, 1, grid.length, width).setValues(literalCells(grid));
  if (backgrounds.length > 0) sheet.getRange(3, 1, backgrounds.length, width).setBackgrounds(backgrounds);
  sheet.getRange(1, 1, 2, width).setFontWeight('bold');
  sheet.setFrozenRows(2);
  return { customers: backgrounds.length, overQuota: overview.overQuota, period: overview.periodLabel };
}
