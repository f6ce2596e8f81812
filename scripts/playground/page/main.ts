// The playground page: a spreadsheet-like view of the emulated workbook (tabs, grid, colours, frozen header), the
// add-on's Extensions menu as onOpen registered it, its toasts/alerts/dialogs, and its real sidebar in a 300 px
// panel. Every action goes to the server, which runs the add-on in the emulator, and the page redraws from the answer.
import './page.css';
import { PLAYGROUND_WORDS } from '../../../src/core/wording/playground.ts';
import type { PlaygroundLang, PlaygroundState, UiEvent } from '../protocol.ts';
import * as api from './api.ts';
import { byId, el } from './dom.ts';
import { Grid } from './grid.ts';
import { word } from './words.ts';

let state: PlaygroundState | null = null;
let currentSheet = '';
let lastActiveSheet = '';
let shownSidebar: number | null = null;
const MAX_TOASTS = 3;

const app = byId('app', HTMLDivElement);
app.replaceChildren(
  el('header', { class: 'toolbar' }, [
    el('h1', { id: 'title' }),
    el('div', { class: 'menu' }, [
      el('button', { id: 'menu-button', type: 'button', 'aria-haspopup': 'true', 'aria-expanded': 'false' }),
      el('div', { id: 'menu-list', class: 'menu-list', role: 'menu', hidden: true }),
    ]),
    el('span', { class: 'spacer' }),
    el('label', { id: 'lang-label' }, [
      el('span', { id: 'lang-word' }),
      el('select', { id: 'lang' }, [
        el('option', { value: 'zh' }, [PLAYGROUND_WORDS.languageNames.zh]),
        el('option', { value: 'en' }, [PLAYGROUND_WORDS.languageNames.en]),
      ]),
    ]),
    el('button', { id: 'reset', type: 'button' }),
    el('label', { id: 'import-label', class: 'button' }, [
      el('span', { id: 'import-word' }),
      el('input', { id: 'import', type: 'file', accept: '.csv,.xlsx', hidden: true }),
    ]),
    el('a', { id: 'export', class: 'button', href: '/api/export', download: 'customer-tiers-playground.xlsx' }),
  ]),
  el('p', { id: 'status', role: 'status' }),
  // As in Sheets: the selected cell's name and its whole content (a long text or a formula as typed).
  // A labelled region, so no content sits outside a landmark (screen readers navigate by them).
  el('section', { id: 'formula-row', class: 'formula-row' }, [
    el('span', { id: 'cell-name', class: 'cell-name' }),
    el('input', { id: 'formula-bar', class: 'formula-bar', readonly: true, 'aria-label': 'fx' }),
  ]),
  el('main', { class: 'body' }, [
    el('div', { class: 'sheet-area' }, [
      el('div', { id: 'grid', class: 'grid-scroll' }),
      el('nav', { id: 'tabs', class: 'tabs' }),
    ]),
    el('aside', { id: 'sidebar', class: 'sidebar', hidden: true }, [
      el('div', { class: 'sidebar-head' }, [
        el('span', { id: 'sidebar-title' }),
        el('button', { id: 'sidebar-close', type: 'button', 'aria-label': 'Close' }, ['×']),
      ]),
      el('iframe', { id: 'sidebar-frame', title: 'Sidebar' }),
    ]),
  ]),
  el('div', { id: 'toasts', class: 'toasts', 'aria-live': 'polite' }),
  el('div', { id: 'modal', class: 'modal-backdrop', hidden: true }),
);

const grid = new Grid(
  byId('grid', HTMLDivElement),
  (row, column, value) => {
    void act(() => api.editCell({ sheet: currentSheet, row, column, value }));
  },
  (name, content) => {
    byId('cell-name', HTMLSpanElement).textContent = name;
    byId('formula-bar', HTMLInputElement).value = content;
  },
);

/** Runs a server action, redraws from its answer, and turns a failure into an error box. */
async function act(action: () => Promise<PlaygroundState>): Promise<void> {
  const status = byId('status', HTMLParagraphElement);
  status.textContent = word('working', lang());
  document.body.classList.add('busy');
  try {
    render(await action());
  } catch (error) {
    showModal('error', word('error', lang()), error instanceof Error ? error.message : String(error));
  } finally {
    document.body.classList.remove('busy');
    status.textContent = word('hint', lang());
  }
}

function lang(): PlaygroundLang {
  return state?.lang ?? 'zh';
}

function render(next: PlaygroundState): void {
  state = next;
  document.documentElement.lang = next.lang;
  byId('title', HTMLElement).textContent = word('title', next.lang);
  document.title = word('title', next.lang);
  byId('formula-row', HTMLElement).setAttribute('aria-label', word('formulaBar', next.lang));
  byId('lang-word', HTMLSpanElement).textContent = `${word('language', next.lang)} `;
  byId('lang', HTMLSelectElement).value = next.lang;
  byId('reset', HTMLButtonElement).textContent = word('reset', next.lang);
  byId('import-word', HTMLSpanElement).textContent = word('import', next.lang);
  byId('export', HTMLAnchorElement).textContent = word('export', next.lang);
  byId('menu-button', HTMLButtonElement).textContent = `${word('extensions', next.lang)} ▾`;
  byId('sidebar-close', HTMLButtonElement).setAttribute('aria-label', word('close', next.lang));
  renderMenu(next);
  // Follow the add-on when it activates another sheet (as Sheets does), else stay on the tab the user chose.
  if (next.activeSheet !== lastActiveSheet || !next.sheets.some(sheet => sheet.name === currentSheet)) {
    currentSheet = next.activeSheet;
    lastActiveSheet = next.activeSheet;
  }
  renderTabs(next);
  const sheet = next.sheets.find(s => s.name === currentSheet);
  if (sheet) grid.show(sheet, next.lang);
  renderSidebar(next);
  for (const event of next.events) showEvent(event);
}

