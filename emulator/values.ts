// Cell values as Sheets stores them: what a written value becomes (numbers, booleans, dates parsed from text, '='
// text becomes a formula), how a value is displayed, and cross-realm type checks for values coming from node:vm.

import { localizeDigits, readTyped } from './locale.ts';

/** A stored cell value; '' is an empty cell. */
export type CellValue = number | string | boolean | Date;

/** True for a Date from any realm (the bundle runs in its own node:vm realm). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** What a write stores: a formula, or a value. */
export type Written =
  | { readonly kind: 'formula'; readonly formula: string }
  | { readonly kind: 'value'; readonly value: CellValue; readonly format?: string };

/**
 * What Sheets stores when a script or user writes `input` (setValue/setValues/typing): text starting with '=' becomes a
 * formula; text that reads as a number, currency, percentage, TRUE/FALSE or a date in the spreadsheet's `locale`
 * becomes that value with the number format Sheets gives it (unless the cell already has one, or is '@' plain text);
 * a leading apostrophe forces text. Other text stays text.
 */
export function coerceInput(input: unknown, numberFormat: string, timeZone: string, locale = 'en_US'): Written {
  if (input === null || input === undefined) return { kind: 'value', value: '' };
  if (typeof input === 'number') return { kind: 'value', value: Number.isFinite(input) ? input : '#NUM!' };
  if (typeof input === 'boolean') return { kind: 'value', value: input };
  if (isDate(input)) return { kind: 'value', value: new Date(input.getTime()) };
  const text = String(input);
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  if (numberFormat === '@') return { kind: 'value', value: text };
  if (text.startsWith("'")) return { kind: 'value', value: text.slice(1) };
  const trimmed = text.trim();
  const typed = trimmed === '' ? null : readTyped(trimmed, locale);
  if (typed === null) return { kind: 'value', value: text };
  if (typed.kind === 'boolean') return { kind: 'value', value: typed.value };
  const format = numberFormat === '' && typed.format !== null ? { format: typed.format } : {};
  if (typed.kind === 'number') return { kind: 'value', value: typed.value, ...format };
  const [y, mo, d, h, mi, sec] = typed.parts;
  return { kind: 'value', value: zonedDate(y, mo, d, h, mi, sec, timeZone), ...format };
}

/** Wall-clock parts of an instant in a time zone. */
export interface ZonedParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock parts of `date` in `timeZone` (month 1-12, weekday 0 = Sunday). */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  let fmt = partFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    partFormatters.set(timeZone, fmt);
  }
  const parts: Record<string, string> = {};
  for (const p of fmt.formatToParts(date)) parts[p.type] = p.value;
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: weekdays.indexOf(parts.weekday ?? 'Sun'),
  };
}

/** The instant at which the wall clock in `timeZone` shows the given time. */
function zonedDate(y: number, mo: number, d: number, h: number, mi: number, s: number, timeZone: string): Date {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  const p = zonedParts(new Date(guess), timeZone);
  const offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - guess;
  return new Date(guess - offset);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Formats a date with a Java SimpleDateFormat-style pattern as Utilities.formatDate does: yyyy yy MM M dd d HH H hh h
 * mm m ss s a EEE EEEE, and 'quoted' literals.
 */
export function formatDatePattern(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const tokens = /'([^']*)'|y+|M+|d+|H+|h+|m+|s+|a|E+|S+/gu;
  return pattern.replace(tokens, (tok, literal: string | undefined) => {
    if (literal !== undefined) return literal === '' ? "'" : literal;
    const n = tok.length;
    switch (tok[0]) {
      case 'y':
        return n === 2 ? pad(p.year % 100) : String(p.year);
      case 'M':
        return n >= 2 ? pad(p.month) : String(p.month);
      case 'd':
        return n >= 2 ? pad(p.day) : String(p.day);
      case 'H':
        return n >= 2 ? pad(p.hour) : String(p.hour);
      case 'h': {
        const h12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
        return n >= 2 ? pad(h12) : String(h12);
      }
      case 'm':
        return n >= 2 ? pad(p.minute) : String(p.minute);
      case 's':
        return n >= 2 ? pad(p.second) : String(p.second);
      case 'a':
        return p.hour < 12 ? 'AM' : 'PM';
      case 'E': {
        const name = days[p.weekday] ?? '';
        return n >= 4 ? name : name.slice(0, 3);
      }
      default:
        return pad(date.getUTCMilliseconds(), n);
    }
  });
}

