// Public entry of the emulator: the Emulator class and the types tests and the playground use.

export type { GridRect } from './a1.ts';
export { columnToLetters, parseA1, rectToA1 } from './a1.ts';
export type { AddSheetOptions, EmulatorOptions, ExecutionRecord, SheetSnapshot } from './emulator-types.ts';
export type { BundleHandle, EditResult, ScriptRunResult } from './executions.ts';
export { Emulator } from './executions.ts';
export type { EffectiveFormat } from './formula/conditional.ts';
export type { ChartModel, RuleModel, SheetModel, WorkbookModel } from './model.ts';
export type { AuthMode, CallCounter, ExecutionKind } from './runtime.ts';
export { PROPERTY_STORE_LIMIT, PROPERTY_VALUE_LIMIT } from './services/properties.ts';
export type { AlertRecord, DialogRecord, MenuEntry, MenuRecord, UiLog } from './services/ui.ts';
export type { CellValue } from './values.ts';
