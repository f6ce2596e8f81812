import { describe, expect, it } from 'vitest';
import { utcDateToDay } from '../../../src/core/days.ts';
import { type EntryIssue, entryContext, findBenefit, readEntry } from '../../../src/core/ledger/entries.ts';
import { SETTINGS } from './fixtures.ts';

const context = entryContext({
  today: '2026-06-30',
  toDay: utcDateToDay,
  customers: ['Acme Ltd', '华东机械'],
  benefits: SETTINGS.benefits,
});
const accepts = (row: unknown[], benefitId: string, amount: number) =>
  expect(readEntry(row, context)).toMatchObject({ ok: true, entry: { benefit: { id: benefitId }, amount } });
const rejects = (row: unknown[], issue: EntryIssue | 'blank') =>
  expect(readEntry(row, context)).toMatchObject({ ok: false, issue });

describe('ledger/entries', () => {
  describe('readEntry', () => {
    it('accepts a money entry by the benefit id or either label', () => {
      accepts(['2026-03-05', 'Acme Ltd', 'samples', 500, ''], 'samples', 500);
      accepts(['2026-03-05', 'acme  ltd', '免费样品', '¥1,200.50', ''], 'samples', 1200.5);
      accepts([new Date(Date.UTC(2026, 2, 5)), '华东机械', 'Free samples', '500元', 'note'], 'samples', 500);
    });
    it('accepts times and perks as whole numbers', () => {
      accepts(['2026-03-05', 'Acme Ltd', 'Product training', 1, ''], 'training', 1);
      accepts(['2026-03-05', 'Acme Ltd', '免费开模', '1次', ''], 'mould', 1);
    });
    it('calls a row blank when its first four cells are empty, even with a note', () =>
      rejects(['', '  ', '', '', 'just a note'], 'blank'));
    it('names each kind of bad entry', () => {
      rejects(['soon', 'Acme Ltd', 'samples', 5, ''], 'not_a_date');
      rejects([46086, 'Acme Ltd', 'samples', 5, ''], 'not_a_date');
      rejects(['1926-03-05', 'Acme Ltd', 'samples', 5, ''], 'date_out_of_range');
      rejects(['2026-07-01', 'Acme Ltd', 'samples', 5, ''], 'future_date');
      rejects(['2026-03-05', 'Nobody', 'samples', 5, ''], 'unknown_customer');
      rejects(['2026-03-05', '', 'samples', 5, ''], 'unknown_customer');
      rejects(['2026-03-05', 'Acme Ltd', 'Golf day', 5, ''], 'unknown_benefit');
      rejects(['2026-03-05', 'Acme Ltd', 'samples', 'five', ''], 'not_a_number');
      rejects(['2026-03-05', 'Acme Ltd', 'samples', true, ''], 'not_a_number');
      rejects(['2026-03-05', 'Acme Ltd', 'samples', '', ''], 'not_a_number');
      rejects(['2026-03-05', 'Acme Ltd', 'samples', -5, ''], 'negative');
      rejects(['2026-03-05', 'Acme Ltd', 'training', 1.5, ''], 'not_whole');
    });
    it('keeps the offending cell as text for the message', () =>
      expect(readEntry(['2026-03-05', 'Nobody', 'samples', 5], context)).toEqual({
        ok: false,
        issue: 'unknown_customer',
        input: 'Nobody',
      }));
    it('accepts any named customer when no customer list is given', () => {
      const open = entryContext({
        today: '2026-06-30',
        toDay: utcDateToDay,
        customers: null,
        benefits: SETTINGS.benefits,
      });
      expect(readEntry(['2026-03-05', 'Nobody', 'samples', 5], open)).toMatchObject({ ok: true });
      expect(readEntry(['2026-03-05', '', 'samples', 5], open)).toMatchObject({ issue: 'unknown_customer' });
    });
  });

  describe('readEntry (amount text)', () => {
    const amount = (cell: unknown) => {
      const read = readEntry(['2026-03-05', 'Acme Ltd', 'samples', cell], context);
      return read.ok ? read.entry.amount : read.issue;
    };
    it('reads currency signs, units, group commas, spaces and full-width digits', () => {
      expect(['$5', '€5', '£5', 'RMB5', 'cny 5', '5 times', '5time', '5次', '５', '1 200'].map(amount)).toEqual([
        5, 5, 5, 5, 5, 5, 5, 5, 5, 1200,
      ]);
      expect(amount('1,200,300.25')).toBe(1200300.25);
      expect(amount(0)).toBe(0);
    });
    it('rejects text that is not one plain number', () => {
      for (const cell of ['1,20', '12,34,5', '5x', 'x5', '1.2.3', '.5', '5.', '¥', '--5', `1${'0'.repeat(400)}`])
        expect([cell, amount(cell)]).toEqual([cell, 'not_a_number']);
      expect(amount(Number.POSITIVE_INFINITY)).toBe('not_a_number');
      expect(amount(Number.NaN)).toBe('not_a_number');
      expect(amount('-5')).toBe('negative');
      expect(amount('¥-1,000')).toBe('negative');
    });
  });

  describe('readEntry (dates and inputs)', () => {
    it('accepts the earliest day and today, not the days around them', () => {
      expect(readEntry(['2000-01-01', 'Acme Ltd', 'samples', 1], context)).toMatchObject({ ok: true });
      expect(readEntry(['1999-12-31', 'Acme Ltd', 'samples', 1], context)).toMatchObject({
        issue: 'date_out_of_range',
        input: '1999-12-31',
      });
      expect(readEntry(['2026-06-30', 'Acme Ltd', 'samples', 1], context)).toMatchObject({
        ok: true,
        entry: { day: '2026-06-30', customer: 'acme ltd' },
      });
      expect(readEntry(['2026-07-01', 'Acme Ltd', 'samples', 1], context)).toMatchObject({ input: '2026-07-01' });
    });
    it('keeps a bad Date or a missing cell as text for the message', () => {
      const date = new Date(Date.UTC(1990, 0, 2));
      expect(readEntry([date, 'Acme Ltd', 'samples', 1], context)).toEqual({
        ok: false,
        issue: 'date_out_of_range',
        input: '1990-01-02',
      });
      expect(readEntry(['2026-03-05', null, 'samples', 1], context)).toEqual({
        ok: false,
        issue: 'unknown_customer',
        input: '',
      });
      expect(readEntry(['2026-03-05', 'Acme Ltd', 'samples'], context)).toEqual({
        ok: false,
        issue: 'not_a_number',
        input: '',
      });
      expect(readEntry([null, undefined, ' ', ''], context)).toEqual({ ok: false, issue: 'blank' });
      expect(readEntry([null, undefined, ' ', 0], context)).toMatchObject({ issue: 'not_a_date' });
    });
    it('accepts whole times and any money amount', () => {
      accepts(['2026-03-05', 'Acme Ltd', 'samples', 0.01], 'samples', 0.01);
      accepts(['2026-03-05', 'Acme Ltd', 'training', 2], 'training', 2);
      rejects(['2026-03-05', 'Acme Ltd', 'mould', 0.5], 'not_whole');
    });
    it('ignores blank customer names in the customer list', () => {
      const blanks = entryContext({ today: '2026-06-30', toDay: utcDateToDay, customers: ['', ' '], benefits: [] });
      expect(blanks.customers).toEqual(new Set());
    });
  });

  describe('findBenefit', () => {
    const [samples, training] = SETTINGS.benefits;
    it('finds a benefit by id or either label, ignoring case, width and spaces', () => {
      expect(findBenefit(SETTINGS.benefits, ' SAMPLES ')).toBe(samples);
      expect(findBenefit(SETTINGS.benefits, '免费培训')).toBe(training);
      expect(findBenefit(SETTINGS.benefits, 'product  training')).toBe(training);
    });
    it('finds nothing for a blank or unknown name, and the first of two with the same name', () => {
      expect(findBenefit(SETTINGS.benefits, '')).toBeUndefined();
      expect(findBenefit(SETTINGS.benefits, 'Golf day')).toBeUndefined();
      const twin = { ...SETTINGS.benefits[2], id: 'samples' } as (typeof SETTINGS.benefits)[number];
      expect(
        findBenefit(
          [samples, twin].filter(b => b !== undefined),
          'samples',
        ),
      ).toBe(samples);
      const context2 = entryContext({
        today: '2026-06-30',
        toDay: utcDateToDay,
        customers: null,
        benefits: [twin, samples].filter(b => b !== undefined),
      });
      expect(readEntry(['2026-03-05', 'X', 'samples', 1], context2)).toMatchObject({
        entry: { benefit: { kind: 'perk' } },
      });
    });
  });
});
