// A realistic, deterministic sample customer list (the "Set up sample sheets" command and the playground use it):
// a small factory's customers as an ERP export would give them, including a few messy cells on purpose.
import type { Lang } from './locale.ts';

/** Each city with its region as Chinese sales teams divide the country (华东, 华南, 华北, 西南). */
const CITIES = [
  ['宁波', 'Ningbo', 0],
  ['东莞', 'Dongguan', 1],
  ['苏州', 'Suzhou', 0],
  ['佛山', 'Foshan', 1],
  ['温州', 'Wenzhou', 0],
  ['天津', 'Tianjin', 2],
  ['厦门', 'Xiamen', 0],
  ['成都', 'Chengdu', 3],
] as const;
const BRANDS = [
  ['恒达', 'Hengda'],
  ['新宇', 'Xinyu'],
  ['金源', 'Jinyuan'],
  ['华通', 'Huatong'],
  ['永盛', 'Yongsheng'],
  ['远航', 'Yuanhang'],
  ['瑞丰', 'Ruifeng'],
  ['嘉和', 'Jiahe'],
] as const;
const TRADES = [
  ['五金', 'Hardware'],
  ['电子', 'Electronics'],
  ['塑胶', 'Plastics'],
  ['贸易', 'Trading'],
  ['包装', 'Packaging'],
] as const;
const REGIONS = [
  ['华东', 'East'],
  ['华南', 'South'],
  ['华北', 'North'],
  ['西南', 'Southwest'],
] as const;

export const SAMPLE_HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  zh: ['客户名称', '地区', '销售额', '利润', '逾期天数', '账期', '业务员', '最近下单'],
  en: ['Customer', 'Region', 'Revenue', 'Profit', 'Overdue days', 'Payment terms', 'Sales rep', 'Last order'],
};

/**
 * The salesperson of each region (华东, 华南, 华北, 西南): the service plan groups by them. The south-west has none yet,
 * so the sample also shows customers without a salesperson.
 */
const SALES_REPS = [
  ['王芳', 'Wang Fang'],
  ['李雷', 'Li Lei'],
  ['张伟', 'Zhang Wei'],
  ['', ''],
] as const;

/**
 * Payment terms as a sales team writes them, best first; customers who pay late tend to be on longer credit. The
 * presets do not score this column: "Add payment terms" in the sidebar does, with the default word table.
 */
const TERMS = [
  ['款到发货', 'Prepaid'],
  ['货到付款', 'COD'],
  ['月结30天', 'Net 30'],
  ['月结60天', 'Net 60'],
  ['承兑汇票', 'Bank acceptance'],
  ['赊销', 'Open credit'],
] as const;

/** Terms written by hand, one per listed row: full-width digits and spaces, and a term the default table lacks. */
const MESSY_TERMS: Readonly<Record<number, readonly [string, string]>> = {
  6: [' 月结 ６０ 天 ', ' net ６０ '],
  13: ['月结45天', 'Net 45'],
};

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so every run builds the same sheet. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Cells that an ERP export or a hurried colleague produces; each row index gets one on purpose. */
const MESSY: Readonly<Record<number, (row: SampleRow) => void>> = {
  3: row => {
    row[2] = `¥${Number(row[2]).toLocaleString('en-US')}`;
  },
  5: row => {
    row[2] = `${(Number(row[2]) / 10_000).toFixed(1)}万`;
  },
  8: row => {
    row[3] = '';
  },
  11: row => {
    row[2] = '三千';
  },
  14: row => {
    row[3] = '#N/A';
  },
  17: row => {
    row[2] = String(row[2]).replace(/\d/gu, d => String.fromCharCode(0xff10 + Number(d)));
  },
  20: row => {
    row[3] = `(${Math.abs(Number(row[3]) || 5000).toLocaleString('en-US')})`;
  },
  23: row => {
    row[4] = 200;
  },
  26: row => {
    row[4] = 120;
  },
  29: row => {
    row[2] = '';
    row[3] = '';
  },
};

export type SampleRow = [
  name: string,
  region: string,
  revenue: unknown,
  profit: unknown,
  overdue: unknown,
  terms: string,
  salesperson: string,
  lastOrder: Date,
];

/**
 * The sample customer table: a header row then `count` customers. Same output for the same arguments.
 * Dates are midnight UTC of whole days before `today`.
 */
