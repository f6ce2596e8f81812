// The interval rows cell by cell: which layout a header is, how a row's cells are read back (dates, Published,
// bookkeeping keys), the grace baselines of open rows, and the conversion of a short daily history.
import { describe, expect, it } from 'vitest';
import {
  baselinesOf,
  dayBefore,
  type HistoryInterval,
  historyLayout,
  INTERVAL_HEADERS,
  intervalsFromDaily,
  readIntervals,
  stateOf,
  toIntervalCells,
} from '../../../src/core/history/intervals.ts';
import { record, utcKey } from './fixtures.ts';

const FACTS = { computed: 'B', points: {}, gate: null, grace: 0, override: false };
const ROW: HistoryInterval = {
  from: '2026-03-01',
  to: null,
  customer: 'Acme',
  tier: 'B',
  score: 50,
  why: 'why B',
  facts: FACTS,
  published: false,
  asOf: '2026-03-01',
  before: null,
  missing: null,
  absentBefore: false,
};
const read = (cells: readonly unknown[]) => readIntervals([cells], utcKey)[0]?.interval;

describe('history/intervals', () => {
  describe('historyLayout', () => {
    it('tells the interval, daily and unknown header rows apart in both languages', () => {
      expect(historyLayout(INTERVAL_HEADERS.en)).toBe('intervals');
      expect(historyLayout([' 起始日期 ', '截止日期'])).toBe('intervals');
      expect(historyLayout(['Date', 'Customer', 'Tier'])).toBe('daily');
      expect(historyLayout(['日期', '客户'])).toBe('daily');
      expect(historyLayout(['From', 'Customer'])).toBe('unknown');
      expect(historyLayout(['Date', 'To'])).toBe('unknown');
      expect(historyLayout([])).toBe('unknown');
    });
  });

  describe('toIntervalCells', () => {
    it('writes an open row with a blank To, a blank score and only the facts in the data column', () => {
      expect(toIntervalCells({ ...ROW, score: null })).toEqual([
        '2026-03-01',
        '',
        'Acme',
        'B',
        '',
        'why B',
        false,
        '{"c":"B","p":{}}',
      ]);
    });
    it('adds the bookkeeping keys only when they differ from the defaults', () => {
      const cells = toIntervalCells({
        ...ROW,
        to: '2026-03-09',
        asOf: '2026-03-04',
        before: { tier: 'C', grace: 2, override: true },
        missing: '2026-03-10',
        absentBefore: true,
      });
      expect(cells[1]).toBe('2026-03-09');
      expect(cells[7]).toBe('{"c":"B","p":{},"a":"2026-03-04","b":{"t":"C","r":2,"o":1},"m":"2026-03-10","x":1}');
      expect(toIntervalCells({ ...ROW, before: { tier: 'C', grace: 0, override: false } })[7]).toBe(
        '{"c":"B","p":{},"b":{"t":"C","r":0,"o":0}}',
      );
    });
  });

  describe('readIntervals', () => {
    it('reads back what toIntervalCells wrote, with the row position', () => {
      const row = {
        ...ROW,
        asOf: '2026-03-02',
        before: { tier: 'A', grace: 1, override: false },
        missing: '2026-03-05',
      };
      expect(readIntervals([['', '', '', ''], toIntervalCells(row)], utcKey)).toEqual([{ row: 1, interval: row }]);
    });
    it('treats an unreadable To as open and skips rows without a From, customer or tier', () => {
      expect(read(['2026-03-01', 'soon', 'Acme', 'B'])?.to).toBeNull();
      expect(read(['2026/3/1', '2026/3/4', 'Acme', 'B'])).toMatchObject({ from: '2026-03-01', to: '2026-03-04' });
      expect(read(['x', '', 'Acme', 'B'])).toBeUndefined();
      expect(read(['2026-03-01', '', ' ', 'B'])).toBeUndefined();
      expect(read(['2026-03-01', '', 'Acme', ''])).toBeUndefined();
    });
    it('reads Published from TRUE in any case or a boolean, anything else false', () => {
      const published = (cell: unknown) => read(['2026-03-01', '', 'Acme', 'B', 1, 'r', cell])?.published;
      expect([true, ' true ', 'TRUE', 'True'].map(published)).toEqual([true, true, true, true]);
      expect([false, 'yes', 1, ''].map(published)).toEqual([false, false, false, false]);
    });
    it('reads the score only from finite numbers and a reason from any cell', () => {
      expect(read(['2026-03-01', '', 'Acme', 'B', Number.NaN, 7])).toMatchObject({ score: null, why: '7' });
      expect(read(['2026-03-01', '', 'Acme', 'B', '5', null])).toMatchObject({ score: null, why: '' });
      expect(read(['2026-03-01', '', 'Acme', 'B', 0, true])).toMatchObject({ score: 0, why: 'true' });
    });
    it('reads the facts from the data column (trimmed), else from an old trailer in the reason', () => {
      const facts = { computed: 'C', points: { x: 1 }, gate: null, grace: 0, override: false };
      expect(read(['2026-03-01', '', 'Acme', 'B', 1, 'why', false, ' {"c":"C","p":{"x":1}} '])).toMatchObject({
        why: 'why',
        facts,
      });
      expect(read(['2026-03-01', '', 'Acme', 'B', 1, 'why ⟦{"c":"C","p":{"x":1}}⟧', false, ''])).toMatchObject({
        why: 'why',
        facts,
      });
      expect(read(['2026-03-01', '', 'Acme', 'B', 1, 'why', false, 5])).toMatchObject({ why: 'why', facts: null });
    });
    it('ignores malformed bookkeeping keys', () => {
      const data = (json: string) => read(['2026-03-01', '', 'Acme', 'B', 1, 'w', false, json]);
      expect(data('{"c":"B","p":{},"a":5,"m":7,"x":true}')).toMatchObject({
        asOf: '2026-03-01',
        missing: null,
        absentBefore: false,
      });
      for (const b of ['null', '[]', '"C"', '{"r":1}', '{"t":1}'])
        expect(data(`{"c":"B","p":{},"b":${b}}`)?.before).toBeNull();
      expect(data('{"c":"B","p":{},"b":{"t":"C","r":-1,"o":true}}')?.before).toEqual({
        tier: 'C',
        grace: 0,
        override: false,
      });
      expect(data('{"c":"B","p":{},"b":{"t":"C","r":"2"}}')?.before).toEqual({ tier: 'C', grace: 0, override: false });
    });
  });

  describe('stateOf and baselinesOf', () => {
    it('reads a row without facts as not in grace and not overridden', () => {
      expect(stateOf({ tier: 'A', facts: null })).toEqual({ tier: 'A', grace: 0, override: false });
      expect(stateOf({ tier: 'A', facts: { ...FACTS, grace: 2, override: true } })).toEqual({
        tier: 'A',
        grace: 2,
        override: true,
      });
    });
    it('takes open rows only: the row itself when written before today, its `before` when written today', () => {
      const before = { tier: 'C', grace: 1, override: false };
      const rows: HistoryInterval[] = [
        { ...ROW, customer: 'Acme', asOf: '2026-03-04' },
        { ...ROW, customer: 'Beta', asOf: '2026-03-05', before },
        { ...ROW, customer: 'Gamma', asOf: '2026-03-05', before: null },
        { ...ROW, customer: 'Delta', to: '2026-03-04', asOf: '2026-03-01' },
      ];
      expect(baselinesOf(rows, '2026-03-05')).toEqual(
        new Map([
          ['acme', { tier: 'B', grace: 0, override: false }],
          ['beta', before],
        ]),
      );
    });
  });

  describe('dayBefore', () => {
    it('steps back over month and year ends', () => {
      expect(dayBefore('2026-03-01')).toBe('2026-02-28');
      expect(dayBefore('2026-01-01')).toBe('2025-12-31');
    });
  });

  describe('intervalsFromDaily', () => {
    it('joins runs of a tier, closes a run the day before the next tier and marks a later absence', () => {
      const records = [
        record('2026-03-01', 'Acme', 'B'),
        record('2026-03-03', 'Acme', 'B', { grace: 1 }),
        record('2026-03-05', 'Acme', 'A'),
        record('2026-03-01', 'Beta', 'C'),
        record('2026-03-07', 'Gamma', 'D'),
      ];
      const out = intervalsFromDaily(records);
      expect(out.map(r => [r.customer, r.from, r.to, r.tier, r.asOf, r.missing, r.absentBefore])).toEqual([
        ['Acme', '2026-03-01', '2026-03-04', 'B', '2026-03-03', null, false],
        ['Acme', '2026-03-05', null, 'A', '2026-03-05', '2026-03-07', false],
        ['Beta', '2026-03-01', null, 'C', '2026-03-01', '2026-03-03', false],
        ['Gamma', '2026-03-07', null, 'D', '2026-03-07', null, false],
      ]);
      expect(out[0]?.facts?.grace).toBe(1);
      expect(out[1]?.before).toEqual({ tier: 'B', grace: 1, override: false });
      expect(out[0]?.before).toEqual({ tier: 'B', grace: 0, override: false });
    });
    it('marks a customer back after a missed snapshot as absent before', () => {
      const records = [
        record('2026-03-01', 'Acme', 'B'),
        record('2026-03-01', 'Beta', 'B'),
        record('2026-03-02', 'Beta', 'B'),
        record('2026-03-03', 'Acme', 'A'),
      ];
      const acme = intervalsFromDaily(records).filter(r => r.customer === 'Acme');
      expect(acme.map(r => [r.tier, r.to, r.absentBefore, r.missing])).toEqual([
        ['B', '2026-03-02', false, null],
        ['A', null, true, null],
      ]);
    });
  });
});
