// Command line on the same engine as the add-on: grades the customers in a CSV or XLSX export and writes the
// input columns plus Tier, Score and Reason. Usage:
//   npm run tiers -- <customers.csv|customers.xlsx> [--settings s.json] [--preset factory|trading|custom]
//                    [--out result.csv] [--lang zh|en] [--today YYYY-MM-DD] [--allow-missing] [--engine ts|duckdb]
//   npm run tiers -- --emit-sql bigquery|duckdb --table <table> [--settings s.json] [--column id=name …]
// --engine duckdb grades a typed CSV or Parquet file in DuckDB; --emit-sql prints the query (scripts/cli/sql.ts).
// Exit 1 with a message (no stack trace) for unreadable files, bad arguments, invalid settings, or a table without
// the column of a dimension the grade needs (unless --allow-missing: then graded on the others).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { classify } from '../src/core/classify.ts';
import { exportHeaders } from '../src/core/layout.ts';
import { type Lang, langFromLocale } from '../src/core/locale.ts';
import { findMissingColumns } from '../src/core/missing-columns.ts';
import { defaultSettings, PRESET_NAMES } from '../src/core/presets.ts';
import { formatReason } from '../src/core/reason.ts';
import { readSettingsJson, type Settings } from '../src/core/settings.ts';
import { CLI_WORDS, SQL_WORDS, SUMMARY } from '../src/core/wording/cli.ts';
import { ALLOW_MISSING_HINT, headerChoicesText, missingColumnsText } from '../src/core/wording/columns.ts';
import { STATUS_TEXT } from '../src/core/wording/table.ts';
import { CsvWriter, fileSink, stdoutSink } from './cli/csv-writer.ts';
import { CliError, cellText, readTable, readText } from './cli/read.ts';
import { emitSql, gradeWithDuckdb } from './cli/sql.ts';

/** Messages follow --lang, else the environment's locale (also for a failure before --lang is read). */
async function main(argv: readonly string[]): Promise<void> {
  let lang = langFromLocale(process.env.LANG?.replace(/\..*$/u, ''));
  try {
    const args = parseCliArgs(argv);
    if (args.values.lang === 'zh' || args.values.lang === 'en') lang = args.values.lang;
    await grade(args, lang);
  } catch (e) {
    const text = e instanceof CliError ? e.text : CLI_WORDS.unexpected(e instanceof Error ? e.message : String(e));
    process.stderr.write(`${text[lang]}\n`);
    process.exitCode = 1;
  }
}

