// Ready-made settings from the article: Factory (revenue-led, with payment behaviour and gates), Trading company
// (profit-led) and Custom (revenue only). They must make sense with no editing at all.
//
// Band assumptions (yuan, per year, for small and medium Chinese factories and traders with 20 to 50,000 customers):
// a key account buys ≥ ¥1,000,000 a year, a solid one ≥ ¥500,000, a regular one ≥ ¥200,000, an occasional one
// ≥ ¥50,000; gross profit is taken as roughly 20% of revenue for the profit bands. Overdue days follow common
// payment practice: on time scores full points, more than 90 days overdue scores none. Fixed bands keep a
// customer's points independent of the rest of the list, so short lists grade sensibly.
import { FALLBACK_TIER_COLOUR, TIER_COLOURS } from './colours.ts';
import type { Lang } from './locale.ts';
import type { Benefit, Category, Dimension, PresetName, Settings, Tier } from './settings-schema.ts';
import { PAYMENT_TERMS_LABEL, PAYMENT_TERMS_WORDS } from './wording/categories.ts';
import { PRESET_WORDS } from './wording/presets.ts';

/** Every preset name, in the order the sidebar offers them. */
export const PRESET_NAMES: readonly PresetName[] = ['factory', 'trading', 'custom'];

/** Points of the five money bands, best first; below the last band a customer scores 0. */
const MONEY_POINTS = [100, 80, 60, 40, 20] as const;

function moneyDimension(
  id: 'revenue' | 'profit',
  label: Dimension['label'],
  thresholds: readonly [number, number, number, number, number],
  weight: number,
  missing: Dimension['missing'],
): Dimension {
  return {
    id,
    label,
    headers: [label.zh, label.en],
    valueType: 'number',
    unit: 'money',
    direction: 'higher',
    weight,
    normalisation: {
      kind: 'bands',
      bands: thresholds.map((threshold, i) => ({ threshold, points: MONEY_POINTS[i] ?? 0 })),
      otherwise: 0,
    },
    missing,
  };
}

function revenue(weight: number, missing: Dimension['missing']): Dimension {
  const yuan = [1_000_000, 500_000, 200_000, 50_000, 10_000] as const;
  return moneyDimension('revenue', { ...PRESET_WORDS.revenue }, yuan, weight, missing);
}

function profit(weight: number, missing: Dimension['missing']): Dimension {
  const yuan = [200_000, 100_000, 40_000, 10_000, 2_000] as const;
  return moneyDimension('profit', { ...PRESET_WORDS.profit }, yuan, weight, missing);
}

function overdueDays(weight: number): Dimension {
  return {
    id: 'overdue_days',
    label: { ...PRESET_WORDS.overdueDays },
    headers: [PRESET_WORDS.overdueDays.zh, PRESET_WORDS.overdueDays.en],
    valueType: 'number',
    unit: 'days',
    direction: 'lower',
    weight,
    normalisation: {
      kind: 'bands',
      bands: [
        { threshold: 0, points: 100 },
        { threshold: 15, points: 85 },
        { threshold: 30, points: 70 },
        { threshold: 60, points: 40 },
        { threshold: 90, points: 20 },
      ],
      otherwise: 0,
    },
    // A blank overdue cell in an ERP export usually means nothing is overdue; re-weighting does not punish it.
    missing: 'reweight',
  };
}

/** Scores of the default payment-terms categories (PAYMENT_TERMS_WORDS), best first. */
const PAYMENT_TERMS_SCORES = [100, 85, 70, 50, 30, 20, 0] as const;

/** The default payment-terms table: cash in advance best, open credit worst, each category in both languages. */
function paymentTermsTable(): Category[] {
  return PAYMENT_TERMS_WORDS.map((words, k) => ({
    words: [...words.zh.split('\u3001'), ...words.en.split(', ')],
    score: PAYMENT_TERMS_SCORES[k] ?? 0,
  }));
}

/**
 * A payment-terms dimension in words (cash in advance, Net 60, open credit) with the default table: what the
 * sidebar adds when the user asks for one. Not in the presets: a table without such a column must not be flagged.
 */
export function paymentTermsDimension(weight: number): Dimension {
  return {
    id: 'payment_terms',
    label: { ...PAYMENT_TERMS_LABEL },
    headers: [PAYMENT_TERMS_LABEL.zh, PAYMENT_TERMS_LABEL.en],
    valueType: 'category',
    unit: 'plain',
    direction: 'higher',
    weight,
    normalisation: { kind: 'categories', categories: paymentTermsTable() },
    // A blank terms cell is usually "not recorded": scored on the other dimensions.
    missing: 'reweight',
  };
}

const TIERS: Tier[] = ['A', 'B', 'C', 'D'].map((name, i) => ({ name, color: TIER_COLOURS[i] ?? FALLBACK_TIER_COLOUR }));

// Training on its own rhythm, as the article has it: A once a quarter, B once every half-year, C once a year (the
// same 4 / 2 / 1 a year, but an A customer cannot take the year's four in one quarter).
const BENEFITS: Benefit[] = [
  {
    id: 'samples',
    label: PRESET_WORDS.samples,
    kind: 'money',
    allowance: [3000, 1000, 500, 0],
    periods: ['year', 'year', 'year', 'year'],
  },
  {
    id: 'training',
    label: PRESET_WORDS.training,
    kind: 'times',
    allowance: [1, 1, 1, 0],
    periods: ['quarter', 'half', 'year', 'year'],
    unitCost: 800,
  },
  {
    id: 'mould',
    label: PRESET_WORDS.mould,
    kind: 'perk',
    allowance: [1, 0, 0, 0],
    periods: ['year', 'year', 'year', 'year'],
    unitCost: 5000,
  },
];

/**
 * A fresh, valid settings document for a preset. `lang` orders each dimension's header names (the user's language
 * first); both languages always match. Returns a new object each call, so callers may edit it.
 */
export function defaultSettings(preset: PresetName, lang: Lang): Settings {
  const dimensions =
    preset === 'factory'
      ? [revenue(50, 'insufficient'), profit(15, 'reweight'), overdueDays(35)]
      : preset === 'trading'
        ? [profit(60, 'insufficient'), revenue(20, 'reweight'), overdueDays(20)]
        : [revenue(100, 'insufficient')];
  // Payment behaviour matters to any company that needs cash flow: both presets cap long-overdue customers. "At
  // most C" rather than the article's B: with overdue days weighing 35 (factory), a customer more than 90 days
  // overdue scores at most 65 and is never above B anyway, so a B cap would never change a tier (see rule-reach.ts).
  const gates: Settings['gates'] =
    preset === 'custom'
      ? []
      : [
          { atMost: 2, dimension: 'overdue_days', op: '>', value: 90 },
          { atMost: 3, dimension: 'overdue_days', op: '>', value: 180 },
        ];
  const customer = PRESET_WORDS.customerColumn;
  return {
    version: 2,
    preset,
    sheetName: '',
    customerHeaders: lang === 'zh' ? [customer.zh, customer.en] : [customer.en, customer.zh],
    dimensions: dimensions.map(d => ({ ...d, headers: lang === 'zh' ? d.headers : [...d.headers].reverse() })),
    tiers: TIERS.map(tier => ({ ...tier })),
    method: { kind: 'cutoffs', cutoffs: [80, 60, 40] },
    gates,
    benefits: BENEFITS.map(b => ({
      ...b,
      label: { ...b.label },
      allowance: [...b.allowance],
      periods: [...b.periods],
    })),
    fiscalYearStartMonth: 1,
    currency: '¥',
    graceSnapshots: 0,
  };
}
