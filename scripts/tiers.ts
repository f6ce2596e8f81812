// Command line on the same engine as the add-on: grades the customers in a CSV or XLSX export and writes the
// input columns plus Tier, Score and Reason. Usage:
//   npm run tiers -- <customers.csv|customers.xlsx> [--settings s.json] [--preset factory|trading|custom]
//                    [--out result.csv] [--lang zh|en] [--today YYYY-MM-DD] [--allow-missing]
// Exit 1 with a message (no stack trace) for unreadable files, bad arguments, invalid settings, or a table without
// the column of a dimension the grade needs (unless --allow-missing: then graded on the others).
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { classify, type Table } from '../src/core/classify.ts';
import { formatSafeCsv } from '../src/core/csv-safe.ts';
import { exportHeaders } from '../src/core/layout.ts';
import { type Lang, langFromLocale } from '../src/core/locale.ts';
import { findMissingColumns } from '../src/core/missing-columns.ts';
import { defaultSettings, PRESET_NAMES } from '../src/core/presets.ts';
import { formatReason } from '../src/core/reason.ts';
import { readSettingsJson, type Settings } from '../src/core/settings.ts';
import type { LocalText } from '../src/core/settings-schema.ts';
import { CLI_WORDS, SUMMARY } from '../src/core/wording/cli.ts';
import { ALLOW_MISSING_HINT, headerChoicesText, missingColumnsText } from '../src/core/wording/columns.ts';
import { STATUS_TEXT } from '../src/core/wording/table.ts';

/** An expected failure: its message is printed in the user's language and the process exits with 1. */
class CliError extends Error {
  constructor(readonly text: LocalText) {
    super(text.en);
  }
}

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
  if (!file || args.positionals.length > 1) throw new CliError(CLI_WORDS.usage);
  const settings = loadSettings(args.values.settings, args.values.preset, lang);
  const today = parseToday(args.values.today);
  const table = await readTable(file);
  const result = classify(table, settings, { today });
  const missing = findMissingColumns(table.headers, result.columns, settings);
  if (missing && !args.values['allow-missing']) {
    const text = missingColumnsText(CLI_WORDS.fileWhere(file), missing);
    throw new CliError({ zh: `${text.zh}\n${ALLOW_MISSING_HINT.zh}`, en: `${text.en}\n${ALLOW_MISSING_HINT.en}` });
  }

  const out: unknown[][] = [[...table.headers.map(cellText), ...exportHeaders(lang)]];
  result.results.forEach((r, i) => {
    const row = (table.rows[i] ?? []).map(cellText);
    while (row.length < table.headers.length) row.push('');
    const tier =
      r.status === 'tiered'
        ? (settings.tiers[r.tier ?? 0]?.name ?? '')
        : r.status === 'blank'
          ? ''
          : STATUS_TEXT[r.status][lang];
    out.push([...row, tier, r.score ?? '', formatReason(r, lang)]);
  });
  const csv = formatSafeCsv(out); // formula-like text gets a leading ' (CSV injection)
  if (args.values.out) writeFileSync(args.values.out, `\uFEFF${csv}\n`, 'utf8');
  else process.stdout.write(`${csv}\n`);

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
    return read.settings;
  }
  const name = preset ?? 'factory';
  const known = PRESET_NAMES.find(p => p === name);
  if (!known) throw new CliError(CLI_WORDS.unknownPreset(name, PRESET_NAMES));
  return defaultSettings(known, lang);
}

function parseToday(raw: string | undefined): Date {
  if (raw === undefined) return new Date();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(raw);
  if (!m) throw new CliError(CLI_WORDS.badToday(raw));
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

async function readTable(path: string): Promise<Table> {
  const ext = extname(path).toLowerCase();
  const rows = ext === '.xlsx' ? await readXlsx(path) : ext === '.csv' || ext === '.txt' ? readCsv(path) : null;
  if (!rows) throw new CliError(CLI_WORDS.cannotRead(path, CLI_WORDS.notCsvOrXlsx));
  const [headers, ...data] = rows;
  if (!headers || headers.every(h => cellText(h).trim() === ''))
    throw new CliError(CLI_WORDS.cannotRead(path, CLI_WORDS.noHeaderRow));
  return { headers, rows: data };
}

function readCsv(path: string): unknown[][] {
  // fatal: false keeps going on bad bytes so the replacement character can be detected and explained.
  const text = new TextDecoder('utf-8').decode(readBytes(path));
  if (text.includes('\uFFFD')) {
    throw new CliError(CLI_WORDS.cannotRead(path, CLI_WORDS.notUtf8));
  }
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const fatal = parsed.errors.find(e => e.type === 'Quotes');
  if (fatal) throw new CliError(CLI_WORDS.cannotRead(path, CLI_WORDS.badCsv(fatal.message, (fatal.row ?? 0) + 1)));
  const rows = parsed.data;
  // A trailing newline gives one last empty row; drop it so it is not reported as a blank customer.
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every(c => c === '')) rows.pop();
  return rows;
}

async function readXlsx(path: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    const bytes = readBytes(path);
    // exceljs types its input as an ArrayBuffer; hand it a copy of exactly the file's bytes.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (e) {
    throw new CliError(CLI_WORDS.cannotRead(path, CLI_WORDS.notXlsx(e instanceof Error ? e.message : String(e))));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new CliError(CLI_WORDS.cannotRead(path, CLI_WORDS.noSheets));
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: unknown[] = [];
    for (let c = 1; c <= Math.max(sheet.columnCount, row.cellCount); c++) cells.push(xlsxValue(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

/** exceljs cell values to what Sheets would give: results of formulas, text of rich text, '#N/A' for errors. */
function xlsxValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return '';
  // Excel dates carry no time zone and exceljs reads them as UTC; keep the calendar day in local time.
  if (v instanceof Date) return new Date(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate());
  if (typeof v !== 'object') return v;
  if ('error' in v) return v.error;
  if ('richText' in v) return v.richText.map(part => part.text).join('');
  if ('result' in v) return xlsxValue(v.result ?? null);
  if ('text' in v) return v.text;
  return '';
}

function cellText(v: unknown): string {
  if (v instanceof Date) {
    const p = (n: number) => String(n).padStart(2, '0');
    return `${v.getFullYear()}-${p(v.getMonth() + 1)}-${p(v.getDate())}`;
  }
  return v === null || v === undefined ? '' : String(v);
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : '';
    const why =
      code === 'ENOENT'
        ? CLI_WORDS.noSuchFile
        : code === 'EISDIR'
          ? CLI_WORDS.isFolder
          : code === 'EACCES'
            ? CLI_WORDS.permissionDenied
            : CLI_WORDS.readFailed;
    throw new CliError(CLI_WORDS.cannotRead(path, why));
  }
}

function readText(path: string): string {
  return new TextDecoder('utf-8').decode(readBytes(path));
}

await main(process.argv.slice(2));
