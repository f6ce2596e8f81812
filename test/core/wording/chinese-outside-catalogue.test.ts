// Chinese text (code, strings or comments) in src/ and scripts/ lives in the wording catalogue, src/core/wording/,
// so a translator or reviewer finds every sentence in one place. The few exceptions below are data, not wording:
// each says why. Keep the list short; a new exception needs a reason a reviewer would accept.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SCANNED = ['src', 'scripts'];
const CATALOGUE = 'src/core/wording/';

/** Paths (a folder ends with '/') allowed to hold Chinese, with the reason. */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  'src/core/sample.ts': 'the sample workbook: customer names, headers and log entries written as cell data',
  'src/core/headers.ts': "header synonyms matched against the user's column names, not shown as text",
  'src/core/notices/salesperson.ts': "salesperson header synonyms matched against the user's column names",
  'src/core/header-words.ts':
    'units, years and qualifiers read from ERP column names (万元, 本年, 含税): data to match',
  'src/core/history/overrides.ts': 'the same for the override columns: synonyms to match, not shown as text',
  'src/core/cells.ts': 'the cell parser reads amounts as ERP exports write them: units such as 万, 亿, 元',
  'src/core/scoring.ts': "a cell that names its own magnitude (万, 亿) is not scaled again by its header's unit",
  'src/core/days.ts': 'the date parser reads the Chinese year-month-day form',
  'src/core/ledger/entries.ts': 'the log parser reads amounts with unit suffixes such as 元 and 次',
  'src/main.ts':
    "the custom functions' JSDoc: the build copies it into Code.js, where Sheets shows it as the formula's help",
  'scripts/bench/': 'benchmark fixtures: generated customer tables and settings, data rather than wording',
};

// Han ideographs plus CJK punctuation (、。「」…). Full-width Latin letters and digits are not Chinese text.
const CHINESE = /[\p{Script=Han}\u3001-\u303f]/u;

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap(entry => {
    const path = `${dir}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** `path:line: text` for every line with Chinese in a file that is neither in the catalogue nor excepted. */
function chineseOutsideCatalogue(): string[] {
  const hits: string[] = [];
  for (const path of SCANNED.flatMap(filesUnder)) {
    if (path.startsWith(CATALOGUE) || exceptionFor(path)) continue;
    readFileSync(join(ROOT, path), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (CHINESE.test(line)) hits.push(`${path}:${i + 1}: ${line.trim()}`);
      });
  }
  return hits;
}

function exceptionFor(path: string): string | undefined {
  return Object.keys(EXCEPTIONS).find(key => (key.endsWith('/') ? path.startsWith(key) : path === key));
}

describe('Chinese text', () => {
  it('appears in src/ and scripts/ only in the wording catalogue and the listed data files', () => {
    expect(chineseOutsideCatalogue()).toEqual([]);
  });

  it('still appears in every excepted path, so no exception outlives its reason', () => {
    const all = SCANNED.flatMap(filesUnder);
    const stale = Object.keys(EXCEPTIONS).filter(
      key =>
        !all.some(
          path =>
            (key.endsWith('/') ? path.startsWith(key) : path === key) &&
            CHINESE.test(readFileSync(join(ROOT, path), 'utf8')),
        ),
    );
    expect(stale).toEqual([]);
  });

  it('is recognised in strings, comments and punctuation, but not in full-width digits', () => {
    expect(['等级', '// 原因', '「', 'Ａ１２', 'Tier'].map(s => CHINESE.test(s))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('scans the real folders', () => {
    const scanned = SCANNED.flatMap(filesUnder).map(p => relative(ROOT, join(ROOT, p)));
    expect(scanned).toContain('src/core/wording/menu.ts');
    expect(scanned).toContain('scripts/tiers.ts');
  });
});
