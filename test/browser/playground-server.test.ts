// The playground server without a browser: its JSON endpoints over a session running the built dist/Code.js on the
// emulator, the google.script.run shim, and the CSV/XLSX import and XLSX export.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PlaygroundState, SheetState } from '../../scripts/playground/protocol.ts';
import { portTakenMessage, type RunningPlayground, startPlayground } from '../../scripts/playground/server.ts';
import { emulatorFactory, PlaygroundSession } from '../../scripts/playground/session.ts';
import { injectShim, reviveArgs, SHIM_SOURCE } from '../../scripts/playground/shim.ts';
import { argbOf, readCsv, readUpload, writeXlsx } from '../../scripts/playground/workbook-io.ts';
import { SAMPLE_HEADERS } from '../../src/core/sample.ts';
import { hostileText } from '../support/hostile-text.ts';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const newSession = (lang: 'zh' | 'en' = 'zh') =>
  new PlaygroundSession({
    bundle: readFileSync(path.join(DIST, 'Code.js'), 'utf8'),
    createEmulator: emulatorFactory(DIST),
    lang,
  });

let running: RunningPlayground;

beforeAll(async () => {
  running = await startPlayground(newSession(), 0);
});
afterAll(() => running.close());
beforeEach(() => post('/api/reset', {}));

async function get(route: string): Promise<Response> {
  return fetch(new URL(route, running.url));
}

