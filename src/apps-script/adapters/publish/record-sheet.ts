// The "Published tiers" sheet: every publication of the review cycle, one row per customer, appended
// in one block and never rewritten, so a reload (or another user) reads the same official tiers back.

import type { DateToDay } from '../../../core/days.ts';
import { literalCells, literalText } from '../../../core/layout.ts';
import type { Lang } from '../../../core/locale.ts';
import {
  PUBLICATION_WIDTH,
  type Publication,
  publicationCells,
  readPublications,
} from '../../../core/publish/published.ts';
import { PUBLISH_WORDS } from '../../../core/wording/publish.ts';
import { findAddonSheet, findOrInsertAddonSheet } from '../document/addon-sheet.ts';
import { ensureSize } from '../document/sheet-size.ts';

/** Every publication, oldest first (one read); none when the sheet does not exist. */
export function readPublicationRecord(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  properties: GoogleAppsScript.Properties.Properties,
  toDay: DateToDay,
): Publication[] {
  const sheet = findAddonSheet(spreadsheet, 'published', properties);
  if (!sheet || sheet.getLastRow() < 2) return [];
  const values = sheet.getRange(2, 1, sheet.getLastRow() - 1, PUBLICATION_WIDTH).getValues();
  return readPublications(values, toDay);
}

/** Appends one publication below the others (creating the sheet with its header the first time). */
export function appendPublication(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  properties: GoogleAppsScript.Properties.Properties,
  publication: Publication,
  periodLabel: string,
  lang: Lang,
): void {
  const sheet = findOrInsertAddonSheet(spreadsheet, 'published', lang, properties);
  let lastRow = sheet.getLastRow();
  if (lastRow === 0) {
    ensureSize(sheet, { rows: 2, columns: PUBLICATION_WIDTH });
    sheet.getRange(1, 1, 1, PUBLICATION_WIDTH).setValues([PUBLISH_WORDS.headers.map(h => literalText(h[lang]))]);
    sheet.getRange(1, 1, 1, PUBLICATION_WIDTH).setFontWeight('bold');
    sheet.setFrozenRows(1);
    lastRow = 1;
  }
  const rows = literalCells(publicationCells(publication, periodLabel));
  if (rows.length === 0) return;
  ensureSize(sheet, { rows: lastRow + rows.length });
  sheet.getRange(lastRow + 1, 1, rows.length, PUBLICATION_WIDTH).setValues(rows);
}
