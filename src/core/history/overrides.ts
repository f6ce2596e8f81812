// Where the optional override columns are in the customer table: "Tier override", "Override reason",
// "Override until" (zh 手动调级 / 调级原因 / 有效期至; the earlier 等级覆盖 / 覆盖原因 / 覆盖截止 still read), matched by
// normalised header text in either language.
import type { OverrideCells } from './stability.ts';

/** 0-based column of each override header in the table, or null when absent. */
export type OverrideColumns = {
  readonly tier: number | null;
  readonly reason: number | null;
  readonly until: number | null;
};

/**
 * Header names the add-on recognises, per field (the first of each language is what it documents). The earlier
 * Chinese names stay, so sheets set up with them keep working.
 */
const OVERRIDE_HEADERS: Readonly<Record<keyof OverrideColumns, readonly string[]>> = {
  tier: ['Tier override', '手动调级', 'Override tier', '手动等级', '调整等级', '等级覆盖', '覆盖等级'],
  reason: ['Override reason', '调级原因', 'Reason for override', '调整原因', '覆盖原因'],
  until: [
    'Override until',
    '有效期至',
    'Override expires',
    '调级有效期',
    '有效期',
    '覆盖截止',
    '覆盖截止日期',
    '覆盖到期',
  ],
};

const normalise = (raw: unknown): string =>
  typeof raw === 'string' ? raw.normalize('NFKC').trim().toLowerCase().replace(/\s+/gu, ' ') : '';

/** Finds the override columns in a header row (first match wins). Never throws. */
export function findOverrideColumns(headers: readonly unknown[]): OverrideColumns {
  const names = headers.map(normalise);
  const find = (field: keyof OverrideColumns) => {
    const wanted = new Set(OVERRIDE_HEADERS[field].map(normalise));
    const at = names.findIndex(name => wanted.has(name));
    return at < 0 ? null : at;
  };
  return { tier: find('tier'), reason: find('reason'), until: find('until') };
}

/** The override cells of one table row; null when the table has no "Tier override" column. */
export function overrideCellsOf(row: readonly unknown[], columns: OverrideColumns): OverrideCells | null {
  if (columns.tier === null) return null;
  return {
    tier: row[columns.tier],
    reason: columns.reason === null ? '' : row[columns.reason],
    until: columns.until === null ? '' : row[columns.until],
  };
}
