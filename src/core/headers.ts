// Finds the customer-name column and each dimension's column in a header row, by the configured names plus
// built-in zh/en synonyms, ignoring case, spaces, full-width forms, units, years and qualifiers (header-words.ts).
import { type HeaderParts, type HeaderUnit, normaliseHeader, splitHeader } from './header-words.ts';
import type { Settings } from './settings-schema.ts';

export type { HeaderUnit } from './header-words.ts';
export { normaliseHeader } from './header-words.ts';

/** Built-in names for the customer column and the well-known dimension ids, tried after the configured names. */
export const HEADER_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  customer: [
    '客户名称',
    '客户',
    '客户名',
    '客户全称',
    '公司名称',
    '单位名称',
    'Customer',
    'Customer name',
    'Client',
    'Company',
    'Account',
    'Name',
  ],
  revenue: [
    '销售额',
    '营业额',
    '销售收入',
    '营业收入',
    '主营业务收入',
    '营收',
    '收入',
    '销售金额',
    '销售总额',
    '销售',
    'Revenue',
    'Sales',
    'Turnover',
    'Sales amount',
    'Net sales',
    'Sales revenue',
  ],
  profit: ['利润', '毛利', '毛利润', '毛利额', '利润额', 'Profit', 'Gross margin', 'Gross profit', 'Margin', 'GP'],
  overdue_days: ['逾期天数', '逾期', '超期天数', '拖欠天数', 'Overdue days', 'Days overdue', 'Overdue'],
  payment_terms: ['账期', '账期天数', '付款期限', '信用期', 'Payment terms', 'Terms', 'Credit days'],
  days_since_order: [
    '最近下单日期',
    '最后下单日期',
    '上次下单日期',
    '上次下单',
    'Last order',
    'Last order date',
    'Days since last order',
  ],
  order_count: ['订单数', '下单次数', '订单数量', 'Orders', 'Order count'],
};

/** Why a column won over others that also matched: a configured name, this year's figures, or leftmost. */
export type ChoiceRule = 'name' | 'recent' | 'leftmost' | 'past';

/**
 * A column picked among several that matched the same purpose (`本年销售额` over `去年销售额`), or a column that
 * only matched with an earlier year's figures ('past'). Reported so the user sees which one was used.
 */
export type HeaderChoice = {
  /** 'customer' or a dimension id. */
  readonly purpose: string;
  readonly column: number;
  /** Other columns that matched this purpose and were not used for it. */
  readonly others: readonly number[];
  readonly rule: ChoiceRule;
};

/** Where each expected column was found (0-based index) or null, and which expected columns were not found. */
export type HeaderMatch = {
  readonly customer: number | null;
  /** Column index per dimension, in the order of `settings.dimensions`. */
  readonly dimensions: readonly (number | null)[];
  /** 'customer' and/or dimension ids whose column is missing. */
  readonly missing: readonly string[];
  /** Per dimension, the unit its column's header names (`销售额（万元）` → ×10,000), null when none or not found. */
  readonly units: readonly (HeaderUnit | null)[];
  /** Picks among competing columns, in the order they were made. */
  readonly choices: readonly HeaderChoice[];
};

type Purpose = {
  readonly id: string;
  readonly configuredFull: ReadonlySet<string>;
  readonly labelFull: ReadonlySet<string>;
  readonly configuredCore: ReadonlySet<string>;
  readonly synonymFull: ReadonlySet<string>;
  readonly synonymCore: ReadonlySet<string>;
};

/**
 * How well a header matches a purpose: 0 a configured header name as is, 1 the label as is, 2 the core word of
 * either, 3 a synonym as is, 4 a synonym's core word.
 */
const RANKS = 5;

/**
 * Matches the header row. Headers are compared by their full text and by their core word (units, years, this-year
 * and last-year words, 含税 and totals set aside; see splitHeader). Configured names and labels win over synonyms,
 * whole-text matches over core-word ones; each column serves one purpose (the customer first, then dimensions in
 * settings order). Among equally good columns, this year's beats an unmarked one, which beats an earlier year's
 * (the latest year named counts as this year), then the leftmost wins. Never throws.
 */
export function matchHeaders(
  headers: readonly unknown[],
  settings: Pick<Settings, 'customerHeaders' | 'dimensions'>,
): HeaderMatch {
  // The same header row is matched again and again (each classify, each what-if in the sidebar): memoised.
  const names = [
    settings.customerHeaders,
    ...settings.dimensions.map(d => [d.id, ...d.headers, d.label.zh, d.label.en]),
  ];
  const key = JSON.stringify([headers.map(h => (typeof h === 'string' || typeof h === 'number' ? h : '')), names]);
  const cached = MATCH_CACHE.get(key);
  if (cached) return cached;
  const match = computeMatch(headers, settings);
  if (MATCH_CACHE.size >= 200) MATCH_CACHE.clear();
  MATCH_CACHE.set(key, match);
  return match;
}

const MATCH_CACHE = new Map<string, HeaderMatch>();

