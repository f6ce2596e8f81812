// The "Quota overview" sheet as cells: a title row naming the period, a header row, then one row per customer with
// each benefit's allotted, used and remaining amount, and the background of every body cell (remaining over quota
// in red). Pure: the adapter clears the sheet and writes this with one setValues and one setBackgrounds.
// Each benefit counts in its own period: one shared period is named in the title; a benefit on a period of its own
// names it in its Allotted header; a benefit whose period differs by tier gets a Period column ('1 time / quarter · 2026 Q2').
import { OVER_QUOTA_BACKGROUND, PLAIN_BACKGROUND } from '../colours.ts';
import { dayNumber } from '../days.ts';
import type { Lang } from '../locale.ts';
import { RHYTHM_WORDS, LEDGER_WORDS as W } from '../wording/ledger.ts';
import { allowanceFor } from './allowance.ts';
import { formatAmount } from './messages.ts';
import { periodFinder } from './periods.ts';
import { type LedgerEvaluation, type LedgerInput, quotaOverview } from './quota.ts';
import type { LedgerBenefit, PeriodLength } from './types.ts';

export type OverviewSheet = {
  /** Title row, header row, then one row per customer; every row as wide as the header. */
  readonly grid: (string | number)[][];
  /** Background of each customer row's cells (the grid's rows from the third on). */
  readonly backgrounds: string[][];
  /** How many customer × benefit quotas are over their allowance. */
  readonly overQuota: number;
  /** The shared period's name, or "each benefit in its own period, as of …". */
  readonly periodLabel: string;
};

/**
 * The overview on `input.today`. `names` and `tiers` are the customer table's name cells and current Tier cells,
 * row for row; a blank name gives no row. Perks show Included / Not included instead of an amount.
 */
export function overviewSheet(
  evaluation: LedgerEvaluation,
  input: Pick<LedgerInput, 'settings' | 'timeline' | 'today'>,
  customers: { readonly names: readonly unknown[]; readonly tiers: readonly unknown[] },
  lang: Lang,
): OverviewSheet {
  const { settings, timeline } = input;
  const today = dayNumber(input.today);
  const find = periodFinder(settings.fiscalYearStartMonth);
  const own = settings.benefits.map(b => singleLength(b));
  const first = own[0] === undefined ? 'year' : own[0];
  const shared = own.every(l => l === first) ? first : null;
  const header = [W.customer[lang], W.currentTier[lang]];
  settings.benefits.forEach((b, i) => {
    const length = own[i] ?? null;
    if (length === null) header.push(`${b.label[lang]} · ${W.period[lang]}`);
    const named = shared === null && length !== null ? ` (${find(today, length).label[lang]})` : '';
    header.push(`${b.label[lang]} · ${W.allotted[lang]}${named}`);
    header.push(`${b.label[lang]} · ${W.used[lang]}`, `${b.label[lang]} · ${W.remaining[lang]}`);
  });
  const tierByName = new Map(customers.names.map((n, i) => [String(n), customers.tiers[i] ?? '']));
  let overQuota = 0;
  const body = quotaOverview(evaluation, input, customers.names).map(row => {
    const cells: (string | number)[] = [row.customer, String(tierByName.get(row.customer) ?? '')];
    const colours: string[] = [PLAIN_BACKGROUND, PLAIN_BACKGROUND];
    row.quotas.forEach((q, i) => {
      const benefit = settings.benefits[i];
      if (!benefit) return;
      if (own[i] === null) {
        const tier = timeline.tierOn(row.customer, today);
        const label = q.period.label[lang];
        cells.push(tier === null ? label : `${rhythmText(benefit, tier, settings.currency, lang)} · ${label}`);
        colours.push(PLAIN_BACKGROUND);
      }
      const perk = benefit.kind === 'perk';
      const allotted = perk ? (q.allotted >= 1 ? W.included : W.notIncluded)[lang] : q.allotted;
      cells.push(allotted, q.used, q.remaining ?? '');
      colours.push(PLAIN_BACKGROUND, PLAIN_BACKGROUND, q.overQuota ? OVER_QUOTA_BACKGROUND : PLAIN_BACKGROUND);
      if (q.overQuota) overQuota += 1;
    });
    return { cells, colours };
  });
  let title: string;
  let periodLabel: string;
  if (shared === null) {
    periodLabel = RHYTHM_WORDS.ownPeriods(input.today)[lang];
    title = `${W.overviewSheet[lang]} · ${periodLabel}`;
  } else {
    const period = find(today, shared);
    periodLabel = period.label[lang];
    title = `${W.overviewSheet[lang]} · ${periodLabel} (${period.start} – ${period.end})`;
  }
  const grid = [[title, ...new Array<string>(header.length - 1).fill('')], header, ...body.map(r => r.cells)];
  return { grid, backgrounds: body.map(r => r.colours), overQuota, periodLabel };
}

/**
 * A tier's allowance with its period, as people say it: '1 time / quarter', '¥3,000 / year' (and
 * the same in Chinese); a perk is Included / Not included, whatever its period.
 */
export function rhythmText(benefit: LedgerBenefit, tier: number, currency: string, lang: Lang): string {
  const amount = allowanceFor(benefit, tier);
  if (benefit.kind === 'perk') return (amount >= 1 ? W.included : W.notIncluded)[lang];
  const every = RHYTHM_WORDS.every[benefit.periods[tier] ?? 'year'];
  const text = {
    zh: formatAmount(benefit.kind, amount, currency, 'zh'),
    en: formatAmount(benefit.kind, amount, currency, 'en'),
  };
  return RHYTHM_WORDS.allowance(every, text)[lang];
}

// The one period every tier of a benefit renews on, or null when its tiers differ.
function singleLength(benefit: LedgerBenefit): PeriodLength | null {
  const [first = 'year', ...rest] = benefit.periods;
  return rest.every(p => p === first) ? first : null;
}
