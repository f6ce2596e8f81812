// A small graded table for the report tests: the Factory preset run through the same pipeline as Recompute.

import type { HistoryRecord } from '../../../src/core/history/record.ts';
import { type TieredTable, tierSheetValues } from '../../../src/core/pipeline.ts';
import { defaultSettings } from '../../../src/core/presets.ts';
import type { Settings } from '../../../src/core/settings.ts';
import { dailyBaselines, utcKey } from './fixtures.ts';

export const TODAY = '2026-11-26';

/** Acme A, Bolt B, Beta B, Gamma C, one blank row, and Typo with an unreadable revenue cell. */
export const TABLE = [
  ['Customer', 'Revenue', 'Profit', 'Overdue days'],
  ['Acme', 2_000_000, 400_000, 0],
  ['Beta', 600_000, 90_000, 10],
  ['Bolt', 650_000, 95_000, 5],
  ['Gamma', 150_000, 20_000, 30],
  ['', '', '', ''],
  ['Typo', 'three', 9_000, 45],
];

export function graded(
  settings: Settings = defaultSettings('factory', 'en'),
  history: readonly HistoryRecord[] = [],
  table: readonly (readonly unknown[])[] = TABLE,
): TieredTable {
  const result = tierSheetValues(table, settings, {
    today: new Date(`${TODAY}T00:00:00Z`),
    todayKey: TODAY,
    dateKey: utcKey,
    baselines: dailyBaselines(history, TODAY),
    lang: 'en',
  });
  if (!result.ok) throw new Error('fixture table not found');
  return result.value;
}
