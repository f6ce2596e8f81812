// Reads one spreadsheet cell as a number or a date, the way Sheets hands it over (numbers, '', strings, booleans,
// Dates) or as text from an ERP export ('¥1,200,000', '1.2万', '（5,000）', '#N/A', '2026年3月5日'). Never throws.
import { type DateToDay, type Day, dayNumber, readDay as readDayText } from './days.ts';

/**
 * Why a cell gave no value. 'empty' and 'sheet_error' count as missing; the others make the row invalid.
 * 'unknown_word': a categorical column's cell is not one of its words (categories.ts).
 */
export type CellIssueCode =
  | 'empty'
  | 'sheet_error'
  | 'not_a_number'
  | 'not_a_date'
  | 'serial_date'
  | 'future_date'
  | 'unknown_word';

export type CellResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly issue: CellIssueCode; readonly input: string };

/** A calendar day, independent of time zones. */
export type CalendarDay = { readonly year: number; readonly month: number; readonly day: number };

const SHEET_ERRORS = new Set([
  '#N/A',
  '#REF!',
  '#DIV/0!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  'LOADING...',
]);

// Sign or parentheses, optional currency, digits with optional thousands separators and decimals, optional
// 万/亿 unit, optional suffix (元, a day or count word) or a percent sign. Spaces are removed before matching.
const AMOUNT =
  /^(?<open>\()?(?<sign>[-+]?)(?:[¥$€£]|RMB|CNY|USD|HK\$|US\$)?(?<sign2>[-+]?)(?<int>\d{1,3}(?:,\d{3})+|\d+)?(?:\.(?<frac>\d+))?(?<unit>[万亿]?)(?<pct>%?)(?:元|天|日|次|个|件|days?|times)?(?<close>\))?$/iu;

const UNIT_SHIFT: Readonly<Record<string, number>> = { '': 0, 万: 4, 亿: 8 };

/** True for the cells Sheets and CSV readers give for "nothing here": '', whitespace, null, undefined. */
export function isBlankCell(raw: unknown): boolean {
  return raw === '' || raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/**
 * Reads a number: plain numbers, currency symbols, thousands separators (also full-width), 万 and 亿 (shifted
 * exactly in decimal, so '1.15万' is 11500), percentages as fractions ('12%' → 0.12), accounting negatives '(5,000)'.
 * Booleans, words and Sheets error values are issues, never numbers.
 */
export function parseNumberCell(raw: unknown): CellResult {
  if (typeof raw === 'number')
    return Number.isFinite(raw) ? { ok: true, value: raw } : fail('not_a_number', String(raw));
  if (isBlankCell(raw)) return fail('empty', '');
  if (typeof raw !== 'string') return fail('not_a_number', displayRaw(raw));
  const plain = plainNumber(raw);
  if (!Number.isNaN(plain)) return { ok: true, value: plain };
  const input = raw.trim();
  const text = input.normalize('NFKC').replace(/\s+/gu, '').replace(/，/gu, ',');
  if (isSheetError(text)) return fail('sheet_error', input);
  const m = AMOUNT.exec(text)?.groups;
  if (!m || (m.int === undefined && m.frac === undefined) || Boolean(m.open) !== Boolean(m.close)) {
    return fail('not_a_number', input);
  }
  if (m.sign && m.sign2) return fail('not_a_number', input);
  const shift = (UNIT_SHIFT[m.unit ?? ''] ?? 0) - (m.pct ? 2 : 0);
  const magnitude = shiftDecimal((m.int ?? '0').replace(/,/gu, ''), m.frac ?? '', shift);
  // A 400-digit string is Infinity as a double: not a number anyone typed to be graded.
  if (!Number.isFinite(magnitude)) return fail('not_a_number', input);
  const negative = Boolean(m.open) || m.sign === '-' || m.sign2 === '-';
  return { ok: true, value: negative && magnitude !== 0 ? -magnitude : magnitude };
}

// A number of days inside payment-term words: '月结60天', '月结 60 日', 'Net 30', 'N30', '60 days net', '账期30天',
// '货到30天付款'. One whole number, optionally between a few known words; anything else stays not a number.
const DAYS_IN_TEXT =
  /^(?:月结|月結|账期|帐期|信用期|付款期|货到|票到|发票后|net|n|credit|terms?|payment)?[:：]?(?<days>\d{1,4})(?:天|日|days?|d)?(?:账期|帐期|付款|内付款|内|后付款|net)?$/iu;

/**
 * Reads a cell of a numeric days column (credit days): every cell `parseNumberCell` reads gives the same value, and
 * payment-term text with one number of days ('月结60天', 'Net 30', '60 days') gives that number.
 */
export function parseDaysCell(raw: unknown): CellResult {
  const r = parseNumberCell(raw);
  if (r.ok || r.issue !== 'not_a_number' || typeof raw !== 'string') return r;
  const days = DAYS_IN_TEXT.exec(raw.normalize('NFKC').replace(/\s+/gu, ''))?.groups?.days;
  return days === undefined ? r : { ok: true, value: Number(days) };
}

// Digits with an optional fraction and minus sign, nothing else: what most CSV exports hold in number columns.
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/u;

/**
 * The value of a cell text that is a plain decimal number ('1200', '-3.5'), or NaN for any other text. The same value
 * `parseNumberCell` gives such a text (it takes this fast path first), without normalising or matching the full
 * amount pattern: in a large CSV nearly every number cell is plain.
 */
export function plainNumber(text: string): number {
  if (!PLAIN_NUMBER.test(text)) return Number.NaN;
  const value = Number(text);
  // A digit string too long for a double is left to the full pattern, which names it not a number.
  if (!Number.isFinite(value)) return Number.NaN;
  // '-0' reads as 0, as the full pattern reads it (a negative sign on zero is dropped).
  return value === 0 ? 0 : value;
}

/**
 * Reads a date cell as whole days from that date to `today` ("days since last order"). Accepts Date objects and
 * text ('2026-03-05', '2026/3/5', '2026.3.5', '2026年3月5日', an ISO time is ignored). A plain number is an issue
 * ('serial_date'): Sheets gives real dates as Date objects, so a number means the column is not formatted as dates.
 * Dates after `today` are an issue ('future_date'). A Date becomes a calendar day through `toDay`: Sheets hands
 * over a date cell as midnight in the spreadsheet's time zone, so the Sheets side passes a `toDay` in that zone;
 * the default reads the runtime's zone (right for the CLI and the sidebar, which get dates as text).
 */
export function parseDateCell(raw: unknown, today: CalendarDay, toDay: DateToDay = localDateToDay): CellResult {
  const day = readDay(raw, toDay);
  if (!day.ok) return day;
  const days = dayNumber(dayKey(today)) - day.value;
  return days < 0 ? fail('future_date', raw instanceof Date ? toDay(raw) : displayRaw(raw)) : { ok: true, value: days };
}

/** The calendar day of a Date in the runtime's local time zone (Apps Script: the script's time zone). */
function calendarDay(date: Date): CalendarDay {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** A day ('yyyy-MM-dd') as a CalendarDay. */
export function calendarDayOf(day: Day): CalendarDay {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) };
}

