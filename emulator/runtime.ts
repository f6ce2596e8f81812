// The emulator's execution machinery: the current execution (kind + auth mode), the virtual clock, the service-call
// counter, and `expose()`, the strict Proxy every service object handed to the add-on goes through.

import { CostMeter } from './cost/meter.ts';

/** Apps Script's ScriptApp.AuthMode values (the emulator uses the names as the enum values). */
export type AuthMode = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** What started an execution. 'test' is the implicit FULL execution of code calling services directly. */
export type ExecutionKind =
  | 'test'
  | 'onOpen'
  | 'onInstall'
  | 'menu'
  | 'customFunction'
  | 'scriptRun'
  | 'simpleTrigger'
  | 'installableTrigger'
  | 'timeTrigger';

/** One running execution. Locks it holds are released when it ends, as in Apps Script. */
export interface Execution {
  readonly id: number;
  readonly kind: ExecutionKind;
  readonly authMode: AuthMode;
  readonly functionName: string;
}

/**
 * How a method may be used, decided per class:
 * read/write (spreadsheet data), props-read/props-write, cache, lock, trigger (ScriptApp), ui (dialogs, alerts),
 * menu (menus: allowed even in NONE), ui-entry (SpreadsheetApp.getUi), free (pure: builders, Utilities, enums).
 */
export type Access =
  | 'read'
  | 'write'
  | 'props-read'
  | 'props-write'
  | 'cache'
  | 'lock'
  | 'trigger'
  | 'ui'
  | 'ui-entry'
  | 'menu'
  | 'free';

const SIMPLE_TRIGGER_ACCESS: readonly Access[] = [
  'read',
  'write',
  'props-read',
  'props-write',
  'cache',
  'lock',
  'ui',
  'ui-entry',
  'menu',
  'free',
];

const ALLOWED: Readonly<Record<AuthMode, ReadonlySet<Access>>> = {
  // Add-on authorization lifecycle: in NONE only menus can be built (no document, no properties).
  NONE: new Set<Access>(['menu', 'ui-entry', 'free']),
  // docs/apps-script.md: Custom functions. Spreadsheet and Properties read only, Cache, Lock, Utilities; no UI, no triggers.
  CUSTOM_FUNCTION: new Set<Access>(['read', 'props-read', 'cache', 'lock', 'free']),
  // Simple triggers: may read and modify the bound file and use services that need no authorization.
  LIMITED: new Set<Access>(SIMPLE_TRIGGER_ACCESS),
  // Full authorization adds what needs the user's consent, such as installing triggers.
  FULL: new Set<Access>([...SIMPLE_TRIGGER_ACCESS, 'trigger']),
};

/** Counts every method call on an exposed service object, keyed 'Range.setValues'. */
export class CallCounter {
  private readonly counts = new Map<string, Map<ExecutionKind, number>>();

  /** @internal */
  _record(key: string, kind: ExecutionKind): void {
    let byKind = this.counts.get(key);
    if (!byKind) {
      byKind = new Map();
      this.counts.set(key, byKind);
    }
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }

  /** Total calls since the last reset; `kind` restricts to executions of that kind (e.g. exclude recalculation). */
  total(filter: { readonly kind?: ExecutionKind } = {}): number {
    let sum = 0;
    for (const value of Object.values(this.byMethod(filter))) sum += value;
    return sum;
  }

  /** Calls per 'Class.method', sorted by key. */
  byMethod(filter: { readonly kind?: ExecutionKind } = {}): Record<string, number> {
    const out: Record<string, number> = {};
    for (const key of [...this.counts.keys()].sort()) {
      const byKind = this.counts.get(key);
      if (!byKind) continue;
      let n = 0;
      for (const [kind, count] of byKind) if (filter.kind === undefined || filter.kind === kind) n += count;
      if (n > 0) out[key] = n;
    }
    return out;
  }

  /** Forgets all counts. */
  reset(): void {
    this.counts.clear();
  }
}

// Property names that generic JS machinery probes on any object (promises, JSON, test matchers, inspectors).
// Reading them yields undefined instead of the strict "not supported" error.
const PROBES = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
  'inspect',
  'constructor',
  'valueOf',
]);

const targets = new WeakMap<object, object>();
const publicNames = new WeakMap<object, ReadonlySet<string>>();

function methodNames(proto: object): ReadonlySet<string> {
  const cached = publicNames.get(proto);
  if (cached) return cached;
  const names = new Set<string>();
  for (let p: object | null = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const name of Object.getOwnPropertyNames(p)) {
      if (name !== 'constructor' && !name.startsWith('_')) names.add(name);
    }
  }
  publicNames.set(proto, names);
  return names;
}

/** Returns the object behind an exposed proxy (or the value itself). */
export function unwrap<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    const target = targets.get(value);
    if (target) return target as T;
  }
  return value;
}

/** Options of a Runtime: the clock and the script's time zone. */
export interface RuntimeOptions {
  readonly now: () => Date;
  /** appsscript.json's timeZone: the zone of `Date` inside executions, whatever the Node process's zone is. */
  readonly scriptTimeZone: string;
}

/** Shared state of one emulator: executions, clock, counter, error realm. */
export class Runtime {
  readonly calls = new CallCounter();
  /** Charges each execution's calls for the cost model (estimated seconds on Apps Script). */
  readonly meter = new CostMeter();
  private readonly stack: Execution[] = [];
  private nextExecutionId = 1;
  private clockOffsetMs = 0;
  private errorCtor: ErrorConstructor = Error;

