import { describe, expect, it } from 'vitest';
import { listChanges, migrationMatrix, snapshotDates } from '../../../src/core/history/index.ts';
import { record, settingsWith } from './fixtures.ts';

const settings = settingsWith(0);

describe('history/changes', () => {
  describe('snapshotDates', () => {
    it('lists distinct dates oldest first', () => {
      const history = [record('2026-03-02', 'a', 'A'), record('2026-03-01', 'b', 'A'), record('2026-03-02', 'b', 'A')];
      expect(snapshotDates(history)).toEqual(['2026-03-01', '2026-03-02']);
    });
  });

  describe('listChanges', () => {
    it('lists moves newest first with their direction and the dimension that moved most', () => {
      const history = [
        record('2026-03-01', 'Acme', 'B', { points: { revenue: 30, profit: 10 } }),
        record('2026-03-01', 'Beta', 'A'),
        record('2026-03-02', 'Acme', 'A', { points: { revenue: 45, profit: 8 } }),
        record('2026-03-02', 'Beta', 'A'),
        record('2026-03-03', 'Acme', 'C', { points: { revenue: 20, profit: 9 } }),
      ];
      const changes = listChanges(history, settings);
      expect(changes.map(c => [c.date, c.customer, c.from, c.to, c.direction])).toEqual([
        ['2026-03-03', 'Acme', 'A', 'C', 'down'],
        ['2026-03-02', 'Acme', 'B', 'A', 'up'],
      ]);
      expect(changes[1]?.reason.en).toBe('Revenue +15.0 points');
      expect(changes[0]?.reason.zh).toBe('销售额 −25.0 分');
    });
    it('reads a tier typed differently ("a", "Ａ") as the same tier: no move, and the matrix counts it there', () => {
      const history = [
        record('2026-03-01', 'Acme', 'a'),
        record('2026-03-01', 'Beta', 'Ａ'),
        record('2026-03-02', 'Acme', 'A'),
        record('2026-03-02', 'Beta', 'A'),
      ];
      expect(listChanges(history, settings)).toEqual([]);
      const matrix = migrationMatrix(history, settings, new Map());
      expect(matrix?.counts[0]?.[0]).toBe(2);
      expect(matrix?.counts.flat().reduce((a, b) => a + b, 0)).toBe(2);
    });

    it('names a gate that fired or lifted, an override, and an ended grace period', () => {
      const history = [
        record('2026-03-01', 'Gate', 'A'),
        record('2026-03-02', 'Gate', 'B', { gate: 'overdue_days' }),
        record('2026-03-03', 'Gate', 'A'),
        record('2026-03-01', 'Over', 'C'),
        record('2026-03-02', 'Over', 'A', { override: true }),
        record('2026-03-01', 'Grace', 'A', { grace: 2 }),
        record('2026-03-02', 'Grace', 'B', { points: { revenue: 30 } }),
      ];
      const reasons = Object.fromEntries(
        listChanges(history, settings).map(c => [`${c.customer}@${c.date}`, c.reason.en]),
      );
      expect(reasons).toEqual({
        'Gate@2026-03-03': 'gate lifted: Overdue days',
        'Gate@2026-03-02': 'gate applied: Overdue days',
        'Over@2026-03-02': 'manual override',
        'Grace@2026-03-02': 'grace period (2) ended',
      });
    });
    it('adds the score change, marks unknown tiers as moved and falls back to a settings change', () => {
      const history = [
        { ...record('2026-03-01', 'Acme', 'A', null), score: 81 },
        { ...record('2026-03-02', 'Acme', 'Gold', null), score: 79 },
        record('2026-03-01', 'Same', 'A'),
        record('2026-03-02', 'Same', 'B'),
      ];
      const changes = listChanges(history, settings);
      expect(changes.map(c => [c.customer, c.direction, c.reason.en])).toEqual([
        ['Acme', 'moved', 'score 81 → 79'],
        ['Same', 'down', 'tier settings changed'],
      ]);
    });
    it('follows one customer across spellings and names it as last written', () => {
      const history = [
        record('2026-03-01', 'Acme Ltd', 'A'),
        record('2026-03-02', 'ACME  Ltd', 'A'),
        record('2026-03-03', 'acme ltd', 'B'),
      ];
      expect(listChanges(history, settings).map(c => [c.date, c.previousDate, c.customer, c.from, c.to])).toEqual([
        ['2026-03-03', '2026-03-02', 'acme ltd', 'A', 'B'],
      ]);
    });
    it('keeps only the newest moves with a limit', () => {
      const history = ['A', 'B', 'C', 'D'].map((tier, i) => record(`2026-03-0${i + 1}`, 'Acme', tier));
      expect(listChanges(history, settings, { limit: 2 }).map(c => c.to)).toEqual(['D', 'C']);
    });
  });

  describe('migrationMatrix', () => {
    const history = [
      record('2026-02-01', 'x', 'D'),
      record('2026-03-01', 'Acme', 'A'),
      record('2026-03-01', 'Beta', 'B'),
      record('2026-03-01', 'Gone', 'C'),
      record('2026-03-02', 'Acme', 'A'),
      record('2026-03-02', 'Beta', 'A'),
      record('2026-03-02', 'New', 'D'),
    ];
    const revenue = new Map([
      ['Acme', 100],
      ['Beta', 40],
      ['New', 5],
    ]);

    it('counts tier before × tier after for the last two snapshots, with new and gone buckets', () => {
      const matrix = migrationMatrix(history, settings, revenue);
      expect(matrix).toMatchObject({ from: '2026-03-01', to: '2026-03-02', before: ['A', 'B', 'C', 'D', null] });
      expect(matrix?.counts).toEqual([
        [1, 0, 0, 0, 0],
        [1, 0, 0, 0, 0],
        [0, 0, 0, 0, 1],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 1, 0],
      ]);
      expect(matrix?.revenue[1]).toEqual([40, 0, 0, 0, 0]);
      expect(matrix?.revenue[4]).toEqual([0, 0, 0, 5, 0]);
    });
    it('counts a customer spelled differently in the two snapshots once, with its revenue', () => {
      const spelled = [record('2026-03-01', 'Acme Ltd', 'B'), record('2026-03-02', 'ACME  Ltd', 'A')];
      const matrix = migrationMatrix(spelled, settings, new Map([['acme LTD', 70]]));
      expect(matrix?.counts[1]).toEqual([1, 0, 0, 0, 0]);
      expect(matrix?.counts[4]).toEqual([0, 0, 0, 0, 0]);
      expect(matrix?.revenue[1]).toEqual([70, 0, 0, 0, 0]);
    });
    it('compares two given dates and returns null for a date without a snapshot', () => {
      expect(migrationMatrix(history, settings, revenue, { from: '2026-02-01', to: '2026-03-02' })?.counts[3]).toEqual([
        0, 0, 0, 0, 1,
      ]);
      expect(migrationMatrix(history, settings, revenue, { from: '2026-01-01', to: '2026-03-02' })).toBeNull();
      expect(migrationMatrix([record('2026-03-01', 'a', 'A')], settings, revenue)).toBeNull();
    });
  });
});
