// The tiering engine's entry point: a table (header row + rows, as Sheets or a CSV gives them) and the settings
// in, one result per row out. Pure: no Apps Script, no I/O, no clock (today is passed in).
import { calendarDayOf, displayRaw, isBlankCell, localDateToDay } from './cells.ts';
import type { DateToDay } from './days.ts';
import { type GapContext, type ParetoGapContext, paretoFloors, passCutoffs, roundScore } from './gap.ts';
import { matchHeaders } from './headers.ts';
import { reasonContext } from './reason.ts';
import type { CellIssue, Classification, CustomerResult, CustomerStatus } from './result.ts';
import { resultMaker } from './result-view.ts';
import { CELL_EMPTY, CELL_INVALID, CELL_OK, CELL_SHEET_ERROR, type Column, readColumn } from './scoring.ts';
import type { Settings } from './settings-schema.ts';
import { assignTiers } from './tiering.ts';

export type { Classification, CustomerResult } from './result.ts';
export { toPlainResult } from './result-view.ts';

/** A table as read from a sheet or file: the header row and the data rows, cells untouched. */
export type Table = { readonly headers: readonly unknown[]; readonly rows: readonly (readonly unknown[])[] };

export type ClassifyOptions = {
  /** The moment of grading; date dimensions count whole days from a date cell to its calendar day. */
  readonly today: Date;
  /**
   * The calendar day of a Date (`today` and date cells). Sheets gives a date cell as midnight in the spreadsheet's
   * time zone, which is not the script's: pass a `toDay` in the spreadsheet's zone there. Default: the runtime's zone.
   */
  readonly toDay?: DateToDay;
};

const TIERED = 0;
const INSUFFICIENT = 1;
const INVALID = 2;
const BLANK = 3;
const STATUS: readonly CustomerStatus[] = ['tiered', 'insufficient', 'invalid', 'blank'];
const NONE: readonly never[] = [];

/**
 * Classifies every row of `table` with validated `settings`. Returns one result per input row in the same order:
 * blank rows are 'blank' and not counted; a row with an unreadable cell is 'invalid' with a reason naming the
 * column and value; a row missing data its settings require is 'insufficient' (never silently the last tier).
 * A dimension whose column is not in the table is left out of every score and listed in `columns.missing`.
 * Results never depend on row order. Never throws for bad cells.
 */
