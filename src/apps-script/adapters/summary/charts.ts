// The Summary sheet's native charts (embedded chart builder), stacked right of the Pareto block: customers per tier
// (column), the revenue Pareto (combo: revenue bars with the cumulative share as a line on a right-hand percent axis)
// and, with a benefit log, benefit spend against profit per tier (columns side by side). The add-on's charts are
// recognised by their title (in either language) and replaced, never stacked; other charts are left alone.
import type { Block } from '../../../core/history/report.ts';
import type { SummaryLayout } from '../../../core/history/summary-layout.ts';
import type { Lang } from '../../../core/locale.ts';
import type { LocalText } from '../../../core/settings-schema.ts';
import { SUMMARY_WORDS } from '../../../core/wording/summary.ts';

const OWN_TITLES = new Set<unknown>([
  SUMMARY_WORDS.chartTiers.zh,
  SUMMARY_WORDS.chartTiers.en,
  SUMMARY_WORDS.chartPareto.zh,
  SUMMARY_WORDS.chartPareto.en,
  SUMMARY_WORDS.chartSpend.zh,
  SUMMARY_WORDS.chartSpend.en,
]);

type ChartOptions = Readonly<Record<string, unknown>>;

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
  // Each chart reads one block with its header row, stacked from row 1 right of the Pareto block.
  let top = 1;
  const insert = (type: GoogleAppsScript.Charts.ChartType, b: Block, title: LocalText, options: ChartOptions) => {
    let builder = sheet
      .newChart()
      .setChartType(type)
      .addRange(sheet.getRange(b.row, b.column, b.numRows, b.numColumns))
      .setNumHeaders(1)
      .setOption('title', title[lang]);
    for (const [name, value] of Object.entries(options)) builder = builder.setOption(name, value);
    sheet.insertChart(builder.setPosition(top, layout.chartColumn, 0, 0).build());
    top += CHART_ROWS;
  };
  insert(charts.ChartType.COLUMN, layout.tierChart, SUMMARY_WORDS.chartTiers, { legend: { position: 'none' } });
  if (layout.spendChart !== null) {
    insert(charts.ChartType.COLUMN, layout.spendChart, SUMMARY_WORDS.chartSpend, { legend: { position: 'bottom' } });
  }
  if (layout.pareto.numRows < 2) return;
  insert(charts.ChartType.COMBO, layout.pareto, SUMMARY_WORDS.chartPareto, {
    seriesType: 'bars',
    series: { 0: { type: 'bars', targetAxisIndex: 0 }, 1: { type: 'line', targetAxisIndex: 1 } },
    vAxes: { 0: { format: 'short' }, 1: { format: 'percent', viewWindow: { min: 0, max: 1 } } },
  });
}
