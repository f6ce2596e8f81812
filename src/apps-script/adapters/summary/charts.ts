// The Summary sheet's native charts (embedded chart builder): customers per tier (column) and the revenue Pareto
// (combo: revenue bars with the cumulative share as a line on a right-hand percent axis). The add-on's charts are
// recognised by their title (in either language) and replaced, never stacked; other charts are left alone.
import type { SummaryLayout } from '../../../core/history/report.ts';
import type { Lang } from '../../../core/locale.ts';
import { SUMMARY_WORDS } from '../../../core/wording/summary.ts';

const OWN_TITLES = new Set<unknown>([
  SUMMARY_WORDS.chartTiers.zh,
  SUMMARY_WORDS.chartTiers.en,
  SUMMARY_WORDS.chartPareto.zh,
  SUMMARY_WORDS.chartPareto.en,
]);

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
  const below = layout.values.length + 2;
  const t = layout.tierChart;
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(charts.ChartType.COLUMN)
      .addRange(sheet.getRange(t.row, t.column, t.numRows, t.numColumns))
      .setNumHeaders(1)
      .setOption('title', SUMMARY_WORDS.chartTiers[lang])
      .setOption('legend', { position: 'none' })
      .setPosition(below, 1, 0, 0)
      .build(),
  );
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
      .setPosition(below, 6, 0, 0)
      .build(),
  );
}
