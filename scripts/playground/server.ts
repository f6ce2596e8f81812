// The playground's HTTP server (node:http): serves the page, the add-on's own HTML with the google.script.run shim,
// and JSON endpoints over one PlaygroundSession. Listens on 127.0.0.1 only; writes no file (the XLSX export is
// sent to the browser as a download).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import type { EditRequest, PlaygroundLang } from './protocol.ts';
import { PlaygroundRequestError, type PlaygroundSession } from './session.ts';
import { injectShim, reviveArgs } from './shim.ts';
import { readUpload, writeXlsx } from './workbook-io.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const MAX_BODY_BYTES = 20 * 1024 * 1024;

/** Bundles the page code (scripts/playground/page) into one script, in memory. */
async function bundlePage(): Promise<{ script: string; style: string }> {
  const result = await esbuild.build({
    entryPoints: [path.join(here, 'page', 'main.ts')],
    bundle: true,
    write: false,
    outdir: path.join(here, 'out'),
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    charset: 'utf8',
    minify: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const script = result.outputFiles.find(file => file.path.endsWith('.js'))?.text ?? '';
  const style = result.outputFiles.find(file => file.path.endsWith('.css'))?.text ?? '';
  return { script, style };
}

function pageHtml(page: { script: string; style: string }): string {
  const safe = (code: string, tag: string) => code.replace(new RegExp(`</(${tag})`, 'giu'), '<\\/$1');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><title>Customer Tiers playground</title>',
    `<style>${safe(page.style, 'style')}</style></head>`,
    '<body><div id="app"></div>',
    `<script>${safe(page.script, 'script')}</script>`,
    '</body></html>',
  ].join('\n');
}

/** A request the server refuses, with its HTTP status. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const parsed: unknown = JSON.parse((await readBody(request)).toString('utf8') || '{}');
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new HttpError(400, 'Expected a JSON object');
  return Object.fromEntries(Object.entries(parsed));
}

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array, extra = {}): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  response.end(body);
}

function sendJson(response: ServerResponse, value: unknown, status = 200): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function field<T>(body: Record<string, unknown>, name: string, guard: (value: unknown) => value is T): T {
  const value = body[name];
  if (!guard(value)) throw new HttpError(400, `Bad or missing field: ${name}`);
  return value;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isPositiveInt = (value: unknown): value is number => Number.isInteger(value) && Number(value) >= 1;
const isLang = (value: unknown): value is PlaygroundLang => value === 'zh' || value === 'en';

function editRequest(body: Record<string, unknown>): EditRequest {
  return {
    sheet: field(body, 'sheet', isString),
    row: field(body, 'row', isPositiveInt),
    column: field(body, 'column', isPositiveInt),
    value: field(body, 'value', isString),
  };
}

/** The request handler over one session; exported so tests can drive it without a socket. */
function createHandler(
  session: PlaygroundSession,
  page: { script: string; style: string },
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const html = pageHtml(page);
  return async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const route = `${request.method ?? 'GET'} ${url.pathname}`;
      // DNS rebinding: another site's name pointed at 127.0.0.1 arrives with its own Host header.
      if (!/^(?:127\.0\.0\.1|localhost)(?::\d+)?$/u.test(request.headers.host ?? ''))
        throw new HttpError(403, 'Bad Host');
      // A page on another site could post simple forms to 127.0.0.1; it cannot add this header without a preflight.
      if (request.method === 'POST' && request.headers['x-playground'] !== '1')
        throw new HttpError(403, 'Missing header');
      switch (route) {
        case 'GET /':
          return send(response, 200, 'text/html; charset=utf-8', html);
        case 'GET /sidebar':
        case 'GET /dialog': {
          const content = session.htmlContent(
            url.pathname === '/sidebar' ? 'sidebar' : 'dialog',
            Number(url.searchParams.get('id')),
          );
          if (content === null) throw new HttpError(404, 'Not open');
          return send(response, 200, 'text/html; charset=utf-8', injectShim(content));
        }
        case 'GET /favicon.ico':
          return send(response, 204, 'image/x-icon', '');
        case 'GET /api/state':
          return sendJson(response, session.state());
        case 'POST /api/edit':
          session.edit(editRequest(await readJson(request)));
          return sendJson(response, session.state());
        case 'POST /api/menu':
          session.runMenu(field(await readJson(request), 'functionName', isString));
          return sendJson(response, session.state());
        case 'POST /api/run': {
          const revived = reviveArgs((await readBody(request)).toString('utf8'));
          if (typeof revived !== 'object' || revived === null || !('functionName' in revived) || !('args' in revived)) {
            throw new HttpError(400, 'Expected { functionName, args }');
          }
          const { functionName, args } = revived;
          if (typeof functionName !== 'string' || !Array.isArray(args)) throw new HttpError(400, 'Bad run request');
          return sendJson(response, session.run(functionName, args));
        }
        case 'POST /api/close-sidebar':
          session.closeSidebar();
          return sendJson(response, session.state());
        case 'POST /api/reset':
          session.reset();
          return sendJson(response, session.state());
        case 'POST /api/lang':
          session.setLang(field(await readJson(request), 'lang', isLang));
          return sendJson(response, session.state());
        case 'POST /api/import': {
          const name = url.searchParams.get('name') ?? '';
          const read = await readUpload(name, await readBody(request));
          if (!read.ok) return sendJson(response, { ok: false, issue: read.issue, detail: read.detail }, 400);
          session.importRows(read.rows);
          return sendJson(response, session.state());
        }
        case 'GET /api/export': {
          const bytes = await writeXlsx(session.exportSheets());
          return send(response, 200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes, {
            'Content-Disposition': 'attachment; filename="customer-tiers-playground.xlsx"',
          });
        }
        default:
          throw new HttpError(404, `No route: ${route}`);
      }
    } catch (error) {
      const status =
        error instanceof HttpError
          ? error.status
          : error instanceof SyntaxError || error instanceof PlaygroundRequestError
            ? 400
            : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500) console.error(error);
      if (!response.headersSent) sendJson(response, { ok: false, error: message }, status);
    }
  };
}

/** A running playground server. */
export interface RunningPlayground {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** The one-line message for a port another program holds. */
export function portTakenMessage(port: number): string {
  return `Port ${port} is already in use. Stop the other program or choose another port: PORT=${port + 1} npm start`;
}

/**
 * Starts the server on 127.0.0.1:`port` (0 = any free port). Rejects with portTakenMessage when the port is taken.
 */
export async function startPlayground(session: PlaygroundSession, port: number): Promise<RunningPlayground> {
  const handler = createHandler(session, await bundlePage());
  const server = createServer((request, response) => void handler(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(portTakenMessage(port)) : error);
    });
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    server,
    close: () => new Promise<void>((resolve, reject) => server.close(error => (error ? reject(error) : resolve()))),
  };
}
