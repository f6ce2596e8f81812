// The "Customer notices" sheet: one letter per graded customer from the settings' template, written in one block
// (customer, salesperson, tier, notice; the published tier under a review cycle); and its rows read back for the printable dialog.

import { customerKey } from '../../../core/customers.ts';
import { literalCells } from '../../../core/layout.ts';
import type { Lang } from '../../../core/locale.ts';
import { type NoticeRow, noticeReview, noticeRows } from '../../../core/notices/notice.ts';
import { findSalespersonColumn } from '../../../core/notices/salesperson.ts';
import { lastPublicationOn, publishedTiers } from '../../../core/publish/published.ts';
import { tierIndexer } from '../../../core/tier-names.ts';
import { findAddonSheet, findOrInsertAddonSheet } from '../document/addon-sheet.ts';
import { ensureSize } from '../document/sheet-size.ts';
import { readTiersNow, type TiersNowResult } from '../history/snapshot.ts';
import { readPublicationRecord } from '../publish/record-sheet.ts';
import type { RecomputeServices } from '../table/recompute.ts';

const COLUMNS = 4;
/** Letter column wide enough to read a notice; the others fit a name. */
const WIDTHS = [160, 100, 60, 640] as const;

export type NoticesOutcome =
  | { readonly ok: true; readonly written: number; readonly skipped: number }
  | Exclude<TiersNowResult, { ok: true }>;

/** Rewrites the notices sheet from the current tiers. The caller holds the document lock. */
export function writeNotices(services: RecomputeServices, lang: Lang): NoticesOutcome {
  const read = readTiersNow(services, lang);
  if (!read.ok) return read;
  const { settings, tiered, days } = read.value;
  const salesColumn = findSalespersonColumn(tiered.table.headers);
  // Under a review cycle a notice states the published tier (the one benefits follow), else the live one.
  const inForce = settings.reviewCycle
    ? publishedTiers(
        lastPublicationOn(readPublicationRecord(services.spreadsheet, services.properties, days.toDay), days.today),
      )
    : new Map<string, string>();
  const indexOf = tierIndexer(settings.tiers.map(t => t.name));
  const customers = tiered.classification.results.flatMap((result, i) => {
    const frozen = indexOf(inForce.get(customerKey(result.name)));
    const tier = frozen >= 0 ? frozen : (tiered.stable[i]?.tier ?? null);
    if (result.status === 'blank' || tier === null) return [];
    const cell = salesColumn === null ? '' : tiered.table.rows[i]?.[salesColumn];
    return [{ customer: result.name, salesperson: cell == null ? '' : String(cell).trim(), tier }];
  });
  const graded = tiered.classification.results.filter(r => r.status !== 'blank').length;
  const rows = noticeRows(customers, settings, noticeReview(days.today, settings, lang), lang);
  const sheet = findOrInsertAddonSheet(services.spreadsheet, 'notices', lang);
  sheet.clear();
  ensureSize(sheet, { rows: rows.length, columns: COLUMNS });
  const range = sheet.getRange(1, 1, rows.length, COLUMNS);
  range.setValues(literalCells(rows.map(row => [...row])));
  sheet.getRange(1, 1, 1, COLUMNS).setFontWeight('bold');
  sheet.getRange(1, COLUMNS, rows.length, 1).setWrap(true);
  for (const [i, width] of WIDTHS.entries()) sheet.setColumnWidth(i + 1, width);
  sheet.setFrozenRows(1);
  sheet.activate();
  return { ok: true, written: customers.length, skipped: graded - customers.length };
}

/** Up to `limit` notices from the sheet (one read), and how many it holds; null when there is no notices sheet. */
export function readNotices(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  limit: number,
): { readonly rows: NoticeRow[]; readonly total: number } | null {
  const sheet = findAddonSheet(spreadsheet, 'notices');
  if (!sheet) return null;
  const total = Math.max(sheet.getLastRow() - 1, 0);
  const count = Math.min(total, limit);
  if (count === 0) return { rows: [], total };
  const text = (cell: unknown) => (cell == null ? '' : String(cell));
  const rows = sheet
    .getRange(2, 1, count, COLUMNS)
    .getValues()
    .map(r => [text(r[0]), text(r[1]), text(r[2]), text(r[3])] as const);
  return { rows, total };
}
