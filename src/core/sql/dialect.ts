// What differs between BigQuery Standard SQL and DuckDB in the grading query: quoting, casts, dates, text
// normalisation and a few function names. Everything else the generator writes is common to both.

export type DialectName = 'bigquery' | 'duckdb';

/** The dialect's spelling of each construct the generator needs. Arguments are SQL expressions, already safe. */
export type Dialect = {
  readonly name: DialectName;
  /** A table path: BigQuery quotes `project.dataset.table` whole, DuckDB quotes each dotted part. */
  readonly table: (path: string) => string;
  readonly ident: (name: string) => string;
  readonly text: (value: string) => string;
  readonly double: (expr: string) => string;
  readonly string: (expr: string) => string;
  readonly date: (expr: string) => string;
  readonly today: (day: string | null) => string;
  /** Whole days from `from` to `to` (both DATE). */
  readonly daysBetween: (from: string, to: string) => string;
  /** Unicode NFKC; DuckDB has none, so it folds the full-width ASCII forms and the ideographic space only. */
  readonly nfkc: (expr: string) => string;
  /** Replaces every match of an RE2 pattern. */
  readonly replaceAll: (expr: string, pattern: string, by: string) => string;
  readonly matches: (expr: string, pattern: string) => string;
  /** Joins the non-NULL texts with `sep`; '' when all are NULL. */
  readonly joinNonNull: (sep: string, parts: readonly string[]) => string;
  /** `expr.toFixed(decimals)`: see `toFixed` below. */
  readonly fixed: (expr: string, decimals: number) => string;
  /** `a / b` as IEEE division (BigQuery's `/` fails on zero even in a branch that is not taken). */
  readonly div: (a: string, b: string) => string;
  /** `SELECT * EXCEPT (…)` / `SELECT * EXCLUDE (…)`. */
  readonly allBut: (names: readonly string[]) => string;
};

const FULL_WIDTH = Array.from({ length: 94 }, (_, k) => String.fromCharCode(0xff01 + k)).join('');
const HALF_WIDTH = Array.from({ length: 94 }, (_, k) => String.fromCharCode(0x21 + k)).join('');

/**
 * JavaScript's toFixed: the exact binary value rounded, a tie going up. printf rounds the exact value too but a tie
 * to even; a tie is only possible when the value is a multiple of 2^-(decimals+1), which ROUND (half away from
 * zero) then handles exactly.
 */
function toFixed(expr: string, decimals: number, printf: (x: string) => string): string {
  const scale = 2 ** (decimals + 1);
  return `CASE WHEN ${expr} * ${scale} = FLOOR(${expr} * ${scale}) THEN ${printf(`ROUND(${expr}, ${decimals})`)} ELSE ${printf(expr)} END`;
}

const bigquery: Dialect = {
  name: 'bigquery',
  table: path => `\`${path.replace(/[\\`]/gu, c => `\\${c}`)}\``,
  ident: name => `\`${name.replace(/[\\`]/gu, c => `\\${c}`)}\``,
  // Backslash escapes: every character that could end or bend the literal is written as an escape.
  text: value =>
    `'${value.replace(/[\\'\n\r]/gu, c => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\${c}`)).replace(/\0/gu, '\\x00')}'`,
  double: expr => `CAST(${expr} AS FLOAT64)`,
  string: expr => `CAST(${expr} AS STRING)`,
  date: expr => `CAST(${expr} AS DATE)`,
  today: day => (day === null ? 'CURRENT_DATE()' : `DATE '${day}'`),
  daysBetween: (from, to) => `DATE_DIFF(${to}, ${from}, DAY)`,
  nfkc: expr => `NORMALIZE(${expr}, NFKC)`,
  replaceAll: (expr, pattern, by) => `REGEXP_REPLACE(${expr}, ${bigquery.text(pattern)}, ${bigquery.text(by)})`,
  matches: (expr, pattern) => `REGEXP_CONTAINS(${expr}, ${bigquery.text(pattern)})`,
  joinNonNull: (sep, parts) => `ARRAY_TO_STRING([${parts.join(', ')}], ${bigquery.text(sep)})`,
  fixed: (expr, decimals) => toFixed(expr, decimals, x => `FORMAT('%.${decimals}f', ${x})`),
  div: (a, b) => `IEEE_DIVIDE(${a}, ${b})`,
  allBut: names => `* EXCEPT (${names.join(', ')})`,
};

const duckdb: Dialect = {
  name: 'duckdb',
  table: path =>
    path
      .split('.')
      .map(part => duckdb.ident(part))
      .join('.'),
  ident: name => `"${name.replace(/"/gu, '""')}"`,
  // Standard SQL: a quote is doubled, a backslash is an ordinary character; NUL cannot be in a DuckDB text.
  text: value => `'${value.replace(/'/gu, "''")}'`,
  double: expr => `CAST(${expr} AS DOUBLE)`,
  string: expr => `CAST(${expr} AS VARCHAR)`,
  date: expr => `CAST(${expr} AS DATE)`,
  today: day => (day === null ? 'current_date' : `DATE '${day}'`),
  daysBetween: (from, to) => `date_diff('day', ${from}, ${to})`,
  nfkc: expr => `translate(${expr}, ${duckdb.text(`${FULL_WIDTH}\u3000`)}, ${duckdb.text(`${HALF_WIDTH} `)})`,
  replaceAll: (expr, pattern, by) => `regexp_replace(${expr}, ${duckdb.text(pattern)}, ${duckdb.text(by)}, 'g')`,
  matches: (expr, pattern) => `regexp_matches(${expr}, ${duckdb.text(pattern)})`,
  joinNonNull: (sep, parts) => `concat_ws(${duckdb.text(sep)}, ${parts.join(', ')})`,
  fixed: (expr, decimals) => toFixed(expr, decimals, x => `printf('%.${decimals}f', ${x})`),
  div: (a, b) => `(${a}) / (${b})`,
  allBut: names => `* EXCLUDE (${names.join(', ')})`,
};

/** The dialect by name. */
export const DIALECTS: Readonly<Record<DialectName, Dialect>> = { bigquery, duckdb };

/** A double literal that parses to exactly `x` (the shortest round-trip text read as a double, never a decimal). */
export function numberLiteral(d: Dialect): (x: number) => string {
  return x => d.double(Number.isInteger(x) && Math.abs(x) < 2 ** 53 ? String(x) : d.text(String(x)));
}
