import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/presets.ts';

/** Runs the CLI as `npm run tiers` does, in English. */
function tiers(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/tiers-launch.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8' },
    maxBuffer: 1 << 26,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const csvRows = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/u, '').trim()).data;

const dir = mkdtempSync(join(tmpdir(), 'tiers-sql-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function duck(sql: string[]): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    for (const s of sql.slice(0, -1)) await con.run(s);
    return (await con.runAndReadAll(sql[sql.length - 1] ?? '')).getRowObjectsJS();
  } finally {
    con.closeSync();
    db.closeSync();
  }
}

// Clean typed data the default engine and DuckDB both read: the factory preset's English headers.
const CUSTOMERS = [
  'Customer,Revenue,Profit,Overdue days',
  'North,1200000,150000,0',
  'South,450000,60000,20',
  'East,80000,3000,200',
  'West,,20000,5',
  '"Quote ""Co""",300000,,100',
].join('\n');

describe('tiers CLI, SQL paths', () => {
  describe('--engine duckdb', () => {
    it('grades a CSV like the default engine: same tiers and scores', () => {
      const file = join(dir, 'customers.csv');
      writeFileSync(file, `${CUSTOMERS}\n`);
      const ts = tiers(file, '--today', '2026-11-30', '--lang', 'en');
      const db = tiers(file, '--today', '2026-11-30', '--lang', 'en', '--engine', 'duckdb');
      expect(db.code, db.stderr).toBe(0);
      const grade = (rows: string[][]) => rows.slice(1).map(r => [r[0], r[4], r[5] === '' ? '' : Number(r[5])]);
      expect(grade(csvRows(db.stdout))).toEqual(grade(csvRows(ts.stdout)));
      expect(csvRows(db.stdout)[0]).toEqual([
        'Customer',
        'Revenue',
        'Profit',
        'Overdue days',
        'Tier',
        'Score',
        'Reason',
      ]);
      expect(db.stderr).toBe(ts.stderr.split('\n').slice(0, 6).join('\n').concat('\n'));
    });

    it('reads Parquet', async () => {
      const csv = join(dir, 'p.csv');
      const parquet = join(dir, 'customers.parquet');
      writeFileSync(csv, `${CUSTOMERS}\n`);
      await duck([`COPY (SELECT * FROM read_csv('${csv}')) TO '${parquet}' (FORMAT parquet)`, 'SELECT 1']);
      const r = tiers(parquet, '--today', '2026-11-30', '--engine', 'duckdb', '--out', join(dir, 'out.csv'));
      expect(r.code, r.stderr).toBe(0);
      const rows = csvRows(readFileSync(join(dir, 'out.csv'), 'utf8'));
      expect(rows.map(row => row[4])).toEqual(['Tier', 'A', 'B', 'D', 'Insufficient data', 'D']);
    });

    it('refuses text amounts, which only the default engine reads', () => {
      const r = tiers('test/fixtures/customers.csv', '--engine', 'duckdb');
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/column '销售额' is VARCHAR in DuckDB, not a number/u);
    });

    it('refuses a header with a unit (万元), which it would not convert', () => {
      const file = join(dir, 'units.csv');
      writeFileSync(file, 'Customer,Revenue (万元),Profit,Overdue days\nA,12,3,0\n');
      const r = tiers(file, '--engine', 'duckdb');
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/names a unit/u);
    });

    it('refuses an unknown engine', () => {
      expect(tiers('x.csv', '--engine', 'spark').stderr).toMatch(/--engine takes ts or duckdb, got 'spark'/u);
    });
  });

  describe('--emit-sql', () => {
    it('prints a DuckDB query that grades a table with awkward names', async () => {
      const settings = join(dir, 's.json');
      writeFileSync(settings, JSON.stringify(defaultSettings('factory', 'en')));
      const r = tiers(
        '--emit-sql',
        'duckdb',
        '--table',
        'crm.we"ird',
        '--settings',
        settings,
        '--column',
        'revenue=Rev\'"enue',
        '--customer-column',
        'name',
        '--today',
        '2026-11-30',
      );
      expect(r.code, r.stderr).toBe(0);
      const rows = await duck([
        'CREATE SCHEMA crm',
        `CREATE TABLE crm."we""ird" (name VARCHAR, "Rev'""enue" DOUBLE, profit DOUBLE, overdue_days DOUBLE)`,
        `INSERT INTO crm."we""ird" VALUES ('North', 1200000, 150000, 0), ('East', 80000, 3000, 200)`,
        `SELECT name, "Tier", "Score" FROM (${r.stdout}) ORDER BY name`,
      ]);
      expect(rows).toEqual([
        { name: 'East', Tier: 'D', Score: 23 },
        { name: 'North', Tier: 'A', Score: 97 },
      ]);
    });

    it('prints BigQuery Standard SQL: backtick identifiers, FLOAT64, * EXCEPT, CURRENT_DATE without --today', () => {
      const r = tiers('--emit-sql', 'bigquery', '--table', 'proj.crm.cust`omers', '--preset', 'trading');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('FROM `proj.crm.cust\\`omers` AS t');
      expect(r.stdout).toContain('SELECT * EXCEPT (ct__blank');
      expect(r.stdout).toContain('AS FLOAT64)');
      expect(r.stdout).not.toMatch(/EXCLUDE|AS DOUBLE|"[A-Za-z]/u);
      expect(r.stdout).toContain('AS `Tier`');
    });

    it('refuses an unknown dialect, a missing table, a bad --column and a file name', () => {
      expect(tiers('--emit-sql', 'oracle', '--table', 't').stderr).toMatch(/bigquery or duckdb, got 'oracle'/u);
      expect(tiers('--emit-sql', 'duckdb').stderr).toMatch(/--emit-sql needs --table/u);
      expect(tiers('--emit-sql', 'duckdb', '--table', 't', '--column', 'revenue').stderr).toMatch(
        /--column takes dimension_id=column/u,
      );
      expect(tiers('--emit-sql', 'duckdb', '--table', 't', '--column', 'sales=x').stderr).toMatch(
        /no dimension 'sales'/u,
      );
      expect(tiers('a.csv', '--emit-sql', 'duckdb', '--table', 't').code).toBe(1);
    });
  });

  it('keeps the SQL paths out of the Apps Script bundle', () => {
    const code = readFileSync('dist/Code.js', 'utf8');
    expect(code).not.toMatch(/ct__read|duckdb/iu);
  });
});
