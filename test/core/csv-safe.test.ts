// CSV injection: generated hostile strings never reach a spreadsheet as a formula, and signed numbers stay numbers.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvLine, formatSafeCsv, neutraliseCell } from '../../src/core/csv-safe.ts';
import { hostileText } from '../support/hostile-text.ts';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];
const startsLikeFormula = (text: string) => TRIGGERS.some(t => text.replace(/^[ \n\u00A0\u3000]+/u, '').startsWith(t));
// The delimiter is fixed: papaparse would otherwise guess it, and a cell full of '|' can win.
const parseCsv = (text: string) => Papa.parse<string[]>(text, { delimiter: ',' }).data;

const hostile = fc.oneof(hostileText(), fc.string({ unit: 'grapheme-ascii', maxLength: 12 }));

const keeps = (text: string) => expect(neutraliseCell(text)).toBe(text);
const quotes = (text: string) => expect(neutraliseCell(text)).toBe(`'${text}`);

describe('neutraliseCell', () => {
  it('prefixes a quote to formulas, DDE calls, @ and a leading tab or carriage return', () => {
    quotes('=HYPERLINK("http://x.test","click")');
    quotes("+cmd|' /C calc'!A0");
    quotes("-2+3+cmd|' /C calc'!A0");
    quotes('@SUM(A1:A2)');
    quotes('\t=1+1');
    quotes('\r-5000');
    quotes('  =1+1');
  });

  it('keeps signed numbers, plain text and non-strings', () => {
    keeps('-5000');
    keeps('-1.2万');
    keeps('+¥1,200');
    keeps('-1.5e-7');
    keeps(' -12%');
    keeps('甲公司');
    keeps("'=already quoted");
    expect(neutraliseCell(-5000)).toBe('-5000');
    expect(neutraliseCell(null)).toBe('');
    expect(neutraliseCell(true)).toBe('true');
  });

  it('never leaves text that starts like a formula, unless it is a signed number (generated)', () => {
    fc.assert(
      fc.property(hostile, text => {
        const safe = neutraliseCell(text);
        expect([text, `'${text}`]).toContain(safe);
        if (startsLikeFormula(safe)) expect(/^\s*[-+]/u.test(safe) && safe === text).toBe(true);
        // What is kept has nothing a formula needs to call a function or another program.
        if (safe === text && startsLikeFormula(text)) expect(/[=@|!"(;]/u.test(text)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every finite number a number, as a value or as its text (generated)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), n => {
        expect(neutraliseCell(n)).toBe(String(n));
        expect(neutraliseCell(String(n))).toBe(String(n));
      }),
    );
  });
});

describe('formatSafeCsv', () => {
  it('quotes every field, so a separator or quote inside a cell cannot start a new cell', () => {
    expect(csvLine(['a;=1+1', 'say "hi"', '=1+2";=1+2'])).toBe('"a;=1+1","say ""hi""","\'=1+2"";=1+2"');
  });

  it('reads back as the same grid, with only a leading quote added to formula-like text (generated)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(hostile, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), rows => {
        const width = Math.max(...rows.map(r => r.length));
        const grid = rows.map(r => [...r, ...Array<string>(width - r.length).fill('')]);
        const back = parseCsv(formatSafeCsv(grid));
        expect(back).toEqual(grid.map(r => r.map(neutraliseCell)));
        for (const row of back)
          for (const cell of row) if (startsLikeFormula(cell)) expect(/^\s*[-+]/u.test(cell)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
