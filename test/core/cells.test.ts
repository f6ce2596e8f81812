import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CellIssueCode,
  calendarDayOf,
  displayRaw,
  isBlankCell,
  localDateToDay,
  parseDateCell,
  parseNumberCell,
  plainNumber,
} from '../../src/core/cells.ts';
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
  describe('parseNumberCell, every piece of an amount', () => {
    it('reads each currency word and symbol, in any case', () => {
      for (const c of ['¥', '$', '€', '£', 'RMB', 'CNY', 'USD', 'HK$', 'US$', 'rmb', 'usd', 'Cny']) {
        reads(`${c}1,500`, 1500);
        reads(`-${c}1,500`, -1500);
        reads(`${c}-1,500`, -1500);
        reads(`+${c}1,500`, 1500);
      }
    });
    it('reads each suffix word', () => {
      for (const w of ['元', '天', '日', '次', '个', '件', 'day', 'days', 'times', 'DAYS']) reads(`12${w}`, 12);
      rejects('12 weeks', 'not_a_number');
    });
    it('reads 亿 and 万 with fractions, percentages below one percent and above a hundred', () => {
      reads('1.23456789亿', 123_456_789);
      reads('0.5%', 0.005);
      reads('1234.5%', 12.345);
      reads('-12%', -0.12);
      reads('(12%)', -0.12);
      reads('5万', 50_000);
      reads('.5万', 5000);
    });
    it('reads a signed or bracketed zero as 0, never −0', () => {
      for (const text of ['-0', '-0.0', '(0)', '-¥0', '¥-0.00', '-0万']) {
        const r = parseNumberCell(text);
        expect(r.ok && Object.is(r.value, 0), text).toBe(true);
      }
    });
    it('rejects digits too many for a double, a sign or unit alone, and a lone bracket on either side', () => {
      for (const text of [`${'9'.repeat(400)}`, `${'9'.repeat(400)}万`, `¥${'9'.repeat(400)}`]) {
        expect(parseNumberCell(text)).toEqual({ ok: false, issue: 'not_a_number', input: text });
      }
      for (const text of ['-', '¥', '万', '%', '()', '5,000)', '(5,000', '+-5', '-+5', '¥+-5'])
        rejects(text, 'not_a_number');
    });
    it('gives the trimmed text of a rejected cell, and the number itself for a non-finite number', () => {
      expect(parseNumberCell('  12 weeks ')).toEqual({ ok: false, issue: 'not_a_number', input: '12 weeks' });
      expect(parseNumberCell(' #N/A ')).toEqual({ ok: false, issue: 'sheet_error', input: '#N/A' });
      expect(parseNumberCell(Number.POSITIVE_INFINITY)).toEqual({
        ok: false,
        issue: 'not_a_number',
        input: 'Infinity',
      });
      expect(parseNumberCell(Number.NaN)).toEqual({ ok: false, issue: 'not_a_number', input: 'NaN' });
      expect(parseNumberCell(' \t\n')).toEqual({ ok: false, issue: 'empty', input: '' });
      expect(parseNumberCell(new Date(2026, 2, 5))).toEqual({ ok: false, issue: 'not_a_number', input: '2026-03-05' });
    });
    it('names every Sheets error value, in any case, and any #WORD! form, as a sheet error', () => {
      const errors = ['#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA', 'LOADING...', 'Loading...', '#n/a', '#ref!'];
      for (const e of [...errors, '#FOO!', '#BAR?', '#X/Y']) rejects(e, 'sheet_error');
      // A '#' with digits or lower-case words outside the list is not an error value of Sheets.
      for (const e of ['#12', '#', '# N/A x', 'N/A']) rejects(e, 'not_a_number');
    });
    it('treats tabs and line breaks as blank, and no other value', () => {
      expect(isBlankCell('\t\n ')).toBe(true);
      for (const v of [0, false, 'x', ' x ', Number.NaN, new Date(0)]) expect(isBlankCell(v)).toBe(false);
    });
  });

  describe('displayRaw', () => {
    it('writes a Date as its local calendar day, padded', () => {
      expect(displayRaw(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
      expect(displayRaw(new Date(2026, 10, 25))).toBe('2026-11-25');
      expect(displayRaw(new Date(Number.NaN))).toBe('Invalid Date');
    });
    it('writes booleans as Sheets does, blanks as nothing, the rest as text', () => {
      expect(displayRaw(true)).toBe('TRUE');
      expect(displayRaw(false)).toBe('FALSE');
      expect(displayRaw(null)).toBe('');
      expect(displayRaw(undefined)).toBe('');
      expect(displayRaw(' 三千 ')).toBe(' 三千 ');
      expect(displayRaw(12.5)).toBe('12.5');
      expect(displayRaw({ toString: () => 'obj' })).toBe('obj');
    });
  });

  describe('calendar days', () => {
    it('reads a day text into its parts and a Date into its local day', () => {
      expect(calendarDayOf('2026-03-05')).toEqual({ year: 2026, month: 3, day: 5 });
      expect(calendarDayOf('0999-12-31')).toEqual({ year: 999, month: 12, day: 31 });
      expect(localDateToDay(new Date(2026, 8, 9, 12))).toBe('2026-09-09');
      expect(localDateToDay(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
    });
    it('counts days to a today given as parts, one-digit months and days included', () => {
      expect(parseDateCell('2026-01-01', { year: 2026, month: 1, day: 9 })).toEqual({ ok: true, value: 8 });
      expect(parseDateCell('2025-12-31', { year: 2026, month: 1, day: 1 })).toEqual({ ok: true, value: 1 });
      expect(parseDateCell('0999-12-30', { year: 999, month: 12, day: 31 })).toEqual({ ok: true, value: 1 });
    });
  });

  describe('parseDateCell, issues', () => {
    it('names a future day with the text as typed, or a Date as its day', () => {
      expect(parseDateCell(' 2026/3/6 ', TODAY)).toEqual({ ok: false, issue: 'future_date', input: ' 2026/3/6 ' });
      expect(parseDateCell(new Date(2026, 2, 6), TODAY)).toEqual({
        ok: false,
        issue: 'future_date',
        input: '2026-03-06',
      });
    });
    it('gives each rejected cell its own issue and text', () => {
      expect(parseDateCell(46000, TODAY)).toEqual({ ok: false, issue: 'serial_date', input: '46000' });
      expect(parseDateCell(Number.POSITIVE_INFINITY, TODAY)).toEqual({
        ok: false,
        issue: 'not_a_date',
        input: 'Infinity',
      });
      expect(parseDateCell(Number.NaN, TODAY)).toEqual({ ok: false, issue: 'not_a_date', input: 'NaN' });
      expect(parseDateCell(true, TODAY)).toEqual({ ok: false, issue: 'not_a_date', input: 'TRUE' });
      expect(parseDateCell(new Date(Number.NaN), TODAY)).toEqual({
        ok: false,
        issue: 'not_a_date',
        input: 'Invalid Date',
      });
      expect(parseDateCell(' yesterday ', TODAY)).toEqual({ ok: false, issue: 'not_a_date', input: 'yesterday' });
      expect(parseDateCell(' #ref! ', TODAY)).toEqual({ ok: false, issue: 'sheet_error', input: '#ref!' });
      expect(parseDateCell(' LOADING... ', TODAY)).toEqual({ ok: false, issue: 'sheet_error', input: 'LOADING...' });
      expect(parseDateCell('\t', TODAY)).toEqual({ ok: false, issue: 'empty', input: '' });
      expect(parseDateCell(null, TODAY)).toEqual({ ok: false, issue: 'empty', input: '' });
    });
    it('ignores the time of an ISO date-time in every zone form', () => {
      for (const t of ['T10:00', 'T10:00:00.5Z', 'T23:59:59+08:00', 'T00:00-0500', 'T08:00:00Z'])
        days(`2026-03-01${t}`, 4);
      rejectsDate('2026-03-01T', 'not_a_date');
      rejectsDate('2026-03-01 T10:00x', 'not_a_date');
    });
    it('reads full-width and spaced date text', () => {
      days('２０２６－０３－０１', 4);
      days(' 2026 / 3 / 1 ', 4);
    });
  });
});
