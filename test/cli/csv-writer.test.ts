import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvWriter } from '../../scripts/cli/csv-writer.ts';
import { formatSafeCsv } from '../../src/core/csv-safe.ts';

/** Everything a writer hands its sink, as one string. */
function written(rows: readonly (readonly string[])[]): { text: string; writes: number } {
  let text = '';
  let writes = 0;
  const writer = new CsvWriter({
    write: chunk => {
      text += chunk;
      writes++;
    },
    close: () => {},
  });
  for (const row of rows) writer.row(row);
  writer.end();
  return { text, writes };
}

describe('CsvWriter', () => {
  it('writes what formatSafeCsv writes for the whole table, byte for byte', () => {
    const field = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '',
        ' ',
        'a,b',
        'say "hi"',
        'two\nlines',
        'cr\r',
        '\uFEFFbom',
        ' lead',
        'trail ',
        '三千',
        '=1+1',
        '-5000',
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 20 }), rows => {
        expect(written(rows).text).toBe(`${formatSafeCsv(rows)}\n`);
      }),
      { numRuns: 500 },
    );
  });

  it('hands the output over in chunks, not row by row or all at once', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`Customer ${i}`, String(i * 17), 'Score 52.8 ≥ 40 → C']);
    const { text, writes } = written(rows);
    expect(text.split('\n')).toHaveLength(20_001);
    expect(writes).toBeGreaterThan(3);
    expect(writes).toBeLessThan(100);
  });
});
