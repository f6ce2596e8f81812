// Runs the core engine in the browser for the what-if preview: the same `classify` the server uses, on the
// table fetched once (dates arrive as 'yyyy-MM-dd' text, which the engine reads like Date cells).
import { classify } from '../core/classify.ts';
import type { Settings } from '../core/settings.ts';
import type { WireTable } from './endpoints.ts';
import type { RowOutcome } from './whatif.ts';

/** One row's outcome with the customer's name as the sheet has it. */
export type NamedOutcome = RowOutcome & { readonly name: string };

/** Classifies a table with settings; a seam so tests and the benchmark can count or replace it. */
export type Classifier = (table: WireTable, settings: Settings, today: Date) => readonly NamedOutcome[];

/** The engine's per-row results (status, tier, name, and more), in table order. */
export const classifyRows: Classifier = (table, settings, today) => classify(table, settings, { today }).results;

/**
 * 'yyyy-MM-dd' → that calendar day at local midnight (the engine counts days on the local calendar). Anything
 * else gives the current day, so a malformed `today` from the server cannot break the preview.
 */
export function parseDay(text: string, now: () => Date = () => new Date()): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (!m) return now();
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return date.getDate() === Number(m[3]) ? date : now();
}
