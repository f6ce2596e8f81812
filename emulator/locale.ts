// Typed input by the spreadsheet's locale, as the Sheets UI (and setValues with strings) reads it: group and decimal
// separators, the locale's currency symbol, percentages, the locale's date orders and forms, TRUE/FALSE. A parsed
// value comes with the number format Sheets gives the cell, written with en_US pattern symbols as Apps Script returns
// them; display (values.ts) writes it back with the locale's separators.

/** How one spreadsheet locale writes numbers and dates. */
export interface LocaleSpec {
  readonly group: string;
  readonly decimal: string;
  /** Currency symbols typed input accepts (the first is the one formats use), and whether it goes after the number. */
  readonly currency: readonly string[];
  readonly currencyAfter: boolean;
  /** Day orders of numeric dates with / or - (and . for de_DE), most usual first. */
  readonly dateOrder: 'MDY' | 'DMY' | 'YMD';
  readonly dateSeparators: readonly string[];
  /** Words typed for booleans besides TRUE/FALSE. */
  readonly booleans: readonly [truthy: string, falsy: string] | null;
}

const EN_US: LocaleSpec = {
  group: ',',
  decimal: '.',
  currency: ['$'],
  currencyAfter: false,
  dateOrder: 'MDY',
  dateSeparators: ['/', '-'],
  booleans: null,
};

const LOCALES: Readonly<Record<string, LocaleSpec>> = {
  en_US: EN_US,
  en_GB: { ...EN_US, currency: ['£'], dateOrder: 'DMY' },
  // Sheets' zh_CN formats use the half-width yen sign; a Chinese keyboard types the full-width one.
  zh_CN: { ...EN_US, currency: ['¥', '￥'], dateOrder: 'YMD' },
  de_DE: {
    group: '.',
    decimal: ',',
    currency: ['€'],
    currencyAfter: true,
    dateOrder: 'DMY',
    dateSeparators: ['.', '/', '-'],
    booleans: ['WAHR', 'FALSCH'],
  },
};

/** The spec of a locale ('zh_CN', 'de_DE', ...); other locales read like en_US. */
function localeSpec(locale: string): LocaleSpec {
  return LOCALES[locale] ?? LOCALES[locale.replace('-', '_')] ?? EN_US;
}

/** What typed text reads as: a number, a boolean, or a date's parts, with the format Sheets gives the cell. */
export type Typed =
  | { readonly kind: 'number'; readonly value: number; readonly format: string | null }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | {
      readonly kind: 'date';
      readonly parts: readonly [y: number, mo: number, d: number, h: number, mi: number, s: number];
      readonly format: string;
    };

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The number in `body` written with the locale's separators, or null; `grouped`/`decimals` describe how it was typed. */
function readNumber(body: string, spec: LocaleSpec): { value: number; grouped: boolean; decimals: number } | null {
  const g = esc(spec.group);
  const d = esc(spec.decimal);
  const m = new RegExp(`^(\\d+|\\d{1,3}(?:${g}\\d{3})+)?(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?$`, 'u').exec(body);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const int = (m[1] ?? '0').split(spec.group).join('');
  const value = Number(`${int}.${m[2] ?? '0'}${m[3] === undefined ? '' : `e${m[3]}`}`);
  return Number.isFinite(value)
    ? { value, grouped: m[1]?.includes(spec.group) === true, decimals: m[3] === undefined ? (m[2]?.length ?? 0) : 0 }
    : null;
}

const pattern = (grouped: boolean, decimals: number): string =>
  `${grouped ? '#,##0' : '0'}${decimals > 0 ? `.${'0'.repeat(Math.min(decimals, 2))}` : ''}`;

