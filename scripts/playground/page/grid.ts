// The spreadsheet grid: column letters, row numbers, each cell's shown value and colour, a sticky frozen header,
// selection with the keyboard and in-cell editing (double-click, Enter/F2, or just type).
import type { PlaygroundLang, SheetState } from '../protocol.ts';
import { chartFigure } from './charts.ts';
import { columnLetters, el } from './dom.ts';
import { word } from './words.ts';

/** Called when the user commits an edit (1-based row and column). */
export type CommitEdit = (row: number, column: number, value: string) => void;

/** Called when the selection moves: the cell's A1 name and what it holds (its formula, else its whole text). */
export type SelectionChange = (name: string, content: string) => void;

const ROW_HEIGHT = 24;
const MIN_COLUMNS = 8;
const MIN_ROWS = 30;

/** A grid bound to one container element; `show` redraws it for a sheet. */
export class Grid {
  private sheet: SheetState | null = null;
  private selected = { row: 1, column: 1 };
  private editor: { readonly input: HTMLInputElement; readonly row: number; readonly column: number } | null = null;
  /** True while show() moves an open editor into the redrawn grid (its blur then is not the user leaving it). */
  private redrawing = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly commit: CommitEdit,
    private readonly selectionChanged: SelectionChange = () => undefined,
  ) {
    container.tabIndex = 0;
    container.addEventListener('keydown', event => this.onKey(event));
  }

  /** Draws `sheet`, keeping the scroll position and the selection. */
  show(sheet: SheetState, lang: PlaygroundLang): void {
    // An editor opened while an earlier edit was on its way (typing right after Tab) survives the redraw.
    const open = this.sheet?.name === sheet.name ? this.editor : null;
    if (this.sheet?.name !== sheet.name) this.selected = { row: 1, column: 1 };
    this.sheet = sheet;
    this.editor = null;
    // Room for each chart right and below its anchor cell (a chart covers about 5 columns and 13 rows).
    const width = Math.max(MIN_COLUMNS, sheet.display[0]?.length ?? 0, ...sheet.charts.map(c => c.anchor.column + 5));
    const height = Math.max(MIN_ROWS, sheet.display.length + 5, ...sheet.charts.map(c => c.anchor.row + 13));
    const head = el('tr', {}, [
      el('td', { class: 'corner' }), // heads nothing: a th here would be an empty header to a screen reader
      ...range(width).map(c => el('th', {}, [columnLetters(c)])),
    ]);
    const rows = range(height).map(r => this.row(sheet, r, width));
    const table = el('table', { class: 'grid', 'data-sheet': sheet.name }, [
      el('thead', {}, [head]),
      el('tbody', {}, rows),
    ]);
    const more =
      sheet.hiddenRows > 0
        ? el('p', { class: 'more' }, [word('moreRows', lang).replace('{n}', String(sheet.hiddenRows))])
        : null;
    const scroll = { top: this.container.scrollTop, left: this.container.scrollLeft };
    this.redrawing = true;
    try {
      this.container.replaceChildren(table, ...(more ? [more] : []));
    } finally {
      this.redrawing = false;
    }
    // Charts float over the grid from their anchor cell, as in Sheets.
    for (const chart of sheet.charts) this.cellAt(chart.anchor.row, chart.anchor.column)?.append(chartFigure(chart));
    this.container.scrollTop = scroll.top;
    this.container.scrollLeft = scroll.left;
    this.markSelection();
    const cell = open ? this.cellAt(open.row, open.column) : null;
    if (open && cell) {
      cell.append(open.input);
      this.editor = open;
      open.input.focus();
    }
  }

  private row(sheet: SheetState, r: number, width: number): HTMLTableRowElement {
    const frozen = r <= sheet.frozenRows;
    const cells = range(width).map(c => {
      const text = sheet.display[r - 1]?.[c - 1] ?? '';
      const formula = sheet.formulas[r - 1]?.[c - 1] ?? '';
      const background = sheet.backgrounds[r - 1]?.[c - 1] ?? null;
      const note = sheet.notes[`${r}:${c}`];
      // A long text is cut at the column's edge: its tooltip (and the formula bar) shows all of it.
      const td = el('td', { 'data-cell': `${r}:${c}`, title: note ?? (formula || (text.length > 12 ? text : '')) }, [
        text,
      ]);
      if (background !== null) td.style.backgroundColor = background;
      if (/^-?[\d.,]+%?$/u.test(text)) td.classList.add('number');
      if (note !== undefined) td.classList.add('has-note');
      td.addEventListener('mousedown', () => this.select(r, c));
      td.addEventListener('dblclick', () => this.startEdit(formula || text));
      return td;
    });
    const tr = el('tr', { class: frozen ? 'frozen' : '' }, [el('th', {}, [String(r)]), ...cells]);
    // Frozen rows stick under the column letters, one row height each.
    if (frozen) tr.style.top = `${ROW_HEIGHT * r}px`;
    return tr;
  }

  private select(row: number, column: number): void {
    this.selected = { row: Math.max(1, row), column: Math.max(1, column) };
    this.markSelection();
    this.container.focus();
  }

  private cellAt(row: number, column: number): HTMLTableCellElement | null {
    return this.container.querySelector(`td[data-cell="${row}:${column}"]`);
  }

  private markSelection(): void {
    for (const old of this.container.querySelectorAll('td.selected')) old.classList.remove('selected');
    const cell = this.cellAt(this.selected.row, this.selected.column);
    cell?.classList.add('selected');
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const { row, column } = this.selected;
    this.selectionChanged(`${columnLetters(column)}${row}`, this.currentInput());
  }

  private currentInput(): string {
    const { row, column } = this.selected;
    const formula = this.sheet?.formulas[row - 1]?.[column - 1] ?? '';
    return formula || (this.sheet?.display[row - 1]?.[column - 1] ?? '');
  }

  private startEdit(initial: string): void {
    const cell = this.cellAt(this.selected.row, this.selected.column);
    if (!cell || this.editor) return;
    const { row, column } = this.selected;
    const input = el('input', { class: 'editor', 'aria-label': `${columnLetters(column)}${row}` });
    input.value = initial;
    let done = false;
    const finish = (save: boolean, move: { dr: number; dc: number }) => {
      if (done) return;
      done = true;
      this.editor = null;
      input.remove();
      this.select(row + move.dr, column + move.dc);
      if (save) this.commit(row, column, input.value);
    };
    input.addEventListener('keydown', event => {
      event.stopPropagation();
      if (event.key === 'Enter') finish(true, { dr: 1, dc: 0 });
      else if (event.key === 'Tab') {
        event.preventDefault();
        finish(true, { dr: 0, dc: 1 });
      } else if (event.key === 'Escape') finish(false, { dr: 0, dc: 0 });
    });
    input.addEventListener('blur', () => {
      if (this.redrawing || document.activeElement === input) return;
      finish(true, { dr: 0, dc: 0 });
    });
    this.editor = { input, row, column };
    cell.append(input);
    input.focus();
  }

  private onKey(event: KeyboardEvent): void {
    if (this.editor) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      this.select(this.selected.row + move[0], this.selected.column + move[1]);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      this.startEdit(this.currentInput());
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      this.commit(this.selected.row, this.selected.column, '');
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.startEdit(event.key);
    }
  }
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
