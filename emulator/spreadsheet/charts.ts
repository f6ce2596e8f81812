// Embedded charts: Sheet.newChart() builder, EmbeddedChart objects and the Charts.ChartType enum. Charts keep their
// type, ranges, options and position so tests can check what the add-on built.

import type { GridRect } from '../a1.ts';
import type { ChartModel, SheetModel } from '../model.ts';
import { unwrap } from '../runtime.ts';
import type { SheetsContext } from './context.ts';
import type { EmuRange } from './range.ts';

const free = () => 'free' as const;

/** Charts.ChartType. */
const ChartType = Object.freeze({
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
});

/** The global `Charts` service (only its enums). */
export class EmuCharts {
  readonly ChartType = ChartType;
}

/** Chart options as EmbeddedChart.getOptions() returns them. */
export class EmuChartOptions {
  constructor(readonly _o: Readonly<Record<string, unknown>>) {}
  get(option: string): unknown {
    return this._o[option] ?? null;
  }
}

/** Where a chart sits. */
export class EmuContainerInfo {
  constructor(readonly _p: ChartModel['position']) {}
  getAnchorRow(): number {
    return this._p.row;
  }
  getAnchorColumn(): number {
    return this._p.column;
  }
  getOffsetX(): number {
    return this._p.offsetX;
  }
  getOffsetY(): number {
    return this._p.offsetY;
  }
}

/** An embedded chart (built or inserted). `chartId` is null until inserted, as in Apps Script. */
export class EmuEmbeddedChart {
  constructor(
    readonly _ctx: SheetsContext,
    readonly _sheet: SheetModel,
    readonly _m: ChartModel,
    readonly _inserted: boolean,
  ) {}

  /** @internal */
  static _expose(ctx: SheetsContext, sheet: SheetModel, m: ChartModel, inserted: boolean): EmuEmbeddedChart {
    return ctx.rt.expose(new EmuEmbeddedChart(ctx, sheet, m, inserted), 'EmbeddedChart', free);
  }

  getChartId(): number | null {
    return this._inserted ? this._m.chartId : null;
  }
  getId(): string {
    return `u${this._m.chartId}`;
  }
  getOptions(): EmuChartOptions {
    return this._ctx.rt.expose(new EmuChartOptions(this._m.options), 'ChartOptions', free);
  }
  getRanges(): EmuRange[] {
    return this._m.ranges.map(rect => this._ctx.range(this._sheet, rect));
  }
  getNumHeaders(): number {
    return this._m.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this._m.transpose;
  }
  getContainerInfo(): EmuContainerInfo {
    return this._ctx.rt.expose(new EmuContainerInfo(this._m.position), 'ContainerInfo', free);
  }
  modify(): EmuEmbeddedChartBuilder {
    return EmuEmbeddedChartBuilder._expose(this._ctx, this._sheet, this._m);
  }
}

/** Sheet.newChart() / EmbeddedChart.modify(). */
export class EmuEmbeddedChartBuilder {
  private m: ChartModel;

  constructor(
    readonly _ctx: SheetsContext,
    readonly _sheet: SheetModel,
    from: ChartModel | null,
  ) {
    this.m = from ?? {
      chartId: _ctx.wb.newChartId(),
      chartType: 'COLUMN',
      ranges: [],
      options: {},
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
      transpose: false,
    };
  }

  /** @internal */
  static _expose(ctx: SheetsContext, sheet: SheetModel, from: ChartModel | null = null): EmuEmbeddedChartBuilder {
    return ctx.rt.expose(new EmuEmbeddedChartBuilder(ctx, sheet, from), 'EmbeddedChartBuilder', free);
  }

  setChartType(type: string): this {
    if (!Object.hasOwn(ChartType, type)) throw this._ctx.rt.error(`Emulator: unknown chart type ${String(type)}`);
    this.m = { ...this.m, chartType: type };
    return this;
  }
  getChartType(): string {
    return this.m.chartType;
  }
  addRange(range: EmuRange): this {
    const target = unwrap(range);
    if (target._sheet !== this._sheet) throw this._ctx.rt.error('Emulator: chart ranges must be on the chart sheet');
    this.m = { ...this.m, ranges: [...this.m.ranges, target._rect] };
    return this;
  }
  removeRange(range: EmuRange): this {
    const rect: GridRect = unwrap(range)._rect;
    const same = (r: GridRect) =>
      r.row === rect.row && r.column === rect.column && r.numRows === rect.numRows && r.numColumns === rect.numColumns;
    this.m = { ...this.m, ranges: this.m.ranges.filter(r => !same(r)) };
    return this;
  }
  clearRanges(): this {
    this.m = { ...this.m, ranges: [] };
    return this;
  }
  getRanges(): EmuRange[] {
    return this.m.ranges.map(rect => this._ctx.range(this._sheet, rect));
  }
  setOption(option: string, value: unknown): this {
    this.m = { ...this.m, options: { ...this.m.options, [option]: value } };
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.m = { ...this.m, position: { row: anchorRowPos, column: anchorColPos, offsetX, offsetY } };
    return this;
  }
  setNumHeaders(headers: number): this {
    this.m = { ...this.m, numHeaders: headers };
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.m = { ...this.m, transpose };
    return this;
  }
  build(): EmuEmbeddedChart {
    return EmuEmbeddedChart._expose(this._ctx, this._sheet, this.m, false);
  }
}
