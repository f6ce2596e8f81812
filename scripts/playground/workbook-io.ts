// Files in and out of the playground: reads an uploaded CSV (papaparse) or XLSX (exceljs) into rows of cell input,
// and writes the emulated workbook as an XLSX with values, fill colours and frozen rows (exceljs). Nothing touches
// the disk: uploads arrive as bytes and the export is returned as bytes for the browser to download.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/** A cell as read from a file, before Sheets-like coercion: text is typed in as a user would type it. */
export type InputCell = string | number | boolean | Date;

/** The outcome of reading an uploaded file. */
export type ReadResult =
  | { readonly ok: true; readonly rows: InputCell[][] }
  | { readonly ok: false; readonly issue: 'unsupported_type' | 'empty' | 'unreadable'; readonly detail: string };

/**
 * One sheet as the export needs it: stored values (dates as wall-clock time given in UTC), each cell's formula and
 * number format ('' = none), and the colour each cell shows (null = no fill).
 */
export interface ExportSheet {
  readonly name: string;
  readonly frozenRows: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas?: readonly (readonly string[])[];
  readonly numberFormats?: readonly (readonly string[])[];
  readonly backgrounds: readonly (readonly (string | null)[])[];
}

/** Reads an uploaded file by its name's extension (.csv or .xlsx). Never throws for bad files. */
export async function readUpload(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  const lower = fileName.toLowerCase();
  try {
    if (lower.endsWith('.csv') || lower.endsWith('.txt'))
      return nonEmpty(readCsv(new TextDecoder('utf-8').decode(bytes)));
    if (lower.endsWith('.xlsx')) return nonEmpty(await readXlsx(bytes));
  } catch (error) {
    return { ok: false, issue: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
  return { ok: false, issue: 'unsupported_type', detail: fileName };
}

function nonEmpty(rows: InputCell[][]): ReadResult {
  return rows.length === 0 ? { ok: false, issue: 'empty', detail: '' } : { ok: true, rows };
}

/** CSV text → rows of text cells (a byte-order mark and blank lines are dropped; ragged rows are padded). */
export function readCsv(text: string): InputCell[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/u, ''), { skipEmptyLines: 'greedy' });
  return pad(parsed.data.map(row => row.map(cell => cell)));
}

/** The first worksheet of an XLSX file → rows of values (formula cells give their cached result). */
async function readXlsx(bytes: Uint8Array): Promise<InputCell[][]> {
  const workbook = new ExcelJS.Workbook();
  // A copy into a fresh ArrayBuffer: exceljs declares its own `Buffer` as an ArrayBuffer.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: InputCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: InputCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      cells[columnNumber - 1] = typedAsUser(fromExcel(cell.value), cell.numFmt ?? '');
    });
    rows[rowNumber - 1] = Array.from(cells, cell => cell ?? '');
  });
  return pad(Array.from(rows, row => row ?? []));
}

function fromExcel(value: ExcelJS.CellValue): InputCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map(part => part.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) return fromExcel(value.result ?? '');
  if ('text' in value) return String(value.text);
  return '';
}

/**
 * A value as a user would type it to get the same cell: a percentage as '25%' (Sheets then keeps a percent
 * format), a date as its calendar day and time ('2026-10-01', typed in the workbook's zone, not shifted by it).
 */
function typedAsUser(value: InputCell, numberFormat: string): InputCell {
  if (typeof value === 'number' && numberFormat.includes('%')) return `${Number((value * 100).toPrecision(15))}%`;
  if (!(value instanceof Date)) return value;
  // exceljs reads XLSX dates, which have no zone, as UTC: their UTC fields are the calendar day and time.
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

function pad(rows: InputCell[][]): InputCell[][] {
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  // A trailing run of empty rows is not data.
  while (rows.length > 0 && rows[rows.length - 1]?.every(cell => cell === '')) rows.pop();
  return rows.map(row => [...row, ...Array<InputCell>(width - row.length).fill('')]);
}

/** '#RRGGBB' (or '#RGB') → exceljs 'FFRRGGBB'; anything else (white, names, null) → no fill. */
export function argbOf(colour: string | null): string | null {
  if (colour === null) return null;
  const long = /^#([0-9a-f]{6})$/iu.exec(colour);
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/iu.exec(colour);
  const hex = long?.[1] ?? (short ? `${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : null);
  if (hex === null || hex.toLowerCase() === 'ffffff') return null;
  return `FF${hex.toUpperCase()}`;
}

/** The workbook as XLSX bytes: one worksheet per sheet, values as stored, each shown colour as a solid fill. */
export async function writeXlsx(sheets: readonly ExportSheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Customer Tiers playground';
  for (const source of sheets) {
    const sheet = workbook.addWorksheet(source.name.slice(0, 31), {
      views: source.frozenRows > 0 ? [{ state: 'frozen', ySplit: source.frozenRows }] : [],
    });
    source.values.forEach((row, r) => {
      row.forEach((value, c) => {
        const fill = argbOf(source.backgrounds[r]?.[c] ?? null);
        if (value === '' && fill === null && (source.formulas?.[r]?.[c] ?? '') === '') return;
        const cell = sheet.getCell(r + 1, c + 1);
        // A cell holding a formula is exported as that formula (what the cell holds, e.g. =HYPERLINK), with the
        // emulator's result unless it is an error the emulator gave for a function it does not know. Text is
        // always a string cell, so text that merely looks like a formula never becomes one.
        const formula = source.formulas?.[r]?.[c] ?? '';
        const result = toExcel(value);
        cell.value = formula.startsWith('=')
          ? typeof result === 'string' && result.startsWith('#')
            ? { formula: formula.slice(1) }
            : { formula: formula.slice(1), result: result ?? '' }
          : result;
        const format = source.numberFormats?.[r]?.[c] ?? '';
        if (format !== '') cell.numFmt = format;
        else if (result instanceof Date) cell.numFmt = 'yyyy-mm-dd';
        if (fill !== null) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
        if (r < source.frozenRows) cell.font = { bold: true };
      });
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

function toExcel(value: unknown): string | number | boolean | Date | null {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // Dates from the emulator come from another realm (node:vm), so `instanceof Date` is not enough.
  if (Object.prototype.toString.call(value) === '[object Date]') return new Date(Number(value));
  return value === null || value === undefined ? null : String(value);
}
