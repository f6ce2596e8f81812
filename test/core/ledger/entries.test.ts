import { describe, expect, it } from 'vitest';
import { utcDateToDay } from '../../../src/core/days.ts';
import { type EntryIssue, entryContext, readEntry } from '../../../src/core/ledger/entries.ts';
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
});
