// The page's calls to the playground server: one function per endpoint, each resolving to the new state or
// throwing an Error with the server's message.
import type { EditRequest, PlaygroundLang, PlaygroundState } from '../protocol.ts';

async function call(path: string, init: RequestInit = {}): Promise<PlaygroundState> {
  const response = await fetch(path, init);
  const body: unknown = await response.json();
  if (!response.ok) {
    const message = typeof body === 'object' && body !== null && 'error' in body ? String(body.error) : '';
    const issue = typeof body === 'object' && body !== null && 'issue' in body ? String(body.issue) : '';
    throw new Error(message || issue || `HTTP ${response.status}`);
  }
  if (!isState(body)) throw new Error('Unexpected answer from the playground server');
  return body;
}

function isState(value: unknown): value is PlaygroundState {
  return typeof value === 'object' && value !== null && 'sheets' in value && 'revision' in value;
}

function post(path: string, body: unknown): Promise<PlaygroundState> {
  return call(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Playground': '1' },
    body: JSON.stringify(body),
  });
}

/** GET the whole state (and the UI events since the last call). */
export const fetchState = (): Promise<PlaygroundState> => call('/api/state');
/** A user typing into one cell. */
export const editCell = (request: EditRequest): Promise<PlaygroundState> => post('/api/edit', request);
/** Runs a menu item's function. */
export const runMenu = (functionName: string): Promise<PlaygroundState> => post('/api/menu', { functionName });
/** Starts over on the sample workbook. */
export const reset = (): Promise<PlaygroundState> => post('/api/reset', {});
/** Switches the user's locale (a fresh workbook in that language). */
export const switchLang = (lang: PlaygroundLang): Promise<PlaygroundState> => post('/api/lang', { lang });
/** Closes the sidebar. */
export const closeSidebar = (): Promise<PlaygroundState> => post('/api/close-sidebar', {});

/** Uploads a CSV or XLSX file into the customer sheet. */
export async function importFile(file: File): Promise<PlaygroundState> {
  return call(`/api/import?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', 'X-Playground': '1' },
    body: await file.arrayBuffer(),
  });
}
