// The "Tier changes" sheet: the migration matrix of the last two snapshots and every move newest first
// (src/core/history/changes-sheet.ts), written as one block. Today's moves go above the ones the sheet already
// lists, so a snapshot reads a fixed window of this sheet (at most 2,000 moves), never the whole history; only a
// missing list is rebuilt from the history.
import type { TierChange } from '../../../core/history/changes.ts';
import {
  changesSheet,
  listedChanges,
  revenueDimension,
  valuesByCustomer,
} from '../../../core/history/changes-sheet.ts';
import { type IntervalPlan, intervalChanges, snapshotMatrix } from '../../../core/history/interval-snapshot.ts';
import type { HistoryInterval } from '../../../core/history/intervals.ts';
import { literalCells } from '../../../core/layout.ts';
import type { Lang } from '../../../core/locale.ts';
import type { TieredTable } from '../../../core/pipeline.ts';
import type { Settings } from '../../../core/settings.ts';
import { HISTORY_WORDS } from '../../../core/wording/history.ts';
import { findAddonSheet, findOrInsertAddonSheet } from '../document/addon-sheet.ts';
import { ensureSize } from '../document/sheet-size.ts';

/** Rows and columns the snapshot reads back: the matrix and the longest list fit; the same size every day. */
const WINDOW_ROWS = 2100;
const WINDOW_COLUMNS = HISTORY_WORDS.changesHeaders.length;

/** The sheet's first WINDOW_ROWS × WINDOW_COLUMNS cells (grown to that size first, so the read never varies). */
function readWindow(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  ensureSize(sheet, { rows: WINDOW_ROWS, columns: WINDOW_COLUMNS });
  return sheet.getRange(1, 1, WINDOW_ROWS, WINDOW_COLUMNS).getValues();
}

/** Today's snapshot as the Changes sheet needs it. */
export type SnapshotMoves = {
  readonly plan: Pick<IntervalPlan, 'open' | 'moves'>;
  readonly previous: string | null;
  readonly today: string;
  /** Every history row, read only when the sheet has no list to continue. */
  readonly allRows: () => readonly HistoryInterval[];
};

/** Rewrites the Tier changes sheet (creating it in the user's language if missing). */
export function writeChangesSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  properties: GoogleAppsScript.Properties.Properties,
  snapshot: SnapshotMoves,
  settings: Settings,
  tiered: TieredTable,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = findAddonSheet(spreadsheet, 'changes', properties);
  const listed = existing ? listedChanges(readWindow(existing)) : null;
  const continues = listed !== null;
  const moves: TierChange[] = continues
    ? intervalChanges(
        snapshot.plan.moves.flatMap(m => [m.before, m.after]),
        settings,
      )
    : intervalChanges(snapshot.allRows(), settings);
  const revenue = valuesByCustomer(tiered, revenueDimension(settings));
  const matrix = snapshotMatrix(snapshot.plan.open, snapshot, settings, revenue);
  const values = changesSheet(matrix, moves, listed ?? [], lang);
  const sheet = existing ?? findOrInsertAddonSheet(spreadsheet, 'changes', lang, properties);
  sheet.clearContents();
  const width = values[0]?.length ?? 1;
  ensureSize(sheet, { rows: values.length, columns: width });
  sheet.getRange(1, 1, values.length, width).setValues(literalCells(values));
  return sheet;
}
