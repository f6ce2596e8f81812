import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellText,
  factsData,
  readHistory,
  type SnapshotFacts,
  splitReason,
  toHistoryCells,
  withFactsData,
} from '../../../src/core/history/record.ts';
import { record, utcKey } from './fixtures.ts';

describe('history/record', () => {
  describe('toHistoryCells', () => {
    // The old one-row-per-day layout (only converted now): date, customer, tier, score, reason with its trailer.
    it('writes date, customer, tier, score, reason in this order', () => {
      const cells = toHistoryCells(record('2026-03-05', 'Acme', 'B', null));
      expect(cells).toEqual(['2026-03-05', 'Acme', 'B', 50, 'why B']);
    });
    it('keeps the facts as a compact trailer of the reason; a missing score is blank', () => {
      const cells = toHistoryCells({
        ...record('2026-03-05', 'Acme', 'B', { gate: 'overdue_days', grace: 2, points: { revenue: 12.345 } }),
        score: null,
      });
      expect(cells[3]).toBe('');
      expect(cells[4]).toBe('why B ⟦{"c":"B","p":{"revenue":12.3},"g":"overdue_days","r":2}⟧');
    });
  });

  describe('readHistory', () => {
    it('round-trips what toHistoryCells wrote', () => {
      const original = record('2026-03-05', 'Acme', 'B', { override: true, computed: 'C', points: { profit: 7.5 } });
      expect(readHistory([toHistoryCells(original)], utcKey)).toEqual({ records: [original], skipped: 0 });
    });
    it('reads rows with the facts as a tail of the reason', () => {
      const old = ['2026-03-05', 'Acme', 'B', 50, 'why B ⟦{"c":"C","p":{"revenue":12.3},"g":"overdue_days"}⟧'];
      expect(readHistory([old], utcKey).records).toEqual([
        {
          date: '2026-03-05',
          customer: 'Acme',
          tier: 'B',
          score: 50,
          why: 'why B',
          facts: { computed: 'C', points: { revenue: 12.3 }, gate: 'overdue_days', grace: 0, override: false },
        },
      ]);
    });
    it('reads Date cells, trims names and keeps reasons without a trailer', () => {
      const { records } = readHistory(
        [[new Date(Date.UTC(2026, 2, 5)), ' Acme ', 'A', 'n/a', 'typed by hand']],
        utcKey,
      );
      expect(records).toEqual([
        { date: '2026-03-05', customer: 'Acme', tier: 'A', score: null, why: 'typed by hand', facts: null },
      ]);
    });
    it('keeps a name as written: case and inner spaces are not changed', () => {
      const { records } = readHistory([['2026-03-05', ' ACME  Ltd ', 'A', 80, '']], utcKey);
      expect(records.map(r => r.customer)).toEqual(['ACME  Ltd']);
    });
    it('skips and counts unreadable rows but not blank ones', () => {
      const result = readHistory(
        [
          ['', '', '', '', ''],
          ['yesterday', 'Acme', 'A', 1, ''],
          ['2026-03-05', '', 'A', 1, ''],
          ['2026-03-05', 'Acme', 'A', 1, ''],
        ],
        utcKey,
      );
      expect(result.skipped).toBe(2);
      expect(result.records.map(r => r.customer)).toEqual(['Acme']);
    });
  });

  describe('splitReason', () => {
    it('leaves a broken trailer in the text', () => {
      expect(splitReason('why ⟦{not json}⟧')).toEqual({ why: 'why ⟦{not json}⟧', facts: null, data: {} });
      expect(splitReason('why ⟦{"c":"A","p":{"x":"1"}}⟧').facts).toBeNull();
    });
    it('needs the trailer at the very end and reads the last one', () => {
      const trailer = '⟦{"c":"A","p":{}}⟧';
      expect(splitReason(`why ${trailer} later`)).toEqual({ why: `why ${trailer} later`, facts: null, data: {} });
      expect(splitReason(`why ${trailer}`).why).toBe('why');
      expect(splitReason(`a ⟦b⟧ c ${trailer}`).why).toBe('a ⟦b⟧ c');
      expect(splitReason('no trailer')).toEqual({ why: 'no trailer', facts: null, data: {} });
    });
    it('rejects trailers that are not a facts object', () => {
      for (const json of ['[1]', 'null', '"x"', '{"p":{}}', '{"c":1,"p":{}}', '{"c":"A","p":[]}', '{"c":"A"}'])
        expect(splitReason(`why ⟦${json}⟧`)).toEqual({ why: `why ⟦${json}⟧`, facts: null, data: {} });
      expect(splitReason('why ⟦{"c":"A","p":{"x":null}}⟧').facts).toBeNull();
    });
    it('reads a null computed tier and defaults the optional keys', () => {
      expect(splitReason('why ⟦{"c":null,"p":{"x":1.5}}⟧')).toEqual({
        why: 'why',
        facts: { computed: null, points: { x: 1.5 }, gate: null, grace: 0, override: false },
        data: { c: null, p: { x: 1.5 } },
      });
    });
    it('ignores malformed optional keys and keeps extra keys in data', () => {
      const bad = splitReason('w ⟦{"c":"A","p":{},"g":3,"r":1.5,"o":true,"k":"keep"}⟧');
      expect(bad.facts).toEqual({ computed: 'A', points: {}, gate: null, grace: 0, override: false });
      expect(bad.data).toEqual({ c: 'A', p: {}, g: 3, r: 1.5, o: true, k: 'keep' });
      expect(splitReason('w ⟦{"c":"A","p":{},"r":-2}⟧').facts?.grace).toBe(0);
      expect(splitReason('w ⟦{"c":"A","p":{},"r":0}⟧').facts?.grace).toBe(0);
      expect(splitReason('w ⟦{"c":"A","p":{},"r":"2"}⟧').facts?.grace).toBe(0);
      expect(splitReason('w ⟦{"c":"A","p":{},"r":3,"o":1,"g":"x"}⟧').facts).toEqual({
        computed: 'A',
        points: {},
        gate: 'x',
        grace: 3,
        override: true,
      });
    });
  });

  describe('factsData and withFactsData', () => {
    const facts: SnapshotFacts = {
      computed: 'B',
      points: { a: 1.26, b: Number.NaN },
      gate: null,
      grace: 0,
      override: false,
    };
    it('writes only the keys that differ from the defaults, points to one decimal, non-finite points dropped', () => {
      expect(factsData(facts)).toBe('{"c":"B","p":{"a":1.3}}');
      expect(factsData({ ...facts, gate: 'g', grace: 1, override: true })).toBe(
        '{"c":"B","p":{"a":1.3},"g":"g","r":1,"o":1}',
      );
      expect(factsData(facts, { k: 2 })).toBe('{"c":"B","p":{"a":1.3},"k":2}');
      expect(factsData(null, { k: 2 })).toBe('');
    });
    it('joins a reason and its data into the form splitReason reads', () => {
      const joined = withFactsData('why', factsData(facts, { k: 2 }));
      expect(joined).toBe('why ⟦{"c":"B","p":{"a":1.3},"k":2}⟧');
      expect(splitReason(joined)).toEqual({
        why: 'why',
        facts: { computed: 'B', points: { a: 1.3 }, gate: null, grace: 0, override: false },
        data: { c: 'B', p: { a: 1.3 }, k: 2 },
      });
    });
    it('round-trips generated facts, points rounded to one decimal', () => {
      const factsArb = fc.record({
        computed: fc.option(fc.string(), { nil: null }),
        points: fc.dictionary(
          fc.string().filter(k => k !== '__proto__'),
          fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        ),
        gate: fc.option(fc.string(), { nil: null }),
        grace: fc.nat(50),
        override: fc.boolean(),
      });
      fc.assert(
        fc.property(fc.string(), factsArb, (why, f) => {
          const back = splitReason(withFactsData(why, factsData(f)));
          const rounded = Object.fromEntries(
            Object.entries(f.points).map(([k, v]) => [k, Math.round(v * 10) / 10 + 0] /* JSON writes -0 as 0 */),
          );
          expect(back.why).toBe(why);
          expect(back.facts).toEqual({ ...f, points: rounded });
        }),
      );
    });
  });

  describe('readHistory (cells)', () => {
    it('reads only finite numbers as scores and any cell as a reason', () => {
      const rows = [
        ['2026-03-05', 'A', 'A', Number.POSITIVE_INFINITY, 12],
        ['2026-03-05', 'B', 'A', Number.NaN, null],
        ['2026-03-05', 'C', 'A', '50', true],
        ['2026-03-05', 'D', 'A', 0, undefined],
      ];
      expect(readHistory(rows, utcKey).records.map(r => [r.score, r.why])).toEqual([
        [null, '12'],
        [null, ''],
        [null, 'true'],
        [0, ''],
      ]);
    });
    it('counts a row with any non-blank cell as skipped, a row of blanks, nulls and undefined not', () => {
      const rows = [
        [null, undefined, '', null, undefined],
        [null, null, null, null, 0],
        ['2026-03-05', 'Acme', '', 1, ''],
        ['2026-03-05', 'Acme', ' ', 1, ''],
      ];
      expect(readHistory(rows, utcKey)).toEqual({ records: [], skipped: 3 });
    });
  });

  describe('cellText', () => {
    it('normalises width and spaces', () => {
      expect(cellText('  Ａｃｍｅ ')).toBe('Acme');
      expect(cellText(42)).toBe('42');
      expect(cellText(null)).toBe('');
    });
    it('writes booleans as text and other cells as blank', () => {
      expect(cellText(true)).toBe('true');
      expect(cellText(false)).toBe('false');
      expect(cellText(new Date(0))).toBe('');
      expect(cellText(undefined)).toBe('');
    });
  });
});
