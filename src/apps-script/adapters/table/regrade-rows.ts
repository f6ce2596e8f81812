// onEdit's shortcut when the settings grade each row on its own (core/row-local.ts): it reads the header rows and
// the edited rows and writes only their output cells, so an edit costs the same at 100 or 100,000 customers. Any
// doubt (another layout, the table grew or shrank, a header edited) returns null and the caller regrades it all.
import { baselinesOf } from '../../../core/history/intervals.ts';
import { literalCells, outputsSideBySide } from '../../../core/layout.ts';
import type { Lang } from '../../../core/locale.ts';
import { tierSheetValues } from '../../../core/pipeline.ts';
import { isRowLocal } from '../../../core/row-local.ts';
import { documentDays } from '../document/days.ts';
import { GRADED_TABLE_KEY } from '../document/keys.ts';
import { settingsFromProperties } from '../document/settings-store.ts';
import { readOpenHistory } from '../history/read.ts';
import { COLOUR_RULES_KEY, gradedBefore } from './colours.ts';
import { gradeWithoutFrom } from './grade-without.ts';
import { ownedColumnsOf } from './outputs.ts';
import type { RecomputeServices } from './recompute.ts';

/** The header row is looked for in the first ten rows (core/table.ts): those are always read. */
const TOP_ROWS = 10;

/** How many rows were regraded (their outputs written). */
export type RegradeOutcome = { readonly rows: number };

type GradedTable = { readonly sheet: string; readonly headerRow: number; readonly lastRow: number };

/** The memory a full grading leaves for this shortcut (GRADED_TABLE_KEY). Rows are 1-based. */
export function gradedTableMemory(sheet: string, headerRow: number, lastRow: number): string {
  return JSON.stringify({ sheet, headerRow, lastRow } satisfies GradedTable);
}

/**
 * Regrades sheet rows `first`..`last` (1-based) and writes their Tier, Score and Why, nothing else; null when the
 * whole table must be regraded instead: settings that compare customers, no memory of a full grading of this sheet,
 * a table that no longer ends on the same row, an edit outside the data rows, or outputs not where they were
 * marked. A constant number of service calls; cells read and written grow with the edited rows only.
 * The caller holds the document lock.
 */
export function regradeRows(
  services: RecomputeServices,
  lang: Lang,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  first: number,
  last: number,
): RegradeOutcome | null {
  const { properties } = services;
  const stored = properties.getProperties();
  const { settings, unreadable } = settingsFromProperties(stored, lang);
  // Unreadable settings go the full way, which tells the user.
  if (unreadable || !isRowLocal(settings)) return null;
  const memory = gradedTableOf(stored[GRADED_TABLE_KEY]);
  const name = sheet.getName();
  if (!memory || memory.sheet !== name || first <= memory.headerRow || last > memory.lastRow) return null;
  if (sheet.getLastRow() !== memory.lastRow) return null;
  const width = sheet.getLastColumn();
  const topRows = Math.min(TOP_ROWS, memory.lastRow);
  const top = sheet.getRange(1, 1, topRows, width).getValues();
  // Edited rows below the top block, read in one call; those inside it are in `top` already.
  const start = Math.max(first, topRows + 1);
  const below = last >= start ? sheet.getRange(start, 1, last - start + 1, width).getValues() : [];
  const values = [...top, ...below];
  const owned = ownedColumnsOf(sheet, top, gradedBefore(stored[COLOUR_RULES_KEY], name));
  const days = documentDays(services.spreadsheet.getSpreadsheetTimeZone(), services.now, services.utilities);
  const open = settings.graceSnapshots > 0 ? readOpenHistory(services, days.toDay).open : [];
  const result = tierSheetValues(values, settings, {
    today: services.now,
    todayKey: days.today,
    dateKey: days.toDay,
    baselines: baselinesOf(open, days.today),
    lang,
    gradeWithout: gradeWithoutFrom(stored),
    ownedIn: owned.ownedIn,
  });
  if (!result.ok) return null;
  const { table, outputs } = result.value;
  const plan = table.outputs;
  const marked = owned.marked(table.headerRow);
  if (table.headerRow !== memory.headerRow - 1 || !plan.reused || !plan.columns.every(c => marked.has(c - 1))) {
    return null;
  }
  // Sheet row r is values[r − 1] in the top block, else values[topRows + r − start]; outputs start after the header.
  const block: (string | number)[][] = [];
  for (let r = first; r <= last; r++) {
    const at = r <= topRows ? r - 1 : topRows + r - start;
    block.push(outputs[at - table.headerRow - 1] ?? ['', '', '']);
  }
  const cells = literalCells(block);
  const { columns } = plan;
  if (outputsSideBySide(plan)) sheet.getRange(first, columns[0], cells.length, 3).setValues(cells);
  else {
    columns.forEach((column, i) => {
      sheet.getRange(first, column, cells.length, 1).setValues(cells.map(row => [row[i] ?? '']));
    });
  }
  return { rows: cells.length };
}

function gradedTableOf(json: string | undefined): GradedTable | null {
  if (json === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { sheet, headerRow, lastRow } = parsed as Record<string, unknown>;
    return typeof sheet === 'string' && Number.isInteger(headerRow) && Number.isInteger(lastRow)
      ? { sheet, headerRow: Number(headerRow), lastRow: Number(lastRow) }
      : null;
  } catch {
    return null;
  }
}
