// CSV that a spreadsheet opens without running anything in it (OWASP "CSV injection"): text that a spreadsheet
// would read as a formula gets a leading single quote, and every field is quoted with its quotes doubled.
import { parseNumberCell } from './cells.ts';

// OWASP's list: =, +, -, @, tab and carriage return start a formula (or a DDE call) in Excel, LibreOffice and Sheets.
const FORMULA_START = /^[=+\-@\t\r]/u;
// Some readers trim leading spaces and line breaks before deciding, so look past them too.
const LEADING_SPACE = /^[ \n\u00A0\u3000]+/u;
// How JavaScript and spreadsheets print a number ('-1.5e-7'); the cell reader has no exponents.
const NUMBER_LITERAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/iu;

/**
 * The cell as text that no spreadsheet reads as a formula: a string whose first character (after leading spaces)
 * is =, +, -, @, tab or carriage return gets a leading `'`. A signed number stays as it is ('-5000', '+¥1,200', or
 * -1.2 with the Chinese unit wan): the characters a number is made of cannot call a function. Numbers, dates and booleans are never
 * changed apart from becoming text. Never throws.
 */
export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (typeof value !== 'string' || !mayStartFormula(text)) return text;
  const start = text.replace(LEADING_SPACE, '');
  if (!FORMULA_START.test(start)) return text;
  // Only '-' and '+' can start a genuine number; a tab or CR first would still be read as a formula start.
  const signed = start.startsWith('-') || start.startsWith('+');
  if (signed && (NUMBER_LITERAL.test(start.trim()) || parseNumberCell(text).ok)) return text;
  return `'${text}`;
}

/**
 * Whether the first character is a formula start or a leading space: only then can the text need a quote. The
 * common case, decided without a regular expression (the CLI checks every cell of large exports).
 */
function mayStartFormula(text: string): boolean {
  switch (text.charCodeAt(0)) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // tab
    case 0x0d: // CR
    case 0x20: // space
    case 0x0a: // LF
    case 0xa0: // no-break space
    case 0x3000: // ideographic space
      return true;
    default:
      return false;
  }
}

/** One CSV field: neutralised, always quoted (so a ';' or ',' inside cannot start a new cell), quotes doubled. */
function csvField(value: unknown): string {
  const text = neutraliseCell(value);
  return `"${text.includes('"') ? text.replace(/"/gu, '""') : text}"`;
}

/** One CSV line (no line break) of neutralised, quoted fields. */
export function csvLine(cells: readonly unknown[]): string {
  // A loop rather than map and join: no array per line (the CLI writes one line per customer).
  let line = '';
  for (let k = 0; k < cells.length; k++) line = k === 0 ? csvField(cells[k]) : `${line},${csvField(cells[k])}`;
  return line;
}

/** Rows as CSV text, lines joined by `\n` (no line break after the last, like papaparse's unparse). */
export function formatSafeCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map(csvLine).join('\n');
}
