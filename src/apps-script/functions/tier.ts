// Custom functions =TIER, =TIER_SCORE and =TIER_WHY. They take whole ranges and return columns that
// spill, because Sheets makes one server call per formula cell (docs/apps-script.md: Custom functions). They only read.

import { type OutputCells, tierSheetValues } from '../../core/pipeline.ts';
import { formulaMissingColumnsText } from '../../core/wording/columns.ts';
import { FORMULA_NEEDS_RANGE } from '../../core/wording/formulas.ts';
import { formulaNoTableText } from '../../core/wording/table.ts';
import { documentDays } from '../adapters/document/days.ts';
import { userLang } from '../adapters/document/session.ts';
import { settingsFromProperties } from '../adapters/document/settings-store.ts';
import { gradeWithoutFrom } from '../adapters/table/grade-without.ts';

type Cell = string | number | boolean;

function isTable(value: unknown): value is unknown[][] {
  return Array.isArray(value) && value.length > 0 && value.every(row => Array.isArray(row));
}

/** One output column for every data row of `table` (the rows below its header row). Throws only for a bad argument. */
export function tierColumn(table: unknown, column: 0 | 1 | 2): Cell[][] {
  const spreadsheet = SpreadsheetApp.getActive();
  const lang = userLang();
  if (!isTable(table)) throw new Error(FORMULA_NEEDS_RANGE[lang]);
  const stored = PropertiesService.getDocumentProperties().getProperties();
  const { settings, unreadable } = settingsFromProperties(stored, lang);
  // A formula has no other way to speak: its error tooltip says the settings cannot be read, even with a backup.
  if (unreadable) throw new Error(unreadable.message[lang]);
  const now = new Date();
  const days = documentDays(spreadsheet.getSpreadsheetTimeZone(), now);
  const result = tierSheetValues(table, settings, {
    today: now,
    todayKey: days.today,
    dateKey: days.toDay,
    baselines: new Map(),
    lang,
    gradeWithout: gradeWithoutFrom(stored),
  });
  if (!result.ok) {
    // Thrown, so the cell shows #ERROR! with the message: a range without a needed column grades nothing.
    throw new Error(
      result.issue === 'missing_columns'
        ? formulaMissingColumnsText(result.missing)[lang]
        : formulaNoTableText(result.lookedFor)[lang],
    );
  }
  const { outputs, table: found } = result.value;
  // Rows above the header (titles) get blanks so the spill lines up with the range passed in.
  const above: Cell[][] = Array.from({ length: found.headerRow }, () => ['']);
  return [...above, ...outputs.map((cells: OutputCells) => [cells[column]])];
}