async function post(route: string, body: unknown, headers: Record<string, string> = { 'X-Playground': '1' }) {
  return fetch(new URL(route, running.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function stateOf(response: Response): Promise<PlaygroundState> {
  expect(response.status).toBe(200);
  return (await response.json()) as PlaygroundState;
}

/**
 * The sample customer sheet: the one whose header row starts with the sample's first five headers (customer to
 * overdue days; an imported CSV may lack the payment-terms and last-order columns that follow).
 */
function customers(state: PlaygroundState): SheetState {
  const headers = SAMPLE_HEADERS[state.lang].slice(0, 5);
  const sheet = state.sheets.find(s => headers.every((h, i) => s.display[0]?.[i] === h));
  if (!sheet) throw new Error(`No sample sheet in ${state.sheets.map(s => s.name).join(', ')}`);
  return sheet;
}

/** The column (0-based) whose header is `header`. */
function columnOf(sheet: SheetState, header: string): number {
  const index = sheet.display[0]?.indexOf(header) ?? -1;
  if (index < 0) throw new Error(`No column ${header} in ${sheet.display[0]?.join(', ')}`);
  return index;
}

describe('playground server', () => {
  describe('GET /api/state', () => {
    it("starts on the add-on's own sample workbook, menu and benefit log, with no errors", async () => {
      const state = await stateOf(await get('/api/state'));
      expect(state.lang).toBe('zh');
      const sheet = customers(state);
      expect(sheet.frozenRows).toBe(1);
      expect(sheet.display.length).toBeGreaterThan(30);
      expect(state.activeSheet).toBe(sheet.name);
      expect(state.menu.title).toBe('Customer Tiers');
      const functions = state.menu.items.flatMap(item => ('functionName' in item ? [item.functionName] : []));
      expect(functions).toEqual(
        expect.arrayContaining(['openSettings', 'recomputeTiers', 'setUpSampleSheets', 'showHelp']),
      );
      expect(state.sheets.some(s => s.display[0]?.includes('状态'))).toBe(true);
      expect(state.events).toEqual([]);
      expect(state.sidebar).toBeNull();
    });

    it('serves the page with its bundled script', async () => {
      const page = await get('/');
      expect(page.headers.get('content-type')).toContain('text/html');
      const html = await page.text();
      expect(html).toContain('<div id="app"></div>');
      expect(html).toContain('/api/state');
    });
  });

  describe('POST /api/menu', () => {
    it("runs Recompute tiers: tiers in the add-on's column, rows coloured by tier, a toast", async () => {
      const state = await stateOf(await post('/api/menu', { functionName: 'recomputeTiers' }));
      const sheet = customers(state);
      const tier = columnOf(sheet, '等级');
      const tiers = sheet.display.slice(1).map(row => row[tier]);
      expect(tiers.filter(t => t === 'A').length).toBeGreaterThan(0);
      expect(tiers.filter(t => t === 'C').length).toBeGreaterThan(0);
      const rowOf = (t: string) => sheet.display.findIndex((row, r) => r > 0 && row[tier] === t);
      const colourA = sheet.backgrounds[rowOf('A')]?.[0];
      const colourC = sheet.backgrounds[rowOf('C')]?.[0];
      expect(colourA).toMatch(/^#[0-9a-f]{6}$/iu);
      expect(colourC).toMatch(/^#[0-9a-f]{6}$/iu);
      expect(colourA).not.toBe(colourC);
      expect(state.events).toContainEqual(expect.objectContaining({ kind: 'toast' }));
    });

    it('runs Service plan from the menu: its sheet without the hidden data block, and the picker through onEdit', async () => {
      const start = await stateOf(await get('/api/state'));
      expect(start.menu.items).toContainEqual({ caption: '维护计划', functionName: 'showServicePlan' });
      const state = await stateOf(await post('/api/menu', { functionName: 'showServicePlan' }));
      const plan = state.sheets.find(s => s.name === '维护计划');
      expect(plan?.display[1]?.slice(0, 2)).toEqual(['业务员', '全部']);
      expect(plan?.display[0]?.length).toBeLessThanOrEqual(9);
      const items = (sheet: SheetState | undefined) =>
        sheet?.display.filter(r => /^第 \d+ 行$/u.test(r[7] ?? '')).length;
      const all = items(plan) ?? 0;
      expect(all).toBeGreaterThan(0);
      const picked = await stateOf(
        await post('/api/edit', { sheet: '维护计划', row: 2, column: 2, value: plan?.display[5]?.[0] }),
      );
      expect(items(picked.sheets.find(s => s.name === '维护计划'))).toBe(Number(plan?.display[5]?.[2]));
    });

    it('refuses a function the add-on menu does not offer', async () => {
      const response = await post('/api/menu', { functionName: 'saveSettings' });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'The add-on menu has no item running saveSettings' });
    });

    it('opens the real sidebar, served with the google.script.run shim before its own scripts', async () => {
      const state = await stateOf(await post('/api/menu', { functionName: 'openSettings' }));
      expect(state.sidebar).not.toBeNull();
      const html = await (await get(`/sidebar?id=${state.sidebar?.id}`)).text();
      const built = readFileSync(path.join(DIST, 'Sidebar.html'), 'utf8');
      expect(html).toBe(injectShim(built));
      expect(html.indexOf('google = {')).toBeLessThan(html.indexOf('<script>', html.indexOf('</head>')));
      expect((await get('/sidebar?id=9999')).status).toBe(404);
      const closed = await stateOf(await post('/api/close-sidebar', {}));
      expect(closed.sidebar).toBeNull();
    });
  });

  describe('POST /api/edit', () => {
    it("types into a cell through the add-on's onEdit, which re-grades the row", async () => {
      const before = customers(await stateOf(await post('/api/menu', { functionName: 'recomputeTiers' })));
      const tier = columnOf(before, '等级');
      const row = before.display.findIndex((cells, r) => r > 0 && cells[tier] === 'D');
      expect(row).toBeGreaterThan(0);
      const after = customers(
        await stateOf(await post('/api/edit', { sheet: before.name, row: row + 1, column: 3, value: '9000000' })),
      );
      expect(after.display[row]?.[2]).toBe('9000000');
      expect(after.display[row]?.[tier]).not.toBe('D');
      expect(after.backgrounds[row]?.[0]).not.toBe(before.backgrounds[row]?.[0]);
    });

    it('refuses a request without the playground header, a bad body and a missing sheet', async () => {
      expect((await post('/api/edit', { sheet: 'x', row: 1, column: 1, value: '' }, {})).status).toBe(403);
      expect((await post('/api/edit', { sheet: 'x', row: 0, column: 1, value: '' })).status).toBe(400);
      expect((await post('/api/edit', { sheet: 'No such', row: 1, column: 1, value: '' })).status).toBe(400);
      expect((await get('/api/nothing')).status).toBe(404);
    });

    it('refuses a request naming another host (DNS rebinding)', async () => {
      const { request } = await import('node:http');
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(new URL('/api/state', running.url), { headers: { Host: 'evil.example:80' } }, res => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(403);
    });
  });

  describe('POST /api/run', () => {
    const run = (body: string) =>
      fetch(new URL('/api/run', running.url), { method: 'POST', headers: { 'X-Playground': '1' }, body });

    it('answers google.script.run from the sidebar with the add-on endpoint', async () => {
      const reply = await (await run(JSON.stringify({ functionName: 'getSidebarData', args: [] }))).json();
      expect(reply).toMatchObject({ ok: true, value: { lang: 'zh', table: { headers: [...SAMPLE_HEADERS.zh] } } });
    });

    it('fails a call carrying a Date, as Apps Script does', async () => {
      const body = JSON.stringify({
        functionName: 'saveSettings',
        args: [{ __playground: 'date', iso: '2026-01-01T00:00:00Z' }],
      });
      const reply = await (await run(body)).json();
      expect(reply).toMatchObject({ ok: false });
    });
  });

  describe('POST /api/lang', () => {
    const run = async (functionName: string, args: unknown[] = []) =>
      (await post('/api/run', { functionName, args })).json() as Promise<{ ok: boolean; value: unknown }>;

    it('switches to English and keeps the workbook: edits and saved settings survive, the menu speaks English', async () => {
      const before = customers(await stateOf(await get('/api/state')));
      await stateOf(await post('/api/edit', { sheet: before.name, row: 2, column: 1, value: 'Mine Ltd' }));
      const data = (await run('getSidebarData')).value as { settings: { dimensions: { weight: number }[] } };
      const settings = structuredClone(data.settings);
      const first = settings.dimensions[0];
      if (first) first.weight = 77;
      expect(await run('saveSettings', [settings])).toMatchObject({ ok: true, value: { ok: true } });

      const state = await stateOf(await post('/api/lang', { lang: 'en' }));
      expect(state.lang).toBe('en');
      const kept = state.sheets.find(s => s.name === before.name);
      expect(kept?.display[0]?.slice(0, SAMPLE_HEADERS.zh.length)).toEqual([...SAMPLE_HEADERS.zh]);
      expect(kept?.display[1]?.[0]).toBe('Mine Ltd');
      expect(state.menu.items).toContainEqual({ caption: 'Recompute tiers', functionName: 'recomputeTiers' });
      const after = (await run('getSidebarData')).value as { lang: string; settings: typeof settings };
      expect(after.lang).toBe('en');
      expect(after.settings.dimensions[0]?.weight).toBe(77);
      expect((await post('/api/lang', { lang: 'fr' })).status).toBe(400);
      await stateOf(await post('/api/lang', { lang: 'zh' }));
    });

    it('Reset then starts the sample over in the chosen language', async () => {
      await stateOf(await post('/api/lang', { lang: 'en' }));
      const state = await stateOf(await post('/api/reset', {}));
      expect(customers(state).display[0]?.slice(0, SAMPLE_HEADERS.en.length)).toEqual([...SAMPLE_HEADERS.en]);
      await stateOf(await post('/api/lang', { lang: 'zh' }));
    });
  });

  describe('POST /api/import', () => {
    const upload = (name: string, body: Uint8Array<ArrayBuffer> | string) =>
      fetch(new URL(`/api/import?name=${encodeURIComponent(name)}`, running.url), {
        method: 'POST',
        headers: { 'X-Playground': '1' },
        body,
      });

    it('pastes a CSV over the customer sheet, numbers read as Sheets reads typing', async () => {
      const csv =
        '客户名称,地区,销售额,利润,逾期天数,最近下单\n甲公司,华东,120000,30000,0,2026-10-01\n"乙,公司",华南,"¥8,000",100,95,2026-09-01\n';
      const state = await stateOf(await upload('mine.csv', csv));
      const sheet = customers(state);
      expect(sheet.display.slice(1, 3).map(row => row.slice(0, 6))).toEqual([
        ['甲公司', '华东', '120000', '30000', '0', '2026-10-01'],
        ['乙,公司', '华南', '¥8,000', '100', '95', '2026-09-01'],
      ]);
      expect(sheet.display.length).toBe(3);
    });

    it('reads the first worksheet of an XLSX file', async () => {
      const bytes = await writeXlsx([
        {
          name: 'Mine',
          frozenRows: 1,
          values: [
            ['客户名称', '销售额'],
            ['丙公司', 5000],
          ],
          backgrounds: [],
        },
      ]);
      const sheet = customers(await stateOf(await post('/api/reset', {})));
      const state = await stateOf(await upload('mine.xlsx', bytes));
      const after = state.sheets.find(s => s.name === sheet.name);
      // The add-on's onEdit saw the paste and graded the new table next to it.
      expect(after?.display.map(row => row.slice(0, 2))).toEqual([
        ['客户名称', '销售额'],
        ['丙公司', '5000'],
      ]);
    });

    it('writes any text as a string cell, never a formula, and formulas only where a cell holds one (generated)', async () => {
      const text = hostileText(5);
      await fc.assert(
        fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 8 }), async texts => {
          const bytes = await writeXlsx([
            {
              name: 'Hostile',
              frozenRows: 0,
              values: [texts, [1, 'Acme']],
              formulas: [texts.map(() => ''), ['=1+1', '=HYPERLINK("https://example.com","Acme")']],
              backgrounds: [],
            },
          ]);
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(bytes.buffer);
          const sheet = workbook.getWorksheet('Hostile');
          // XML reads a carriage return as a line feed; the text is otherwise exactly what was written, as text.
          const read = texts.map((_, c) => sheet?.getCell(1, c + 1).value);
          expect(read).toEqual(texts.map(t => t.replace(/\r\n?/gu, '\n')));
          expect(sheet?.getCell(2, 1).value).toMatchObject({ formula: '1+1', result: 1 });
          expect(sheet?.getCell(2, 2).value).toMatchObject({ formula: 'HYPERLINK("https://example.com","Acme")' });
        }),
        { numRuns: 25 },
      );
    });

    it('refuses other file types with an issue code', async () => {
      const response = await upload('notes.pdf', 'x');
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ ok: false, issue: 'unsupported_type' });
    });
  });

  describe('GET /api/export', () => {
    it('downloads the workbook as XLSX with values and the colours the rows show', async () => {
      const state = await stateOf(await post('/api/menu', { functionName: 'recomputeTiers' }));
      const sheet = customers(state);
      const response = await get('/api/export');
      expect(response.headers.get('content-disposition')).toContain('attachment');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      const exported = workbook.getWorksheet(sheet.name);
      expect(exported?.getCell('A1').value).toBe(SAMPLE_HEADERS.zh[0]);
      expect(exported?.getCell('A2').value).toBe(sheet.display[1]?.[0]);
      const fill = exported?.getCell('A2').fill;
      const expected = argbOf(sheet.backgrounds[1]?.[0] ?? null);
      expect(expected).not.toBeNull();
      expect(fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: expected } });
      expect(exported?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    });
  });

  describe('startPlayground', () => {
    it('rejects with a one-line message when the port is taken', async () => {
      const blocker = createServer();
      await new Promise<void>(resolve => blocker.listen(0, '127.0.0.1', resolve));
      const address = blocker.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      await expect(startPlayground(newSession(), port)).rejects.toThrow(portTakenMessage(port));
      blocker.close();
    });
  });
});

