// What the spreadsheet service classes share: the runtime, the workbook model, and factories that hand out exposed
// (counted, strict) service objects, so classes do not import each other in a cycle.

import type { GridRect } from '../a1.ts';
import type { Change, SheetModel, WorkbookModel } from '../model.ts';
import type { Runtime } from '../runtime.ts';
import type { EmuRange } from './range.ts';
import type { EmuSheet } from './sheet.ts';
import type { EmuSpreadsheet } from './spreadsheet.ts';

/** @internal Shared by the spreadsheet service classes. */
export interface SheetsContext {
  readonly rt: Runtime;
  readonly wb: WorkbookModel;
  /** Recalculates custom-function formulas if a write made them stale (reads see current results, as in Sheets). */
  beforeRead(): void;
  /** Records a write so formulas depending on it recalculate; no argument = anything may have changed. */
  afterWrite(change?: Change): void;
  spreadsheet(): EmuSpreadsheet;
  sheet(model: SheetModel): EmuSheet;
  range(model: SheetModel, rect: GridRect): EmuRange;
}

/** @internal Throws the 'Range not found'-style error when a sheet was deleted under a held object. */
export function assertLiveSheet(ctx: SheetsContext, sheet: SheetModel): void {
  if (!ctx.wb.sheets.includes(sheet)) throw ctx.rt.error('The sheet has been deleted.');
}
