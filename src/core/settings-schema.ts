// The settings document as valibot schemas, and the TypeScript types derived from them.
// JSON only (no Dates, no undefined) so it fits in one Properties value and crosses google.script.run unchanged.
// Every schema's message is a requirement code (see REQUIREMENTS in wording/settings.ts), never user-facing text.
import * as v from 'valibot';

/** The settings document version this code writes and reads. Older documents go through `migrateSettings`. */
export const SETTINGS_VERSION = 2;

/**
 * Largest settings JSON (UTF-8 bytes) validation accepts. Properties holds about 9 KB per value; the margin leaves
 * room for the store's own overhead (docs/apps-script.md: Properties). The presets take about 2 KB.
 */
export const SETTINGS_MAX_BYTES = 8192;

/** What a field must be; the wording catalogue turns a code into zh/en text ("must be a number ≥ 0"). */
export type Requirement =
  | 'object'
  | 'required'
  | 'list'
  | 'text'
  | 'short_text'
  | 'name'
  | 'slug'
  | 'number'
  | 'number_ge_0'
  | 'points'
  | 'percent'
  | 'integer_ge_0'
  | 'month'
  | 'grace'
  | 'color'
  | 'choice'
  | 'version'
  | 'dimension_count'
  | 'tier_count'
  | 'list_max'
  | 'word'
  | 'category_words'
  | 'category_count';

const at = (code: Requirement): Requirement => code;

const finite = (code: Requirement) => v.pipe(v.number(at(code)), v.finite(at(code)));
const boundedNumber = (code: Requirement, min: number, max: number) =>
  v.pipe(v.number(at(code)), v.finite(at(code)), v.minValue(min, at(code)), v.maxValue(max, at(code)));
const integer = (code: Requirement, min: number, max: number) =>
  v.pipe(v.number(at(code)), v.integer(at(code)), v.minValue(min, at(code)), v.maxValue(max, at(code)));
const text = (max: number) => v.pipe(v.string(at('text')), v.maxLength(max, at('short_text')));
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item, at('list')), v.maxLength(max, at('list_max')));

export const LocalTextSchema = v.object({ zh: text(80), en: text(80) }, at('object'));

export const BandSchema = v.object(
  { threshold: finite('number'), points: boundedNumber('points', 0, 100) },
  at('object'),
);

// ── Categorical dimensions (payment terms in words) ──────────────────────────────────────────────────────────
// A category is a set of words ('Prepaid', 'Net 30', …) that all give one score; a dimension whose normalisation is
// 'categories' reads its cells as words (valueType 'category'). Optional in every sense: documents written before it
// existed hold no such dimension and read exactly as before.

/** One category: its words (the first is the one shown), and the points any of them gives. */
export const CategorySchema = v.object(
  {
    words: v.pipe(
      list(v.pipe(v.string(at('text')), v.maxLength(40, at('short_text')), v.regex(/\S/u, at('word'))), 20),
      v.minLength(1, at('category_words')),
    ),
    score: boundedNumber('points', 0, 100),
  },
  at('object'),
);

const CategoriesNormalisationSchema = v.object(
  {
    kind: v.literal('categories', at('choice')),
    categories: v.pipe(list(CategorySchema, 20), v.minLength(1, at('category_count'))),
  },
  at('object'),
);
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────

export const NormalisationSchema = v.variant(
  'kind',
  [
    CategoriesNormalisationSchema,
    v.object({ kind: v.literal('percentile', at('choice')) }, at('object')),
    v.object({ kind: v.literal('minmax', at('choice')) }, at('object')),
    v.object(
      {
        kind: v.literal('bands', at('choice')),
        bands: v.pipe(list(BandSchema, 10), v.minLength(1, at('list'))),
        otherwise: boundedNumber('points', 0, 100),
      },
      at('object'),
    ),
  ],
  at('choice'),
);

export const DimensionSchema = v.object(
  {
    id: v.pipe(v.string(at('slug')), v.regex(/^[a-z][a-z0-9_]{0,39}$/u, at('slug'))),
    label: LocalTextSchema,
    headers: list(v.pipe(v.string(at('text')), v.maxLength(80, at('short_text'))), 20),
    valueType: v.picklist(['number', 'date', 'category'], at('choice')),
    unit: v.picklist(['money', 'days', 'percent', 'count', 'plain'], at('choice')),
    direction: v.picklist(['higher', 'lower'], at('choice')),
    weight: boundedNumber('number_ge_0', 0, 1_000_000),
    normalisation: NormalisationSchema,
    missing: v.picklist(['worst', 'reweight', 'insufficient'], at('choice')),
  },
  at('object'),
);

