// Option and record types of the Emulator (construction, addSheet, execution log, snapshots).

import type { ExecutionCost } from './cost/meter.ts';
import type { AuthMode, ExecutionKind } from './runtime.ts';
import type { CellValue } from './values.ts';

/** Construction options. */
export interface EmulatorOptions {
  /** Spreadsheet locale and (unless userLocale) Session.getActiveUserLocale(): 'zh_CN' | 'en_US'. Default en_US. */
  readonly locale?: string;
  readonly userLocale?: string;
  /** The spreadsheet's time zone (File > Settings). Default Asia/Shanghai. */
  readonly timeZone?: string;
  /**
   * The script's time zone: Session.getScriptTimeZone() and the zone of `Date` in the bundle. Default: the timeZone of
   * `${distDir}/appsscript.json`, else `timeZone`.
   */
  readonly scriptTimeZone?: string;
  /** Where createHtmlOutputFromFile reads NAME.html. Default 'dist'. */
  readonly distDir?: string;
  /** The clock (default: real time). Utilities.sleep and lock waits advance it further. */
  readonly now?: () => Date;
  readonly userEmail?: string;
  /** Title of createAddonMenu() menus. Default 'Customer Tiers'. */
  readonly addonName?: string;
  readonly spreadsheetName?: string;
  /** Start with one empty sheet of this name (default 'Sheet1'); null starts with none (add them with addSheet). */
  readonly firstSheet?: string | null;
}

/** One recorded execution, like a line of Apps Script's execution log. */
export interface ExecutionRecord {
  readonly id: number;
  readonly kind: ExecutionKind;
  readonly authMode: AuthMode;
  readonly functionName: string;
  readonly status: 'completed' | 'failed';
  readonly error?: { readonly name: string; readonly message: string };
  readonly triggerUid?: string;
  /** Estimated seconds on Apps Script at typical figures (README "Cost model"); `cost` has the parts and low/high. */
  readonly estimatedSeconds?: number;
  readonly cost?: ExecutionCost;
}

/** A deep copy of a sheet's content for before/after diffs. */
export interface SheetSnapshot {
  readonly values: CellValue[][];
  readonly formulas: string[][];
  readonly backgrounds: string[][];
  readonly notes: string[][];
  readonly fontWeights: string[][];
  readonly numberFormats: string[][];
}

/** Options of addSheet. */
export interface AddSheetOptions {
  /** Store strings verbatim instead of reading them as Sheets would ('1,200' -> 1200). '=' text is a formula either way. */
  readonly raw?: boolean;
  readonly maxRows?: number;
  readonly maxColumns?: number;
  readonly index?: number;
}
