// Reads what people put around a column's name in ERP exports and hand-kept tables: units (`（万元）`, `, k$`),
// years (`2026年`, `FY26`), this year / last year (`本年`, `去年`, `YTD`) and qualifiers (`含税`, `合计`). What is
// left is the header's core word, which header matching compares with the dimension's names. Pure, never throws.

/** A unit read from a header: the factor its values are multiplied by (万元 → 10,000) and the text as written. */
export type HeaderUnit = { readonly factor: number; readonly text: string };

/** Whether a header says its values are this year's, an earlier year's, or nothing about time. */
export type Recency = 'current' | 'unmarked' | 'past';

export type HeaderParts = {
  /** The core word, compared loosely (see normaliseHeader). */
  readonly core: string;
  readonly unit: HeaderUnit | null;
  readonly recency: Recency;
  /** A calendar year named in the header (`2026年销售额`, `Sales FY26`), else null. */
  readonly year: number | null;
};

/** Header text compared loosely: NFKC (full-width → half-width), lower case, no spaces, underscores or hyphens. */
export function normaliseHeader(raw: unknown): string {
  return typeof raw === 'string' || typeof raw === 'number'
    ? String(raw)
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\s_-]+/gu, '')
    : '';
}

// Multipliers, longest first within each language so 千万 is not read as 千. Keys are lower case after NFKC.
const MULTIPLIERS: readonly (readonly [string, number])[] = [
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
  ['千', 1e3],
  ['亿', 1e8],
  ['thousands', 1e3],
  ['thousand', 1e3],
  ["'000", 1e3],
  ['000', 1e3],
  ['millions', 1e6],
  ['million', 1e6],
  ['mln', 1e6],
  ['mn', 1e6],
  ['m', 1e6],
  ['k', 1e3],
  ['w', 1e4],
];
// Currencies and other units that name no multiplier; removed before the multiplier is read.
const CURRENCY = /人民币|美元|港币|港元|欧元|元|rmb|cny|usd|us\$|hkd|eur|yuan|dollars?|[¥$€£]/gu;
const PLAIN_UNITS = new Set([
  '天',
  '日',
  'days',
  'day',
  'd',
  '次',
  '个',
  '单',
  '笔',
  '件',
  'times',
  'pcs',
  '%',
  '数量',
]);

/**
 * The unit a piece of header text names, or null when it is not a unit: `万元` → ×10,000, `k$` → ×1,000,
 * `USD` → ×1, `天` → ×1. `text` keeps the piece as written (trimmed) for showing amounts in the same unit.
 */
function readUnit(piece: string): HeaderUnit | null {
  const written = piece.normalize('NFKC').trim();
  const text = written.toLowerCase().replace(/^单位\s*[:：]?\s*|^in\s+/u, '');
  const compact = text.replace(/\s+/gu, '');
  if (compact === '') return null;
  if (PLAIN_UNITS.has(compact)) return { factor: 1, text: written };
  const bare = compact.replace(CURRENCY, '');
  const hadCurrency = bare !== compact;
  if (bare === '') return hadCurrency ? { factor: 1, text: written } : null;
  for (const [word, factor] of MULTIPLIERS) {
    if (bare === word) return { factor, text: written.replace(/^单位\s*[:：]?\s*|^in\s+/iu, '') };
  }
  return null;
}

// Words for this year and for earlier years, longest first. English ones must stand as whole words.
const CURRENT_ZH = ['本年度', '本年累计', '年初至今', '本年', '今年', '当年', '本期'];
const PAST_ZH = ['去年同期', '上年同期', '上一年度', '上年度', '上一年', '去年', '上年', '前年', '上期'];
const CURRENT_EN = /\b(?:this year|current year|ytd|year to date|cy)\b/gu;
const PAST_EN = /\b(?:last year|prior year|previous year|ly|py)\b/gu;
// Qualifiers that do not change which measure a column is: tax included or not, totals.
const QUALIFIERS_ZH = ['不含税', '含税', '未税', '税前', '税后', '合计', '总计', '累计', '汇总', '小计'];
const QUALIFIERS_EN = /\b(?:total|incl\.? tax|excl\.? tax|tax incl\.?|tax excl\.?|inc vat|ex vat|sum)\b/gu;
const YEAR = /(?:fy\s*)?((?:19|20)\d{2})\s*(?:年度|年|财年)?|fy\s*(\d{2})\b/gu;

/**
 * Splits a header into its core word and what surrounds it. Brackets of any width (`()`, `（）`, `[]`, `【】`) and a
 * tail after a comma or slash are read as unit or qualifier; years and this-year / last-year words are noted and
 * removed. The core is what remains, compared loosely. A header that is only a unit keeps its text as core.
 */
