// The "Service plan" sheet as cells. A hidden data block (right of the visible area) holds every open item; the
// visible area shows the title, the salesperson picker (B2), the counts per salesperson and the items of the picked
// salesperson, re-rendered from the data block when the picker changes. Pure: the adapter writes what this returns.
import type { Day } from '../days.ts';
import { literalText } from '../layout.ts';
import type { Lang } from '../locale.ts';
import type { Settings } from '../settings-schema.ts';
import { SERVICE_PLAN_WORDS as W } from '../wording/service-plan.ts';
import { openText, type PlanItem, planCounts } from './due.ts';

/** Columns of the visible area (A:H) and where the picker and the counts start. */
export const PLAN_COLUMNS = 8;
export const PICK_ROW = 2;
export const PICK_COLUMN = 2;
/** First row rewritten when the picker changes: the counts block's header. */
export const BODY_ROW = 4;
/** The hidden data block: its first column (J, one blank column after the visible area) and width. */
export const DATA_COLUMN = PLAN_COLUMNS + 2;
export const DATA_COLUMNS = 9;
/** Marks the data block's first cell, so a block that is not ours is never read as items. */
const DATA_MARK = 'customerTiers.servicePlan.v1';

/** One item as the sheet shows it, words already in the user's language. */
export type PlanRow = {
  readonly salesperson: string;
  readonly customer: string;
  readonly tierIndex: number;
  readonly tier: string;
  readonly benefit: string;
  readonly open: string;
  readonly period: string;
  readonly daysLeft: number;
  /** The customer's row on the customer table. */
  readonly row: number;
};

/** Everything the visible area is drawn from: the items and where the customer table is (its sheet id). */
export type PlanData = { readonly asOf: Day; readonly gid: number; readonly rows: readonly PlanRow[] };

/** Items in words, in their order. */
export function planRows(items: readonly PlanItem[], settings: Settings, lang: Lang): PlanRow[] {
  return items.map(item => ({
    salesperson: item.salesperson,
    customer: item.customer,
    tierIndex: item.tier,
    tier: settings.tiers[item.tier]?.name ?? '',
    benefit: item.benefit.label[lang],
    open: openText(item, settings.currency, lang),
    period: item.period.label[lang],
    daysLeft: item.daysLeft,
    row: item.row,
  }));
}

/** The hidden data block: a header row (mark, sheet id, day), then one row per item. Text is written as text. */
export function dataBlock(data: PlanData): (string | number)[][] {
  const head: (string | number)[] = [DATA_MARK, data.gid, literalText(data.asOf), '', '', '', '', '', ''];
  const rows = data.rows.map(r => [
    ...[r.salesperson, r.customer].map(literalText),
    r.tierIndex,
    ...[r.tier, r.benefit, r.open, r.period].map(literalText),
    r.daysLeft,
    r.row,
  ]);
  return [head, ...rows];
}

/** The data block read back (getValues), or null when it is not the add-on's. Rows that do not read are skipped. */
export function readDataBlock(values: readonly (readonly unknown[])[]): PlanData | null {
  const [head, ...body] = values;
  if (!head || head[0] !== DATA_MARK) return null;
  const text = (cell: unknown) => (cell == null ? '' : String(cell));
  const whole = (cell: unknown) => (typeof cell === 'number' && Number.isInteger(cell) ? cell : null);
  const rows: PlanRow[] = [];
  for (const r of body) {
    const tierIndex = whole(r[2]);
    const daysLeft = whole(r[7]);
    const row = whole(r[8]);
    if (tierIndex === null || daysLeft === null || row === null) continue;
    rows.push({
      salesperson: text(r[0]),
      customer: text(r[1]),
      tierIndex,
      tier: text(r[3]),
      benefit: text(r[4]),
      open: text(r[5]),
      period: text(r[6]),
      daysLeft,
      row,
    });
  }
  return { asOf: text(head[2]), gid: whole(head[1]) ?? 0, rows };
}

