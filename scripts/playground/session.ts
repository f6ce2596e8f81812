// One playground session: the emulated workbook with the built add-on loaded, started the way a new user starts
// (the add-on's own onOpen, then its "Set up sample sheets" and "Set up benefit log" menu commands), and every
// action the page offers. No HTTP here, so tests can drive it directly.

import {
  columnToLetters,
  Emulator,
  type MenuEntry,
  type SheetModel,
  type UiLog,
  type WorkbookModel,
} from '../../emulator/index.ts';
import { displayValue, zonedParts } from '../../emulator/values.ts';
import type { Lang } from '../../src/core/locale.ts';
import { MENU_WORDS, type MenuWordKey } from '../../src/core/wording/menu.ts';
import { PLAYGROUND_WORDS } from '../../src/core/wording/playground.ts';
import { chartState } from './chart-data.ts';
import type { EditRequest, MenuItemState, PlaygroundState, RunResponse, SheetState, UiEvent } from './protocol.ts';
import type { ExportSheet, InputCell } from './workbook-io.ts';

/** A request the session refuses (a missing sheet, a function the menu does not offer): the client's mistake. */
export class PlaygroundRequestError extends Error {}

/** The part of the emulator (emulator/README.md) a session uses. */
export interface SessionEmulator {
  readonly workbook: WorkbookModel;
  readonly ui: UiLog;
  userLocale: string;
  loadBundle(code: string): unknown;
  runOnOpen(authMode?: 'NONE' | 'LIMITED' | 'FULL'): unknown;
  runMenuItem(captionOrFunction: string): unknown;
  scriptRun(functionName: string, ...args: unknown[]): RunResponse;
  userEdit(sheetName: string, a1: string, values: unknown[][]): unknown;
  recalculate(): unknown;
  effectiveBackgrounds(sheetName: string, a1: string): string[][];
}

/** Makes a fresh emulator for a language (its locale decides the add-on's language). */
export type EmulatorFactory = (lang: Lang) => SessionEmulator;

/** The real emulator, reading the add-on's HTML (the sidebar) from `distDir`, in a Chinese or English locale. */
export function emulatorFactory(distDir: string): EmulatorFactory {
  return lang =>
    new Emulator({
      locale: localeOf(lang),
      timeZone: 'Asia/Shanghai',
      distDir,
      spreadsheetName: PLAYGROUND_WORDS.spreadsheetName[lang],
      firstSheet: PLAYGROUND_WORDS.firstSheet[lang],
    });
}

function localeOf(lang: Lang): string {
  return lang === 'zh' ? 'zh_CN' : 'en_US';
}

/** How a session is made. */
export interface SessionOptions {
  /** The built add-on, dist/Code.js. */
  readonly bundle: string;
  readonly createEmulator: EmulatorFactory;
  readonly lang?: Lang;
  /** Rows drawn per sheet; the rest are counted (the export always has every row). */
  readonly maxRowsShown?: number;
}

/** The menu commands that build the starting workbook, by their caption (so the handler names stay the add-on's). */
const SETUP_COMMANDS: readonly MenuWordKey[] = ['menuSetUpSamples', 'menuSetUpLedger'];

/** The emulated workbook and what the page has already been told. */
export class PlaygroundSession {
  private emu: SessionEmulator;
  private lang: Lang;
  private revision = 0;
  private seen = { toasts: 0, alerts: 0, dialogs: 0 };
  private closedSidebar = -1;
  private customerSheet = '';
  private readonly pendingErrors: UiEvent[] = [];

  constructor(private readonly options: SessionOptions) {
    this.lang = options.lang ?? 'zh';
    this.emu = this.start();
  }

  private start(): SessionEmulator {
    const emu = this.options.createEmulator(this.lang);
    this.pendingErrors.length = 0;
    emu.loadBundle(this.options.bundle);
    this.guard(() => emu.runOnOpen('FULL'), emu);
    let customer: SheetModel | undefined;
    for (const key of SETUP_COMMANDS) {
      const item = menuItems(emu.ui).find(entry => entry.caption === MENU_WORDS[key][this.lang]);
      if (!item) continue;
      this.guard(() => emu.runMenuItem(item.functionName), emu);
      if (key === 'menuSetUpSamples') customer = emu.workbook.activeSheet();
    }
    customer ??= emu.workbook.activeSheet();
    this.customerSheet = customer?.name ?? '';
    // The user looks at the customer list first, as after clicking its tab.
    if (customer) emu.workbook.activeSheetId = customer.sheetId;
    // The page starts clean: what the set-up commands showed is not news to the user (their errors are).
    this.seen = { toasts: emu.workbook.toasts.length, alerts: emu.ui.alerts.length, dialogs: emu.ui.dialogs.length };
    this.closedSidebar = emu.ui.dialogs.length - 1;
    return emu;
  }

