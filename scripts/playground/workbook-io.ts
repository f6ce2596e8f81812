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

/** One sheet as the export needs it: stored values and the colour each cell shows (null = no fill). */
export interface ExportSheet {
  readonly name: string;
  readonly frozenRows: number;
  readonly values: readonly (readonly unknown[])[];
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
export async function readXlsx(bytes: Uint8Array): Promise<InputCell[][]> {
  const workbook = new ExcelJS.Workbook();
  // A copy into a fresh ArrayBuffer: exceljs declares its own `Buffer` as an ArrayBuffer.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: InputCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: InputCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      cells[columnNumber - 1] = fromExcel(cell.value);
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
        if (value === '' && fill === null) return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = toExcel(value);
        if (fill !== null) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
        if (r < source.frozenRows) cell.font = { bold: true };
      });
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

function toExcel(value: unknown): ExcelJS.CellValue {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // Dates from the emulator come from another realm (node:vm), so `instanceof Date` is not enough.
  if (Object.prototype.toString.call(value) === '[object Date]') return new Date(Number(value));
  return value === null || value === undefined ? null : String(value);
}
