// The JSON the playground server and its page exchange. Shared by scripts/playground/server.ts and the page code,
// so both sides agree on every field. Only plain data: strings, numbers, booleans, arrays, objects.

/** The two languages the add-on speaks. */
export type PlaygroundLang = 'zh' | 'en';

/** One sheet as the page draws it. */
export interface SheetState {
  readonly name: string;
  readonly frozenRows: number;
  /** What each cell shows (custom-function cells show their results), row-major, as wide as the widest row. */
  readonly display: string[][];
  /** The formula of each cell ('' when none), same shape as `display`. */
  readonly formulas: string[][];
  /** The colour each cell shows after conditional formatting; null = no fill. Same shape as `display`. */
  readonly backgrounds: (string | null)[][];
  /** Notes by 'row:column' (1-based), for the cell tooltip. */
  readonly notes: Record<string, string>;
  /** Rows the sheet holds beyond what `display` carries (the page shows a count instead of drawing them). */
  readonly hiddenRows: number;
  /** The sheet's native charts, drawn over the grid at their anchor cells. */
  readonly charts: ChartState[];
}

/** One series of a chart: its name (the header cell), values per category (null = gap), bars or a line, left/right axis. */
export interface ChartSeriesState {
  readonly name: string;
  readonly values: (number | null)[];
  readonly kind: 'bars' | 'line';
  readonly axis: 0 | 1;
}

/** A native chart as the page draws it (see scripts/playground/chart-data.ts). */
export interface ChartState {
  readonly title: string;
  /** The chart builder's type (COLUMN, COMBO, …); every type is drawn as columns and lines. */
  readonly type: string;
  /** The cell its top-left corner sits on (1-based). */
  readonly anchor: { readonly row: number; readonly column: number };
  readonly categories: string[];
  readonly series: ChartSeriesState[];
  /** The right-hand axis shows shares (0..1) as percentages. */
  readonly percentAxis: boolean;
}

/** A menu entry the add-on's onOpen registered. */
export type MenuItemState = { readonly caption: string; readonly functionName: string } | { readonly separator: true };

/** Something the add-on showed the user since the last poll. */
export type UiEvent =
  | { readonly kind: 'toast'; readonly title: string; readonly message: string }
  | { readonly kind: 'alert'; readonly title: string; readonly message: string }
  | { readonly kind: 'dialog'; readonly title: string; readonly id: number }
  | { readonly kind: 'error'; readonly title: string; readonly message: string };

/** Everything the page needs to draw itself. */
export interface PlaygroundState {
  readonly lang: PlaygroundLang;
  readonly sheets: SheetState[];
  readonly activeSheet: string;
  readonly menu: { readonly title: string; readonly items: MenuItemState[] };
  readonly events: UiEvent[];
  /** The open sidebar (served at /sidebar?id=N), or null. */
  readonly sidebar: { readonly id: number; readonly title: string } | null;
  /** Bumped by every change on the server; the page redraws when it moves. */
  readonly revision: number;
}

/** POST /api/edit: a user types `value` into one cell. */
export interface EditRequest {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly value: string;
}

/** The answer to POST /api/run: google.script.run semantics. */
export type RunResponse =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: { readonly name: string; readonly message: string } };
