// The ways add-on code runs on the emulator, each as its own execution with Apps Script's auth mode: loading the
// bundle into node:vm, onOpen/onInstall, menu items, custom functions, google.script.run, user edits firing onEdit
// (simple + installable) and time-driven triggers.

import vm from 'node:vm';
import { EmulatorCore } from './emulator.ts';
import type { ExecutionRecord } from './emulator-types.ts';
import type { AuthMode } from './runtime.ts';
import type { TriggerModel } from './services/script-app.ts';
import { EmuUser } from './services/session.ts';
import type { MenuEntry } from './services/ui.ts';
import { CELL_TEXT_MESSAGE, tooLongText } from './spreadsheet/limits.ts';
import { writeCell } from './spreadsheet/range.ts';
import { validationAccepts } from './spreadsheet/validation.ts';
import { userStructureEdit } from './structure/user.ts';
import { coerceInput, displayValue, findNonTransportable, transport, zonedParts } from './values.ts';

/** The loaded bundle. */
export interface BundleHandle {
  /** The node:vm context (its global object holds the bundle's top-level functions). */
  readonly context: vm.Context;
  /** Names of the bundle's global functions. */
  readonly functions: readonly string[];
}

/** google.script.run's outcome: the success handler's value or the failure handler's error. */
export type ScriptRunResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: { readonly name: string; readonly message: string } };

/** What a user edit triggered. */
export interface EditResult {
  /** The onEdit executions (simple, then installable), with their status. */
  readonly runs: readonly ExecutionRecord[];
}

const errorInfo = (err: unknown): { name: string; message: string } =>
  typeof err === 'object' && err !== null && 'message' in err
    ? { name: 'name' in err ? String(err.name) : 'Error', message: String(err.message) }
    : { name: 'Error', message: String(err) };

function findMenuItem(entries: readonly MenuEntry[], key: string): string | null {
  for (const e of entries) {
    if (e.type === 'item' && (e.caption === key || e.functionName === key)) return e.functionName;
    if (e.type === 'submenu') {
      const inner = findMenuItem(e.items, key);
      if (inner) return inner;
    }
  }
  return null;
}

/** An in-memory Google Sheets + Apps Script. See emulator/README.md. */
export class Emulator extends EmulatorCore {
  /**
   * Runs the built bundle (plain script, top-level `function` declarations) in a node:vm context whose globals are
   * the emulated services. `Date` in the bundle is the host Date following the emulator clock, so `instanceof Date`
   * works on cell values and `new Date()` is the emulated now.
   */
  loadBundle(code: string, filename = 'Code.js'): BundleHandle {
    const rt = this.rt;
    const EmuDate = new Proxy(Date, {
      construct: (target, args: unknown[], newTarget) =>
        args.length === 0
          ? Reflect.construct(target, [rt.now().getTime()], newTarget)
          : Reflect.construct(target, args, newTarget),
      apply: () => rt.now().toString(),
      get: (target, prop, receiver) =>
        prop === 'now' ? () => rt.now().getTime() : Reflect.get(target, prop, receiver),
    });
    const sandbox: Record<string, unknown> = { ...this.services, console, Date: EmuDate };
    const context = vm.createContext(sandbox, { name: 'Apps Script (emulated)' });
    this.rt.setErrorRealm(vm.runInContext('Error', context));
    this._bundle = sandbox;
    // Formulas naming the bundle's functions (#NAME? until now) evaluate with the new code.
    this.workbook.markChanged();
    // Top-level code runs as part of an execution, as in Apps Script (where it runs before every execution).
    this._execute('test', 'FULL', '(load)', () => vm.runInContext(code, context, { filename }));
    const functions = Object.keys(sandbox).filter(
      k => typeof sandbox[k] === 'function' && !(k in this.services) && k !== 'Date',
    );
    return { context, functions };
  }

  /** The simple onOpen(e) trigger; NONE = add-on installed but not used in this document (menus only). */
  runOnOpen(authMode: 'NONE' | 'LIMITED' | 'FULL' = 'NONE'): void {
    const e = this._event(authMode);
    this._execute('onOpen', authMode, 'onOpen', () => this._callGlobal('onOpen', [e]));
    // Installable open triggers run too, as their creator, in FULL mode.
    for (const t of this.triggers.filter(x => x.eventType === 'ON_OPEN')) {
      this._tryExecute('installableTrigger', 'FULL', t.handler, [{ ...this._event('FULL'), triggerUid: t.uid }], t.uid);
    }
  }

  /** onInstall(e) after the user installs the add-on (FULL). */
  runOnInstall(): void {
    this._execute('onInstall', 'FULL', 'onInstall', () => this._callGlobal('onInstall', [this._event('FULL')]));
  }