  /** The Node process's own zone while no execution runs (undefined = the system zone). */
  private hostTimeZone: string | undefined;

  constructor(private readonly options: RuntimeOptions) {}

  /** The script's time zone (Session.getScriptTimeZone, and the zone of local-time Date methods in executions). */
  get scriptTimeZone(): string {
    return this.options.scriptTimeZone;
  }

  /** The running execution; code outside any emulator execution runs as a FULL 'test' execution. */
  get current(): Execution {
    return this.stack[this.stack.length - 1] ?? { id: 0, kind: 'test', authMode: 'FULL', functionName: '' };
  }

  /** How many executions are running (0 = only test code). */
  get depth(): number {
    return this.stack.length;
  }

  /** Current virtual time: the configured clock plus everything Utilities.sleep / waiting locks advanced. */
  now(): Date {
    return new Date(this.options.now().getTime() + this.clockOffsetMs);
  }

  /** Moves the virtual clock forward (sleep, lock waits, cache expiry in tests). */
  advance(ms: number): void {
    this.clockOffsetMs += Math.max(0, ms);
  }

  /** Errors thrown to the add-on are made in its realm so `e instanceof Error` holds inside the bundle. */
  setErrorRealm(ctor: ErrorConstructor): void {
    this.errorCtor = ctor;
  }

  /** An Error of the bundle's realm with Apps Script's message. */
  error(message: string): Error {
    return new this.errorCtor(message);
  }

  /** Runs `fn` as a new execution; `onEnd` runs after it (lock release), whatever happens. */
  run<T>(
    kind: ExecutionKind,
    authMode: AuthMode,
    functionName: string,
    fn: (exec: Execution) => T,
    onEnd: (exec: Execution) => void,
  ): T {
    const exec: Execution = { id: this.nextExecutionId++, kind, authMode, functionName };
    if (this.stack.length === 0) this.enterScriptZone();
    this.stack.push(exec);
    try {
      return fn(exec);
    } finally {
      this.stack.pop();
      if (this.stack.length === 0) this.leaveScriptZone();
      onEnd(exec);
    }
  }

  /**
   * Apps Script runs `new Date(2026, 2, 5)`, `getHours()` and friends in the script's time zone (appsscript.json). The
   * bundle shares Node's Date, so the process zone is switched for the execution (Node re-reads TZ when it is set).
   */
  private enterScriptZone(): void {
    this.hostTimeZone = process.env.TZ;
    if (process.env.TZ !== this.options.scriptTimeZone) process.env.TZ = this.options.scriptTimeZone;
  }

  private leaveScriptZone(): void {
    if (process.env.TZ === this.hostTimeZone) return;
    if (this.hostTimeZone === undefined) delete process.env.TZ;
    else process.env.TZ = this.hostTimeZone;
  }

  /** Throws Apps Script's permission error when the current auth mode does not allow `access`. */
  checkAccess(className: string, method: string, access: Access): void {
    const mode = this.current.authMode;
    if (!ALLOWED[mode].has(access)) throw this.error(`You do not have permission to call ${className}.${method}`);
  }

  /**
   * Wraps a service object: each public method call is counted as 'Class.method' and checked against the auth mode;
   * any other property the add-on reads throws 'Emulator: Class.prop is not supported' (never a silent no-op).
   */
  expose<T extends object>(target: T, className: string, classify: (method: string) => Access): T {
    const names = methodNames(Object.getPrototypeOf(target));
    const cache = new Map<string, unknown>();
    const proxy = new Proxy(target, {
      get: (obj, prop) => {
        if (typeof prop === 'symbol') return Reflect.get(obj, prop);
        if (prop === 'toString') return () => className;
        const cached = cache.get(prop);
        if (cached !== undefined) return cached;
        if (names.has(prop)) {
          const fn: unknown = Reflect.get(obj, prop);
          if (typeof fn !== 'function') return fn;
          const access = classify(prop);
          const key = `${className}.${prop}`;
          const wrapped = (...args: unknown[]) => {
            const exec = this.current;
            this.calls._record(key, exec.kind);
            return this.meter.call(exec.id, key, obj, () => {
              this.checkAccess(className, prop, access);
              return Reflect.apply(fn, obj, args);
            });
          };
          cache.set(prop, wrapped);
          return wrapped;
        }
        if (Object.hasOwn(obj, prop) && !prop.startsWith('_')) return Reflect.get(obj, prop);
        // Test code (outside any execution) may read internals, so matchers like toEqual can compare objects.
        if (Object.hasOwn(obj, prop) && this.stack.length === 0) return Reflect.get(obj, prop);
        if (PROBES.has(prop)) return undefined;
        throw this.error(`Emulator: ${className}.${prop} is not supported`);
      },
      // Inside executions only public members are enumerable (JSON.stringify(range) sees no internals); test code
      // sees everything so matchers compare real state.
      ownKeys: obj =>
        this.stack.length === 0
          ? Reflect.ownKeys(obj)
          : Reflect.ownKeys(obj).filter(k => typeof k !== 'string' || !k.startsWith('_')),
      set: (_obj, prop) => {
        throw this.error(`Emulator: cannot assign ${className}.${String(prop)}`);
      },
    });
    targets.set(proxy, target);
    return proxy;
  }
}

/** Access classifier for spreadsheet objects: get/is/has are reads, everything else writes unless listed free. */
export function spreadsheetAccess(free: readonly string[] = []): (method: string) => Access {
  return method => {
    if (free.includes(method)) return 'free';
    return /^(get|is|has|offset|can)/u.test(method) ? 'read' : 'write';
  };
}
