// Wording of the command line (scripts/tiers.ts): its summary of tiers and problems and its error messages, in
// Chinese and English.
import type { LocalText } from '../settings-schema.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });

/** The summary the CLI prints after grading: customers per tier, problems, columns not found. */
export const SUMMARY = {
  tierCount: (tier: string, count: number) => t(`${tier} 级：${count}`, `${tier}: ${count}`),
  insufficient: (count: number) => t(`数据不足：${count}`, `Insufficient data: ${count}`),
  invalid: (count: number) => t(`有问题的行：${count}`, `Rows with problems: ${count}`),
  missingColumns: (names: readonly string[]) =>
    t(`未找到的列：${names.join('、')}`, `Columns not found: ${names.join(', ')}`),
} as const;

const USAGE = t(
  '用法：npm run tiers -- <customers.csv|customers.xlsx> [--settings s.json] [--preset factory|trading|custom] [--out result.csv] [--lang zh|en] [--today YYYY-MM-DD] [--allow-missing]',
  'Usage: npm run tiers -- <customers.csv|customers.xlsx> [--settings s.json] [--preset factory|trading|custom] [--out result.csv] [--lang zh|en] [--today YYYY-MM-DD] [--allow-missing]',
);

/** The CLI's error messages. `why` texts complete "Cannot read <path>: …". */
export const CLI_WORDS = {
  usage: USAGE,
  badArguments: (message: string) => t(`${message}\n${USAGE.zh}`, `${message}\n${USAGE.en}`),
  invalidSettings: (path: string, issues: string) =>
    t(`设置文件 ${path} 无效：\n${issues}`, `Invalid settings in ${path}:\n${issues}`),
  wholeDocument: t('（整个文件）', '(document)'),
  /** Where a column is missing, for missingColumnsText. */
  fileWhere: (file: string) => t(`文件 ${file} `, `file ${file}`),
  unknownPreset: (name: string, known: readonly string[]) =>
    t(`未知的预设“${name}”：可用 ${known.join('、')}`, `Unknown preset '${name}': use ${known.join(', ')}`),
  badToday: (raw: string) =>
    t(`--today 必须是 YYYY-MM-DD 格式，收到“${raw}”`, `--today must be YYYY-MM-DD, got '${raw}'`),
  cannotRead: (path: string, why: LocalText) => t(`无法读取 ${path}：${why.zh}`, `Cannot read ${path}: ${why.en}`),
  notCsvOrXlsx: t('请使用 .csv 或 .xlsx 文件', 'use a .csv or .xlsx file'),
  noHeaderRow: t('文件没有表头行', 'the file has no header row'),
  notUtf8: t(
    '不是 UTF-8 文本（不支持 GBK 等编码；请另存为“CSV UTF-8”）',
    'it is not UTF-8 text (GBK and other encodings are not supported; save it as "CSV UTF-8")',
  ),
  badCsv: (message: string, row: number) => t(`${message}（第 ${row} 行）`, `${message} (row ${row})`),
  notXlsx: (detail: string) => t(`不是有效的 .xlsx 文件（${detail}）`, `not a valid .xlsx file (${detail})`),
  noSheets: t('工作簿中没有工作表', 'the workbook has no sheets'),
  noSuchFile: t('文件不存在', 'no such file'),
  isFolder: t('这是一个文件夹', 'it is a folder'),
  permissionDenied: t('没有读取权限', 'permission denied'),
  readFailed: t('读取失败', 'read failed'),
  unexpected: (message: string) => t(`意外错误：${message}`, `Unexpected error: ${message}`),
} as const;
