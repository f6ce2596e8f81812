// The "Quota overview" sheet: one row per customer, for each benefit the allotted, used and remaining amount in the
// current period. Rebuilt whole by the menu and the daily update with one clear and one write.
import { literalCells } from '../../../core/layout.ts';
import { type LedgerEvaluation, quotaOverview } from '../../../core/ledger/index.ts';
import { LEDGER_WORDS } from '../../../core/wording/ledger.ts';
import { evaluateLedger, refreshLedgerStatuses } from './log-sheet.ts';
import type { LedgerSources } from './sources.ts';

const OVER_QUOTA_BACKGROUND = '#f4cccc';
const PLAIN_BACKGROUND = '#ffffff';

/** The overview sheet if it exists (either language's name). */
function findOverviewSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const names = LEDGER_WORDS.overviewSheet;
  return spreadsheet.getSheetByName(names.zh) ?? spreadsheet.getSheetByName(names.en);
}

export type OverviewResult = { readonly customers: number; readonly overQuota: number; readonly period: string };

/**
 * Re-judges the log (so statuses follow the calendar too) and rebuilds the overview for the period containing today.
 * Row 1 names the period, row 2 holds the headers, customers start on row 3.
 */
export function refreshQuotaOverview(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sources: LedgerSources,
): OverviewResult {
  const evaluation: LedgerEvaluation = refreshLedgerStatuses(spreadsheet, sources) ?? evaluateLedger([], sources);
  const { lang, settings } = sources;
  const names = sources.customers?.names ?? [];
  const tiers = sources.customers?.tiers ?? [];
  const overview = quotaOverview(
    evaluation,
    { settings, timeline: sources.timeline, today: sources.days.today },
    names,
  );
  const w = LEDGER_WORDS;
  const header = [w.customer[lang], w.currentTier[lang]];
  for (const b of settings.benefits) {
    for (const part of [w.allotted, w.used, w.remaining]) header.push(`${b.label[lang]} · ${part[lang]}`);
  }
  const tierByName = new Map(names.map((n, i) => [String(n), tiers[i] ?? '']));
  let overQuota = 0;
  const body = overview.rows.map(row => {
    const cells: (string | number)[] = [row.customer, String(tierByName.get(row.customer) ?? '')];
    const colours: string[] = [PLAIN_BACKGROUND, PLAIN_BACKGROUND];
    row.quotas.forEach((q, i) => {
      const perk = settings.benefits[i]?.kind === 'perk';
      const allotted = perk ? (q.allotted >= 1 ? w.included : w.notIncluded)[lang] : q.allotted;
      cells.push(allotted, q.used, q.remaining ?? '');
      const colour = q.overQuota ? OVER_QUOTA_BACKGROUND : PLAIN_BACKGROUND;
      colours.push(PLAIN_BACKGROUND, PLAIN_BACKGROUND, colour);
      if (q.overQuota) overQuota += 1;
    });
    return { cells, colours };
  });
  const period = overview.period;
  const title = `${w.overviewSheet[lang]} · ${period.label[lang]} (${period.start} – ${period.end})`;
  const width = header.length;
  const grid: (string | number)[][] = [
    [title, ...new Array<string>(width - 1).fill('')],
    header,
    ...body.map(r => r.cells),
  ];
  const sheet = findOverviewSheet(spreadsheet) ?? spreadsheet.insertSheet(w.overviewSheet[lang]);
  sheet.clear();
  const maxRows = sheet.getMaxRows();
  if (grid.length > maxRows) sheet.insertRowsAfter(maxRows, grid.length - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  sheet.getRange(1, 1, grid.length, width).setValues(literalCells(grid));
  if (body.length > 0) sheet.getRange(3, 1, body.length, width).setBackgrounds(body.map(r => r.colours));
  sheet.getRange(1, 1, 2, width).setFontWeight('bold');
  sheet.setFrozenRows(2);
  return { customers: body.length, overQuota, period: period.label[lang] };
}
