// Wording about finding the table's columns: a needed dimension without a column (by label, with the headers
// seen, the closest ones and how to map it), the questions Recompute asks before grading without it, and which of
// several matching columns was used.
import type { ChoiceRule, HeaderMatch } from '../headers.ts';
import type { MissingColumns } from '../missing-columns.ts';
import type { LocalText, Settings } from '../settings-schema.ts';

/** Ends every message of an entry point that graded nothing because of a missing column. */
export const NOTHING_GRADED: LocalText = { zh: '本次没有评级。', en: 'Nothing was graded.' };

/**
 * Which dimensions have no column (by label, with their share of the weights), the headers the table has, the
 * closest candidates, and how to map a column in the sidebar. `where` names the sheet, range or file.
 */
export function missingColumnsText(where: LocalText, missing: MissingColumns): LocalText {
  const dims = missing.dimensions;
  const zhDims = dims.map(d => (d.share > 0 ? `${d.label.zh}（占权重 ${d.share}%）` : d.label.zh)).join('、');
  const enDims = dims.map(d => (d.share > 0 ? `${d.label.en} (${d.share}% of the weight)` : d.label.en)).join(', ');
  const zhSeen = missing.headers.map(h => `「${h}」`).join('');
  const enSeen = missing.headers.map(h => `"${h}"`).join(', ');
  const withCandidates = dims.filter(d => d.candidates.length > 0);
  const zhClosest = withCandidates.map(d => `${d.label.zh} → ${d.candidates.map(c => `「${c}」`).join('')}`).join('；');
  const enClosest = withCandidates
    .map(d => `${d.label.en} → ${d.candidates.map(c => `"${c}"`).join(' or ')}`)
    .join('; ');
  const zh = [
    `${where.zh}中找不到这些计分列：${zhDims}。`,
    `表中的列：${zhSeen || '（无）'}。`,
    ...(withCandidates.length > 0 ? [`最接近的列：${zhClosest}。`] : []),
    '请在「扩展程序 → 客户分级 → 打开设置」的「维度」中，为它在「列」里选择对应的列（或把表头改成维度名称）。',
  ];
  const en = [
    `These scored columns are not in ${where.en}: ${enDims}.`,
    `Columns in the table: ${enSeen || '(none)'}.`,
    ...(withCandidates.length > 0 ? [`Closest: ${enClosest}.`] : []),
    'Map them in Extensions → Customer Tiers → Open settings: under Dimensions, choose the column for each (or rename the header to the dimension name).',
  ];
  return { zh: zh.join('\n'), en: en.join('\n') };
}

/** The same for a sheet, ending with "Nothing was graded". */
export function sheetMissingColumnsText(sheetName: string, missing: MissingColumns): LocalText {
  return graded(missingColumnsText({ zh: `工作表「${sheetName}」`, en: `sheet "${sheetName}"` }, missing));
}

/** The same for =TIER, =TIER_SCORE and =TIER_WHY on a range without a needed column. */
export function formulaMissingColumnsText(missing: MissingColumns): LocalText {
  return graded(missingColumnsText({ zh: '所给区域', en: 'the range given' }, missing));
}

function graded(text: LocalText): LocalText {
  return { zh: `${text.zh}\n${NOTHING_GRADED.zh}`, en: `${text.en}\n${NOTHING_GRADED.en}` };
}

/** Recompute's question after the missing-column message: the user must choose to grade without them. */
export function gradeWithoutQuestion(missing: MissingColumns): LocalText {
  const text = missingColumnsText({ zh: '客户表', en: 'the customer table' }, missing);
  const names = labels(missing);
  return {
    zh: `${text.zh}\n\n不计${names.zh}，只按其余维度评级吗？选“否”或关闭本窗口则不评级。`,
    en: `${text.en}\n\nGrade without ${names.en}, on the other dimensions only? No, or closing this window, grades nothing.`,
  };
}

/** The follow-up question: keep grading without them (edits and the daily update too) until the column is found. */
export function rememberGradeWithoutQuestion(missing: MissingColumns): LocalText {
  const names = labels(missing);
  return {
    zh: `以后也不计${names.zh}评级吗？选“是”：在表中找到该列之前，重新计算、编辑后的自动更新和每日更新都按其余维度评级，不再询问。`,
    en: `Keep grading without ${names.en} from now on? Yes: until the column is found in the table, Recompute, updates after edits and the daily update grade on the other dimensions without asking.`,
  };
}

function labels(missing: MissingColumns): LocalText {
  return {
    zh: missing.dimensions.map(d => d.label.zh).join('、'),
    en: missing.dimensions.map(d => d.label.en).join(', '),
  };
}

/** Appended to the Recompute toast when graded without some dimensions, so it stays visible. */
export function gradedWithoutText(without: readonly LocalText[]): LocalText {
  return {
    zh: `（未计：${without.map(l => l.zh).join('、')}）`,
    en: ` (without ${without.map(l => l.en).join(', ')})`,
  };
}

/** The CLI's hint after the missing-column message. */
export const ALLOW_MISSING_HINT: LocalText = {
  zh: '如确要不计这些维度评级，请加上 --allow-missing。',
  en: 'To grade without them anyway, add --allow-missing.',
};

const CHOICE_WHY: Readonly<Record<ChoiceRule, LocalText>> = {
  name: { zh: '与设置的列名一致', en: 'it matches the configured name' },
  recent: { zh: '本年数据优先', en: "this year's figures first" },
  leftmost: { zh: '同样匹配时用最左边的列', en: 'the leftmost of equal matches' },
  past: { zh: '只找到往年的数据', en: "only an earlier year's figures were found" },
};

/** Which column was used where several matched: '销售额：用了「本年销售额」，未用「去年销售额」（本年数据优先）'. */
export function headerChoiceText(
  purpose: LocalText,
  used: string,
  others: readonly string[],
  rule: ChoiceRule,
): LocalText {
  const zhOthers = others.length > 0 ? `，未用${others.map(o => `「${o}」`).join('')}` : '';
  const enOthers = others.length > 0 ? ` rather than ${others.map(o => `"${o}"`).join(', ')}` : '';
  return {
    zh: `${purpose.zh}：用了「${used}」${zhOthers}（${CHOICE_WHY[rule].zh}）`,
    en: `${purpose.en}: used "${used}"${enOthers} (${CHOICE_WHY[rule].en})`,
  };
}

const CUSTOMER_PURPOSE: LocalText = { zh: '客户名称', en: 'Customer' };

/** One sentence per column picked among several candidates (see HeaderMatch.choices). */
export function headerChoicesText(
  headers: readonly unknown[],
  match: HeaderMatch,
  settings: Pick<Settings, 'dimensions'>,
): LocalText[] {
  const text = (column: number) => String(headers[column] ?? '').trim();
  return match.choices.map(c => {
    const purpose = settings.dimensions.find(d => d.id === c.purpose)?.label ?? CUSTOMER_PURPOSE;
    return headerChoiceText(purpose, text(c.column), c.others.map(text), c.rule);
  });
}