describe('PlaygroundSession', () => {
  // A tiny add-on: the session must work for any bundle, and this one shows what the real add-on does not (yet).
  const TINY = `
    function onOpen() {
      SpreadsheetApp.getUi().createAddonMenu().addItem('Dialog', 'showDialog').addItem('Fail', 'fail').addToUi();
    }
    function showDialog() {
      SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<p>Hi</p>'), 'Hello');
    }
    function fail() { throw new Error('Broken on purpose'); }
  `;
  const tiny = () => new PlaygroundSession({ bundle: TINY, createEmulator: emulatorFactory(DIST), lang: 'en' });

  describe('state', () => {
    it('reports a modal dialog once, and serves its HTML as a dialog only', () => {
      const session = tiny();
      session.runMenu('showDialog');
      const events = session.state().events;
      expect(events).toEqual([{ kind: 'dialog', title: 'Hello', id: 0 }]);
      expect(session.htmlContent('dialog', 0)).toBe('<p>Hi</p>');
      expect(session.htmlContent('sidebar', 0)).toBeNull();
      expect(session.state().events).toEqual([]);
    });

    it('turns an error thrown by a menu command into an error event', () => {
      const session = tiny();
      session.runMenu('fail');
      expect(session.state().events).toEqual([{ kind: 'error', title: 'Script error', message: 'Broken on purpose' }]);
    });

    it('starts an add-on without set-up commands on its first, empty sheet', () => {
      const state = tiny().state();
      expect(state.sheets.map(sheet => [sheet.name, sheet.display])).toEqual([['Sheet1', []]]);
      expect(state.menu.items).toEqual([
        { caption: 'Dialog', functionName: 'showDialog' },
        { caption: 'Fail', functionName: 'fail' },
      ]);
    });
  });
});

