// The command line's SQL paths: `--emit-sql bigquery|duckdb` prints the grading query for a warehouse table, and
// `--engine duckdb` grades a large CSV or Parquet file by running that query in DuckDB (@duckdb/node-api, loaded
// only here, on demand). Both refuse what the query could not grade the way the engine does.
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { matchHeaders } from '../../src/core/headers.ts';
import { exportHeaders } from '../../src/core/layout.ts';
import type { Lang } from '../../src/core/locale.ts';
import { findMissingColumns } from '../../src/core/missing-columns.ts';
import type { Settings } from '../../src/core/settings.ts';
import { DIALECTS, type DialectName } from '../../src/core/sql/dialect.ts';
import { gradeSql } from '../../src/core/sql/grade-sql.ts';
import { CLI_WORDS, SQL_WORDS, SUMMARY } from '../../src/core/wording/cli.ts';
import { ALLOW_MISSING_HINT, missingColumnsText } from '../../src/core/wording/columns.ts';
import { STATUS_TEXT } from '../../src/core/wording/table.ts';
import { CliError } from './read.ts';

type EmitOptions = {
  readonly table: string | undefined;
  readonly customer: string | undefined;
  readonly columns: readonly string[];
  readonly today: string | undefined;
};

/**
 * The query for `--emit-sql`: dimensions read the column named by their id unless `--column id=name` says
 * otherwise; the customer column is `customer` unless `--customer-column` names another. Without `--today` the
 * query counts days to the database's current date, so a saved view stays current.
 */
export function emitSql(dialect: string, settings: Settings, lang: Lang, options: EmitOptions): string {
  if (!isDialect(dialect)) throw new CliError(SQL_WORDS.unknownDialect(dialect));
  if (options.table === undefined || options.table.trim() === '') throw new CliError(SQL_WORDS.needsTable);
  const ids = settings.dimensions.map(d => d.id);
  const named = new Map<string, string>();
  for (const raw of options.columns) {
    const at = raw.indexOf('=');
    const id = raw.slice(0, at).trim();
    const column = raw.slice(at + 1);
    if (at <= 0 || column === '') throw new CliError(SQL_WORDS.badColumnOption(raw));
    if (!ids.includes(id)) throw new CliError(SQL_WORDS.unknownDimension(id, ids));
    named.set(id, column);
  }
  return gradeSql(settings, {
    dialect,
    table: options.table.trim(),
    customer: options.customer ?? 'customer',
    columns: ids.map(id => named.get(id) ?? id),
    today: options.today ?? null,
    lang,
    outputs: outputs(lang),
  });
}

function isDialect(name: string): name is DialectName {
  return Object.hasOwn(DIALECTS, name);
}

function outputs(lang: Lang): [string, string, string] {
  const [tier = 'Tier', score = 'Score', why = 'Why'] = exportHeaders(lang);
  return [tier, score, why];
}

type DuckOptions = {
  /** The grading day, 'yyyy-mm-dd' (the CLI's --today or the local date). */
  readonly today: string;
  readonly out: string | undefined;
  readonly allowMissing: boolean;
};

const NUMERIC =
  /^(?:TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL\(\d+,\d+\))$/u;
const DATE = /^(?:DATE|TIMESTAMP(?:_S|_MS|_NS)?|TIMESTAMP WITH TIME ZONE)$/u;

/**
 * Grades `file` in DuckDB and writes the input columns plus Tier, Score and Why as CSV (to `--out` or stdout);
 * the counts per tier go to stderr. Columns are found by their headers as the default engine finds them.
 */
export async function gradeWithDuckdb(file: string, settings: Settings, lang: Lang, options: DuckOptions) {
  const ext = extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.parquet') throw new CliError(SQL_WORDS.duckdbFileType(file));
  let duck: typeof import('@duckdb/node-api');
  try {
    duck = await import('@duckdb/node-api');
  } catch {
    throw new CliError(SQL_WORDS.duckdbMissing);
  }
  const d = DIALECTS.duckdb;
  const instance = await duck.DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  try {
    const reader = ext === '.csv' ? `read_csv(${d.text(file)}, header = true)` : `read_parquet(${d.text(file)})`;
    try {
      await con.run(`CREATE VIEW input AS SELECT * FROM ${reader}`);
    } catch (e) {
      throw new CliError(
        CLI_WORDS.cannotRead(file, SQL_WORDS.duckdbFailed(e instanceof Error ? e.message : String(e))),
      );
    }
    const described = (await con.runAndReadAll('DESCRIBE input')).getRowObjectsJS();
    const headers = described.map(r => String(r.column_name));
    const types = described.map(r => String(r.column_type));
    const match = matchHeaders(headers, settings);
    const missing = findMissingColumns(headers, match, settings);
    if (missing && !options.allowMissing) {
      const text = missingColumnsText(CLI_WORDS.fileWhere(file), missing);
      throw new CliError({ zh: `${text.zh}\n${ALLOW_MISSING_HINT.zh}`, en: `${text.en}\n${ALLOW_MISSING_HINT.en}` });
    }
    const columns = settings.dimensions.map((dim, i) => {
      const at = match.dimensions[i];
      if (at === null || at === undefined) return null;
      const name = headers[at] ?? '';
      const type = types[at] ?? '';
      if (dim.valueType === 'number' && (match.units[i]?.factor ?? 1) !== 1)
        throw new CliError(SQL_WORDS.duckdbHeaderUnit(name));
      if (dim.valueType === 'number' && !NUMERIC.test(type))
        throw new CliError(SQL_WORDS.duckdbColumnType(name, type, 'number'));
      if (dim.valueType === 'date' && !DATE.test(type))
        throw new CliError(SQL_WORDS.duckdbColumnType(name, type, 'date'));
      return name;
    });
    const sql = gradeSql(settings, {
      dialect: 'duckdb',
      table: 'input',
      customer: match.customer === null ? null : (headers[match.customer] ?? null),
      columns,
      today: options.today,
      lang,
      outputs: outputs(lang),
      blankAlso: headers,
    });
    // DuckDB writes the CSV itself; for stdout through a file of its own, as stdout may be a pipe it cannot open.
    const scratch = options.out === undefined ? mkdtempSync(join(tmpdir(), 'tiers-duckdb-')) : null;
    const target = scratch === null ? (options.out ?? '') : join(scratch, 'graded.csv');
    try {
      try {
        await con.run(`CREATE TEMP TABLE graded AS ${sql}`);
        await con.run(`COPY graded TO ${d.text(target)} (FORMAT csv, HEADER)`);
      } catch (e) {
        throw new CliError(SQL_WORDS.duckdbFailed(e instanceof Error ? e.message : String(e)));
      }
      if (scratch !== null) await pipeline(createReadStream(target), process.stdout, { end: false });
    } finally {
      if (scratch !== null) rmSync(scratch, { recursive: true, force: true });
    }
    const [tierOut] = outputs(lang);
    const counts = new Map(
      (await con.runAndReadAll(`SELECT ${d.ident(tierOut)} AS tier, count(*) AS n FROM graded GROUP BY ALL`))
        .getRowObjectsJS()
        .map(r => [String(r.tier), Number(r.n)]),
    );
    const lines = settings.tiers.map(t => SUMMARY.tierCount(t.name, counts.get(t.name) ?? 0)[lang]);
    lines.push(
      SUMMARY.insufficient(counts.get(STATUS_TEXT.insufficient[lang]) ?? 0)[lang],
      SUMMARY.invalid(counts.get(STATUS_TEXT.invalid[lang]) ?? 0)[lang],
    );
    process.stderr.write(`${lines.join('\n')}\n`);
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}
