// Finds the customer-name column and each dimension's column in a header row, by the configured names plus
// built-in zh/en synonyms, ignoring case, spaces and full-width/half-width differences.
import type { Settings } from './settings-schema.ts';

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
  revenue: ['销售额', '营业额', '销售收入', '营收', '收入', '销售金额', 'Revenue', 'Sales', 'Turnover', 'Sales amount'],
  profit: ['利润', '毛利', '毛利润', '毛利额', 'Profit', 'Gross margin', 'Gross profit', 'Margin'],
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

/** Where each expected column was found (0-based index) or null, and which expected columns were not found. */
export type HeaderMatch = {
  readonly customer: number | null;
  /** Column index per dimension, in the order of `settings.dimensions`. */
  readonly dimensions: readonly (number | null)[];
  /** 'customer' and/or dimension ids whose column is missing. */
  readonly missing: readonly string[];
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

/**
 * Matches the header row. Configured names and labels win over synonyms; each column serves one purpose (the customer
 * first, then dimensions in settings order); the leftmost column wins among duplicates. Never throws.
 */
export function matchHeaders(
  headers: readonly unknown[],
  settings: Pick<Settings, 'customerHeaders' | 'dimensions'>,
): HeaderMatch {
  const normalised = headers.map(normaliseHeader);
  const taken = new Set<number>();
  const find = (names: readonly string[]): number | null => {
    for (const name of names) {
      const key = normaliseHeader(name);
      if (key === '') continue;
      const index = normalised.findIndex((h, i) => h === key && !taken.has(i));
      if (index >= 0) {
        taken.add(index);
        return index;
      }
    }
    return null;
  };
  // Configured names (and labels) of every purpose first, so a synonym never takes a column someone named.
  const customer = find(settings.customerHeaders);
  const dimensions = settings.dimensions.map(d => find([...d.headers, d.label.zh, d.label.en]));
  const customerFinal = customer ?? find(HEADER_SYNONYMS.customer ?? []);
  const dimensionsFinal = settings.dimensions.map((d, i) => dimensions[i] ?? find(HEADER_SYNONYMS[d.id] ?? []));
  const missing = [
    ...(customerFinal === null ? ['customer'] : []),
    ...settings.dimensions.filter((_, i) => dimensionsFinal[i] === null).map(d => d.id),
  ];
  return { customer: customerFinal, dimensions: dimensionsFinal, missing };
}
