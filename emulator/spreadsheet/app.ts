// The SpreadsheetApp global: the active spreadsheet and sheet, getUi, flush and the rule builders and enums.

import type { Access } from '../runtime.ts';
import type { EmuUi } from '../services/ui.ts';
import { BooleanCriteria, EmuConditionalFormatRuleBuilder } from './conditional-format.ts';
import type { SheetsContext } from './context.ts';
import type { EmuSheet } from './sheet.ts';
import type { EmuSpreadsheet } from './spreadsheet.ts';
import { DataValidationCriteria, EmuDataValidationBuilder } from './validation.ts';

/** @internal Access rules of SpreadsheetApp methods. */
export function spreadsheetAppAccess(method: string): Access {
  if (method === 'getUi') return 'ui-entry';
  if (method === 'flush' || method.startsWith('new')) return 'free';
  return 'read';
}

/** SpreadsheetApp. */
export class EmuSpreadsheetApp {
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly WrapStrategy = Object.freeze({ WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' });

  constructor(
    readonly _ctx: SheetsContext,
    readonly _ui: () => EmuUi,
    readonly _flush: () => void,
  ) {}

  getActive(): EmuSpreadsheet {
    return this._ctx.spreadsheet();
  }
  getActiveSpreadsheet(): EmuSpreadsheet {
    return this._ctx.spreadsheet();
  }
  getActiveSheet(): EmuSheet {
    const m = this._ctx.wb.activeSheet();
    if (!m) throw this._ctx.rt.error('Emulator: the workbook has no sheets');
    return this._ctx.sheet(m);
  }
  getUi(): EmuUi {
    return this._ui();
  }
  /** Applies pending changes: recalculates custom-function formulas made stale by writes. */
  flush(): void {
    this._flush();
  }
  newConditionalFormatRule(): EmuConditionalFormatRuleBuilder {
    return EmuConditionalFormatRuleBuilder._expose(this._ctx);
  }
  newDataValidation(): EmuDataValidationBuilder {
    return EmuDataValidationBuilder._expose(this._ctx);
  }
}