export function classify(table: Table, settings: Settings, options: ClassifyOptions): Classification {
  const rows = table.rows;
  const n = rows.length;
  const match = matchHeaders(table.headers, settings);
  const toDay = options.toDay ?? localDateToDay;
  const today = calendarDayOf(toDay(options.today));
  const method = settings.method;

  const blank = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i] ?? [];
    let empty = true;
    for (const cell of row) {
      if (!isBlankCell(cell)) {
        empty = false;
        break;
      }
    }
    if (empty) blank[i] = 1;
  }

  const referenced = new Set(settings.gates.map(g => g.dimension));
  if (method.kind === 'pareto') referenced.add(method.dimension);
  const columns: Column[] = [];
  settings.dimensions.forEach((dim, index) => {
    const column = match.dimensions[index];
    if (column === null || column === undefined || (dim.weight <= 0 && !referenced.has(dim.id))) return;
    const scale = dim.valueType === 'number' ? (match.units[index]?.factor ?? 1) : 1;
    columns.push(readColumn(dim, index, column, rows, blank, today, toDay, scale));
  });
  const scored = columns.filter(c => c.dim.weight > 0);
  const paretoColumn = method.kind === 'pareto' ? columns.find(c => c.dim.id === method.dimension) : undefined;

  const status = new Uint8Array(n);
  /** 1 when some cell of the row is missing or unreadable: only those rows need their cells looked at again. */
  const flagged = new Uint8Array(n);
  const weightSum = new Float64Array(n);
  const rawScore = new Float64Array(n).fill(Number.NaN);
  const scores = new Float64Array(n).fill(Number.NaN);
  for (let i = 0; i < n; i++) {
    if (blank[i] === 1) {
      status[i] = BLANK;
      continue;
    }
    let invalid = false;
    for (const c of columns) {
      const state = c.state[i];
      if (state !== CELL_OK) flagged[i] = 1;
      if (state === CELL_INVALID) invalid = true;
    }
    let insufficient = scored.length === 0;
    let w = 0;
    let sum = 0;
    for (const c of scored) {
      const p = c.points[i] ?? Number.NaN;
      if (Number.isNaN(p)) {
        if (c.dim.missing === 'worst') w += c.dim.weight;
        else if (c.dim.missing === 'insufficient') insufficient = true;
      } else {
        w += c.dim.weight;
        sum += c.dim.weight * p;
      }
    }
    if (
      paretoColumn &&
      paretoColumn.dim.missing === 'insufficient' &&
      Number.isNaN(paretoColumn.values[i] ?? Number.NaN)
    ) {
      insufficient = true;
    }
    status[i] = invalid ? INVALID : insufficient || w <= 0 ? INSUFFICIENT : TIERED;
    if (status[i] === TIERED) {
      weightSum[i] = w;
      rawScore[i] = sum / w;
      scores[i] = roundScore(sum / w);
    }
  }

  const names = rows.map((row, i) =>
    blank[i] === 1 || match.customer === null ? '' : displayRaw(row[match.customer]).trim(),
  );
  const eligible = new Uint8Array(n);
  for (let i = 0; i < n; i++) eligible[i] = status[i] === TIERED ? 1 : 0;
  const tiering = assignTiers({ eligible, scores, columns }, settings);

  const gapContext: GapContext | null =
    method.kind !== 'pareto'
      ? {
          cutoffs:
            method.kind === 'cutoffs' ? method.cutoffs : passCutoffs(tiering.scoreTier, scores, settings.tiers.length),
          relative: method.kind === 'share',
          gates: settings.gates,
          columns,
          columnById: new Map(columns.map(c => [c.dim.id, c])),
          weightSum,
          rawScore,
        }
      : null;
  const paretoContext: ParetoGapContext | null = paretoColumn
    ? { column: paretoColumn, floors: paretoFloors(tiering.scoreTier, paretoColumn, settings.tiers.length) }
    : null;
  const gateColumns = settings.gates.map(g => columns.find(c => c.dim.id === g.dimension));
  const headerText = columns.map(c => displayRaw(table.headers[c.column]));
  const Result = resultMaker({
    settings,
    columnOfDim: settings.dimensions.map(d => columns.find(c => c.dim.id === d.id)),
    weightSum,
    gapContext,
    paretoContext,
    reasons: reasonContext(settings, match.units),
    dimensions: new Array(n),
    gaps: new Array(n),
    texts: new Array(n),
  });

  const counts = { tiers: settings.tiers.map(() => 0), insufficient: 0, invalid: 0, blank: 0 };
  const results: CustomerResult[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const st = status[i] ?? BLANK;
    const tiered = st === TIERED;
    const tier = tiered ? (tiering.tier[i] ?? 0) : null;
    if (tier !== null) counts.tiers[tier] = (counts.tiers[tier] ?? 0) + 1;
    else if (st === INSUFFICIENT) counts.insufficient++;
    else if (st === INVALID) counts.invalid++;
    else counts.blank++;

    let missing: string[] | null = null;
    let issues: CellIssue[] | null = null;
    if (flagged[i] === 1) {
      for (let k = 0; k < columns.length; k++) {
        const c = columns[k];
        if (!c) continue;
        const state = c.state[i];
        if (state === CELL_EMPTY || state === CELL_SHEET_ERROR) {
          missing = missing ?? [];
          missing.push(c.dim.id);
        }
        const code = c.codes.size > 0 ? c.codes.get(i) : undefined;
        if (code) {
          issues = issues ?? [];
          issues.push({ column: headerText[k] ?? '', dimension: c.dim.id, raw: code.raw, code: code.code });
        }
      }
    }
    const gateIndex = tiering.gate[i] ?? -1;
    const gate = settings.gates[gateIndex];
    const gateColumn = gateColumns[gateIndex];
    results[i] = new Result(
      i,
      names[i] ?? '',
      STATUS[st] ?? 'blank',
      tier,
      tiered ? (tiering.scoreTier[i] ?? 0) : null,
      tiered ? (scores[i] ?? null) : null,
      gate && gateColumn ? { index: gateIndex, gate, value: gateColumn.values[i] ?? 0 } : null,
      issues ?? NONE,
      missing ?? NONE,
    );
  }
  return { results, counts, columns: match };
}
