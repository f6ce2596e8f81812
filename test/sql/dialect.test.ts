import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../src/core/sql/dialect.ts';
import { useDuckDb } from './duckdb.ts';

const { bigquery, duckdb } = DIALECTS;

const connection = useDuckDb();

// Any text a settings file or a command line can hold, rich in quotes and escapes; NUL aside (DuckDB texts cannot
// carry it).
const awkward = fc.constantFrom("'", '"', '\\', '`', '\n', '\r', '\t', "''", "\\'", '--', ';');
const anyText = fc
  .string({ unit: fc.oneof(awkward, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 20 })
  .filter(s => !s.includes('\0'));

describe('DuckDB dialect', () => {
  it('writes any text as a literal that reads back unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async s => {
        const rows = (await connection().runAndReadAll(`SELECT ${duckdb.text(s)} AS v`)).getRowObjectsJS();
        expect(rows[0]?.v).toBe(s);
      }),
      { numRuns: 40 },
    );
  });

  it('quotes any non-empty name as an identifier that names exactly it', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyText.filter(s => s.length > 0),
        async s => {
          const reader = await connection().runAndReadAll(`SELECT 1 AS ${duckdb.ident(s)}`);
          expect(reader.columnNames()).toEqual([s]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('quotes each part of a dotted table path', () => {
    expect(duckdb.table('crm.cust"omers')).toBe('"crm"."cust""omers"');
  });
});

describe('BigQuery dialect', () => {
  it('escapes quotes, backslashes and line breaks in texts', () => {
    expect(bigquery.text("it's a\\b\nc")).toBe("'it\\'s a\\\\b\\nc'");
  });

  it('quotes a whole table path in backticks, escaping backticks inside', () => {
    expect(bigquery.table('proj.crm.cust`omers')).toBe('`proj.crm.cust\\`omers`');
    expect(bigquery.ident('a\\b')).toBe('`a\\\\b`');
  });
});
