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
  '用法：npm run tiers -- <customers.csv|customers.xlsx|customers.parquet> [--settings s.json] [--preset factory|trading|custom] [--out result.csv] [--lang zh|en] [--today YYYY-MM-DD] [--allow-missing] [--engine ts|duckdb]\n' +
    '  或：npm run tiers -- --emit-sql bigquery|duckdb --table <表名> [--settings s.json] [--customer-column 列名] [--column 维度id=列名 …] [--today YYYY-MM-DD] [--lang zh|en]',
  'Usage: npm run tiers -- <customers.csv|customers.xlsx|customers.parquet> [--settings s.json] [--preset factory|trading|custom] [--out result.csv] [--lang zh|en] [--today YYYY-MM-DD] [--allow-missing] [--engine ts|duckdb]\n' +
    '   or: npm run tiers -- --emit-sql bigquery|duckdb --table <table> [--settings s.json] [--customer-column name] [--column dimension_id=name …] [--today YYYY-MM-DD] [--lang zh|en]',
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

/** Messages of the SQL paths: `--emit-sql` (a query for BigQuery or DuckDB) and `--engine duckdb`. */
export const SQL_WORDS = {
  unknownDialect: (name: string) =>
    t(`--emit-sql 只支持 bigquery 或 duckdb，收到“${name}”`, `--emit-sql takes bigquery or duckdb, got '${name}'`),
  unknownEngine: (name: string) =>
    t(`--engine 只支持 ts 或 duckdb，收到“${name}”`, `--engine takes ts or duckdb, got '${name}'`),
  needsTable: t(
    '--emit-sql 需要 --table 指定要分级的表（例如 --table my_project.crm.customers）',
    '--emit-sql needs --table, the table to grade (for example --table my_project.crm.customers)',
  ),
  noFileWithEmit: t(
    '--emit-sql 只输出查询，不读取文件；请去掉文件名',
    '--emit-sql prints a query and reads no file: leave out the file name',
  ),
  badColumnOption: (raw: string) =>
    t(`--column 的格式是 维度id=列名，收到“${raw}”`, `--column takes dimension_id=column, got '${raw}'`),
  unknownDimension: (id: string, known: readonly string[]) =>
    t(
      `--column：设置中没有维度“${id}”（有：${known.join('、')}）`,
      `--column: the settings have no dimension '${id}' (they have: ${known.join(', ')})`,
    ),
  duckdbFileType: (path: string) =>
    t(
      `--engine duckdb 只读取 .csv 或 .parquet 文件：${path}`,
      `--engine duckdb reads .csv or .parquet files only: ${path}`,
    ),
  /** A column DuckDB did not read as the type the dimension needs; text like '¥1,200' or '45万' needs the default engine. */
  duckdbColumnType: (column: string, type: string, needed: 'number' | 'date') =>
    t(
      `列“${column}”在 DuckDB 中是 ${type} 类型，需要${needed === 'number' ? '数字' : '日期'}。--engine duckdb 只分级类型明确的列；带货币符号、千分位或“万”的文字请用默认引擎（去掉 --engine duckdb）读取`,
      `column '${column}' is ${type} in DuckDB, not a ${needed}. --engine duckdb grades typed columns only; text such as '¥1,200' or '45万' is read by the default engine (leave out --engine duckdb)`,
    ),
  duckdbHeaderUnit: (column: string) =>
    t(
      `列“${column}”的表头带有单位（如“万元”）：--engine duckdb 不换算单位，请把数值换算成元并去掉表头中的单位，或使用默认引擎`,
      `the header of column '${column}' names a unit (such as 万元): --engine duckdb does not convert units; store the amounts in yuan without the unit in the header, or use the default engine`,
    ),
  duckdbMissing: t(
    '--engine duckdb 需要 @duckdb/node-api（npm install 会安装它）',
    '--engine duckdb needs @duckdb/node-api (npm install installs it)',
  ),
  duckdbFailed: (message: string) => t(`DuckDB 出错：${message}`, `DuckDB failed: ${message}`),
} as const;