function computeMatch(
  headers: readonly unknown[],
  settings: Pick<Settings, 'customerHeaders' | 'dimensions'>,
): HeaderMatch {
  const full = headers.map(normaliseHeader);
  const parts = headers.map(splitHeader);
  const purposes: Purpose[] = [
    purposeOf('customer', settings.customerHeaders, []),
    ...settings.dimensions.map(d => purposeOf(d.id, d.headers, [d.label.zh, d.label.en])),
  ];
  const rankOf = (p: Purpose, column: number): number => {
    const f = full[column] ?? '';
    const core = parts[column]?.core ?? '';
    if (f === '') return -1;
    if (p.configuredFull.has(f)) return 0;
    if (p.labelFull.has(f)) return 1;
    if (p.configuredCore.has(core)) return 2;
    if (p.synonymFull.has(f)) return 3;
    if (p.synonymCore.has(core)) return 4;
    return -1;
  };
  const ranks = purposes.map(p => headers.map((_, column) => rankOf(p, column)));
  const chosen: (number | null)[] = purposes.map(() => null);
  const taken = new Set<number>();
  const choices: HeaderChoice[] = [];
  const picks: { k: number; best: number; candidates: number[]; keys: Map<number, RecencyKey> }[] = [];
  // Rank by rank across all purposes, so a synonym never takes a column someone named for another purpose.
  for (let rank = 0; rank < RANKS; rank++) {
    for (let k = 0; k < purposes.length; k++) {
      if (chosen[k] !== null) continue;
      const candidates = (ranks[k] ?? []).flatMap((r, column) => (r === rank && !taken.has(column) ? [column] : []));
      if (candidates.length === 0) continue;
      const keys = recencyKeys(candidates, parts);
      const best = candidates.reduce((a, b) => (better(keys, b, a) ? b : a));
      chosen[k] = best;
      taken.add(best);
      picks.push({ k, best, candidates, keys });
    }
  }
  // Competitors are named once every purpose has its column: one taken by another purpose is no competitor.
  for (const { k, best, candidates, keys } of picks) {
    const others = (ranks[k] ?? []).flatMap((r, column) =>
      r >= 0 && column !== best && !taken.has(column) ? [column] : [],
    );
    const bestGroup = keys.get(best)?.group ?? 1;
    const sameRank = candidates.filter(c => c !== best && !taken.has(c));
    const rule: ChoiceRule | null =
      others.length === 0
        ? bestGroup < 0
          ? 'past'
          : null
        : sameRank.length === 0
          ? 'name'
          : sameRank.some(c => keys.get(c)?.group !== bestGroup)
            ? 'recent'
            : 'leftmost';
    const purpose = purposes[k]?.id ?? '';
    if (rule) choices.push({ purpose, column: best, others, rule });
  }
  const customer = chosen[0] ?? null;
  const dimensions = settings.dimensions.map((_, i) => chosen[i + 1] ?? null);
  const missing = purposes.filter((_, k) => chosen[k] === null).map(p => p.id);
  const units = dimensions.map(column => (column === null ? null : (parts[column]?.unit ?? null)));
  return { customer, dimensions, missing, units, choices };
}

const PURPOSE_CACHE = new Map<string, Purpose>();

/** The names of one purpose, normalised once: settings and synonyms repeat across every classify call. */
function purposeOf(id: string, configured: readonly string[], labels: readonly string[]): Purpose {
  const key = `${id}\u0000${configured.join('\u0000')}\u0001${labels.join('\u0000')}`;
  const cached = PURPOSE_CACHE.get(key);
  if (cached) return cached;
  if (PURPOSE_CACHE.size >= 500) PURPOSE_CACHE.clear();
  const purpose = buildPurpose(id, configured, labels);
  PURPOSE_CACHE.set(key, purpose);
  return purpose;
}

function buildPurpose(id: string, configured: readonly string[], labels: readonly string[]): Purpose {
  const synonyms = HEADER_SYNONYMS[id] ?? [];
  const fullSet = (names: readonly string[]) => new Set(names.map(normaliseHeader).filter(n => n !== ''));
  const coreSet = (names: readonly string[]) => new Set(names.map(n => splitHeader(n).core).filter(n => n !== ''));
  return {
    id,
    configuredFull: fullSet(configured),
    labelFull: fullSet(labels),
    configuredCore: coreSet([...configured, ...labels]),
    synonymFull: fullSet(synonyms),
    synonymCore: coreSet(synonyms),
  };
}

/** This year's figures 2, unmarked 1, an earlier year's −1; then the year named (0 when none). */
type RecencyKey = { readonly group: number; readonly year: number };

/**
 * Keys for equally good columns: this year's figures (本年, YTD, else the latest year the candidates name) first,
 * then unmarked, then an earlier year's; a later year breaks ties, then the column further left (see `better`).
 */
function recencyKeys(candidates: readonly number[], parts: readonly HeaderParts[]): Map<number, RecencyKey> {
  const years = candidates.map(c => parts[c]?.year ?? null).filter((y): y is number => y !== null);
  // The latest year named stands for this year, unless another column says 本年 / YTD outright.
  const anyCurrent = candidates.some(c => parts[c]?.recency === 'current');
  const latest = years.length > 0 && !anyCurrent ? Math.max(...years) : null;
  const keys = new Map<number, RecencyKey>();
  for (const c of candidates) {
    const recency = parts[c]?.recency ?? 'unmarked';
    const year = parts[c]?.year ?? null;
    const group =
      recency === 'past'
        ? -1
        : recency === 'current' || (year !== null && year === latest)
          ? 2
          : year !== null
            ? -1
            : 1;
    keys.set(c, { group, year: year ?? 0 });
  }
  return keys;
}

/** Whether column `a` beats column `b` (b is left of a when they tie, so the leftmost stays). */
function better(keys: ReadonlyMap<number, RecencyKey>, a: number, b: number): boolean {
  const ka = keys.get(a) ?? { group: 1, year: 0 };
  const kb = keys.get(b) ?? { group: 1, year: 0 };
  return ka.group !== kb.group ? ka.group > kb.group : ka.year > kb.year;
}
