// Writes the "Tier history" sheet in its interval layout: the whole sheet once (conversion, repair), or one
// snapshot's plan (changed open rows in place, new customers at the end of the open block, closed rows at the
// bottom). The sheet is sized to its columns; the block height and snapshot days go to a document property.

import type { IntervalPlan } from '../../../core/history/interval-snapshot.ts';
import {
  type HistoryInterval,
  INTERVAL_HEADERS,
  INTERVAL_WIDTH,
  toIntervalCells,
} from '../../../core/history/intervals.ts';
import { literalText } from '../../../core/layout.ts';
import type { Lang } from '../../../core/locale.ts';
import { HISTORY_WORDS } from '../../../core/wording/history.ts';
import { findOrInsertAddonSheet } from '../document/addon-sheet.ts';
import { storeProperties } from '../document/properties-store.ts';
import { ensureSize } from '../document/sheet-size.ts';

/** Height of the open block (rows 2 … open + 1) and the last two snapshot days. */
export type HistoryMeta = { readonly open: number; readonly last: string | null; readonly previous: string | null };

const META_KEY = 'customerTiers.historyLayout';

/** Dirty open rows this close together are written as one block (fewer calls for a few more cells). */
const MERGE_GAP = 16;

/** The stored layout, or null when missing or unreadable (the reader then re-lays the sheet). */
export function readMeta(properties: GoogleAppsScript.Properties.Properties): HistoryMeta | null {
  const raw = properties.getProperty(META_KEY);
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { open, last, previous } = parsed as Record<string, unknown>;
    if (typeof open !== 'number' || !Number.isInteger(open) || open < 0) return null;
    const day = (v: unknown) => (typeof v === 'string' ? v : null);
    return { open, last: day(last), previous: day(previous) };
  } catch {
    return null;
  }
}

function writeMeta(properties: GoogleAppsScript.Properties.Properties, meta: HistoryMeta): void {
  // A refused write (store full) only costs the next read one full read of the sheet to find the block again.
  storeProperties(properties, { [META_KEY]: JSON.stringify(meta) }, HISTORY_WORDS.layoutRecord);
}

/** Rewrites the whole sheet: header, open rows, closed rows (by end day); returns the rows in sheet order. */
export function rewriteHistory(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rows: readonly HistoryInterval[],
  meta: HistoryMeta,
  lang: Lang,
  properties: GoogleAppsScript.Properties.Properties,
): HistoryInterval[] {
  const open = rows.filter(r => r.to === null);
  const closed = rows
    .filter(r => r.to !== null)
    .sort((a, b) => ((a.to ?? '') < (b.to ?? '') ? -1 : (a.to ?? '') > (b.to ?? '') ? 1 : 0));
  const ordered = [...open, ...closed];
  sheet.clearContents();
  fitSheet(sheet, ordered.length + 2);
  sheet.getRange(1, 1, ordered.length + 1, INTERVAL_WIDTH).setValues([headerCells(lang), ...ordered.map(literalRow)]);
  sheet.setFrozenRows(1);
  writeMeta(properties, { ...meta, open: open.length });
  return ordered;
}

/** Applies one snapshot's plan to a sheet laid out as `meta` says, and records today as the last snapshot day. */
export function applyIntervalPlan(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  plan: IntervalPlan,
  meta: HistoryMeta,
  today: string,
  properties: GoogleAppsScript.Properties.Properties,
): HistoryMeta {
  const grown = plan.open.length - meta.open;
  if (grown > 0) {
    // Closed rows below the block move down with the inserted rows; without any, the grid only needs to be tall enough.
    const lastRow = sheet.getLastRow();
    if (lastRow > meta.open + 1) sheet.insertRowsAfter(meta.open + 1, grown);
    else ensureSize(sheet, { rows: plan.open.length + 2 }); // a spare row: the reader's window stays the same size
  }
  for (const [first, last] of runs(plan.dirty)) {
    const rows = plan.open.slice(first, last + 1).map(literalRow);
    sheet.getRange(first + 2, 1, rows.length, INTERVAL_WIDTH).setValues(rows);
  }
  if (plan.closed.length > 0) {
    const at = Math.max(sheet.getLastRow(), plan.open.length + 1) + 1;
    ensureSize(sheet, { rows: at + plan.closed.length });
    sheet.getRange(at, 1, plan.closed.length, INTERVAL_WIDTH).setValues(plan.closed.map(literalRow));
  }
  const next: HistoryMeta = {
    open: plan.open.length,
    last: today,
    previous: meta.last === today ? meta.previous : meta.last,
  };
  writeMeta(properties, next);
  return next;
}

/** A new Tier history sheet in `lang`, with its header, sized to its columns. */
export function createHistorySheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  properties: GoogleAppsScript.Properties.Properties,
): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = findOrInsertAddonSheet(spreadsheet, 'history', lang, properties);
  fitSheet(sheet, 2);
  sheet.getRange(1, 1, 1, INTERVAL_WIDTH).setValues([headerCells(lang)]);
  sheet.setFrozenRows(1);
  return sheet;
}

/** Exactly INTERVAL_WIDTH columns and `rows` rows: more are dropped (the sheet is the add-on's), fewer added. */
function fitSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number): void {
  ensureSize(sheet, { rows, columns: INTERVAL_WIDTH });
  const columns = sheet.getMaxColumns();
  if (columns > INTERVAL_WIDTH) sheet.deleteColumns(INTERVAL_WIDTH + 1, columns - INTERVAL_WIDTH);
  const maxRows = sheet.getMaxRows();
  if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  sheet.hideColumns(INTERVAL_WIDTH);
}

function headerCells(lang: Lang): string[] {
  return INTERVAL_HEADERS[lang].map(literalText);
}

/** Text stays text (no date, number or formula parsing); Published stays a boolean. */
function literalRow(row: HistoryInterval): (string | number | boolean)[] {
  return toIntervalCells(row).map(cell => (typeof cell === 'string' ? literalText(cell) : cell));
}

/** Ascending slots grouped into [first, last] runs, merging gaps up to MERGE_GAP. */
function runs(slots: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const slot of slots) {
    const run = out[out.length - 1];
    if (run && slot - run[1] <= MERGE_GAP) run[1] = slot;
    else out.push([slot, slot]);
  }
  return out;
}
