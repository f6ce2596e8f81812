// What the playground draws for a native chart the add-on inserted: its title, anchor cell, categories and series,
// read from the chart's range and options as Sheets reads them (header row = series names, first column = the
// categories, each further column one series; combo charts take each series' type and axis from `series`).
import type { ChartModel, SheetModel } from '../../emulator/index.ts';
import type { ChartSeriesState, ChartState } from './protocol.ts';

/** The chart as the page draws it; non-numeric cells of a series are gaps (null). */
export function chartState(sheet: SheetModel, chart: ChartModel): ChartState {
  const range = chart.ranges[0];
  const title = typeof chart.options.title === 'string' ? chart.options.title : '';
  const anchor = { row: chart.position.row, column: chart.position.column };
  if (!range) return { title, type: chart.chartType, anchor, categories: [], series: [], percentAxis: false };
  const headers = Math.max(0, chart.numHeaders);
  const cell = (r: number, c: number) => sheet.getValue(range.row + r, range.column + c);
  const categories: string[] = [];
  for (let r = headers; r < range.numRows; r++) categories.push(String(cell(r, 0) ?? ''));
  const options = chart.options.series;
  const perSeries = typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
  const series: ChartSeriesState[] = [];
  for (let c = 1; c < range.numColumns; c++) {
    const own = perSeries[String(c - 1)];
    const settings = typeof own === 'object' && own !== null ? (own as Record<string, unknown>) : {};
    const values: (number | null)[] = [];
    for (let r = headers; r < range.numRows; r++) {
      const value = cell(r, c);
      values.push(typeof value === 'number' && Number.isFinite(value) ? value : null);
    }
    series.push({
      name: headers > 0 ? String(cell(0, c) ?? '') : '',
      values,
      kind: seriesKind(chart, settings.type),
      axis: settings.targetAxisIndex === 1 ? 1 : 0,
    });
  }
  return { title, type: chart.chartType, anchor, categories, series, percentAxis: rightAxisIsPercent(chart) };
}

function seriesKind(chart: ChartModel, own: unknown): 'bars' | 'line' {
  if (own === 'line' || own === 'bars') return own;
  if (chart.chartType === 'LINE') return 'line';
  return chart.options.seriesType === 'line' ? 'line' : 'bars';
}

// The right-hand axis shows shares (0..1) when its format is 'percent'.
function rightAxisIsPercent(chart: ChartModel): boolean {
  const axes = chart.options.vAxes;
  if (typeof axes !== 'object' || axes === null) return false;
  const right = (axes as Record<string, unknown>)['1'];
  return typeof right === 'object' && right !== null && (right as Record<string, unknown>).format === 'percent';
}
