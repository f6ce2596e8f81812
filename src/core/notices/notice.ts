// Customer notices: one letter per graded customer from the settings' template, naming its tier and, in words, the
// benefits that tier brings ('Free samples ¥3,000 a year, Free mould opening'). Pure: rows and settings in, texts out.
import type { Day } from '../days.ts';
import { periodOf } from '../ledger/periods.ts';
import type { Lang } from '../locale.ts';
import { formatNumber, formatValue } from '../reason.ts';
import type { Settings } from '../settings-schema.ts';
import { NOTICE_FIELDS, NOTICE_WORDS, type NoticeField } from '../wording/notices.ts';

/** One customer to write to: its name, salesperson ('' when the table has none) and final tier index. */
export type NoticeCustomer = { readonly customer: string; readonly salesperson: string; readonly tier: number };

/** The review the notices speak of: its name ('2026') and the benefits' validity ('from 2026-01-01 to 2026-12-31'). */
export type NoticeReview = { readonly year: string; readonly valid: string };

/** The fiscal year that holds `today`: its name and the span its benefits are valid for. */
export function noticeReview(today: Day, settings: Settings, lang: Lang): NoticeReview {
  const year = periodOf(today, { length: 'year', fiscalYearStartMonth: settings.fiscalYearStartMonth });
  return { year: year.label[lang], valid: NOTICE_WORDS.valid(year.start, year.end)[lang] };
}

/** One row of the notices sheet: customer, salesperson, tier name, letter. */
export type NoticeRow = readonly [customer: string, salesperson: string, tier: string, notice: string];

const FIELD_PATTERN = new RegExp(
  `\\{(${Object.values(NOTICE_FIELDS)
    .flatMap(f => [f.zh, f.en])
    .join('|')})\\}`,
  'giu',
);
const FIELD_BY_NAME = new Map<string, NoticeField>(
  (Object.keys(NOTICE_FIELDS) as NoticeField[]).flatMap(key => [
    [NOTICE_FIELDS[key].zh, key],
    [NOTICE_FIELDS[key].en.toLowerCase(), key],
  ]),
);

/**
 * Fills a template's fields ({customer} or its Chinese name, …, in either language). Unknown braces stay as written; the
 * values are inserted as they are, never read as fields themselves (a customer named '{tier}' stays so).
 */
export function fillTemplate(template: string, values: Readonly<Record<NoticeField, string>>): string {
  return template.replace(FIELD_PATTERN, (whole, name: string) => {
    const field = FIELD_BY_NAME.get(name) ?? FIELD_BY_NAME.get(name.toLowerCase());
    return field ? values[field] : whole;
  });
}

/** A tier's benefits as a letter states them, in settings order; perks by name, nothing for a zero allowance. */
export function tierBenefitsText(settings: Settings, tier: number, lang: Lang): string {
  const parts = settings.benefits.flatMap(b => {
    const allowance = b.allowance[tier] ?? 0;
    const per = NOTICE_WORDS.per[b.periods[tier] ?? 'year']; // each benefit renews on its tier's own period
    if (allowance <= 0) return [];
    const label = b.label[lang];
    if (b.kind === 'perk') return [label];
    if (b.kind === 'money')
      return [NOTICE_WORDS.money(label, formatValue(allowance, 'money', settings.currency), per)[lang]];
    return [NOTICE_WORDS.times(label, formatNumber(allowance, 2), per)[lang]];
  });
  return parts.length ? parts.join(NOTICE_WORDS.listJoin[lang]) : NOTICE_WORDS.noBenefits[lang];
}

/** The notices sheet's rows (header first) for graded customers, in table order. */
export function noticeRows(
  customers: readonly NoticeCustomer[],
  settings: Settings,
  review: NoticeReview,
  lang: Lang,
): NoticeRow[] {
  const template = (settings.noticeTemplate?.[lang] ?? '').trim() || NOTICE_WORDS.defaultTemplate[lang];
  const benefits = settings.tiers.map((_, k) => tierBenefitsText(settings, k, lang));
  const rows = customers.map(c => {
    const tier = settings.tiers[c.tier]?.name ?? '';
    const values = {
      customer: c.customer,
      salesperson: c.salesperson,
      year: review.year,
      tier,
      valid: review.valid,
      benefits: benefits[c.tier] ?? '',
    };
    return [c.customer, c.salesperson, tier, fillTemplate(template, values)] as const;
  });
  const [customer, salesperson, tier, notice] = NOTICE_WORDS.headers;
  return [[customer[lang], salesperson[lang], tier[lang], notice[lang]], ...rows];
}
