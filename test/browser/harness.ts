// Opens a built HTML page (dist/Sidebar.html) in Debian's headless Chromium with `google.script.run` answered by
// Node: a shim injected before the page's scripts forwards each call through page.exposeFunction to a backend
// (usually the emulator's scriptRun on the built dist/Code.js). Every request other than the page itself is blocked
// and recorded, so tests can assert the page needs no other host.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Emulator, ScriptRunResult } from '../../emulator/index.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { type RunningPlayground, startPlayground } from '../../scripts/playground/server.ts';
import { emulatorFactory, PlaygroundSession } from '../../scripts/playground/session.ts';

export { launchChromium };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.join(ROOT, 'dist');

/** Answers one google.script.run call: the function name and the arguments as the page sent them. */
export type Backend = (fn: string, args: unknown[]) => ScriptRunResult | Promise<ScriptRunResult>;

/** Where the page is served from: answered from memory by the harness, never looked up (.invalid never resolves). */
const PAGE_ORIGIN = 'https://sidebar.invalid';

/**
 * Reads a file of the build. Other processes may be rebuilding dist/ (the build deletes it first), so a missing
 * file is retried for a few seconds before the error is passed on.
 */
export async function readBuilt(name: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await readFile(path.join(DIST, name), 'utf8');
    } catch (error) {
      if (attempt >= 50) throw error;
      await new Promise(resolve => setTimeout(resolve, 100));
    }
  }
}

/** A backend that runs the call on the emulator, with google.script.run's rules (plain data only, errors as failures). */
export function emulatorBackend(emu: Emulator): Backend {
  return (fn, args) => emu.scriptRun(fn, ...args);
}

/** One Chromium and the built bundle for a test file, with the pages opened through it. */
export type BrowserForFile = {
  readonly browser: () => Browser;
  /** dist/Code.js as built, for `Emulator.loadBundle`. */
  readonly bundle: () => string;
  /** openPage on the file's browser; the page is closed after the file. */
  readonly open: (options: OpenOptions) => Promise<OpenedPage>;
};

/** Launches Chromium and reads the bundle before the file's tests; closes every page, then the browser, after them. */
export function browserForFile(): BrowserForFile {
  let browser: Browser | undefined;
  let bundle = '';
  const opened: OpenedPage[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    bundle = await readBuilt('Code.js');
  });
  afterAll(async () => {
    for (const o of opened) await o.close().catch(() => {});
    await browser?.close();
  });
  const launched = (): Browser => {
    if (!browser) throw new Error('browserForFile: the browser starts in beforeAll');
    return browser;
  };
  return {
    browser: launched,
    bundle: () => bundle,
    open: async options => {
      const o = await openPage(launched(), options);
      opened.push(o);
      return o;
    },
  };
}

/** Launches Chromium; throws with the install command when it is missing. */
/** An open page with what the harness recorded about it. */
export type OpenedPage = {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every google.script.run call the page made, in order. */
  readonly calls: { fn: string; args: unknown[] }[];
  /** URLs of requests to anything other than the page's own file (blocked). */
  readonly external: string[];
  /** Messages of alert/confirm/prompt dialogs (dismissed). */
  readonly dialogs: string[];
  /** Uncaught errors in the page. */
  readonly pageErrors: string[];
  /** Replaces the backend, e.g. to make the next calls fail. */
  setBackend(backend: Backend): void;
  close(): Promise<void>;
};

export type OpenOptions = {
  backend: Backend;
  /** Built page name in dist/ (default 'Sidebar'). */
  pageName?: string;
  width?: number;
  height?: number;
  /** The page's HTML, instead of reading dist/<pageName>.html (e.g. an unminified build for profiling). */
  html?: string;
  /** Milliseconds each call waits before answering (to see "saving…" states); default 0. */
  latencyMs?: number;
};

/**
 * Opens dist/<pageName>.html in a fresh context, served from memory at PAGE_ORIGIN (as Apps Script serves it in its
 * own iframe origin). The google.script.run shim mirrors the real API's
 * chaining (each withSuccessHandler/withFailureHandler returns a new runner) and always answers asynchronously.
 */
export async function openPage(browser: Browser, options: OpenOptions): Promise<OpenedPage> {
  const html = options.html ?? (await readBuilt(`${options.pageName ?? 'Sidebar'}.html`));
  const pageUrl = `${PAGE_ORIGIN}/${options.pageName ?? 'Sidebar'}.html`;
  const context = await browser.newContext({
    viewport: { width: options.width ?? 300, height: options.height ?? 800 },
    serviceWorkers: 'block',
    locale: 'en-US',
  });
  const page = await context.newPage();
  const calls: OpenedPage['calls'] = [];
  const external: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  let backend = options.backend;

  const isLocal = (url: string) => url === pageUrl || url.startsWith('data:') || url.startsWith('about:');
  await context.route('**/*', route => {
    const url = route.request().url();
    if (url === pageUrl) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    if (isLocal(url)) return route.continue();
    external.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('request', request => {
    const url = request.url();
    if (!isLocal(url) && !external.includes(url)) external.push(url);
  });
  page.on('dialog', dialog => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', error => pageErrors.push(error.message));

  await page.exposeFunction('__ctScriptRun', async (fn: string, args: unknown[]) => {
    calls.push({ fn, args });
    if (options.latencyMs) await new Promise(resolve => setTimeout(resolve, options.latencyMs));
    return backend(fn, args);
  });
  await page.addInitScript({ content: SHIM });
  await page.goto(pageUrl);
  return {
    page,
    context,
    calls,
    external,
    dialogs,
    pageErrors,
    setBackend: next => {
      backend = next;
    },
    close: () => context.close(),
  };
}

/**
 * Runs in the page before its scripts: defines google.script.run on top of the exposed __ctScriptRun. Kept as
 * plain JavaScript text because tsx/esbuild rewrite TypeScript functions with helpers the page does not have.
 */
const SHIM = `(() => {
  const runner = (onSuccess, onFailure) =>
    new Proxy({}, {
      get(_target, name) {
        if (name === 'withSuccessHandler') return h => runner(h, onFailure);
        if (name === 'withFailureHandler') return h => runner(onSuccess, h);
        if (typeof name !== 'string' || name === 'then') return undefined;
        return (...args) => {
          window.__ctScriptRun(name, args).then(
            reply => {
              if (reply.ok) { if (onSuccess) onSuccess(reply.value); }
              else if (onFailure) onFailure(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
            },
            error => { if (onFailure) onFailure(error); },
          );
        };
      },
    });
  window.google = { script: { run: runner(null, null) } };
})();`;

/** The playground server on a free port, running the built bundle with a fresh sample session in `lang`. */
export function startSamplePlayground(lang: 'zh' | 'en'): Promise<RunningPlayground> {
  const session = new PlaygroundSession({
    bundle: readFileSync(path.join(DIST, 'Code.js'), 'utf8'),
    createEmulator: emulatorFactory(DIST),
    lang,
  });
  return startPlayground(session, 0);
}