function formatNumberPattern(value: number, format: string, locale: string): string {
  const pct = format.includes('%');
  const n = pct ? value * 100 : value;
  const core = /[#0][#0,]*(?:\.(0+))?/u.exec(format);
  if (!core) return String(value);
  const decimals = core[1]?.length ?? 0;
  const grouped = core[0].includes(',');
  const fixed = Math.abs(n).toFixed(decimals);
  const [int = '0', frac] = fixed.split('.');
  const intText = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/gu, ',') : int;
  const body = localizeDigits(`${intText}${frac === undefined ? '' : `.${frac}`}`, locale);
  const prefix = format.slice(0, core.index).replace(/"/gu, '');
  const suffix = format
    .slice(core.index + core[0].length)
    .replace(/"/gu, '')
    .replace('%', pct ? '%' : '');
  // The minus goes before a currency prefix: -$5.25.
  return `${n < 0 ? '-' : ''}${prefix}${body}${suffix}`;
}

/**
 * The text a cell shows (getDisplayValues): number formats 0, 0.00, #,##0(.00), 0%, 0.0%, with literal prefix/suffix;
 * date formats like yyyy-mm-dd hh:mm; defaults: numbers as JavaScript prints them, dates as yyyy-MM-dd (plus
 * HH:mm:ss when not midnight), booleans TRUE/FALSE.
 */
export function displayValue(value: CellValue, numberFormat: string, timeZone: string, locale = 'en_US'): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDate(value)) {
    if (numberFormat !== '' && /[yd]/iu.test(numberFormat)) {
      // Sheets number formats write minutes as mm after hours; SimpleDateFormat wants MM for months.
      // Quoted literals ("年") become SimpleDateFormat's 'quoted' ones.
      const javaPattern = numberFormat
        .replace(/"([^"]*)"/gu, (_, literal: string) => `'${literal}'`)
        .replace(/m+/gu, (m, offset: number, whole: string) =>
          /h[^a-z]*$/iu.test(whole.slice(0, offset)) ? m : m.toUpperCase(),
        );
      return formatDatePattern(value, timeZone, javaPattern.replace(/h/gu, 'H'));
    }
    const p = zonedParts(value, timeZone);
    const day = formatDatePattern(value, timeZone, 'yyyy-MM-dd');
    return p.hour === 0 && p.minute === 0 && p.second === 0
      ? day
      : `${day} ${formatDatePattern(value, timeZone, 'HH:mm:ss')}`;
  }
  if (numberFormat === '' || numberFormat === 'General' || numberFormat === '@') {
    return localizeDigits(Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15))), locale);
  }
  return formatNumberPattern(value, numberFormat, locale);
}

/** Is this plain data google.script.run can carry? Returns the path of the first offending part, or null. */
export function findNonTransportable(value: unknown, path: string): string | null {
  if (value === null || value === undefined) return null;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return null;
  if (t !== 'object') return `${path} (${t})`;
  if (isDate(value)) return `${path} (Date)`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = findNonTransportable(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  const plain = proto === null || (typeof proto === 'object' && Object.getPrototypeOf(proto) === null);
  if (!plain) return `${path} (class instance)`;
  for (const [key, inner] of Object.entries(value)) {
    const bad = findNonTransportable(inner, `${path}.${key}`);
    if (bad) return bad;
  }
  return null;
}

/** A deep copy through JSON semantics (undefined in arrays -> null, dropped in objects), made in the host realm. */
export function transport(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value)) as unknown;
}
