// Finds the customer table inside a sheet's values: the header row (possibly below a title), the input columns
// the engine reads, and where the add-on's output columns go.
import { type HeaderMatch, matchHeaders } from './headers.ts';
import { inputCells, type OutputPlan, type OwnedColumns, planOutputs } from './layout.ts';
import type { MissingColumns } from './missing-columns.ts';
import type { Settings } from './settings-schema.ts';

/** How far down a sheet a header row is looked for (titles and notes above a table are common in exports). */
const HEADER_SEARCH_ROWS = 10;

export type CustomerTable = {
  /** 0-based index of the header row in the sheet values. */
  readonly headerRow: number;
  readonly headers: readonly unknown[];
  /** Data rows, cut to the user's columns; the add-on's own output cells read as blank (see inputCells). */
  readonly rows: readonly (readonly unknown[])[];
  readonly match: HeaderMatch;
  readonly outputs: OutputPlan;
};

/** Why a command found no customer table to work on (or no settings to grade it with). */
export type TableProblem =
  | { readonly code: 'no_table'; readonly sheetName: string; readonly lookedFor: readonly string[] }
  | { readonly code: 'no_sheet'; readonly sheetName: string }
  | { readonly code: 'missing_columns'; readonly sheetName: string; readonly missing: MissingColumns }
  | { readonly code: 'settings_unreadable'; readonly message: Readonly<Record<'zh' | 'en', string>> };

export type TableResult =
  | { readonly ok: true; readonly table: CustomerTable }
  | { readonly ok: false; readonly issue: 'empty_sheet' | 'no_header_row'; readonly lookedFor: readonly string[] };

/**
 * Picks the row in the first ten that names the customer column and the most dimension columns. Never throws:
 * a sheet it cannot understand gives the header names it looked for. `ownedIn(row)`: which columns of that row are
 * the add-on's own outputs (default: any cell named Tier, Score or Why, for callers that only read).
 */
export function findCustomerTable(
  values: readonly (readonly unknown[])[],
  settings: Settings,
  ownedIn: (row: number) => OwnedColumns = () => 'by-header',
): TableResult {
  const lookedFor = [settings.customerHeaders[0], ...settings.dimensions.map(d => d.headers[0] ?? d.label.en)].filter(
    (name): name is string => name !== undefined && name !== '',
  );
  if (values.length === 0) return { ok: false, issue: 'empty_sheet', lookedFor };
  let best: { row: number; match: HeaderMatch; found: number } | null = null;
  for (let row = 0; row < Math.min(HEADER_SEARCH_ROWS, values.length); row++) {
    const cells = values[row] ?? [];
    const outputs = planOutputs(cells, ownedIn(row));
    const match = matchHeaders(inputCells(cells, outputs), settings);
    const found = match.dimensions.filter(column => column !== null).length;
    if (match.customer !== null && found > 0 && (best === null || found > best.found)) best = { row, match, found };
  }
  if (best === null) return { ok: false, issue: 'no_header_row', lookedFor };
  const headerCells = values[best.row] ?? [];
  const outputs = planOutputs(headerCells, ownedIn(best.row));
  const rows = values.slice(best.row + 1).map(row => inputCells(row, outputs));
  return {
    ok: true,
    table: { headerRow: best.row, headers: inputCells(headerCells, outputs), rows, match: best.match, outputs },
  };
}