async function grade(args: ReturnType<typeof parseCliArgs>, lang: Lang): Promise<void> {
  const file = args.positionals[0];
  const { values } = args;
  if (values['emit-sql'] !== undefined) {
    if (file !== undefined) throw new CliError(SQL_WORDS.noFileWithEmit);
    const settings = loadSettings(values.settings, values.preset, lang);
    if (values.today !== undefined) parseToday(values.today);
    const sql = emitSql(values['emit-sql'], settings, lang, {
      table: values.table,
      customer: values['customer-column'],
      columns: values.column ?? [],
      today: values.today,
    });
    if (values.out) writeFileSync(values.out, sql);
    else process.stdout.write(sql);
    return;
  }
  if (!file || args.positionals.length > 1) throw new CliError(CLI_WORDS.usage);
  const engine = values.engine ?? 'ts';
  if (engine !== 'ts' && engine !== 'duckdb') throw new CliError(SQL_WORDS.unknownEngine(engine));
  const settings = loadSettings(values.settings, values.preset, lang);
  const today = parseToday(values.today);
  if (engine === 'duckdb') {
    await gradeWithDuckdb(file, settings, lang, {
      today: dayKey(today),
      out: values.out,
      allowMissing: values['allow-missing'] === true,
    });
    return;
  }
  const table = await readTable(file);
  const result = classify(table, settings, { today });
  const missing = findMissingColumns(table.headers, result.columns, settings);
  if (missing && !args.values['allow-missing']) {
    const text = missingColumnsText(CLI_WORDS.fileWhere(file), missing);
    throw new CliError({ zh: `${text.zh}\n${ALLOW_MISSING_HINT.zh}`, en: `${text.en}\n${ALLOW_MISSING_HINT.en}` });
  }

  // Row by row straight into the output: no second table of output rows, no reason kept after it is written.
  const out = new CsvWriter(args.values.out ? fileSink(args.values.out) : stdoutSink());
  const width = table.headers.length;
  const fields: string[] = [];
  for (let k = 0; k < width; k++) fields.push(cellText(table.headers[k]));
  out.row([...fields, ...exportHeaders(lang)]);
  const statusText = { insufficient: STATUS_TEXT.insufficient[lang], invalid: STATUS_TEXT.invalid[lang] };
  for (const r of result.results) {
    const row = table.rows[r.row] ?? [];
    fields.length = 0;
    for (let k = 0; k < Math.max(width, row.length); k++) fields.push(cellText(row[k]));
    const tier =
      r.status === 'tiered'
        ? (settings.tiers[r.tier ?? 0]?.name ?? '')
        : r.status === 'blank'
          ? ''
          : statusText[r.status];
    fields.push(tier, r.score === null ? '' : String(r.score), formatReason(r, lang));
    out.row(fields);
  }
  out.end();

  const lines = settings.tiers.map((t, k) => SUMMARY.tierCount(t.name, result.counts.tiers[k] ?? 0)[lang]);
  lines.push(SUMMARY.insufficient(result.counts.insufficient)[lang], SUMMARY.invalid(result.counts.invalid)[lang]);
  for (const r of result.results) {
    if (r.status === 'invalid' || r.status === 'insufficient')
      lines.push(`  ${r.row + 2}: ${r.name} ${formatReason(r, lang)}`);
  }
  const notFound = settings.dimensions.filter(d => result.columns.missing.includes(d.id)).map(d => d.label[lang]);
  if (notFound.length > 0) lines.push(SUMMARY.missingColumns(notFound)[lang]);
  for (const choice of headerChoicesText(table.headers, result.columns, settings)) lines.push(choice[lang]);
  process.stderr.write(`${lines.join('\n')}\n`);
}

function parseCliArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        settings: { type: 'string' },
        preset: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        today: { type: 'string' },
        'allow-missing': { type: 'boolean' },
        engine: { type: 'string' },
        'emit-sql': { type: 'string' },
        table: { type: 'string' },
        'customer-column': { type: 'string' },
        column: { type: 'string', multiple: true },
      },
    });
  } catch (e) {
    throw new CliError(CLI_WORDS.badArguments(e instanceof Error ? e.message : String(e)));
  }
}

function loadSettings(path: string | undefined, preset: string | undefined, lang: Lang): Settings {
  if (path !== undefined) {
    const read = readSettingsJson(readText(path));
    if (!read.ok) {
      const issues = read.issues.map(i => `  ${i.path || CLI_WORDS.wholeDocument[lang]}: ${i.message[lang]}`);
      throw new CliError(CLI_WORDS.invalidSettings(path, issues.join('\n')));
    }
    // Allowed but doing nothing (a gate that can never change a tier): said, not refused.
    for (const w of read.warnings) process.stderr.write(`${w.path}: ${w.message[lang]}\n`);
    return read.settings;
  }
  const name = preset ?? 'factory';
  const known = PRESET_NAMES.find(p => p === name);
  if (!known) throw new CliError(CLI_WORDS.unknownPreset(name, PRESET_NAMES));
  return defaultSettings(known, lang);
}

/** A local date as 'yyyy-mm-dd', the day the default engine grades date columns against. */
function dayKey(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

function parseToday(raw: string | undefined): Date {
  if (raw === undefined) return new Date();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(raw);
  if (!m) throw new CliError(CLI_WORDS.badToday(raw));
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

await main(process.argv.slice(2));
