import { describe, expect, it } from 'vitest';
import { cellText, readHistory, splitReason, toHistoryCells } from '../../../src/core/history/record.ts';
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
  });

  describe('cellText', () => {
    it('normalises width and spaces', () => {
      expect(cellText('  Ａｃｍｅ ')).toBe('Acme');
      expect(cellText(42)).toBe('42');
      expect(cellText(null)).toBe('');
    });
  });
});
