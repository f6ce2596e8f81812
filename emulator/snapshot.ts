// Deep copies of a sheet's content for before/after diffs in tests.

import type { SheetSnapshot } from './emulator-types.ts';
import type { SheetModel } from './model.ts';
import { isDate } from './values.ts';

/** Values, formulas, backgrounds, notes, font weights and number formats over the sheet's used area (data or attributes). */
export function snapshotSheet(sheet: SheetModel): SheetSnapshot {
  let rows = sheet.lastRow();
  let columns = sheet.lastColumn();
  for (const map of sheet.cellMaps()) {
    for (const [r, c] of map.entries()) {
      rows = Math.max(rows, r);
      columns = Math.max(columns, c);
    }
  }
  const grid = <T>(fn: (r: number, c: number) => T): T[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => fn(r + 1, c + 1)));
  return {
    values: grid((r, c) => {
      const v = sheet.getValue(r, c);
      return isDate(v) ? new Date(v.getTime()) : v;
    }),
    formulas: grid((r, c) => sheet.formulas.get(r, c) ?? ''),
    backgrounds: grid((r, c) => sheet.backgrounds.get(r, c) ?? '#ffffff'),
    notes: grid((r, c) => sheet.notes.get(r, c) ?? ''),
    fontWeights: grid((r, c) => sheet.fontWeights.get(r, c) ?? 'normal'),
    numberFormats: grid((r, c) => sheet.numberFormats.get(r, c) ?? 'General'),
  };
}