/** The `DateToDay` of the runtime's local time zone. */
export const localDateToDay: DateToDay = date => dayKey(calendarDay(date));

/** Text for a raw cell in messages: strings as typed, Dates as yyyy-mm-dd, booleans as TRUE/FALSE. */
export function displayRaw(raw: unknown): string {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return 'Invalid Date';
    const d = calendarDay(raw);
    return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  }
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  if (raw === null || raw === undefined) return '';
  return typeof raw === 'string' ? raw : String(raw);
}

function readDay(raw: unknown, toDay: DateToDay): CellResult {
  if (raw instanceof Date) {
    return Number.isNaN(raw.getTime())
      ? fail('not_a_date', 'Invalid Date')
      : { ok: true, value: dayNumber(toDay(raw)) };
  }
  if (typeof raw === 'number') return fail(Number.isFinite(raw) ? 'serial_date' : 'not_a_date', String(raw));
  if (isBlankCell(raw)) return fail('empty', '');
  if (typeof raw !== 'string') return fail('not_a_date', displayRaw(raw));
  const input = raw.trim();
  const text = input.normalize('NFKC').replace(/\s+/gu, '');
  if (isSheetError(text)) return fail('sheet_error', input);
  const day = readDayText(text.replace(ISO_TIME, ''), toDay);
  return day.ok ? { ok: true, value: dayNumber(day.day) } : fail('not_a_date', input);
}

/** The time part of an ISO date-time ('2026-03-05T08:00:00Z'): ignored, only the calendar day counts. */
const ISO_TIME = /T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?$/u;

/** A calendar day as the shared 'yyyy-MM-dd' form. */
function dayKey(d: CalendarDay): Day {
  return `${String(d.year).padStart(4, '0')}-${pad(d.month)}-${pad(d.day)}`;
}

function isSheetError(text: string): boolean {
  return text.startsWith('#')
    ? SHEET_ERRORS.has(text.toUpperCase()) || /^#[A-Z/0!?]+[!?]?$/u.test(text)
    : SHEET_ERRORS.has(text.toUpperCase());
}

/** `int.frac × 10^shift`, shifting the decimal point in the text so 万 and % introduce no binary rounding. */
function shiftDecimal(int: string, frac: string, shift: number): number {
  if (shift >= 0) {
    const moved = frac.padEnd(shift, '0');
    return Number(`${int}${moved.slice(0, shift)}.${moved.slice(shift) || '0'}`);
  }
  const whole = int.padStart(-shift + 1, '0');
  const cut = whole.length + shift;
  return Number(`${whole.slice(0, cut)}.${whole.slice(cut)}${frac}`);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function fail(issue: CellIssueCode, input: string): CellResult {
  return { ok: false, issue, input };
}
