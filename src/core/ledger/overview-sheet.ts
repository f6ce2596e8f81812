// The "Quota overview" sheet as cells: a title row naming the period, a header row, then one row per customer with
// each benefit's allotted, used and remaining amount, and the background of every body cell (remaining over quota
// in red). Pure: the adapter clears the sheet and writes this with one setValues and one setBackgrounds.
import { OVER_QUOTA_BACKGROUND, PLAIN_BACKGROUND } from '../colours.ts';
import type { Lang } from '../locale.ts';
import { LEDGER_WORDS as W } from '../wording/ledger.ts';
import { type LedgerEvaluation, type LedgerInput, quotaOverview } from './quota.ts';

export type OverviewSheet = {
  /** Title row, header row, then one row per customer; every row as wide as the header. */
  readonly grid: (string | number)[][];
  /** Background of each customer row's cells (the grid's rows from the third on). */
  readonly backgrounds: string[][];
  /** How many customer × benefit quotas are over their allowance. */
  readonly overQuota: number;
  readonly periodLabel: string;
};

/**
 * The overview for the period containing `input.today`. `names` and `tiers` are the customer table's name cells and
 * current Tier cells, row for row; a blank name gives no row. Perks show Included / Not included instead of an amount.
 */
export function overviewSheet(
  evaluation: LedgerEvaluation,
  input: Pick<LedgerInput, 'settings' | 'timeline' | 'today'>,
  customers: { readonly names: readonly unknown[]; readonly tiers: readonly unknown[] },
  lang: Lang,
): OverviewSheet {
  const { settings } = input;
  const overview = quotaOverview(evaluation, input, customers.names);
  const header = [W.customer[lang], W.currentTier[lang]];
  for (const b of settings.benefits) {
    for (const part of [W.allotted, W.used, W.remaining]) header.push(`${b.label[lang]} · ${part[lang]}`);
  }
  const tierByName = new Map(customers.names.map((n, i) => [String(n), customers.tiers[i] ?? '']));
  let overQuota = 0;
  const body = overview.rows.map(row => {
    const cells: (string | number)[] = [row.customer, String(tierByName.get(row.customer) ?? '')];
    const colours: string[] = [PLAIN_BACKGROUND, PLAIN_BACKGROUND];
    row.quotas.forEach((q, i) => {
      const perk = settings.benefits[i]?.kind === 'perk';
      const allotted = perk ? (q.allotted >= 1 ? W.included : W.notIncluded)[lang] : q.allotted;
      cells.push(allotted, q.used, q.remaining ?? '');
      colours.push(PLAIN_BACKGROUND, PLAIN_BACKGROUND, q.overQuota ? OVER_QUOTA_BACKGROUND : PLAIN_BACKGROUND);
      if (q.overQuota) overQuota += 1;
    });
    return { cells, colours };
  });
  const period = overview.period;
  const title = `${W.overviewSheet[lang]} · ${period.label[lang]} (${period.start} – ${period.end})`;
  const grid = [[title, ...new Array<string>(header.length - 1).fill('')], header, ...body.map(r => r.cells)];
  return { grid, backgrounds: body.map(r => r.colours), overQuota, periodLabel: period.label[lang] };
}