export function splitHeader(raw: unknown): HeaderParts {
  if (typeof raw !== 'string' && typeof raw !== 'number')
    return { core: '', unit: null, recency: 'unmarked', year: null };
  const key = String(raw);
  const cached = SPLIT_CACHE.get(key);
  if (cached) return cached;
  const parts = split(key);
  // Headers and names repeat across calls (every classify matches the same synonyms): keep a bounded memo.
  if (SPLIT_CACHE.size >= 2000) SPLIT_CACHE.clear();
  SPLIT_CACHE.set(key, parts);
  return parts;
}

const SPLIT_CACHE = new Map<string, HeaderParts>();

function split(raw: string): HeaderParts {
  let text = String(raw)
    .normalize('NFKC')
    .replace(/[【〔［]/gu, '(')
    .replace(/[】〕］]/gu, ')');
  let unit: HeaderUnit | null = null;
  const pieces: string[] = [];
  // Bracketed text is a unit or qualifier when it reads as one; otherwise it is part of the name ('【销售额】万元').
  text = text.replace(/[([{<]([^)\]}>]*)[)\]}>]/gu, (_, inner: string) => {
    if (!readUnit(inner) && !isQualifier(inner)) return ` ${inner} `;
    pieces.push(inner);
    return ' ';
  });
  const inUnit = /^(.+?)\s+in\s+(\S+)$/iu.exec(text.trim());
  if (inUnit?.[1] && inUnit[2] && readUnit(inUnit[2])) {
    pieces.push(inUnit[2]);
    text = inUnit[1];
  }
  // A tail after ',', '/' or '|' ('Revenue, k$', '销售额/万元') is a unit or qualifier only when it reads as one.
  const tail = /^(.+?)\s*[,，/|;；]\s*([^,，/|;；]+)$/u.exec(text);
  if (tail?.[1] && tail[2] && (readUnit(tail[2]) || isQualifier(tail[2]))) {
    pieces.push(tail[2]);
    text = tail[1];
  }
  let recency: Recency = 'unmarked';
  for (const piece of pieces) {
    unit = unit ?? readUnit(piece);
    recency = moreSpecific(recency, recencyOf(piece));
  }
  let lower = text.toLowerCase();
  let year: number | null = null;
  lower = lower.replace(YEAR, (_, full: string | undefined, short: string | undefined) => {
    year = full ? Number(full) : 2000 + Number(short);
    return ' ';
  });
  recency = moreSpecific(recency, recencyOf(lower));
  for (const word of [...CURRENT_ZH, ...PAST_ZH, ...QUALIFIERS_ZH]) lower = lower.split(word).join(' ');
  lower = lower.replace(CURRENT_EN, ' ').replace(PAST_EN, ' ').replace(QUALIFIERS_EN, ' ');
  // A unit written straight after a Chinese core ('销售额万元'), or as the last English word ('Revenue USD').
  const glued = /^(.+?)((?:千万|百万|十万|万|千|亿)?元|人民币)$/u.exec(lower.trim());
  if (glued?.[1] && glued[2]) {
    unit = unit ?? readUnit(glued[2]);
    lower = glued[1];
  }
  // Only a money unit: 'Overdue days' must keep 'days' in its core.
  const lastWord = /^(.+\S)\s+(\S+)$/u.exec(lower.trim());
  if (lastWord?.[1] && lastWord[2] && /[a-z]/u.test(lastWord[1]) && isMoneyUnit(lastWord[2])) {
    unit = unit ?? readUnit(text.trim().split(/\s+/u).at(-1) ?? lastWord[2]);
    lower = lastWord[1];
  }
  const core = normaliseHeader(lower)
    .replace(/^总(?=.{2})/u, '')
    .replace(/[.,:;'"!?，。：；、]+/gu, '');
  return { core: core === '' ? normaliseHeader(raw) : core, unit, recency, year };
}

function isMoneyUnit(piece: string): boolean {
  const unit = readUnit(piece);
  return unit !== null && !PLAIN_UNITS.has(piece.normalize('NFKC').toLowerCase().trim());
}

function isQualifier(piece: string): boolean {
  const lower = piece.normalize('NFKC').toLowerCase().trim();
  return (
    QUALIFIERS_ZH.some(w => lower === w) ||
    recencyOf(lower) !== 'unmarked' ||
    lower.replace(QUALIFIERS_EN, '').trim() === ''
  );
}

// Non-global copies for testing: a global regex's test() moves its lastIndex.
const PAST_EN_TEST = new RegExp(PAST_EN.source, 'u');
const CURRENT_EN_TEST = new RegExp(CURRENT_EN.source, 'u');

function recencyOf(text: string): Recency {
  const lower = text.toLowerCase();
  if (PAST_ZH.some(w => lower.includes(w)) || PAST_EN_TEST.test(lower)) return 'past';
  if (CURRENT_ZH.some(w => lower.includes(w)) || CURRENT_EN_TEST.test(lower)) return 'current';
  return 'unmarked';
}

function moreSpecific(a: Recency, b: Recency): Recency {
  return a === 'unmarked' ? b : a;
}