  /** The whole state for the page, with the UI events since the previous call. */
  state(): PlaygroundState {
    const wb = this.emu.workbook;
    const menu = this.emu.ui.menus.find(m => m.addon);
    return {
      lang: this.lang,
      sheets: wb.sheets.filter(sheet => !sheet.hidden).map(sheet => this.sheetState(sheet)),
      activeSheet: wb.activeSheet()?.name ?? '',
      menu: { title: menu?.title ?? '', items: menu ? flatten(menu.items) : [] },
      events: this.takeEvents(),
      sidebar: this.openSidebar(),
      revision: this.revision,
    };
  }

  private sheetState(sheet: SheetModel): SheetState {
    const height = sheet.lastRow();
    // Hidden columns at the right edge (the add-on's data blocks) are left out, as Sheets does not show them.
    let width = sheet.lastColumn();
    while (width > 0 && sheet.hiddenColumns.has(width)) width -= 1;
    const shown = Math.min(height, this.options.maxRowsShown ?? 2000);
    const tz = this.emu.workbook.timeZone;
    const display: string[][] = [];
    const formulas: string[][] = [];
    for (let r = 1; r <= shown; r++) {
      const d: string[] = [];
      const f: string[] = [];
      for (let c = 1; c <= width; c++) {
        d.push(displayValue(sheet.getValue(r, c), sheet.numberFormats.get(r, c) ?? '', tz, this.emu.workbook.locale));
        f.push(sheet.formulas.get(r, c) ?? '');
      }
      display.push(d);
      formulas.push(f);
    }
    const backgrounds = this.backgrounds(sheet, shown, width);
    const notes: Record<string, string> = {};
    for (const [r, c, note] of sheet.notes.entries()) if (r <= shown) notes[`${r}:${c}`] = note;
    return {
      name: sheet.name,
      frozenRows: sheet.frozenRows,
      display,
      formulas,
      backgrounds,
      notes,
      hiddenRows: height - shown,
      charts: sheet.charts.map(chart => chartState(sheet, chart)),
    };
  }

  /** The colour each cell shows (conditional formats applied); white is no fill. */
  private backgrounds(sheet: SheetModel, rows: number, columns: number): (string | null)[][] {
    if (rows === 0 || columns === 0) return [];
    const a1 = `A1:${columnToLetters(columns)}${rows}`;
    return this.emu
      .effectiveBackgrounds(sheet.name, a1)
      .map(row => row.map(colour => (isWhite(colour) ? null : colour)));
  }

  private takeEvents(): UiEvent[] {
    const { toasts } = this.emu.workbook;
    const { alerts, dialogs } = this.emu.ui;
    const events: UiEvent[] = [
      ...toasts.slice(this.seen.toasts).map((t): UiEvent => ({ kind: 'toast', title: t.title, message: t.message })),
      ...alerts.slice(this.seen.alerts).map((a): UiEvent => ({ kind: 'alert', title: a.title, message: a.prompt })),
    ];
    dialogs.forEach((dialog, id) => {
      if (id >= this.seen.dialogs && dialog.kind !== 'sidebar')
        events.push({ kind: 'dialog', title: dialog.title, id });
    });
    this.seen = { toasts: toasts.length, alerts: alerts.length, dialogs: dialogs.length };
    return [...this.pendingErrors.splice(0), ...events];
  }

  private openSidebar(): PlaygroundState['sidebar'] {
    const { dialogs } = this.emu.ui;
    let id = dialogs.length - 1;
    while (id >= 0 && dialogs[id]?.kind !== 'sidebar') id--;
    const dialog = dialogs[id];
    return dialog && id > this.closedSidebar ? { id, title: dialog.title } : null;
  }

  /** The HTML of a sidebar or dialog the add-on showed (null when there is no such one). */
  htmlContent(kind: 'sidebar' | 'dialog', id: number): string | null {
    const dialog = Number.isInteger(id) ? this.emu.ui.dialogs[id] : undefined;
    if (!dialog || (kind === 'sidebar') !== (dialog.kind === 'sidebar')) return null;
    return dialog.content;
  }

  /** A user types `value` into one cell: the add-on's onEdit runs, then custom functions recalculate. */
  edit(request: EditRequest): void {
    if (!this.emu.workbook.sheetByName(request.sheet))
      throw new PlaygroundRequestError(`No sheet named ${request.sheet}`);
    this.guard(() =>
      this.emu.userEdit(request.sheet, `${columnToLetters(request.column)}${request.row}`, [[request.value]]),
    );
  }

  /** Runs a menu item the add-on registered (only those: the page cannot call arbitrary globals this way). */
  runMenu(functionName: string): void {
    if (!menuItems(this.emu.ui).some(item => item.functionName === functionName)) {
      throw new PlaygroundRequestError(`The add-on menu has no item running ${functionName}`);
    }
    this.guard(() => this.emu.runMenuItem(functionName));
  }

