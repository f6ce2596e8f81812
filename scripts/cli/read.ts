// Reads the CLI's input: a UTF-8 CSV (BOM or not) or the first sheet of an .xlsx, as the header row and data rows
// with cells untouched. exceljs is imported only for .xlsx files, so a CSV run never loads it.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { CellValue } from 'exceljs';
import Papa from 'papaparse';
import type { Table } from '../../src/core/classify.ts';
import type { LocalText } from '../../src/core/settings-schema.ts';
import { CLI_WORDS } from '../../src/core/wording/cli.ts';

/** An expected failure: its message is printed in the user's language and the process exits with 1. */
export class CliError extends Error {
  constructor(readonly text: LocalText) {
    super(text.en);
  }
}

/** The table in `path` (.csv, .txt or .xlsx); throws CliError for anything unreadable. */
export async function readTable(path: string): Promise<Table> {
  const ext = extname(path).toLowerCase();
  const rows = ext === '.xlsx' ? await readXlsx(path) : ext === '.csv' || ext === '.txt' ? readCsv(path) : null;
  if (!rows) throw new CliError(CLI_WORDS.cannotRead(path, CLI_WORDS.notCsvOrXlsx));
  const headers = rows[0];
  if (!headers || headers.every(h => cellText(h).trim() === ''))
    throw new CliError(CLI_WORDS.cannotRead(path, CLI_WORDS.noHeaderRow));
  // shift() rather than a rest copy: the data rows stay the one array the parser made.
  rows.shift();
  return { headers, rows };
}

function readCsv(path: string): unknown[][] {
  // fatal: false keeps going on bad bytes so the replacement character can be detected and explained.
  const text = new TextDecoder('utf-8').decode(readBytes(path));
  if (text.includes('\uFFFD')) {
    throw new CliError(CLI_WORDS.cannotRead(path, CLI_WORDS.notUtf8));
  }
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const fatal = parsed.errors.find(e => e.type === 'Quotes');
  if (fatal) throw new CliError(CLI_WORDS.cannotRead(path, CLI_WORDS.badCsv(fatal.message, (fatal.row ?? 0) + 1)));
  const rows = parsed.data;
  // A trailing newline gives one last empty row; drop it so it is not reported as a blank customer.
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every(c => c === '')) rows.pop();
  return rows;
}

async function readXlsx(path: string): Promise<unknown[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    const bytes = readBytes(path);
    // exceljs types its input as an ArrayBuffer; hand it a copy of exactly the file's bytes.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(CLI_WORDS.cannotRead(path, CLI_WORDS.notXlsx(e instanceof Error ? e.message : String(e))));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new CliError(CLI_WORDS.cannotRead(path, CLI_WORDS.noSheets));
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: unknown[] = [];
    for (let c = 1; c <= Math.max(sheet.columnCount, row.cellCount); c++) cells.push(xlsxValue(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

/** exceljs cell values to what Sheets would give: results of formulas, text of rich text, '#N/A' for errors. */
function xlsxValue(v: CellValue): unknown {
  if (v === null || v === undefined) return '';
  // Excel dates carry no time zone and exceljs reads them as UTC; keep the calendar day in local time.
  if (v instanceof Date) return new Date(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate());
  if (typeof v !== 'object') return v;
  if ('error' in v) return v.error;
  if ('richText' in v) return v.richText.map(part => part.text).join('');
  if ('result' in v) return xlsxValue(v.result ?? null);
  if ('text' in v) return v.text;
  return '';
}

/** A cell as the text the output CSV carries: dates as yyyy-mm-dd, nothing as ''. */
export function cellText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Date) {
    const p = (n: number) => String(n).padStart(2, '0');
    return `${v.getFullYear()}-${p(v.getMonth() + 1)}-${p(v.getDate())}`;
  }
  return v === null || v === undefined ? '' : String(v);
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : '';
    const why =
      code === 'ENOENT'
        ? CLI_WORDS.noSuchFile
        : code === 'EISDIR'
          ? CLI_WORDS.isFolder
          : code === 'EACCES'
            ? CLI_WORDS.permissionDenied
            : CLI_WORDS.readFailed;
    throw new CliError(CLI_WORDS.cannotRead(path, why));
  }
}

/** A UTF-8 text file (a settings file). */
export function readText(path: string): string {
  return new TextDecoder('utf-8').decode(readBytes(path));
}
