// The Emulator: one in-memory spreadsheet with the Apps Script services around it, a loader that runs the built
// bundle in node:vm with those services as globals, and helpers for tests to seed, inspect and recalculate.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type GridRect, parseA1 } from './a1.ts';
import { cellsIn, cpuMs } from './cost/meter.ts';
import type { AddSheetOptions, EmulatorOptions, ExecutionRecord, SheetSnapshot } from './emulator-types.ts';
import { type EffectiveFormat, effectiveFormat } from './formula/conditional.ts';
import { recalculate } from './formula/recalc.ts';
import { type SheetModel, WorkbookModel } from './model.ts';
import { type AuthMode, type CallCounter, type ExecutionKind, Runtime } from './runtime.ts';
import type { CacheStore } from './services/cache.ts';
import { buildGlobals, type EmuGlobals } from './services/globals.ts';
import type { LockScope, LockTable } from './services/lock.ts';
import type { PropertyStore } from './services/properties.ts';
import type { TriggerModel } from './services/script-app.ts';
import { UiLog } from './services/ui.ts';
import { snapshotSheet } from './snapshot.ts';
import type { SheetsContext } from './spreadsheet/context.ts';
import { CELL_TEXT_MESSAGE, growthProblem, tooLongText } from './spreadsheet/limits.ts';
import { EmuRange, writeCell } from './spreadsheet/range.ts';
import { EmuSheet } from './spreadsheet/sheet.ts';
import { EmuSpreadsheet, spreadsheetMethodsAccess } from './spreadsheet/spreadsheet.ts';

/** The timeZone of the built manifest (dist/appsscript.json), or null without one. */
function manifestTimeZone(distDir: string): string | null {
  const file = path.join(distDir, 'appsscript.json');
  if (!existsSync(file)) return null;
  const manifest: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const zone = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'timeZone') : undefined;
  return typeof zone === 'string' ? zone : null;
}

const errorInfo = (err: unknown): { name: string; message: string } =>
  typeof err === 'object' && err !== null && 'message' in err
    ? { name: 'name' in err ? String(err.name) : 'Error', message: String(err.message) }
    : { name: 'Error', message: String(err) };

/** @internal The emulator's state and inspection helpers; `Emulator` (executions.ts) adds the ways to run code. */
export class EmulatorCore {
  readonly rt: Runtime;
  readonly workbook: WorkbookModel;
  readonly ui = new UiLog();
  /** Logger.log lines. */
  readonly logs: string[] = [];
  /** Every execution the emulator ran (menus, triggers, script.run, custom functions, ...), oldest first. */
  readonly executions: ExecutionRecord[] = [];
  readonly triggers: TriggerModel[] = [];
  readonly properties: {
    readonly document: PropertyStore;
    readonly user: PropertyStore;
    readonly script: PropertyStore;
  } = {
    document: new Map(),
    user: new Map(),
    script: new Map(),
  };
  readonly caches: { readonly document: CacheStore; readonly user: CacheStore; readonly script: CacheStore } = {
    document: new Map(),
    user: new Map(),
    script: new Map(),
  };
  readonly locks: LockTable = new Map();
  /** The Apps Script globals (exposed: calls are counted and checked like the bundle's). */
  readonly services: EmuGlobals;
  readonly userEmail: string;
  /** Session.getActiveUserLocale(); set it as a user changing their account's language (the workbook stays). */
  userLocale: string;
  /** @internal */
  readonly _ctx: SheetsContext;
  /** @internal The loaded bundle's global object. */
  _bundle: Record<string, unknown> | null = null;
  private recalculating = false;
  private nextTriggerUid = 1;

  constructor(options: EmulatorOptions = {}) {
    this.rt = new Runtime({
      now: options.now ?? (() => new Date()),
      scriptTimeZone:
        options.scriptTimeZone ?? manifestTimeZone(options.distDir ?? 'dist') ?? options.timeZone ?? 'Asia/Shanghai',
    });
    const locale = options.locale ?? 'en_US';
    this.workbook = new WorkbookModel(
      'emulated-spreadsheet-id',
      options.spreadsheetName ?? 'Customer Tiers (emulated)',
      locale,
      options.timeZone ?? 'Asia/Shanghai',
    );
    this.userEmail = options.userEmail ?? 'user@example.com';
    const ctx: SheetsContext = {
      rt: this.rt,
      wb: this.workbook,
      beforeRead: () => {
        if (this.workbook.dirty && !this.recalculating) this.recalculate();
      },
      afterWrite: change => this.workbook.markChanged(change),
      spreadsheet: () => this.rt.expose(new EmuSpreadsheet(ctx), 'Spreadsheet', spreadsheetMethodsAccess),
      sheet: m => EmuSheet._expose(ctx, m),
      range: (m, rect) => EmuRange._expose(ctx, m, rect),
    };
    this._ctx = ctx;
    this.userLocale = options.userLocale ?? locale;
    const currentUserLocale = () => this.userLocale;
    this.services = buildGlobals({
      rt: this.rt,
      ctx,
      ui: this.ui,
      addonName: options.addonName ?? 'Customer Tiers',
      flush: () => ctx.beforeRead(),
      properties: this.properties,
      caches: this.caches,
      locks: this.locks,
      triggers: {
        triggers: this.triggers,
        documentId: this.workbook.id,
        userEmail: () => this.userEmail,
        newUid: () => String(this.nextTriggerUid++),
      },
      get userLocale() {
        return currentUserLocale();
      },
      distDir: options.distDir ?? 'dist',
      userEmail: this.userEmail,
      logs: this.logs,
    });
    const first = options.firstSheet === undefined ? 'Sheet1' : options.firstSheet;
    if (first !== null) this.workbook.addSheet(first);
  }