function typedNumber(text: string, spec: LocaleSpec): Typed | null {
  let body = text.replace(/\s+/gu, ' ');
  let negative = false;
  let currency: string | null = null;
  const sign = () => {
    if (body.startsWith('-') || body.startsWith('+')) {
      negative = negative !== body.startsWith('-');
      body = body.slice(1).trimStart();
    }
  };
  sign();
  for (const symbol of spec.currency) {
    if (body.startsWith(symbol)) {
      currency = symbol;
      body = body.slice(symbol.length).trimStart();
    } else if (body.endsWith(symbol)) {
      currency = symbol;
      body = body.slice(0, -symbol.length).trimEnd();
    }
  }
  if (currency !== null) sign();
  const percent = currency === null && body.endsWith('%');
  if (percent) body = body.slice(0, -1).trimEnd();
  const n = readNumber(body, spec);
  if (!n) return null;
  const value = (negative ? -n.value : n.value) / (percent ? 100 : 1);
  if (percent) return { kind: 'number', value, format: n.decimals > 0 ? '0.00%' : '0%' };
  if (currency !== null) {
    // Typed currency gets a currency format with the locale's symbol, grouped, with cents only when typed.
    const symbol = `"${spec.currency[0] ?? currency}"`;
    const core = pattern(true, n.decimals > 0 ? 2 : 0);
    return { kind: 'number', value, format: spec.currencyAfter ? `${core} ${symbol}` : `${symbol}${core}` };
  }
  return { kind: 'number', value, format: n.grouped ? pattern(true, n.decimals) : null };
}

const TIME = '(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?';

function typedDate(text: string, spec: LocaleSpec): Typed | null {
  const iso = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME}$`, 'u').exec(text);
  const cjk = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u.exec(text);
  let ymd: [number, number, number] | null = null;
  let format = '';
  let time: string[] = [];
  if (iso) {
    ymd = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    format = iso[4] === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
    time = iso.slice(4);
  } else if (cjk && spec.currency.includes('¥')) {
    ymd = [Number(cjk[1]), Number(cjk[2]), Number(cjk[3])];
    format = 'yyyy"年"m"月"d"日"';
  } else {
    for (const sep of spec.dateSeparators) {
      const s = esc(sep);
      const m = new RegExp(`^(\\d{1,4})${s}(\\d{1,2})${s}(\\d{1,4})${TIME}$`, 'u').exec(text);
      if (!m) continue;
      const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
      // A four-digit first part is a year in every locale (2026/3/5); otherwise the locale's order decides.
      if ((m[1]?.length ?? 0) === 4) ymd = [a, b, c];
      else if ((m[3]?.length ?? 0) !== 4) continue;
      else ymd = spec.dateOrder === 'MDY' ? [c, a, b] : [c, b, a];
      const order =
        (m[1]?.length ?? 0) === 4
          ? ['yyyy', 'm', 'd']
          : spec.dateOrder === 'MDY'
            ? ['m', 'd', 'yyyy']
            : ['d', 'm', 'yyyy'];
      format = order.join(sep) + (m[4] === undefined ? '' : ' hh:mm:ss');
      time = m.slice(4);
      break;
    }
  }
  if (!ymd) return null;
  const [y, mo, d] = ymd;
  const h = Number(time[0] ?? 0);
  const mi = Number(time[1] ?? 0);
  const s = Number(time[2] ?? 0);
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > days || h > 23 || mi > 59 || s > 59) return null;
  return { kind: 'date', parts: [y, mo, d, h, mi, s], format };
}

/** What `text` (already trimmed, not a formula, no apostrophe) reads as in `locale`, or null for text. */
export function readTyped(text: string, locale: string): Typed | null {
  const spec = localeSpec(locale);
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === spec.booleans?.[0]) return { kind: 'boolean', value: true };
  if (upper === 'FALSE' || upper === spec.booleans?.[1]) return { kind: 'boolean', value: false };
  return typedNumber(text, spec) ?? typedDate(text, spec);
}

/** A number written with the locale's group and decimal separators (display of #,##0.00-style formats). */
export function localizeDigits(text: string, locale: string): string {
  const spec = localeSpec(locale);
  if (spec.group === ',' && spec.decimal === '.') return text;
  return text.replace(/[,.]/gu, ch => (ch === ',' ? spec.group : spec.decimal));
}