  /** google.script.run from the sidebar or a dialog, with Apps Script's rules on what may cross. */
  run(functionName: string, args: unknown[]): RunResponse {
    const result = this.emu.scriptRun(functionName, ...args);
    this.emu.recalculate();
    this.revision++;
    return result;
  }

  /** Hides the sidebar (as its close button or google.script.host.close() does). */
  closeSidebar(): void {
    this.closedSidebar = this.emu.ui.dialogs.length - 1;
    this.revision++;
  }

  /** Starts over on the sample workbook. */
  reset(): void {
    this.emu = this.start();
  }

  /**
   * Switches the user's locale and keeps the workbook, its edits and saved settings, as Sheets does when a user
   * changes their language: the page reloads (menu rebuilt by onOpen in the new language, sidebar closed).
   * Reset starts the sample over in the new language.
   */
  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.emu.userLocale = localeOf(lang);
    this.closedSidebar = this.emu.ui.dialogs.length - 1;
    this.guard(() => this.emu.runOnOpen('FULL'));
  }

  /**
   * Puts rows read from a CSV/XLSX file into the customer sheet as a user pasting them over it: the old contents
   * are blanked in the same paste, the add-on's onEdit sees one edit, text is coerced as Sheets coerces typing.
   */
  importRows(rows: readonly (readonly InputCell[])[]): void {
    const sheet = this.emu.workbook.sheetByName(this.customerSheet) ?? this.emu.workbook.activeSheet();
    if (!sheet) throw new Error('The workbook has no sheet to import into');
    const height = Math.max(rows.length, sheet.lastRow());
    const width = Math.max(rows[0]?.length ?? 0, sheet.lastColumn());
    // Pasting past the grid's end grows the sheet in the Sheets editor.
    sheet.maxRows = Math.max(sheet.maxRows, height);
    sheet.maxColumns = Math.max(sheet.maxColumns, width);
    const block = Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c): InputCell => rows[r]?.[c] ?? ''),
    );
    if (height === 0 || width === 0) return;
    // The file brings its own formats (a percentage, a date): the sample's column formats must not reshape them.
    sheet.numberFormats.clear();
    this.guard(() => this.emu.userEdit(sheet.name, `A1:${columnToLetters(width)}${height}`, block));
  }

  /**
   * Every sheet with stored values, formulas, number formats and shown colours, for the XLSX export. Dates become
   * their wall-clock time in the workbook's zone, given as UTC (XLSX dates have no zone; exceljs writes UTC fields).
   */
  exportSheets(): ExportSheet[] {
    this.emu.recalculate();
    const tz = this.emu.workbook.timeZone;
    return this.emu.workbook.sheets.map(sheet => {
      const height = sheet.lastRow();
      const width = sheet.lastColumn();
      const grid = <T>(read: (r: number, c: number) => T): T[][] =>
        Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => read(r + 1, c + 1)));
      return {
        name: sheet.name,
        frozenRows: sheet.frozenRows,
        values: grid((r, c) => wallClock(sheet.getValue(r, c), tz)),
        formulas: grid((r, c) => sheet.formulas.get(r, c) ?? ''),
        numberFormats: grid((r, c) => sheet.numberFormats.get(r, c) ?? ''),
        backgrounds: this.backgrounds(sheet, height, width),
      };
    });
  }

  /** Runs an add-on action; a thrown error becomes an error box on the page, as Sheets shows a failed script. */
  private guard(action: () => unknown, emu = this.emu): void {
    try {
      action();
      emu.recalculate();
    } catch (error) {
      this.pendingErrors.push({
        kind: 'error',
        title: PLAYGROUND_WORDS.scriptError[this.lang],
        message: messageOf(error),
      });
    }
    this.revision++;
  }
}

function flatten(entries: readonly MenuEntry[]): MenuItemState[] {
  return entries.flatMap((entry): MenuItemState[] => {
    if (entry.type === 'separator') return [{ separator: true }];
    if (entry.type === 'submenu') return flatten(entry.items);
    return [{ caption: entry.caption, functionName: entry.functionName }];
  });
}

function menuItems(ui: UiLog): { caption: string; functionName: string }[] {
  return ui.menus
    .filter(menu => menu.addon)
    .flatMap(menu => flatten(menu.items))
    .flatMap(item => ('separator' in item ? [] : [item]));
}

/** The message of an error thrown in the bundle's own realm (node:vm), where `instanceof Error` does not hold. */
function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
}

/** A Date (from the emulator's realm) as its wall-clock time in `timeZone`, expressed in UTC; other values as they are. */
function wallClock(value: unknown, timeZone: string): unknown {
  if (Object.prototype.toString.call(value) !== '[object Date]') return value;
  const p = zonedParts(new Date(Number(value)), timeZone);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
}

function isWhite(colour: string): boolean {
  const lower = colour.toLowerCase();
  return lower === '#ffffff' || lower === '#fff' || lower === 'white';
}