export const TierSchema = v.object(
  {
    name: v.pipe(v.string(at('name')), v.trim(), v.minLength(1, at('name')), v.maxLength(20, at('name'))),
    color: v.pipe(v.string(at('color')), v.regex(/^#[0-9a-fA-F]{6}$/u, at('color'))),
  },
  at('object'),
);

const percentList = list(boundedNumber('percent', 0, 100), 4);

export const MethodSchema = v.variant(
  'kind',
  [
    v.object(
      { kind: v.literal('cutoffs', at('choice')), cutoffs: list(boundedNumber('points', 0, 100), 4) },
      at('object'),
    ),
    v.object({ kind: v.literal('share', at('choice')), shares: percentList }, at('object')),
    v.object(
      { kind: v.literal('pareto', at('choice')), dimension: v.string(at('slug')), shares: percentList },
      at('object'),
    ),
  ],
  at('choice'),
);

export const GateSchema = v.object(
  {
    atMost: integer('integer_ge_0', 0, 4),
    dimension: v.string(at('slug')),
    op: v.picklist(['>', '>=', '<', '<=', '='], at('choice')),
    value: finite('number'),
  },
  at('object'),
);

// Benefits on their own rhythm (issue 14 item 6): each tier's allowance renews every `periods[tier]`, counted from
// the fiscal year's first month (`fiscalYearStartMonth` below). Version 1 had one `period.length` for everything.
const PeriodLengthSchema = v.picklist(['year', 'half', 'quarter', 'month'], at('choice'));

export const BenefitSchema = v.object(
  {
    id: v.pipe(v.string(at('slug')), v.regex(/^[a-z][a-z0-9_]{0,39}$/u, at('slug'))),
    label: LocalTextSchema,
    kind: v.picklist(['money', 'times', 'perk'], at('choice')),
    allowance: list(boundedNumber('number_ge_0', 0, 1e12), 5),
    /** How often each tier's allowance renews, one per tier like `allowance`. */
    periods: list(PeriodLengthSchema, 5),
    /** What one use costs the company (a training session, a mould); money benefits cost their amount. Optional. */
    unitCost: v.optional(boundedNumber('number_ge_0', 0, 1e12)),
  },
  at('object'),
);

/** The Summary flags a customer whose benefit spend passes this percent of its profit, unless settings say otherwise. */
export const DEFAULT_SPEND_ALERT_PERCENT = 20;

// ── Customer notices ─────────────────────────────────────────────────────────────────────────────────────────
// The letter template of menu "Customer notices", per language, with {customer}-style fields (English or Chinese names). Optional:
// documents without it use the catalogue's default (wording/notices.ts).
const NoticeTemplateSchema = v.object(
  {
    zh: v.pipe(v.string(at('text')), v.maxLength(1000, at('short_text'))),
    en: v.pipe(v.string(at('text')), v.maxLength(1000, at('short_text'))),
  },
  at('object'),
);
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────

export const SettingsSchema = v.object(
  {
    version: v.literal(SETTINGS_VERSION, at('version')),
    preset: v.picklist(['factory', 'trading', 'custom'], at('choice')),
    sheetName: text(100),
    customerHeaders: list(v.pipe(v.string(at('text')), v.maxLength(80, at('short_text'))), 20),
    dimensions: v.pipe(list(DimensionSchema, 12), v.minLength(1, at('dimension_count'))),
    tiers: v.pipe(v.array(TierSchema, at('list')), v.minLength(3, at('tier_count')), v.maxLength(5, at('tier_count'))),
    method: MethodSchema,
    gates: list(GateSchema, 10),
    benefits: list(BenefitSchema, 20),
    fiscalYearStartMonth: integer('month', 1, 12),
    currency: text(8),
    graceSnapshots: integer('grace', 0, 12),
    noticeTemplate: v.optional(NoticeTemplateSchema),
    /** The Summary lists customers whose benefit spend this fiscal year passes this percent of their profit. */
    spendAlertPercent: v.optional(boundedNumber('percent', 0, 100)),
    /** Tiers are reviewed and published once per this period (issue 15 part 2); absent: no cycle, live tiers rule. */
    reviewCycle: v.optional(v.picklist(['quarter', 'half', 'year'], at('choice'))),
  },
  at('object'),
);

/** `{ zh, en }`: every user-visible text the settings carry exists in both languages. */
export type LocalText = v.InferOutput<typeof LocalTextSchema>;
/** One fixed band: higher-is-better `value >= threshold`, lower-is-better `value <= threshold`; first match wins. */
export type Band = v.InferOutput<typeof BandSchema>;
/** How a raw value becomes 0..100 points: rank in the list, position between min and max, or fixed bands. */
export type Normalisation = v.InferOutput<typeof NormalisationSchema>;
/** A word category of a categorical dimension: any of `words` gives `score` points. */
export type Category = v.InferOutput<typeof CategorySchema>;
/** One scored column (revenue, profit, overdue days, …). */
export type Dimension = v.InferOutput<typeof DimensionSchema>;
export type DimensionUnit = Dimension['unit'];
/** A tier's display name and row colour; tiers are ordered best first. */
export type Tier = v.InferOutput<typeof TierSchema>;
/** How scores (or one measure) become tiers. */
export type Method = v.InferOutput<typeof MethodSchema>;
/** "At most tier `atMost` while `dimension op value`": a gate can only lower a tier. */
export type Gate = v.InferOutput<typeof GateSchema>;
export type GateOp = Gate['op'];
/** How often an allowance renews: every year, half-year, quarter or month of the fiscal year. */
export type PeriodLength = v.InferOutput<typeof PeriodLengthSchema>;
/** A benefit with one allowance and one period per tier (money per period, times per period, or perk 1/0). */
export type Benefit = v.InferOutput<typeof BenefitSchema>;
export type PresetName = Settings['preset'];
/** How often tiers are reviewed and published. */
export type ReviewCycle = NonNullable<Settings['reviewCycle']>;
/** The whole settings document, version 2. */
export type Settings = v.InferOutput<typeof SettingsSchema>;
