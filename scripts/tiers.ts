// Command line on the same engine as the add-on: grades the customers in a CSV or XLSX export and writes the
// input columns plus Tier, Score and Reason. Usage:
//   npm run tiers -- <customers.csv|customers.xlsx> [--settings s.json] [--preset factory|trading|custom]
//                    [--out result.csv] [--lang zh|en] [--today YYYY-MM-DD] [--allow-missing]
// Exit 1 with a message (no stack trace) for unreadable files, bad arguments, invalid settings, or a table without
// the column of a dimension the grade needs (unless --allow-missing: then graded on the others).
import { parseArgs } from 'node:util';
import { classify } from '../src/core/classify.ts';
import { exportHeaders } from '../src/core/layout.ts';
import { type Lang, langFromLocale } from '../src/core/locale.ts';
import { findMissingColumns } from '../src/core/missing-columns.ts';
import { defaultSettings, PRESET_NAMES } from '../src/core/presets.ts';
import { formatReason } from '../src/core/reason.ts';
import { readSettingsJson, type Settings } from '../src/core/settings.ts';
import { SUMMARY } from '../src/core/wording/cli.ts';
import { ALLOW_MISSING_HINT, headerChoicesText, missingColumnsText } from '../src/core/wording/columns.ts';
import { STATUS_TEXT } from '../src/core/wording/table.ts';
import { CsvWriter, fileSink, stdoutSink } from './cli/csv-writer.ts';
import { CliError, cellText, readTable, readText } from './cli/read.ts';

const USAGE =
  'Usage: npm run tiers -- <customers.csv|customers.xlsx> [--settings s.json] [--preset factory|trading|custom] [--out result.csv] [--lang zh|en] [--today YYYY-MM-DD] [--allow-missing]';

async function main(argv: readonly string[]): Promise<void> {
  const args = parseCliArgs(argv);
  const file = args.positionals[0];
  if (!file || args.positionals.length > 1) throw new CliError(USAGE);
  const lang: Lang =
    args.values.lang === 'zh' || args.values.lang === 'en'
      ? args.values.lang
      : langFromLocale(process.env.LANG?.replace(/\..*$/u, ''));
  const settings = loadSettings(args.values.settings, args.values.preset, lang);
  const today = parseToday(args.values.today);
  const table = await readTable(file);
  const result = classify(table, settings, { today });
  const missing = findMissingColumns(table.headers, result.columns, settings);
  if (missing && !args.values['allow-missing']) {
    const text = missingColumnsText({ zh: `文件 ${file} `, en: `file ${file}` }, missing);
    throw new CliError(`${text[lang]}\n${ALLOW_MISSING_HINT[lang]}`);
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
      },
    });
  } catch (e) {
    throw new CliError(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
  }
}

function loadSettings(path: string | undefined, preset: string | undefined, lang: Lang): Settings {
  if (path !== undefined) {
    const read = readSettingsJson(readText(path));
    if (!read.ok) {
      throw new CliError(
        `Invalid settings in ${path}:\n${read.issues.map(i => `  ${i.path || '(document)'}: ${i.message[lang]}`).join('\n')}`,
      );
    }
    // Allowed but doing nothing (a gate that can never change a tier): said, not refused.
    for (const w of read.warnings) process.stderr.write(`${w.path}: ${w.message[lang]}\n`);
    return read.settings;
  }
  const name = preset ?? 'factory';
  const known = PRESET_NAMES.find(p => p === name);
  if (!known) throw new CliError(`Unknown preset '${name}': use ${PRESET_NAMES.join(', ')}`);
  return defaultSettings(known, lang);
}

function parseToday(raw: string | undefined): Date {
  if (raw === undefined) return new Date();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(raw);
  if (!m) throw new CliError(`--today must be YYYY-MM-DD, got '${raw}'`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(
    `${e instanceof CliError ? e.message : `Unexpected error: ${e instanceof Error ? e.message : String(e)}`}\n`,
  );
  process.exitCode = 1;
});