describe('shim', () => {
  describe('reviveArgs', () => {
    it('turns tagged dates, functions and undefined back into what the page passed', () => {
      const revived = reviveArgs(
        '[{"__playground":"date","iso":"2026-01-02T00:00:00.000Z"},{"__playground":"function"},1]',
      );
      expect(Array.isArray(revived)).toBe(true);
      const [date, fn, one] = Array.isArray(revived) ? revived : [];
      expect(date).toEqual(new Date('2026-01-02T00:00:00.000Z'));
      expect(typeof fn).toBe('function');
      expect(one).toBe(1);
    });
  });

  describe('SHIM_SOURCE', () => {
    /** Runs the shim with `fetch` answering `reply`, calls `fn()` and resolves what the failure handler received. */
    async function failureFor(reply: unknown): Promise<{ name: string; message: string }> {
      const window: Record<string, unknown> = { parent: { postMessage: () => {} }, location: { origin: 'x' } };
      const fetch = async () => ({ json: async () => reply });
      const context = vm.createContext({ window, fetch, Proxy, JSON, Object, Array, Error });
      vm.runInContext(SHIM_SOURCE, context);
      const run = vm.runInContext('window.google.script.run', context);
      return new Promise((resolve, reject) => {
        run
          .withSuccessHandler(() => reject(new Error('unexpected success')))
          .withFailureHandler((error: Error) => resolve({ name: error.name, message: error.message }))
          .fn();
      });
    }

    it("hands the server function's error to the failure handler with its name and message", async () => {
      const reply = { ok: false, error: { name: 'ScriptError', message: 'Broken on purpose' } };
      expect(await failureFor(reply)).toEqual({ name: 'ScriptError', message: 'Broken on purpose' });
    });

    it("hands a refused request's reason to the failure handler as the message", async () => {
      expect(await failureFor({ ok: false, error: 'Bad run request' })).toEqual({
        name: 'Error',
        message: 'Bad run request',
      });
    });
  });

  describe('injectShim', () => {
    it('puts the shim first in <head>, or first in a page without one', () => {
      expect(injectShim('<html><head><title>x</title></head></html>')).toMatch(/^<html><head><script>\(function/u);
      expect(injectShim('<p>hi</p>')).toMatch(/^<script>[\s\S]*<\/script><p>hi<\/p>$/u);
    });
  });
});

describe('workbook-io', () => {
  describe('readCsv', () => {
    it('drops a byte-order mark and blank lines, pads ragged rows, keeps quoted commas', () => {
      expect(readCsv('\uFEFFa,b,c\n\n1,"x,y"\n')).toEqual([
        ['a', 'b', 'c'],
        ['1', 'x,y', ''],
      ]);
    });
  });

  describe('readUpload', () => {
    it('reports an empty file and an unreadable XLSX as issues', async () => {
      expect(await readUpload('a.csv', new TextEncoder().encode('\n\n'))).toMatchObject({ ok: false, issue: 'empty' });
      expect(await readUpload('a.xlsx', new TextEncoder().encode('not a zip'))).toMatchObject({
        ok: false,
        issue: 'unreadable',
      });
    });
  });

  describe('argbOf', () => {
    const gives = (colour: string | null, argb: string | null) => expect(argbOf(colour)).toBe(argb);
    it('turns #rrggbb and #rgb into ARGB', () => {
      gives('#b7e1cd', 'FFB7E1CD');
      gives('#abc', 'FFAABBCC');
    });
    it('gives no fill for white, null and names', () => {
      gives('#FFFFFF', null);
      gives(null, null);
      gives('red', null);
    });
  });
});