function renderMenu(next: PlaygroundState): void {
  const list = byId('menu-list', HTMLDivElement);
  const items = next.menu.items.map(item =>
    'separator' in item
      ? el('hr')
      : el('button', { type: 'button', role: 'menuitem', 'data-function': item.functionName }, [item.caption]),
  );
  list.replaceChildren(el('div', { class: 'menu-title' }, [next.menu.title]), ...items);
}

function renderTabs(next: PlaygroundState): void {
  const tabs = next.sheets.map(sheet =>
    el(
      'button',
      { type: 'button', class: sheet.name === currentSheet ? 'tab active' : 'tab', 'data-sheet': sheet.name },
      [sheet.name],
    ),
  );
  byId('tabs', HTMLElement).replaceChildren(...tabs);
}

function renderSidebar(next: PlaygroundState): void {
  const panel = byId('sidebar', HTMLElement);
  document.body.classList.toggle('with-sidebar', next.sidebar !== null);
  if (next.sidebar === null) {
    panel.hidden = true;
    shownSidebar = null;
    return;
  }
  panel.hidden = false;
  byId('sidebar-title', HTMLSpanElement).textContent = next.sidebar.title;
  if (shownSidebar !== next.sidebar.id) {
    shownSidebar = next.sidebar.id;
    byId('sidebar-frame', HTMLIFrameElement).src = `/sidebar?id=${next.sidebar.id}`;
  }
}

function showEvent(event: UiEvent): void {
  if (event.kind === 'toast') {
    const toast = el('div', { class: 'toast', role: 'status' }, [
      event.title ? el('strong', {}, [event.title]) : null,
      el('span', {}, [event.message]),
    ]);
    const stack = byId('toasts', HTMLDivElement);
    stack.append(toast);
    // Sheets shows one toast at a time; keep the newest few rather than a column that covers the page.
    while (stack.childElementCount > MAX_TOASTS) stack.firstElementChild?.remove();
    setTimeout(() => toast.remove(), 8000);
  } else if (event.kind === 'dialog') {
    showModal('dialog', event.title, '', `/dialog?id=${event.id}`);
  } else {
    showModal(event.kind, event.title, event.message);
  }
}

function showModal(kind: 'alert' | 'error' | 'dialog', title: string, message: string, frameUrl?: string): void {
  const modal = byId('modal', HTMLDivElement);
  const ok = el('button', { type: 'button', class: 'modal-ok' }, [
    frameUrl ? word('close', lang()) : word('ok', lang()),
  ]);
  const box = el(
    'div',
    { class: `modal ${kind}`, role: kind === 'dialog' ? 'dialog' : 'alertdialog', 'aria-label': title },
    [
      title ? el('h2', {}, [title]) : null,
      message ? el('p', { class: 'modal-message' }, [message]) : null,
      frameUrl ? el('iframe', { class: 'dialog-frame', src: frameUrl, title }) : null,
      el('div', { class: 'modal-buttons' }, [ok]),
    ],
  );
  ok.addEventListener('click', () => {
    box.remove();
    modal.hidden = modal.childElementCount === 0;
  });
  modal.append(box);
  modal.hidden = false;
  ok.focus();
}

byId('menu-button', HTMLButtonElement).addEventListener('click', () => toggleMenu());
byId('menu-list', HTMLDivElement).addEventListener('click', event => {
  const target = event.target instanceof HTMLElement ? event.target.closest('button[data-function]') : null;
  const functionName = target?.getAttribute('data-function');
  if (!functionName) return;
  toggleMenu(false);
  void act(() => api.runMenu(functionName));
});
document.addEventListener('click', event => {
  if (event.target instanceof Node && !byId('menu-list', HTMLDivElement).parentElement?.contains(event.target))
    toggleMenu(false);
});

function toggleMenu(open?: boolean): void {
  const list = byId('menu-list', HTMLDivElement);
  const show = open ?? list.hidden;
  list.hidden = !show;
  byId('menu-button', HTMLButtonElement).setAttribute('aria-expanded', String(show));
}

byId('tabs', HTMLElement).addEventListener('click', event => {
  const tab = event.target instanceof HTMLElement ? event.target.closest('button[data-sheet]') : null;
  const name = tab?.getAttribute('data-sheet');
  if (!name || !state) return;
  currentSheet = name;
  render({ ...state, events: [] });
});
byId('lang', HTMLSelectElement).addEventListener('change', event => {
  const value = event.target instanceof HTMLSelectElement ? event.target.value : '';
  if (value === 'zh' || value === 'en') void act(() => api.switchLang(value));
});
byId('reset', HTMLButtonElement).addEventListener('click', () => void act(api.reset));
byId('import', HTMLInputElement).addEventListener('change', event => {
  const input = event.target instanceof HTMLInputElement ? event.target : null;
  const file = input?.files?.[0];
  if (!input || !file) return;
  void act(() => api.importFile(file)).finally(() => {
    input.value = '';
  });
});
byId('sidebar-close', HTMLButtonElement).addEventListener('click', () => void act(api.closeSidebar));

// The sidebar's shim says when a google.script.run call finished (the sheet may have changed) or asks to close.
window.addEventListener('message', event => {
  if (event.origin !== window.location.origin || typeof event.data !== 'object' || event.data === null) return;
  const kind: unknown = 'playground' in event.data ? event.data.playground : undefined;
  if (kind === 'changed') void act(api.fetchState);
  if (kind === 'close') void act(api.closeSidebar);
});

void act(api.fetchState);
