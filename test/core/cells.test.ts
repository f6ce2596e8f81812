import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CellIssueCode, isBlankCell, parseDateCell, parseNumberCell, plainNumber } from '../../src/core/cells.ts';
import { utcDateToDay } from '../../src/core/days.ts';

const reads = (raw: unknown, value: number) => expect(parseNumberCell(raw)).toEqual({ ok: true, value });
const rejects = (raw: unknown, issue: CellIssueCode) =>
  expect(parseNumberCell(raw)).toMatchObject({ ok: false, issue });
const TODAY = { year: 2026, month: 3, day: 5 };
const days = (raw: unknown, value: number) => expect(parseDateCell(raw, TODAY)).toEqual({ ok: true, value });
const rejectsDate = (raw: unknown, issue: CellIssueCode) =>
  expect(parseDateCell(raw, TODAY)).toMatchObject({ ok: false, issue });

describe('cells', () => {
  describe('parseNumberCell', () => {
    it('reads plain numbers and numeric text', () => {
      reads(1200, 1200);
      reads('1200', 1200);
      reads(' 3.5 ', 3.5);
      reads('.5', 0.5);
      reads('+7', 7);
    });
    it('reads currency symbols and thousands separators', () => {
      reads('¥1,200,000', 1_200_000);
      reads('$3,000.50', 3000.5);
      reads('1，200', 1200);
      reads('￥5,000元', 5000);
      reads('RMB 2,000', 2000);
      reads('-¥1,000', -1000);
      reads('¥-1,000', -1000);
    });
    it('reads 万 and 亿 exactly', () => {
      reads('1.2万', 12_000);
      reads('1.15万', 11_500);
      reads('3亿', 300_000_000);
      reads('0.0001万', 1);
      reads('12.5万元', 125_000);
    });
    it('reads percentages as fractions', () => {
      reads('12%', 0.12);
      reads('12.5%', 0.125);
      reads('0.3%', 0.003);
    });
    it('reads accounting negatives in parentheses, also full-width', () => {
      reads('(5,000)', -5000);
      reads('（5,000）', -5000);
    });
    it('reads full-width digits', () => reads('１２０００', 12_000));
    it('reads a count or day suffix', () => {
      reads('30天', 30);
      reads('45 days', 45);
    });
    it('names Sheets error values as sheet errors', () => {
      for (const e of ['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#ERROR!']) rejects(e, 'sheet_error');
    });
    it('treats blanks as empty', () => {
      for (const e of ['', '   ', null, undefined]) rejects(e, 'empty');
      expect(isBlankCell(' ')).toBe(true);
      expect(isBlankCell(0)).toBe(false);
    });
    it('rejects words, booleans, half-open parentheses and doubled signs', () => {
      rejects('三千', 'not_a_number');
      rejects(true, 'not_a_number');
      rejects('(5,000', 'not_a_number');
      rejects('1,2', 'not_a_number');
      rejects('--5', 'not_a_number');
      rejects('-¥-5', 'not_a_number');
      rejects(Number.NaN, 'not_a_number');
      rejects(new Date(2026, 0, 1), 'not_a_number');
    });
    it('keeps the raw text for the message', () => {
      expect(parseNumberCell(' 三千 ')).toEqual({ ok: false, issue: 'not_a_number', input: '三千' });
      expect(parseNumberCell(false)).toEqual({ ok: false, issue: 'not_a_number', input: 'FALSE' });
    });
  });

  describe('plain number fast path', () => {
    // A space around the text sends it down the full path (trim, normalise, amount pattern); bare, it takes the fast one.
    const plain = fc
      .tuple(fc.boolean(), fc.stringMatching(/^\d{1,20}$/u), fc.option(fc.stringMatching(/^\d{1,20}$/u)))
      .map(([minus, int, frac]) => `${minus ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}`);
    it('reads plain decimal text exactly as the full pattern does', () => {
      fc.assert(
        fc.property(plain, text => {
          const full = parseNumberCell(` ${text} `);
          expect(full.ok).toBe(true);
          expect(Object.is(plainNumber(text), full.ok ? full.value : Number.NaN)).toBe(true);
          expect(parseNumberCell(text)).toEqual(full);
        }),
        { numRuns: 2000 },
      );
    });
    it('leaves everything else to the full pattern', () => {
      for (const text of ['1,200', '+7', '.5', '5.', '1e5', '12%', ' 5', '-', '', '١٢']) {
        expect(plainNumber(text)).toBeNaN();
      }
      expect(Object.is(plainNumber('-0'), 0)).toBe(true);
    });
  });

  describe('parseDateCell', () => {
    it('counts whole days from a Date to today', () => {
      days(new Date(2026, 2, 5, 23, 59), 0);
      days(new Date(2026, 2, 1), 4);
      days(new Date(2025, 2, 5), 365);
    });
    it('reads ISO, slash, dot and Chinese date text', () => {
      days('2026-03-01', 4);
      days('2026/3/1', 4);
      days('2026.3.1', 4);
      days('2026年3月1日', 4);
      days('2026-03-01T10:00:00Z', 4);
    });
    it('reads a Date on the calendar of the time zone it is given', () => {
      // Midnight of 5 March in Shanghai is still 4 March in UTC.
      const shanghai = (d: Date) => utcDateToDay(new Date(d.getTime() + 8 * 3_600_000));
      const cell = new Date(Date.UTC(2026, 2, 4, 16));
      expect(parseDateCell(cell, TODAY, shanghai)).toEqual({ ok: true, value: 0 });
      expect(parseDateCell(cell, TODAY, utcDateToDay)).toEqual({ ok: true, value: 1 });
      expect(parseDateCell(new Date(Date.UTC(2026, 2, 5, 16)), TODAY, shanghai)).toEqual({
        ok: false,
        issue: 'future_date',
        input: '2026-03-06',
      });
    });
    it('treats a plain number as a column not formatted as dates', () => rejectsDate(46000, 'serial_date'));
    it('rejects impossible and future dates', () => {
      rejectsDate('2026-02-30', 'not_a_date');
      rejectsDate('yesterday', 'not_a_date');
      rejectsDate('2026-03-06', 'future_date');
      rejectsDate(new Date(Number.NaN), 'not_a_date');
    });
    it('treats blanks as empty and sheet errors as missing', () => {
      rejectsDate('', 'empty');
      rejectsDate('#N/A', 'sheet_error');
    });
  });
});
