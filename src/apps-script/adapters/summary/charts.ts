// The Summary sheet's native charts (embedded chart builder), stacked right of the Pareto block: customers per tier
// (column), the revenue Pareto (combo: revenue bars with the cumulative share as a line on a right-hand percent axis)
// and, with a benefit log, benefit spend against profit per tier (columns side by side). The add-on's charts are
// recognised by their title (in either language) and replaced, never stacked; other charts are left alone.
import type { SummaryLayout } from '../../../core/history/summary-layout.ts';
import type { Lang } from '../../../core/locale.ts';
import { SUMMARY_WORDS } from '../../../core/wording/summary.ts';

const OWN_TITLES = new Set<unknown>([
  SUMMARY_WORDS.chartTiers.zh,
  SUMMARY_WORDS.chartTiers.en,
  SUMMARY_WORDS.chartPareto.zh,
  SUMMARY_WORDS.chartPareto.en,
  SUMMARY_WORDS.chartSpend.zh,
  SUMMARY_WORDS.chartSpend.en,
]);

/** Rows between the tops of two stacked charts (a default chart is about 18 rows of 21 px high). */
const CHART_ROWS = 20;

/** Removes the add-on's charts from the sheet and inserts fresh ones over the layout's ranges. */
export function replaceSummaryCharts(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: SummaryLayout,
  lang: Lang,
  charts: GoogleAppsScript.Charts.Charts = Charts,
): void {
  for (const chart of sheet.getCharts()) {
    if (OWN_TITLES.has(chart.getOptions().get('title'))) sheet.removeChart(chart);
  }
  const column = layout.chartColumn;
  let top = 1;
  const t = layout.tierChart;
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(charts.ChartType.COLUMN)
      .addRange(sheet.getRange(t.row, t.column, t.numRows, t.numColumns))
      .setNumHeaders(1)
      .setOption('title', SUMMARY_WORDS.chartTiers[lang])
      .setOption('legend', { position: 'none' })
      .setPosition(top, column, 0, 0)
      .build(),
  );
  top += CHART_ROWS;
  const s = layout.spendChart;
  if (s !== null) {
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(charts.ChartType.COLUMN)
        .addRange(sheet.getRange(s.row, s.column, s.numRows, s.numColumns))
        .setNumHeaders(1)
        .setOption('title', SUMMARY_WORDS.chartSpend[lang])
        .setOption('legend', { position: 'bottom' })
        .setPosition(top, column, 0, 0)
        .build(),
    );
    top += CHART_ROWS;
  }
  const p = layout.pareto;
  if (p.numRows < 2) return;
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(charts.ChartType.COMBO)
      .addRange(sheet.getRange(p.row, p.column, p.numRows, p.numColumns))
      .setNumHeaders(1)
      .setOption('title', SUMMARY_WORDS.chartPareto[lang])
      .setOption('seriesType', 'bars')
      .setOption('series', { 0: { type: 'bars', targetAxisIndex: 0 }, 1: { type: 'line', targetAxisIndex: 1 } })
      .setOption('vAxes', { 0: { format: 'short' }, 1: { format: 'percent', viewWindow: { min: 0, max: 1 } } })
      .setPosition(top, column, 0, 0)
      .build(),
  );
}