export function sampleCustomers(lang: Lang, today: Date, count = 40): unknown[][] {
  const next = seededRandom(20260501);
  const names = new Set<string>();
  const rows: unknown[][] = [[...SAMPLE_HEADERS[lang]]];
  // Terms come from their own sequence, so every other sample value stays what it was before the column existed.
  const nextTerm = seededRandom(20261130);
  const li = lang === 'zh' ? 0 : 1;
  const drawName = (): { name: string; region: number } => {
    const city = pick(CITIES, next);
    const brand = pick(BRANDS, next);
    const trade = pick(TRADES, next);
    const name =
      lang === 'zh' ? `${city[0]}${brand[0]}${trade[0]}有限公司` : `${city[1]} ${brand[1]} ${trade[1]} Co., Ltd.`;
    return { name, region: city[2] };
  };
  while (rows.length <= count) {
    // Re-draw a taken name; only lists larger than the name pool (benchmarks) get numbered branches.
    let drawn = drawName();
    for (let tries = 0; names.has(drawn.name) && tries < 30; tries++) drawn = drawName();
    const unique = names.has(drawn.name) ? `${drawn.name} ${rows.length}` : drawn.name;
    names.add(unique);
    // Revenue spread over three orders of magnitude, like a real customer list (a few big accounts, a long tail).
    const revenue = Math.round(10 ** (4.3 + next() * 2.2) / 10) * 10;
    const profit = Math.round(revenue * (0.08 + next() * 0.22));
    const overdueRoll = next();
    const overdue = overdueRoll < 0.55 ? 0 : overdueRoll < 0.8 ? Math.ceil(next() * 30) : Math.ceil(30 + next() * 70);
    const daysAgo = Math.floor(next() * 200);
    const lastOrder = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - daysAgo));
    const late = overdue > 30 ? 3 : overdue > 0 ? 1 : 0;
    const term = TERMS[Math.min(TERMS.length - 1, late + Math.floor(nextTerm() * 3))]?.[li] ?? '';
    const handTyped = MESSY_TERMS[rows.length - 1]?.[li];
    // The region follows the city; the draw that once picked it stays, so every other sample value is unchanged.
    next();
    const region = (REGIONS[drawn.region] ?? REGIONS[0])[li];
    const rep = (SALES_REPS[drawn.region] ?? SALES_REPS[0])[li];
    const row: SampleRow = [unique, region, revenue, profit, overdue, handTyped ?? term, rep, lastOrder];
    MESSY[rows.length - 1]?.(row);
    rows.push(row);
  }
  return rows;
}

/**
 * A few benefit-log entries for the sample customers, as a sales assistant would type them: samples and trainings
 * used this year, a top-tier customer over its sample budget, one misspelt customer, one amount typed in words and a
 * second training in one quarter for a customer whose tier gets one a quarter, so the log's statuses have something
 * to show. `namesByTier[i]` lists customers of tier i; `benefitNames` maps
 * benefit ids to the names shown in the log.
 */
export function sampleLogEntries(
  lang: Lang,
  today: Date,
  namesByTier: readonly (readonly string[])[],
  benefitNames: Readonly<Record<string, string>>,
): unknown[][] {
  const daysAgo = (n: number) =>
    new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - n));
  const some = (tier: number, nth = 0) => namesByTier[tier]?.[nth] ?? namesByTier.flat()[nth] ?? '';
  const [first, second, third, fourth] = [some(0), some(1), some(2), some(0, 1)];
  const zh = lang === 'zh';
  const entries: [number, string, string, unknown, string][] = [
    [70, first, 'samples', 1800, zh ? '新品打样' : 'New product samples'],
    [40, first, 'samples', 1500, zh ? '展会样品' : 'Trade fair samples'],
    [35, second, 'training', 1, zh ? '产品培训（线上）' : 'Product training (online)'],
    [21, third, 'samples', 400, ''],
    [14, fourth, 'mould', 1, zh ? '新模具' : 'New mould'],
    [9, first.slice(0, -2), 'samples', 300, zh ? '客户名写错了' : 'Customer name misspelt'],
    [3, second, 'samples', zh ? '五百' : 'five hundred', zh ? '金额写成了汉字' : 'Amount typed in words'],
    // Trainings renew on each tier's own rhythm: an A customer's second one in the same quarter is over quota.
    [2, first, 'training', 1, zh ? '新员工培训' : 'Training for new staff'],
    [
      2,
      first,
      'training',
      1,
      zh ? '同一季度第二次培训（A 级每季度 1 次）' : 'Second training this quarter (A: 1 a quarter)',
    ],
  ];
  return entries
    .filter(([, , benefit]) => benefitNames[benefit] !== undefined)
    .map(([ago, customer, benefit, amount, note]) => [daysAgo(ago), customer, benefitNames[benefit], amount, note]);
}
