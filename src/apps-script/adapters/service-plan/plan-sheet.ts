// The "Service plan" sheet: written whole by the menu command and the daily run (hidden data block plus the visible
// area for the picked salesperson), and the visible area re-drawn from the data block when the picker (B2) changes.
// A constant number of service calls for each, whatever the number of customers.
import { evaluateLog, type LedgerEvaluation } from '../../../core/ledger/index.ts';
import type { Lang } from '../../../core/locale.ts';
import { type PlanItem, servicePlanItems } from '../../../core/service-plan/due.ts';
import {
  BODY_ROW,
  DATA_COLUMN,
  DATA_COLUMNS,
  dataBlock,
  PICK_COLUMN,
  PICK_ROW,
  PLAN_COLUMNS,
  type PlanData,
  planGrid,
  planRows,
  planTop,
  readDataBlock,
} from '../../../core/service-plan/sheet.ts';
import { findAddonSheet, findOrInsertAddonSheet } from '../document/addon-sheet.ts';
import { ensureSize } from '../document/sheet-size.ts';
import { findLogSheet, LOG_ENTRY_COLUMNS } from '../ledger/log-sheet.ts';
import type { LedgerSources } from '../ledger/sources.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Widths of the visible columns: names, words, the open item's sentence, numbers. */
const WIDTHS = [180, 100, 50, 110, 300, 130, 70, 80] as const;

export type PlanOutcome =
  | { readonly ok: true; readonly items: number; readonly customers: number }
  | { readonly ok: false; readonly code: 'no_table' | 'no_tiers' };

/** The log's entry rows (one read; none without a log). */
export function logRows(log: Sheet | null): unknown[][] {
  const last = log ? log.getLastRow() : 0;
  return log && last >= 2 ? log.getRange(2, 1, last - 1, LOG_ENTRY_COLUMNS).getValues() : [];
}

/** Every customer's open items on today, judged against the log's rows. Null without a customer table. */
export function planItems(sources: LedgerSources, rows: readonly (readonly unknown[])[]): PlanItem[] | null {
  const table = sources.customers;
  if (!table) return null;
  const evaluation: LedgerEvaluation = evaluateLog({
    settings: sources.settings,
    timeline: sources.timeline,
    rows,
    customers: table.names,
    today: sources.days.today,
    toDay: sources.days.toDay,
  });
  const customers = table.names.map((name, i) => ({
    name,
    salesperson: table.salespeople[i],
    row: table.firstRow + i,
  }));
  return servicePlanItems(
    evaluation,
    { settings: sources.settings, timeline: sources.timeline, today: sources.days.today },
    customers,
  );
}

/**
 * Rebuilds the service plan sheet (creating it the first time) for today, keeping the salesperson picked in B2.
 * The caller holds the document lock.
 */
export function writeServicePlan(
  spreadsheet: Spreadsheet,
  sources: LedgerSources,
  properties: GoogleAppsScript.Properties.Properties,
): PlanOutcome {
  const table = sources.customers;
  if (!table) return { ok: false, code: 'no_table' };
  if (!table.tiers.some(t => String(t ?? '').trim() !== '')) return { ok: false, code: 'no_tiers' };
  const items = planItems(sources, logRows(findLogSheet(spreadsheet, properties))) ?? [];
  const { lang, settings } = sources;
  const data: PlanData = {
    asOf: sources.days.today,
    gid: table.sheet.getSheetId(),
    rows: planRows(items, settings, lang),
  };
  const existing = findAddonSheet(spreadsheet, 'servicePlan', properties);
  const pick = existing ? existing.getRange(PICK_ROW, PICK_COLUMN).getValue() : '';
  drawPlan(existing ?? findOrInsertAddonSheet(spreadsheet, 'servicePlan', lang, properties), data, pick, lang);
  const customers = new Set(items.map(i => i.customer)).size;
  return { ok: true, items: items.length, customers };
}

/** Clears the sheet and writes the top, the visible area for `pick`, the hidden data block and the picker. */
function drawPlan(sheet: Sheet, data: PlanData, pick: unknown, lang: Lang): void {
  const grid = planGrid(data, pick, lang);
  const block = dataBlock(data);
  sheet.clear();
  ensureSize(sheet, {
    rows: Math.max(BODY_ROW - 1 + grid.body.length, block.length),
    columns: DATA_COLUMN + DATA_COLUMNS - 1,
  });
  sheet.getRange(1, 1, 2, 2).setValues(planTop(data.asOf, grid.pick, lang));
  sheet.getRange(BODY_ROW, 1, grid.body.length, PLAN_COLUMNS).setValues(grid.body);
  sheet.getRange(1, DATA_COLUMN, block.length, DATA_COLUMNS).setValues(block);
  sheet.hideColumns(DATA_COLUMN, DATA_COLUMNS);
  // The dropdown lists "All" and each salesperson as the counts block names them: one source for both.
  const choices = sheet.getRange(grid.choices.row, 1, grid.choices.count, 1);
  sheet
    .getRange(PICK_ROW, PICK_COLUMN)
    .setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInRange(choices, true).setAllowInvalid(false).build(),
    );
  sheet.getRange(1, 1, 2, 1).setFontWeight('bold');
  sheet.getRange(BODY_ROW, 1, 1, PLAN_COLUMNS).setFontWeight('bold');
  sheet.getRange(grid.headerRow, 1, 1, PLAN_COLUMNS).setFontWeight('bold');
  for (const [i, width] of WIDTHS.entries()) sheet.setColumnWidth(i + 1, width);
  sheet.activate();
}

/** True when an edit is the picker cell (B2) of the add-on's service plan sheet. */
export function isPlanPick(
  range: GoogleAppsScript.Spreadsheet.Range,
  sheet: Sheet,
  planSheetId: number | undefined,
): boolean {
  if (planSheetId === undefined || sheet.getSheetId() !== planSheetId) return false;
  return range.getRow() === PICK_ROW && range.getColumn() === PICK_COLUMN;
}

/**
 * The picker changed: re-draws the visible area below it from the hidden data block (the items of the picked
 * salesperson; everyone's counts). Reads the block once and writes once; the block and the picker stay as they are.
 */
export function applyPlanPick(sheet: Sheet, lang: Lang): void {
  const last = sheet.getLastRow();
  if (last < 1) return;
  const data = readDataBlock(sheet.getRange(1, DATA_COLUMN, last, DATA_COLUMNS).getValues());
  if (!data) return;
  const grid = planGrid(data, sheet.getRange(PICK_ROW, PICK_COLUMN).getValue(), lang);
  sheet.getRange(BODY_ROW, 1, Math.max(last - BODY_ROW + 1, 1), PLAN_COLUMNS).clearContent();
  ensureSize(sheet, { rows: BODY_ROW - 1 + grid.body.length });
  sheet.getRange(BODY_ROW, 1, grid.body.length, PLAN_COLUMNS).setValues(grid.body);
}
