// Document property keys shared by several commands.

/** The sheet Recompute last graded: where onEdit, the sidebar, the ledger and the snapshot find the customer table. */
export const TABLE_SHEET_KEY = 'customerTiers.tableSheet';

/** Dimensions the user chose (in Recompute's alert) to keep grading without while their column is missing. */
export const GRADE_WITHOUT_KEY = 'customerTiers.gradeWithout';

/**
 * What the last full grading of the table covered, as JSON {sheet, headerRow, lastRow} (1-based rows): onEdit
 * regrades only the edited rows while the table still ends where it did (adapters/table/regrade-rows.ts).
 */
export const GRADED_TABLE_KEY = 'customerTiers.gradedTable';