/** The picker's words for a salesperson group: the name, or "(no salesperson)" for customers without one. */
function groupName(salesperson: string, lang: Lang): string {
  return salesperson === '' ? W.noSalesperson[lang] : salesperson;
}

/**
 * The salesperson a picker value stands for: null for everyone (blank, "All" in either language, or a name that is
 * no longer on the list), '' for customers without a salesperson, else the name.
 */
export function pickedSalesperson(pick: unknown, salespeople: readonly string[]): string | null {
  const value = pick == null ? '' : String(pick).trim();
  if (value === '' || value === W.all.zh || value === W.all.en) return null;
  if (value === W.noSalesperson.zh || value === W.noSalesperson.en) return salespeople.includes('') ? '' : null;
  return salespeople.includes(value) ? value : null;
}

/** The visible area from BODY_ROW down, and the rows the picker's dropdown lists and the list's header sits on. */
export type PlanGrid = {
  /** Rows from BODY_ROW, PLAN_COLUMNS wide; text as text, the links as HYPERLINK formulas. */
  readonly body: (string | number)[][];
  /** Sheet rows of the "All" line and each salesperson's (the dropdown's source range). */
  readonly choices: { readonly row: number; readonly count: number };
  /** Sheet row of the items' header. */
  readonly headerRow: number;
  /** What B2 should hold: the picked group as the dropdown lists it, or "All". */
  readonly pick: string;
};

/** The visible area for a picker value: the counts of every salesperson, and the picked one's items only. */
export function planGrid(data: PlanData, pick: unknown, lang: Lang): PlanGrid {
  const counts = planCounts(data.rows);
  const wanted = pickedSalesperson(
    pick,
    counts.map(c => c.salesperson),
  );
  const pad = (cells: (string | number)[]) => [...cells, ...new Array<string>(PLAN_COLUMNS - cells.length).fill('')];
  const soonest = counts.length ? Math.min(...counts.map(c => c.soonest)) : '';
  const total = new Set(data.rows.map(r => `${r.salesperson}\u0000${r.customer}`)).size;
  const countRows = [
    pad(W.countHeaders.map(h => literalText(h[lang]))),
    pad([literalText(W.all[lang]), total, data.rows.length, soonest]),
    ...counts.map(c => pad([literalText(groupName(c.salesperson, lang)), c.customers, c.items, c.soonest])),
  ];
  const shown = wanted === null ? data.rows : data.rows.filter(r => r.salesperson === wanted);
  const itemRows = shown.map(r =>
    pad([
      ...[r.customer, groupName(r.salesperson, lang), r.tier, r.benefit, r.open, r.period].map(literalText),
      r.daysLeft,
      rowLink(data.gid, r.row, lang),
    ]),
  );
  const list = itemRows.length ? itemRows : [pad([literalText(W.nothingOpen[lang])])];
  const body = [...countRows, pad([]), pad(W.headers.map(h => literalText(h[lang]))), ...list];
  return {
    body,
    choices: { row: BODY_ROW + 1, count: counts.length + 1 },
    headerRow: BODY_ROW + countRows.length + 1,
    pick: wanted === null ? W.all[lang] : groupName(wanted, lang),
  };
}

/**
 * A link to the customer's row: built from the sheet id and row number only (integers), never from customer text, so
 * no cell text can reach the formula. Anything else gives the plain row number.
 */
function rowLink(gid: number, row: number, lang: Lang): string | number {
  if (!Number.isSafeInteger(gid) || gid < 0 || !Number.isSafeInteger(row) || row < 1) return row;
  return `=HYPERLINK("#gid=${gid}&range=A${row}","${W.rowLink(row)[lang]}")`;
}

/** Rows 1 and 2: the sheet's title and the day, then the picker's label and value. */
export function planTop(asOf: Day, pick: string, lang: Lang): string[][] {
  return [
    [W.sheet[lang], W.asOf(asOf)[lang]],
    [W.salesperson[lang], pick],
  ].map(row => row.map(literalText));
}
