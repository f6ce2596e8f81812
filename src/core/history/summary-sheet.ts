// Everything the "Summary" sheet shows, from the pipeline's results: one summary row per customer, the rows with
// problems, what each tier used of each benefit this period (from the benefit log), and the laid-out cells. Pure: the
// adapter reads the table, history and log, calls `summarySheet`, and writes.
import { customerKey } from '../customers.ts';
import type { DateToDay, Day } from '../days.ts';
import { evaluateLog, type LedgerEvaluation, usedThisPeriod } from '../ledger/quota.ts';
import { buildTierTimeline } from '../ledger/timeline.ts';
import type { Lang } from '../locale.ts';
import type { TieredTable } from '../pipeline.ts';
import type { Settings } from '../settings.ts';
import { revenueDimension } from './changes-sheet.ts';
import type { HistoryInterval } from './intervals.ts';
import { benefitSpend } from './spend.ts';
import { type SummaryRow, summarise } from './summary.ts';
import { type ProblemLine, type SummaryLayout, summarySheetValues } from './summary-layout.ts';

export type SummaryInput = {
  readonly tiered: TieredTable;
  readonly settings: Settings;
  readonly history: readonly HistoryInterval[];
  /** Benefit log entry rows [date, customer, benefit, amount / times, note]; null when there is no log. */
  readonly log: readonly (readonly unknown[])[] | null;
  readonly today: Day;
  readonly toDay: DateToDay;
};

export type SummarySheet = {
  readonly layout: SummaryLayout;
  readonly customers: number;
  /** Whether the budget columns include use (a benefit log exists). */
  readonly usage: boolean;
};

/** The Summary sheet's cells for the tiers as they stand today. */
export function summarySheet(input: SummaryInput, lang: Lang): SummarySheet {
  const { tiered, settings } = input;
  const rows = summaryRows(tiered, settings);
  const evaluation = input.log === null ? null : evaluateSummaryLog(rows, { ...input, log: input.log });
  const used = evaluation === null ? null : benefitUseByTier(rows, evaluation, input);
  const spend = evaluation === null ? null : benefitSpend(rows, evaluation, settings, input.today);
  const summary = summarise(rows, settings, used);
  const layout = summarySheetValues(
    { summary, spend, problems: problemLines(tiered, lang) },
    settings,
    lang,
    input.today,
  );
  return { layout, customers: summary.total.customers, usage: used !== null };
}

/** One summary row per customer row of the table (blank rows left out), with its final tier. */
export function summaryRows(tiered: TieredTable, settings: Settings): SummaryRow[] {
  const revenueId = revenueDimension(settings);
  const profitId = settings.dimensions.some(d => d.id === 'profit') ? 'profit' : null;
  const dimensionValue = (dims: TieredTable['classification']['results'][number]['dimensions'], id: string | null) =>
    id === null ? null : (dims.find(d => d.id === id)?.value ?? null);
  const rows: SummaryRow[] = [];
  tiered.classification.results.forEach((result, i) => {
    const final = tiered.stable[i];
    if (result.status === 'blank' || final === undefined) return;
    rows.push({
      customer: result.name,
      tier: final.tier,
      revenue: dimensionValue(result.dimensions, revenueId),
      profit: dimensionValue(result.dimensions, profitId),
      problem: final.problem !== null || result.status !== 'tiered' || result.issues.length > 0,
    });
  });
  return rows;
}

/** The rows listed under "Customers with problems": a flagged override first, else the row's own reason. */
export function problemLines(tiered: TieredTable, lang: Lang): ProblemLine[] {
  const lines: ProblemLine[] = [];
  tiered.classification.results.forEach((result, i) => {
    const final = tiered.stable[i];
    if (result.status === 'blank' || final === undefined) return;
    if (final.problem !== null) lines.push({ customer: result.name, text: final.problem[lang] });
    else if (result.status !== 'tiered' || result.issues.length > 0) {
      lines.push({ customer: result.name, text: result.reason[lang] });
    }
  });
  return lines;
}

/** The benefit log judged as the ledger judges it, against the tiers of the history and the customers listed. */
export function evaluateSummaryLog(
  rows: readonly SummaryRow[],
  input: Pick<SummaryInput, 'settings' | 'history' | 'today' | 'toDay'> & {
    readonly log: readonly (readonly unknown[])[];
  },
): LedgerEvaluation {
  const { settings, today, toDay } = input;
  const timeline = buildTierTimeline({
    tiers: settings.tiers,
    history: input.history.map(r => [r.from, r.customer, r.tier]),
    current: [],
    today,
    toDay,
  });
  return evaluateLog({
    settings,
    timeline,
    rows: input.log,
    customers: rows.map(r => r.customer),
    today,
    toDay,
  });
}

/**
 * `used[b][t]`: what customers now in tier t used of benefit b in the period containing today (b's period for tier t).
 * Uses are attributed to the customer's tier today; a customer listed twice counts once.
 */
export function benefitUseByTier(
  rows: readonly SummaryRow[],
  evaluation: LedgerEvaluation,
  input: Pick<SummaryInput, 'settings' | 'today'>,
): number[][] {
  const { settings, today } = input;
  const used = settings.benefits.map(() => settings.tiers.map(() => 0));
  const seen = new Set<string>();
  for (const row of rows) {
    const key = customerKey(row.customer);
    if (row.tier === null || seen.has(key)) continue;
    seen.add(key);
    settings.benefits.forEach((benefit, b) => {
      const perTier = used[b];
      if (!perTier || row.tier === null) return;
      const amount = usedThisPeriod(evaluation, settings, row.customer, benefit, row.tier, today);
      perTier[row.tier] = (perTier[row.tier] ?? 0) + amount;
    });
  }
  return used;
}