  /** Service calls by 'Class.method' (see README for what counts). */
  get calls(): CallCounter {
    return this.rt.calls;
  }

  /** Toasts shown, oldest first. */
  get toasts(): WorkbookModel['toasts'] {
    return this.workbook.toasts;
  }

  /**
   * The same services typed as the real Apps Script API, for add-on modules whose seams take
   * `GoogleAppsScript.*` types. Only what the emulator implements works; anything else throws.
   */
  get gas(): {
    readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
    readonly CacheService: GoogleAppsScript.Cache.CacheService;
    readonly LockService: GoogleAppsScript.Lock.LockService;
    readonly ScriptApp: GoogleAppsScript.Script.ScriptApp;
    readonly Session: GoogleAppsScript.Base.Session;
    readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
    readonly Utilities: GoogleAppsScript.Utilities.Utilities;
  } {
    // The one cast of the emulator: its classes implement the subset of these interfaces that the add-on uses.
    return this.services as unknown as EmulatorCore['gas'];
  }

  /** The sheet model by name (throws if missing). */
  sheetModel(name: string): SheetModel {
    const sheet = this.workbook.sheetByName(name);
    if (!sheet) throw new Error(`Emulator: no sheet named ${name}`);
    return sheet;
  }

  /**
   * Adds a sheet seeded with `values` (row 1 first), as if a user typed them: '=' text becomes a formula and text
   * like '1,200' or '2024-01-05' becomes a number/date unless `raw`. The sheet is at least 1000 x 26.
   */
  addSheet(name: string, values: ReadonlyArray<readonly unknown[]> = [], options: AddSheetOptions = {}): SheetModel {
    if (this.workbook.sheetByName(name)) throw new Error(`Emulator: sheet ${name} exists`);
    // A loop, not Math.max(...rows): a 200,000-row sheet would overflow the call stack with that many arguments.
    let width = 0;
    for (const r of values) width = Math.max(width, r.length);
    const rows = Math.max(options.maxRows ?? 1000, values.length);
    const columns = Math.max(options.maxColumns ?? 26, width);
    const grown = growthProblem(this.workbook, null, rows, columns);
    if (grown !== null) throw new Error(`Emulator: addSheet ${name}: ${grown}`);
    if (tooLongText(values) !== null) throw new Error(`Emulator: addSheet ${name}: ${CELL_TEXT_MESSAGE}`);
    const sheet = this.workbook.addSheet(name, options.index, rows, columns);
    values.forEach((line, r) => {
      line.forEach((v, c) => {
        if (options.raw && typeof v === 'string' && !v.startsWith('=')) sheet.setValue(r + 1, c + 1, v);
        else writeCell(this._ctx, sheet, r + 1, c + 1, v);
      });
    });
    this.workbook.markChanged({
      sheetId: sheet.sheetId,
      rect: { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns },
    });
    return sheet;
  }

  /**
   * Settles formulas now, as Sheets would after the writes so far: custom functions re-run only where a write touched
   * their arguments or the formula is new (each run is a CUSTOM_FUNCTION execution). `{ all: true }` re-runs every
   * formula, as reopening the spreadsheet may.
   */
  recalculate(options: { readonly all?: boolean } = {}): void {
    if (this.recalculating) return;
    this.recalculating = true;
    try {
      recalculate(
        {
          wb: this.workbook,
          customFunction: name => this._customFunctionName(name),
          runCustom: (name, args) => this._runCustom(name, args),
        },
        options.all === true,
      );
    } finally {
      this.recalculating = false;
    }
  }

