// What Apps Script calls cost, from published measurements (low / typical / high), and which kind of cost each
// service method has. Sources in emulator/README.md ("Cost model"): tanaikech's benchmarks (2018-10-12 reading and
// writing, 2022-04-25 10,000,000 cells, 2023-05-01 discontinuous cells) and Google's best-practices guide
// (https://developers.google.com/apps-script/guides/support/best-practices). Read off charts: roughly ±10 %.

/** One set of figures, in seconds. */
export interface CostFigures {
  /** Start of each execution (every custom-function call, trigger, menu click, google.script.run). */
  readonly startup: number;
  /** A call that needs a server trip (getName, getLastRow, appendRow, flush, a single-cell get/set, rules…). */
  readonly trip: number;
  /** A call answered in the script (getActiveSheet, getRange, builders, geometry of a range). */
  readonly local: number;
  /** getValues and the other block reads: per call, plus per cell. */
  readonly readCall: number;
  readonly readCell: number;
  /** setValues and other block writes up to `bigWrite` cells: per call. */
  readonly writeCall: number;
  /** Above `bigWrite` cells a write costs per cell instead (100k cells ≈ 5.8 s typical). */
  readonly writeCell: number;
  readonly bigWrite: number;
  readonly propertyRead: number;
  readonly propertyWrite: number;
  /** Apps Script's V8 against Node on the same JavaScript. */
  readonly jsFactor: number;
}

export type CostLevel = 'low' | 'typical' | 'high';

export const COST_FIGURES: Readonly<Record<CostLevel, CostFigures>> = {
  low: {
    startup: 0.3,
    trip: 0.1,
    local: 0.002,
    readCall: 0.1,
    readCell: 4.5e-6,
    writeCall: 0.1,
    writeCell: 20e-6,
    bigWrite: 20_000,
    propertyRead: 0.03,
    propertyWrite: 0.06,
    jsFactor: 1,
  },
  typical: {
    startup: 0.5,
    trip: 0.15,
    local: 0.005,
    readCall: 0.2,
    readCell: 9e-6,
    writeCall: 0.25,
    writeCell: 55e-6,
    bigWrite: 20_000,
    propertyRead: 0.03,
    propertyWrite: 0.06,
    jsFactor: 2,
  },
  high: {
    startup: 1.5,
    trip: 0.3,
    local: 0.01,
    readCall: 0.4,
    readCell: 15e-6,
    writeCall: 0.5,
    writeCell: 80e-6,
    bigWrite: 20_000,
    propertyRead: 0.03,
    propertyWrite: 0.06,
    jsFactor: 4,
  },
};

/** How a call is charged. */
export type CallKind = 'local' | 'trip' | 'blockRead' | 'blockWrite' | 'write' | 'propertyRead' | 'propertyWrite';

// Handles and builders the script holds without asking the server.
const LOCAL =
  /^(?:SpreadsheetApp\.(?:getActive|getActiveSpreadsheet|getActiveSheet|getUi|new\w+)|Spreadsheet\.getActiveSheet|Sheet\.(?:getRange|newChart)|Range\.(?:getRow|getColumn|getNumRows|getNumColumns|getLastRow|getLastColumn|getHeight|getWidth|getA1Notation|getSheet|getCell|offset)|\w*Builder\.\w+|ConditionalFormatRule\.\w+|BooleanCondition\.\w+|DataValidation\.\w+|EmbeddedChart\.\w+|ChartOptions\.\w+|ContainerInfo\.\w+|Menu\.(?!addToUi)\w+|Ui\.createAddonMenu|Ui\.createMenu|PropertiesService\.\w+|CacheService\.\w+|LockService\.\w+|Utilities\.(?!sleep)\w+|Logger\.\w+|HtmlService\.\w+|HtmlOutput\.\w+|Session\.\w+|User\.\w+)$/u;
// Reads and writes of a block of cells: data moves per cell.
const BLOCK_READ =
  /^Range\.get(?:Values|DisplayValues|Formulas|Backgrounds|Notes|NumberFormats|FontWeights|FontColors)$/u;
const BLOCK_WRITE = /^Range\.set(?:Values|Formulas|Backgrounds|Notes|NumberFormats|FontWeights|FontColors|Wraps)$/u;
// Other writes of a range (one format for all its cells, validation, clearing): one write call.
const RANGE_WRITE = /^Range\.(?:set|clear)\w*$/u;
const PROPERTY_READ = /^(?:Properties\.(?:getProperty|getProperties|getKeys)|Cache\.(?:get|getAll))$/u;
const PROPERTY_WRITE = /^(?:Properties\.(?:set|delete)\w*|Cache\.(?:put|putAll|remove|removeAll))$/u;

/** The kind of cost of a 'Class.method' call. Anything not known to stay local is a server trip. */
export function callKind(key: string): CallKind {
  if (BLOCK_READ.test(key)) return 'blockRead';
  if (BLOCK_WRITE.test(key)) return 'blockWrite';
  if (key === 'Range.setValue') return 'trip';
  if (RANGE_WRITE.test(key)) return 'write';
  if (PROPERTY_READ.test(key)) return 'propertyRead';
  if (PROPERTY_WRITE.test(key)) return 'propertyWrite';
  return LOCAL.test(key) ? 'local' : 'trip';
}

/** Seconds one call costs at a level. A single-cell read or write is a scattered get/set: one trip. */
export function callSeconds(kind: CallKind, cells: number, f: CostFigures): number {
  switch (kind) {
    case 'local':
      return f.local;
    case 'trip':
      return f.trip;
    case 'blockRead':
      return cells <= 1 ? f.trip : f.readCall + cells * f.readCell;
    case 'blockWrite':
      if (cells <= 1) return f.trip;
      return cells > f.bigWrite ? cells * f.writeCell : f.writeCall;
    case 'write':
      return f.writeCall;
    case 'propertyRead':
      return f.propertyRead;
    case 'propertyWrite':
      return f.propertyWrite;
  }
}
