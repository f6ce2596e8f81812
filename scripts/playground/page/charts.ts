// Draws a native chart of the workbook as SVG, so the playground shows the Summary's charts without Sheets: columns
// per series side by side, line series over them, a left axis from zero (or the lowest value) to the highest, and
// a right axis of shares when the chart puts a series there. Every text goes in through textContent.
import type { ChartSeriesState, ChartState } from '../protocol.ts';

const WIDTH = 480;
const HEIGHT = 300;
const PLOT = { left: 64, right: 52, top: 36, bottom: 64 };
const PALETTE = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'];
const SVG = 'http://www.w3.org/2000/svg';

/** A figure holding the chart's SVG, labelled by its title. */
export function chartFigure(chart: ChartState): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.setAttribute('data-chart-title', chart.title);
  figure.setAttribute('role', 'img');
  figure.setAttribute('aria-label', chart.title);
  figure.append(chartSvg(chart));
  // Clicks on the chart are not clicks on the cell under it (no selection move, no in-cell editor).
  for (const type of ['mousedown', 'dblclick']) figure.addEventListener(type, event => event.stopPropagation());
  return figure;
}

function chartSvg(chart: ChartState): SVGSVGElement {
  const svg = node('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT });
  svg.append(node('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: '#fff', stroke: '#dadce0' }));
  svg.append(text(chart.title, WIDTH / 2, 22, { 'text-anchor': 'middle', 'font-weight': 'bold' }));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const left = scale(chart.series.filter(s => s.axis === 0));
  const right = chart.percentAxis ? { min: 0, max: 1 } : scale(chart.series.filter(s => s.axis === 1));
  const y = (value: number, axis: { min: number; max: number }) =>
    PLOT.top + plotHeight - ((value - axis.min) / (axis.max - axis.min || 1)) * plotHeight;
  for (const tick of [0, 0.5, 1]) {
    const value = left.min + (left.max - left.min) * tick;
    const at = y(value, left);
    svg.append(node('line', { x1: PLOT.left, x2: WIDTH - PLOT.right, y1: at, y2: at, stroke: '#e0e0e0' }));
    svg.append(text(short(value), PLOT.left - 6, at + 4, { 'text-anchor': 'end', class: 'axis-left' }));
    if (chart.series.some(s => s.axis === 1)) {
      const share = right.min + (right.max - right.min) * tick;
      const label = chart.percentAxis ? `${Math.round(share * 100)}%` : short(share);
      svg.append(text(label, WIDTH - PLOT.right + 6, at + 4, { class: 'axis-right' }));
    }
  }
  const n = Math.max(1, chart.categories.length);
  const slot = plotWidth / n;
  const bars = chart.series.filter(s => s.kind === 'bars');
  const barWidth = (slot * 0.7) / Math.max(1, bars.length);
  chart.series.forEach((series, s) => {
    const colour = PALETTE[s % PALETTE.length] ?? '#4285f4';
    const axis = series.axis === 1 ? right : left;
    if (series.kind === 'bars') {
      const b = bars.indexOf(series);
      series.values.forEach((value, i) => {
        if (value === null) return;
        // From the zero line (every axis includes 0) up or down to the value.
        const top = y(Math.max(value, 0), axis);
        const bottom = y(Math.min(value, 0), axis);
        const x = PLOT.left + slot * i + slot * 0.15 + barWidth * b;
        svg.append(
          node('rect', {
            class: 'bar',
            x,
            y: Math.min(top, bottom),
            width: barWidth,
            height: Math.abs(bottom - top),
            fill: colour,
          }),
        );
      });
    } else {
      const points = series.values
        .map((value, i) => (value === null ? null : `${PLOT.left + slot * (i + 0.5)},${y(value, axis)}`))
        .filter((p): p is string => p !== null);
      svg.append(
        node('polyline', { class: 'line', points: points.join(' '), fill: 'none', stroke: colour, 'stroke-width': 2 }),
      );
    }
  });
  // Category labels under the plot; long lists show every k-th so they do not overlap.
  const every = Math.ceil(n / 12);
  chart.categories.forEach((category, i) => {
    if (i % every !== 0) return;
    const label = category.length > 10 ? `${category.slice(0, 9)}…` : category;
    svg.append(
      text(label, PLOT.left + slot * (i + 0.5), HEIGHT - PLOT.bottom + 16, {
        'text-anchor': 'middle',
        class: 'category',
      }),
    );
  });
  legend(svg, chart.series);
  return svg;
}

function legend(svg: SVGSVGElement, series: readonly ChartSeriesState[]): void {
  if (series.length < 2) return;
  series.forEach((s, i) => {
    const x = PLOT.left + i * 150;
    svg.append(
      node('rect', { x, y: HEIGHT - 22, width: 10, height: 10, fill: PALETTE[i % PALETTE.length] ?? '#4285f4' }),
    );
    svg.append(text(s.name, x + 14, HEIGHT - 13, { class: 'legend' }));
  });
}

// The axis from the lowest value (or 0) to the highest (or 1 when there is nothing above 0).
function scale(series: readonly ChartSeriesState[]): { min: number; max: number } {
  const values = series.flatMap(s => s.values).filter((v): v is number => v !== null);
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  return { min, max: max === min ? min + 1 : max };
}

// 1,200,000 → 1.2M, as Sheets' 'short' axis format shows it.
function short(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${trim(value / 1e9)}B`;
  if (abs >= 1e6) return `${trim(value / 1e6)}M`;
  if (abs >= 1e3) return `${trim(value / 1e3)}K`;
  return trim(value);
}

function trim(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function node<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | number>>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

function text(
  content: string,
  x: number,
  y: number,
  attributes: Readonly<Record<string, string>> = {},
): SVGTextElement {
  const element = node('text', { x, y, 'font-size': 11, fill: '#3c4043', ...attributes });
  element.textContent = content;
  return element;
}