  /** @internal Runs a custom function in its own execution; its arguments and result move cells (cost model). */
  _runCustom(name: string, args: readonly unknown[]): unknown {
    return this._execute('customFunction', 'CUSTOM_FUNCTION', name, () => {
      const id = this.rt.current.id;
      this.rt.meter.transfer(
        id,
        args.reduce<number>((n, arg) => n + cellsIn(arg), 0),
      );
      const result = this._callGlobal(name, args);
      this.rt.meter.transfer(id, cellsIn(result));
      return result;
    });
  }

  /** @internal */
  _customFunctionName(name: string): string | null {
    const bundle = this._bundle;
    if (!bundle) return null;
    if (typeof bundle[name] === 'function') return name;
    const upper = name.toUpperCase();
    const found = Object.keys(bundle).find(k => k.toUpperCase() === upper && typeof bundle[k] === 'function');
    return found ?? null;
  }

  /** @internal Calls a global function of the bundle. */
  _callGlobal(name: string, args: readonly unknown[]): unknown {
    const fn = this._bundle?.[name];
    if (typeof fn !== 'function') throw this.rt.error(`Script function not found: ${name}`);
    return Reflect.apply(fn, undefined, args);
  }

  /** @internal Runs `body` as one recorded execution; releases its locks and settles formulas when the outermost ends. */
  _execute<T>(kind: ExecutionKind, authMode: AuthMode, functionName: string, body: () => T, triggerUid?: string): T {
    const outermost = this.rt.depth === 0;
    let id = 0;
    let failure: { name: string; message: string } | null = null;
    let bodyMs = 0;
    try {
      return this.rt.run(
        kind,
        authMode,
        functionName,
        exec => {
          id = exec.id;
          this.rt.meter.begin(id);
          const started = cpuMs();
          try {
            return body();
          } finally {
            bodyMs = cpuMs() - started;
          }
        },
        exec => {
          for (const [scope, holder] of this.locks) if (holder === exec.id) this.locks.delete(scope);
        },
      );
    } catch (err) {
      failure = errorInfo(err);
      throw err;
    } finally {
      const cost = this.rt.meter.end(id, bodyMs);
      this.executions.push({
        id,
        kind,
        authMode,
        functionName,
        status: failure ? 'failed' : 'completed',
        ...(failure ? { error: failure } : {}),
        ...(triggerUid === undefined ? {} : { triggerUid }),
        ...(cost ? { estimatedSeconds: cost.seconds.typical, cost } : {}),
      });
      if (outermost && this.workbook.dirty) this.recalculate();
    }
  }

  /** Simulates another execution holding a lock (tryLock then fails, waitLock times out). */
  holdLock(scope: LockScope): void {
    this.locks.set(scope, 'other');
  }

  /** Ends a simulated foreign lock. */
  releaseHeldLock(scope: LockScope): void {
    if (this.locks.get(scope) === 'other') this.locks.delete(scope);
  }

  /** The colours a cell shows: the first matching conditional-format rule's, else its own. */
  effectiveFormat(sheetName: string, a1: string): EffectiveFormat {
    const sheet = this.sheetModel(sheetName);
    const rect = this._rect(sheet, a1);
    return effectiveFormat(this.workbook, sheet, rect.row, rect.column);
  }

  /** The background a cell shows (conditional formatting applied). */
  effectiveBackground(sheetName: string, a1: string): string {
    return this.effectiveFormat(sheetName, a1).background;
  }

  /** Backgrounds shown over a block. */
  effectiveBackgrounds(sheetName: string, a1: string): string[][] {
    const sheet = this.sheetModel(sheetName);
    const rect = this._rect(sheet, a1);
    return Array.from({ length: rect.numRows }, (_, r) =>
      Array.from(
        { length: rect.numColumns },
        (_, c) => effectiveFormat(this.workbook, sheet, rect.row + r, rect.column + c).background,
      ),
    );
  }

  /** The message of a custom function that threw in this cell (#ERROR! tooltip), or null. */
  cellError(sheetName: string, a1: string): string | null {
    const sheet = this.sheetModel(sheetName);
    const rect = this._rect(sheet, a1);
    return sheet.errors.get(rect.row, rect.column) ?? null;
  }

  /** Deep copy of a sheet's values, formulas, backgrounds, notes, font weights and number formats over its used area. */
  snapshot(sheetName: string): SheetSnapshot {
    if (this.workbook.dirty) this.recalculate();
    return snapshotSheet(this.sheetModel(sheetName));
  }

  /** @internal */
  _rect(sheet: SheetModel, a1: string): GridRect {
    const rect = parseA1(a1, sheet.maxRows, sheet.maxColumns);
    if (!rect) throw new Error(`Emulator: bad A1 reference ${a1}`);
    return rect;
  }
}