  /** Clicks a menu item of the menus onOpen added (by caption or function name), FULL. Errors propagate. */
  runMenuItem(captionOrFunction: string): unknown {
    let fn: string | null = null;
    for (const menu of this.ui.menus) fn ??= findMenuItem(menu.items, captionOrFunction);
    if (fn === null)
      throw new Error(`Emulator: no menu item ${captionOrFunction} (menus: ${JSON.stringify(this.ui.menus)})`);
    const name = fn;
    return this._execute('menu', 'FULL', name, () => this._callGlobal(name, []));
  }

  /** Calls a custom function directly in a CUSTOM_FUNCTION execution; returns its value, throws its error. */
  runCustomFunction(name: string, args: readonly unknown[]): unknown {
    return this._runCustom(name, args);
  }

  /**
   * google.script.run.withSuccessHandler(...).NAME(...args): arguments and the result must be primitives, plain
   * objects and arrays (a Date, function or class instance anywhere fails the call); undefined becomes null.
   */
  scriptRun(functionName: string, ...args: unknown[]): ScriptRunResult {
    for (let i = 0; i < args.length; i++) {
      const bad = findNonTransportable(args[i], `argument ${i}`);
      if (bad)
        return { ok: false, error: { name: 'Error', message: `Emulator: google.script.run cannot pass ${bad}` } };
    }
    if (functionName.endsWith('_') || typeof this._bundle?.[functionName] !== 'function') {
      return { ok: false, error: { name: 'ScriptError', message: `Script function not found: ${functionName}` } };
    }
    try {
      const copies = args.map(a => transport(a));
      const value = this._execute('scriptRun', 'FULL', functionName, () => this._callGlobal(functionName, copies));
      const bad = findNonTransportable(value, 'return value');
      if (bad)
        return { ok: false, error: { name: 'Error', message: `Emulator: google.script.run cannot return ${bad}` } };
      return { ok: true, value: transport(value) };
    } catch (err) {
      return { ok: false, error: errorInfo(err) };
    }
  }

