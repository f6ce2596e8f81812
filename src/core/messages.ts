// Sentences the add-on's commands show (toasts, alerts, formula errors), in Chinese and English. Each takes the
// facts it reports; wording lives here only.
import { ISSUE_TEXT } from './ledger/messages.ts';
import type { Lang } from './locale.ts';

type Text = Readonly<Record<Lang, string>>;

/** "A 5 · B 12 · C 8 · D 3", then the number of rows with problems when there are any. */
export function tierCountsText(names: readonly string[], counts: readonly number[], problems: number): Text {
  const perTier = names.map((name, i) => `${name} ${counts[i] ?? 0}`).join(' · ');
  return {
    zh: problems > 0 ? `${perTier} · 有问题的行 ${problems}` : perTier,
    en: problems > 0 ? `${perTier} · rows with problems ${problems}` : perTier,
  };
}

export const RECOMPUTED_TITLE: Text = { zh: '等级已更新', en: 'Tiers updated' };
export const BUSY: Text = {
  zh: '客户分级正在另一处运行，请稍后再试。本次没有做任何更改。',
  en: 'Customer Tiers is already running. Nothing was changed; please try again in a moment.',
};

/** The sheet has no recognisable customer table: name the headers the add-on looked for. */
export function noTableText(sheetName: string, lookedFor: readonly string[]): Text {
  return noHeaderText({ zh: `工作表「${sheetName}」`, en: `sheet "${sheetName}"` }, lookedFor);
}

/** The same for a range passed to =TIER, =TIER_SCORE or =TIER_WHY. */
export function formulaNoTableText(lookedFor: readonly string[]): Text {
  return noHeaderText({ zh: '所给区域', en: 'the range given' }, lookedFor);
}

function noHeaderText(where: Text, lookedFor: readonly string[]): Text {
  const names = lookedFor.map(n => `「${n}」`).join('');
  const namesEn = lookedFor.map(n => `"${n}"`).join(', ');
  return {
    zh: `在${where.zh}的前 10 行中没有找到客户表的表头。需要客户名称列，以及至少一个维度列：${names}。可以在「打开设置」中修改列名。`,
    en: `No customer table header found in the first 10 rows of ${where.en}. It needs a customer name column and at least one dimension column: ${namesEn}. Column names can be changed in Open settings.`,
  };
}

export function noSheetText(sheetName: string): Text {
  return {
    zh: `设置中指定的工作表「${sheetName}」不存在。请在「打开设置」中选择客户表。`,
    en: `The sheet "${sheetName}" named in the settings does not exist. Choose the customer sheet in Open settings.`,
  };
}

/** Why a command found no customer table to work on. */
export type TableProblem =
  | { readonly code: 'no_table'; readonly sheetName: string; readonly lookedFor: readonly string[] }
  | { readonly code: 'no_sheet'; readonly sheetName: string };

/** The sentence for a missing table or sheet, whichever it is. */
export function tableProblemText(problem: TableProblem): Text {
  return problem.code === 'no_table'
    ? noTableText(problem.sheetName, problem.lookedFor)
    : noSheetText(problem.sheetName);
}

export const SAMPLE_SHEET_NAME: Text = { zh: '客户列表（示例）', en: 'Customers (sample)' };

export const FORMULA_NEEDS_RANGE: Text = {
  zh: '第一个参数必须是包含表头行的客户表区域，例如 =TIER(A1:F500, CustomerTiers_Version)',
  en: 'The first argument must be the customer table range including its header row, e.g. =TIER(A1:F500, CustomerTiers_Version)',
};

/** A formula named a benefit that is not in the settings: the log's status wording, plus the benefits there are. */
export function unknownBenefitText(benefit: string, known: readonly string[]): Text {
  const text = ISSUE_TEXT.unknown_benefit(benefit);
  return { zh: `${text.zh}。可用：${known.join('、')}`, en: `${text.en}. Known: ${known.join(', ')}` };
}

export const QUOTA_NEEDS_LOG_RANGE: Text = {
  zh: 'QUOTA_LEFT 的第 3 个参数必须是权益使用记录的区域，例如 权益使用记录!A2:E',
  en: "QUOTA_LEFT needs the benefit log range as its 3rd argument, e.g. 'Benefit log'!A2:E",
};

export const PERK_YES: Text = { zh: '是', en: 'Yes' };
export const PERK_NO: Text = { zh: '否', en: 'No' };
