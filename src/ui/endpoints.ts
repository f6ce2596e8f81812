// The sidebar's side of google.script.run: the server endpoints' types and a typed promise wrapper that always
// attaches a failure handler. A failed or impossible call resolves to a result, never rejects.

import { type LocalText, type Settings, validateSettings } from '../core/settings.ts';
// The contract both sides compile against, so they cannot drift apart.
import type { NoticesReply, PolicyReply, SaveResult, SidebarData, WireCell } from '../core/sidebar-contract.ts';
import { both } from './text.ts';

/** The customer table as the server reads it once for the what-if preview. */
export type WireTable = NonNullable<SidebarData['table']>;

export type { SaveResult, SidebarData };

/** Every server function the sidebar calls, with its arguments and result. */
export type Endpoints = {
  getSidebarData: () => SidebarData;
  saveSettings: (candidate: Settings, replaceUnreadable?: boolean) => SaveResult;
  getGradingPolicy: () => PolicyReply;
  getCustomerNotices: () => NoticesReply;
};

/**
 * The outcome of one call: the value, or why the call itself failed (network, server exception, no Apps Script).
 * The server's own message is shown as it came (the same text in both languages); the sidebar's are translated.
 */
export type CallResult<T> = { ok: true; value: T } | { ok: false; message: LocalText };

type Handler = (value: unknown) => void;

/** The part of `google.script.run` the wrapper uses; each call returns a fresh runner like the real API. */
export type ScriptRunner = {
  withSuccessHandler(handler: Handler): ScriptRunner;
  withFailureHandler(handler: Handler): ScriptRunner;
} & { [name: string]: unknown };

/** `google.script.run` when the page runs inside Apps Script (or a shim), else null. */
export function defaultRunner(scope: unknown = globalThis): ScriptRunner | null {
  const run = prop(prop(prop(scope, 'google'), 'script'), 'run');
  return isRunner(run) ? run : null;
}

/**
 * Calls a server function through `google.script.run` with both handlers attached. Resolves `{ ok: false }` with
 * the error's message when the call fails, when the function is missing, or when no runner exists; never rejects.
 * The value is unchecked: use `fetchSidebarData` / `sendSettings`, which check what came back.
 */
export function callServer<K extends keyof Endpoints>(
  runner: ScriptRunner | null,
  name: K,
  ...args: Parameters<Endpoints[K]>
): Promise<CallResult<unknown>> {
  return new Promise(resolve => {
    if (runner === null) {
      resolve({ ok: false, message: both('noRunner') });
      return;
    }
    const bound = runner
      .withSuccessHandler(value => resolve({ ok: true, value }))
      .withFailureHandler(error => resolve({ ok: false, message: errorMessage(error) }));
    const fn: unknown = bound[name];
    if (typeof fn !== 'function') {
      resolve({ ok: false, message: both('noServerFunction', { name }) });
      return;
    }
    try {
      fn.apply(bound, args);
    } catch (error) {
      // The real API throws synchronously for arguments it cannot serialise (e.g. a Date or a function).
      resolve({ ok: false, message: errorMessage(error) });
    }
  });
}

/** Loads the sidebar's data once; a reply of the wrong shape (or with invalid settings) is a failed call. */
export async function fetchSidebarData(runner: ScriptRunner | null): Promise<CallResult<SidebarData>> {
  const reply = await callServer(runner, 'getSidebarData');
  if (!reply.ok) return reply;
  return isSidebarData(reply.value) ? { ok: true, value: reply.value } : { ok: false, message: both('badSidebarData') };
}

/** Sends settings to be validated and stored by the server; only the plain JSON document crosses the boundary. */
export async function sendSettings(
  runner: ScriptRunner | null,
  settings: Settings,
  replaceUnreadable = false,
): Promise<CallResult<SaveResult>> {
  const reply = await callServer(runner, 'saveSettings', settings, replaceUnreadable);
  if (!reply.ok) return reply;
  return isSaveResult(reply.value) ? { ok: true, value: reply.value } : { ok: false, message: both('badSaveReply') };
}

/** A readable message from whatever a failure handler received (an Error, a string, or something else). */
export function errorMessage(error: unknown): LocalText {
  const message = prop(error, 'message');
  const text =
    error instanceof Error
      ? error.message || error.name
      : typeof message === 'string'
        ? message
        : typeof error === 'string'
          ? error
          : '';
  return text === '' ? both('unknownError') : { zh: text, en: text };
}

/** Type guard for `getSidebarData()`'s reply; the settings must also pass `validateSettings`. */
function isSidebarData(x: unknown): x is SidebarData {
  const table = prop(x, 'table');
  return (
    (prop(x, 'lang') === 'zh' || prop(x, 'lang') === 'en') &&
    validateSettings(prop(x, 'settings')).ok &&
    typeof prop(x, 'settingsVersion') === 'number' &&
    typeof prop(x, 'today') === 'string' &&
    (table === null || isTable(table)) &&
    (prop(x, 'tableProblem') === null || isLocalText(prop(x, 'tableProblem'))) &&
    (prop(x, 'settingsProblem') == null || isLocalText(prop(x, 'settingsProblem')))
  );
}

/** Type guard for `saveSettings()`'s reply. */
function isSaveResult(x: unknown): x is SaveResult {
  if (prop(x, 'ok') === true) {
    const counts = prop(x, 'counts');
    return (
      typeof prop(x, 'settingsVersion') === 'number' &&
      Array.isArray(counts) &&
      counts.every(c => typeof c === 'number') &&
      typeof prop(x, 'insufficient') === 'number' &&
      typeof prop(x, 'invalid') === 'number' &&
      isLocalText(prop(x, 'message'))
    );
  }
  const issues = prop(x, 'issues');
  if (prop(x, 'ok') === false && 'unreadable' in Object(x)) return isLocalText(prop(x, 'unreadable'));
  return (
    prop(x, 'ok') === false &&
    Array.isArray(issues) &&
    issues.every(i => typeof prop(i, 'path') === 'string' && isLocalText(prop(i, 'message')))
  );
}

function isTable(x: unknown): x is WireTable {
  const headers = prop(x, 'headers');
  const rows = prop(x, 'rows');
  return (
    typeof prop(x, 'sheetName') === 'string' &&
    Array.isArray(headers) &&
    headers.every(h => typeof h === 'string') &&
    Array.isArray(rows) &&
    rows.every(row => Array.isArray(row) && row.every(isWireCell))
  );
}

function isWireCell(x: unknown): x is WireCell {
  return typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
}

function isLocalText(x: unknown): x is LocalText {
  return typeof prop(x, 'zh') === 'string' && typeof prop(x, 'en') === 'string';
}

/** Reads one property of an unknown reply without trusting its shape. */
export function prop(x: unknown, key: string): unknown {
  return typeof x === 'object' && x !== null ? Reflect.get(x, key) : undefined;
}

function isRunner(x: unknown): x is ScriptRunner {
  return typeof prop(x, 'withSuccessHandler') === 'function' && typeof prop(x, 'withFailureHandler') === 'function';
}