  /**
   * Writes `values` at `a1` the way a user types or pastes (text is read as Sheets reads input), then fires the
   * bundle's simple onEdit(e) (LIMITED) and installable onEdit triggers (FULL). Handler errors are recorded, not thrown.
   * Data validation that rejects invalid input throws before anything is written.
   */
  userEdit(sheetName: string, a1: string, values: ReadonlyArray<readonly unknown[]>): EditResult {
    const sheet = this.sheetModel(sheetName);
    const rect = this._rect(sheet, a1);
    // A user can only type inside the grid.
    if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.column + rect.numColumns - 1 > sheet.maxColumns) {
      throw new Error(`Emulator: ${a1} is outside ${sheetName} (${sheet.maxRows} x ${sheet.maxColumns})`);
    }
    if (values.length !== rect.numRows || values.some(line => line.length !== rect.numColumns)) {
      throw new Error(`Emulator: userEdit values must be ${rect.numRows} x ${rect.numColumns} for ${a1}`);
    }
    // Sheets refuses the whole entry or paste.
    if (tooLongText(values) !== null) throw this.rt.error(CELL_TEXT_MESSAGE);
    const single = rect.numRows === 1 && rect.numColumns === 1;
    const old = sheet.getValue(rect.row, rect.column);
    const oldFormat = sheet.numberFormats.get(rect.row, rect.column) ?? '';
    values.forEach((line, r) => {
      line.forEach((v, c) => {
        const row = rect.row + r;
        const column = rect.column + c;
        const rule = sheet.validations.get(row, column);
        const typed = coerceInput(
          v,
          sheet.numberFormats.get(row, column) ?? '',
          this.workbook.timeZone,
          this.workbook.locale,
        );
        if (rule && !rule.allowInvalid && typed.kind === 'value' && !validationAccepts(this._ctx, rule, typed.value)) {
          throw new Error(
            `Emulator: data validation rejects "${String(v)}" at ${sheetName}!${a1} (Sheets refuses the input)`,
          );
        }
      });
    });
    values.forEach((line, r) => {
      line.forEach((v, c) => {
        writeCell(this._ctx, sheet, rect.row + r, rect.column + c, v);
      });
    });
    this.workbook.markChanged({ sheetId: sheet.sheetId, rect });
    this.recalculate();
    const base: Record<string, unknown> = {
      range: this._ctx.range(sheet, rect),
      source: this._ctx.spreadsheet(),
      user: this.rt.expose(new EmuUser(this.rt, this.userEmail), 'User', () => 'free'),
    };
    if (single) {
      const now = values[0]?.[0];
      if (now !== '' && now !== null && now !== undefined) base.value = typeof now === 'string' ? now : String(now);
      if (old !== '') base.oldValue = displayValue(old, oldFormat, this.workbook.timeZone, this.workbook.locale);
    }
    const start = this.executions.length;
    if (typeof this._bundle?.onEdit === 'function') {
      this._tryExecute('simpleTrigger', 'LIMITED', 'onEdit', [{ ...base, authMode: 'LIMITED' }]);
    }
    for (const t of this.triggers.filter(x => x.eventType === 'ON_EDIT')) {
      this._tryExecute(
        'installableTrigger',
        'FULL',
        t.handler,
        [{ ...base, authMode: 'FULL', triggerUid: t.uid }],
        t.uid,
      );
    }
    for (const t of this.triggers.filter(x => x.eventType === 'ON_CHANGE')) {
      const change = { authMode: 'FULL', changeType: 'EDIT', source: base.source, user: base.user, triggerUid: t.uid };
      this._tryExecute('installableTrigger', 'FULL', t.handler, [change], t.uid);
    }
    return { runs: this.executions.slice(start).filter(x => x.kind !== 'customFunction') };
  }

  /** The user inserts `count` rows above row `before`: onChange INSERT_ROW, no onEdit (structure/user.ts). */
  userInsertRows(sheetName: string, before: number, count = 1): EditResult {
    return userStructureEdit(this, sheetName, { kind: 'insert', dimension: 'ROWS', before, count });
  }
  /** The user deletes rows `start`…`start+count-1`: onChange REMOVE_ROW, no onEdit. */
  userDeleteRows(sheetName: string, start: number, count = 1): EditResult {
    return userStructureEdit(this, sheetName, { kind: 'delete', dimension: 'ROWS', start, count });
  }
  /** The user drags rows `start`…`start+count-1` before row `destination` (counted before the move): onChange OTHER. */
  userMoveRows(sheetName: string, start: number, count: number, destination: number): EditResult {
    return userStructureEdit(this, sheetName, { kind: 'move', dimension: 'ROWS', start, count, destination });
  }
  /** The user inserts `count` columns left of column `before` (1 = A): onChange INSERT_COLUMN, no onEdit. */
  userInsertColumns(sheetName: string, before: number, count = 1): EditResult {
    return userStructureEdit(this, sheetName, { kind: 'insert', dimension: 'COLUMNS', before, count });
  }
  /** The user deletes columns `start`…`start+count-1`: onChange REMOVE_COLUMN, no onEdit. */
  userDeleteColumns(sheetName: string, start: number, count = 1): EditResult {
    return userStructureEdit(this, sheetName, { kind: 'delete', dimension: 'COLUMNS', start, count });
  }
  /** The user drags columns before column `destination` (counted before the move): onChange OTHER. */
  userMoveColumns(sheetName: string, start: number, count: number, destination: number): EditResult {
    return userStructureEdit(this, sheetName, { kind: 'move', dimension: 'COLUMNS', start, count, destination });
  }

  /**
   * Runs every time-driven trigger's function once, each in its own FULL execution; failures are recorded. A one-off
   * trigger (`after`, `at`) runs only when its time has come (`rt.now()`), and only once.
   */
  fireTimeTriggers(): ExecutionRecord[] {
    const start = this.executions.length;
    const due = (t: TriggerModel) => t.runAt === undefined || (!t.spent && t.runAt <= this.rt.now().getTime());
    for (const t of this.triggers.filter(x => x.eventType === 'CLOCK' && due(x))) {
      if (t.runAt !== undefined) t.spent = true;
      // The event's fields are the wall clock in the script's zone.
      const zone = this.rt.scriptTimeZone;
      const now = zonedParts(this.rt.now(), zone);
      const e = {
        authMode: 'FULL',
        triggerUid: t.uid,
        year: now.year,
        month: now.month,
        'day-of-month': now.day,
        hour: now.hour,
        minute: now.minute,
        second: now.second,
        timezone: zone,
      };
      this._tryExecute('timeTrigger', 'FULL', t.handler, [e], t.uid);
    }
    return this.executions.slice(start).filter(x => x.kind === 'timeTrigger');
  }

  /** @internal Runs a trigger handler; a throw is recorded as a failed execution (no email, like add-on triggers). */
  _tryExecute(
    kind: 'simpleTrigger' | 'installableTrigger' | 'timeTrigger',
    authMode: AuthMode,
    fn: string,
    args: unknown[],
    uid?: string,
  ): void {
    try {
      this._execute(kind, authMode, fn, () => this._callGlobal(fn, args), uid);
    } catch {
      // Recorded in this.executions by _execute.
    }
  }

  /** @internal The event object of onOpen/onInstall. */
  _event(authMode: AuthMode): Record<string, unknown> {
    return {
      authMode,
      source: this._ctx.spreadsheet(),
      user: this.rt.expose(new EmuUser(this.rt, this.userEmail), 'User', () => 'free'),
    };
  }
}
