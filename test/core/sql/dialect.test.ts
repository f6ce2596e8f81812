// The BigQuery spellings of the grading query, which no local database can run: texts and names read back by
// BigQuery's escape rules (a small reader written from its lexical reference), and each function as BigQuery names it.
// DuckDB's spellings run against DuckDB in test/sql.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIALECTS, numberLiteral } from '../../../src/core/sql/dialect.ts';

const { bigquery, duckdb } = DIALECTS;

/**
 * A BigQuery quoted literal read back: `quote`…`quote` with \n, \r, \xHH and \<char> escapes; a line break may not
 * stand in a one-line text literal (names never hold one). Null if malformed.
 */
function readQuoted(literal: string, quote: string): string | null {
  if (literal.length < 2 || !literal.startsWith(quote) || !literal.endsWith(quote)) return null;
  let out = '';
  for (let i = 1; i < literal.length - 1; i += 1) {
    const c = literal[i] ?? '';
    if (c === quote || (quote === "'" && (c === '\n' || c === '\r'))) return null; // would end or break the literal
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = literal[i + 1] ?? '';
    if (i + 1 >= literal.length - 1) return null; // a lone backslash would escape the closing quote
    if (next === 'n') out += '\n';
    else if (next === 'r') out += '\r';
    else if (next === 'x') {
      out += String.fromCharCode(Number.parseInt(literal.slice(i + 2, i + 4), 16));
      i += 2;
    } else out += next;
    i += 1;
  }
  return out;
}

const awkward = fc.constantFrom("'", '`', '\\', '\n', '\r', '\0', '\t', "\\'", '\\n', 'x');
const anyText = fc.string({ unit: fc.oneof(awkward, fc.string({ minLength: 1, maxLength: 1 })), maxLength: 20 });

describe('sql/dialect', () => {
  describe('BigQuery texts and names', () => {
    it('writes any text as a literal that reads back unchanged, NUL included', () =>
      fc.assert(
        fc.property(anyText, s => {
          expect(readQuoted(bigquery.text(s), "'")).toBe(s);
        }),
      ));
    it('writes any name as a backquoted identifier that reads back unchanged', () =>
      fc.assert(
        fc.property(anyText, s => {
          expect(readQuoted(bigquery.ident(s), '`')).toBe(s);
        }),
      ));
    it('quotes a table path whole, dots inside', () =>
      fc.assert(
        fc.property(fc.array(anyText, { minLength: 1, maxLength: 3 }), parts => {
          expect(readQuoted(bigquery.table(parts.join('.')), '`')).toBe(parts.join('.'));
        }),
      ));
  });

  describe('DuckDB texts and names', () => {
    it('doubles quotes and leaves backslashes alone', () => {
      expect(duckdb.text("a'b\\n")).toBe("'a''b\\n'");
      expect(duckdb.ident('a"b')).toBe('"a""b"');
      expect(duckdb.table('a.b')).toBe('"a"."b"');
    });
  });

  describe('function spellings', () => {
    it('names casts, dates and days between as each dialect does', () => {
      expect([bigquery.double('x'), bigquery.string('x'), bigquery.date('x')]).toEqual([
        'CAST(x AS FLOAT64)',
        'CAST(x AS STRING)',
        'CAST(x AS DATE)',
      ]);
      expect([duckdb.double('x'), duckdb.string('x'), duckdb.date('x')]).toEqual([
        'CAST(x AS DOUBLE)',
        'CAST(x AS VARCHAR)',
        'CAST(x AS DATE)',
      ]);
      expect([bigquery.today(null), bigquery.today('2026-03-05')]).toEqual(['CURRENT_DATE()', "DATE '2026-03-05'"]);
      expect([duckdb.today(null), duckdb.today('2026-03-05')]).toEqual(['current_date', "DATE '2026-03-05'"]);
      expect(bigquery.daysBetween('a', 'b')).toBe('DATE_DIFF(b, a, DAY)');
      expect(duckdb.daysBetween('a', 'b')).toBe("date_diff('day', a, b)");
    });
    it('names text functions, division and column exclusion as each dialect does', () => {
      expect(bigquery.nfkc('x')).toBe('NORMALIZE(x, NFKC)');
      expect(bigquery.replaceAll('x', "a'", 'b')).toBe("REGEXP_REPLACE(x, 'a\\'', 'b')");
      expect(duckdb.replaceAll('x', "a'", 'b')).toBe("regexp_replace(x, 'a''', 'b', 'g')");
      expect(bigquery.matches('x', 'p')).toBe("REGEXP_CONTAINS(x, 'p')");
      expect(duckdb.matches('x', 'p')).toBe("regexp_matches(x, 'p')");
      expect(bigquery.joinNonNull('; ', ['a', 'b'])).toBe("ARRAY_TO_STRING([a, b], '; ')");
      expect(duckdb.joinNonNull('; ', ['a', 'b'])).toBe("concat_ws('; ', a, b)");
      expect(bigquery.div('a', 'b')).toBe('IEEE_DIVIDE(a, b)');
      expect(duckdb.div('a', 'b')).toBe('(a) / (b)');
      expect(bigquery.allBut(['a', 'b'])).toBe('* EXCEPT (a, b)');
      expect(duckdb.allBut(['a', 'b'])).toBe('* EXCLUDE (a, b)');
    });
    it('folds exactly the full-width ASCII forms and the ideographic space in DuckDB', () => {
      const nfkc = duckdb.nfkc('x');
      const [from = '', to = ''] = [...nfkc.matchAll(/'((?:[^']|'')*)'/gu)].map(m => (m[1] ?? '').replace(/''/gu, "'"));
      expect([...from].length).toBe([...to].length);
      expect([...from].map(c => c.normalize('NFKC'))).toEqual([...to]);
      expect(from).toContain('\u3000');
      expect(from).toContain('\uff01');
      expect(from).toContain('\uff5e');
      expect(nfkc.startsWith('translate(x, ')).toBe(true);
    });
    it('rounds a tie up only when the value is a multiple of 2^-(decimals+1)', () => {
      expect(bigquery.fixed('v', 1)).toBe(
        "CASE WHEN v * 4 = FLOOR(v * 4) THEN FORMAT('%.1f', ROUND(v, 1)) ELSE FORMAT('%.1f', v) END",
      );
      expect(duckdb.fixed('v', 0)).toBe(
        "CASE WHEN v * 2 = FLOOR(v * 2) THEN printf('%.0f', ROUND(v, 0)) ELSE printf('%.0f', v) END",
      );
    });
  });

  describe('numberLiteral', () => {
    it('writes safe integers as they are and any other number as a text cast, so it parses to exactly itself', () => {
      const literal = numberLiteral(duckdb);
      expect(literal(5)).toBe('CAST(5 AS DOUBLE)');
      expect(literal(-7)).toBe('CAST(-7 AS DOUBLE)');
      expect(literal(0.1)).toBe("CAST('0.1' AS DOUBLE)");
      expect(literal(2 ** 53)).toBe(`CAST('${2 ** 53}' AS DOUBLE)`);
      expect(literal(-(2 ** 53))).toBe(`CAST('${-(2 ** 53)}' AS DOUBLE)`);
      expect(literal(2 ** 53 - 1)).toBe(`CAST(${2 ** 53 - 1} AS DOUBLE)`);
      expect(numberLiteral(bigquery)(1e-7)).toBe("CAST('1e-7' AS FLOAT64)");
    });
  });
});
