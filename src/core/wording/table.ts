// Wording of the customer table: the add-on's output column headers, the Tier cell of rows without a tier, and the
// sentences for a table or sheet that cannot be found.
import type { OutputKey } from '../layout.ts';
import type { LocalText } from '../settings-schema.ts';
import type { TableProblem } from '../table.ts';
import { sheetMissingColumnsText } from './columns.ts';

/** Headers of the add-on's own output columns. */
export const OUTPUT_HEADERS: Readonly<Record<OutputKey, LocalText>> = {
  tier: { zh: '等级', en: 'Tier' },
  score: { zh: '得分', en: 'Score' },
  why: { zh: '原因', en: 'Why' },
};

/** The add-on's name that starts the note on each output header cell (both languages: it marks the column). */
export const OUTPUT_NOTE_MARK: LocalText = { zh: '客户分级', en: 'Customer Tiers' };
/** The rest of that note; a note does not follow the user's language, so it carries both. */
export const OUTPUT_NOTE: LocalText = {
  zh: '此列由插件写入，每次重新计算都会覆盖。',
  en: 'This column is written by the add-on and rewritten on every recompute.',
};

/** The command line's export names the Why column Reason. */
export const EXPORT_REASON_HEADER: LocalText = { zh: '原因', en: 'Reason' };

/** What a row that has no tier shows in the Tier column. */
export const STATUS_TEXT = {
  insufficient: { zh: '数据不足', en: 'Insufficient data' },
  invalid: { zh: '数据有误', en: 'Check data' },
} as const;

/** The sample customer sheet's name. */
export const SAMPLE_SHEET_NAME: LocalText = { zh: '客户列表（示例）', en: 'Customers (sample)' };

/** The sheet has no recognisable customer table: name the headers the add-on looked for. */
export function noTableText(sheetName: string, lookedFor: readonly string[]): LocalText {
  return noHeaderText({ zh: `工作表「${sheetName}」`, en: `sheet "${sheetName}"` }, lookedFor);
}

/** The same for a range passed to =TIER, =TIER_SCORE or =TIER_WHY. */
export function formulaNoTableText(lookedFor: readonly string[]): LocalText {
  return noHeaderText({ zh: '所给区域', en: 'the range given' }, lookedFor);
}

function noHeaderText(where: LocalText, lookedFor: readonly string[]): LocalText {
  const names = lookedFor.map(n => `「${n}」`).join('');
  const namesEn = lookedFor.map(n => `"${n}"`).join(', ');
  return {
    zh: `在${where.zh}的前 10 行中没有找到客户表的表头。需要客户名称列，以及至少一个维度列：${names}。可以在「打开设置」中修改列名。`,
    en: `No customer table header found in the first 10 rows of ${where.en}. It needs a customer name column and at least one dimension column: ${namesEn}. Column names can be changed in Open settings.`,
  };
}

export function noSheetText(sheetName: string): LocalText {
  return {
    zh: `设置中指定的工作表「${sheetName}」不存在。请在「打开设置」中选择客户表。`,
    en: `The sheet "${sheetName}" named in the settings does not exist. Choose the customer sheet in Open settings.`,
  };
}

/** The sentence for a missing table, sheet or needed column, or unreadable settings, whichever it is. */
export function tableProblemText(problem: TableProblem): LocalText {
  if (problem.code === 'missing_columns') return sheetMissingColumnsText(problem.sheetName, problem.missing);
  if (problem.code === 'settings_unreadable') return problem.message;
  return problem.code === 'no_table'
    ? noTableText(problem.sheetName, problem.lookedFor)
    : noSheetText(problem.sheetName);
}
