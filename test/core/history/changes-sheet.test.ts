import { describe, expect, it } from 'vitest';
import { listChanges, migrationMatrix } from '../../../src/core/history/changes.ts';
import {
  changesSheet,
  listedChanges,
  revenueDimension,
  valuesByCustomer,
} from '../../../src/core/history/changes-sheet.ts';
import { defaultSettings } from '../../../src/core/presets.ts';
import type { Settings } from '../../../src/core/settings.ts';
import { record } from './fixtures.ts';
import { graded, TABLE } from './tiered.ts';

const factory = defaultSettings('factory', 'en');

describe('changes-sheet', () => {
  describe('revenueDimension', () => {
    it("prefers the dimension with id 'revenue'", () => expect(revenueDimension(factory)).toBe('revenue'));

    it('falls back to the Pareto dimension, then to the first higher-is-better money dimension', () => {
      const trading = defaultSettings('trading', 'en');
      const noRevenue: Settings = { ...trading, dimensions: trading.dimensions.filter(d => d.id !== 'revenue') };
      const money = noRevenue.dimensions.find(d => d.unit === 'money' && d.direction === 'higher')?.id ?? null;
      expect(revenueDimension(noRevenue)).toBe(money);
      const pareto: Settings = {
        ...noRevenue,
        method: { kind: 'pareto', dimension: 'overdue_days', shares: [80, 95] },
      };
      if (noRevenue.dimensions.some(d => d.id === 'overdue_days'))
        expect(revenueDimension(pareto)).toBe('overdue_days');
    });

    it('is null when no dimension is money', () => {
      const plain: Settings = {
        ...factory,
        dimensions: factory.dimensions.map(d => ({ ...d, unit: 'plain' as const })),
      };
      expect(revenueDimension({ ...plain, dimensions: plain.dimensions.filter(d => d.id !== 'revenue') })).toBeNull();
    });
  });

  describe('valuesByCustomer', () => {
    it("maps each customer's key to its value; unreadable cells and blank rows are left out", () => {
      const values = valuesByCustomer(graded(), 'revenue');
      expect([...values.entries()].sort()).toEqual([
        ['acme', 2_000_000],
        ['beta', 600_000],
        ['bolt', 650_000],
        ['gamma', 150_000],
      ]);
    });

    it("keeps a customer's first row when it is listed twice, matching names as the ledger does", () => {
      const twice = [...TABLE, ['ＡＣＭＥ ', 1, 1, 0]];
      expect(valuesByCustomer(graded(factory, [], twice), 'revenue').get('acme')).toBe(2_000_000);
    });

    it('is empty without a dimension', () => expect(valuesByCustomer(graded(), null).size).toBe(0));
  });

  describe('changesSheet', () => {
    const history = [
      record('2026-11-01', 'Acme', 'B'),
      record('2026-11-01', 'Beta', 'B'),
      record('2026-11-20', 'Acme', 'A'),
      record('2026-11-20', 'Beta', 'B'),
    ];

    it('says there is no matrix before two snapshots', () => {
      const rows = changesSheet(null, [], [], 'en');
      expect(rows[0]?.[0]).toMatch(/snapshot/iu);
    });

    it("weighs the migration matrix by today's revenue and lists the move newest first", () => {
      const revenue = valuesByCustomer(graded(), 'revenue');
      const rows = changesSheet(migrationMatrix(history, factory, revenue), listChanges(history, factory), [], 'en');
      const width = rows[0]?.length ?? 0;
      expect(rows.every(row => row.length === width)).toBe(true);
      const flat = rows.flat();
      expect(flat).toContain(2_000_000 + 0);
      expect(flat).toContain('Acme');
      expect(flat.filter(cell => cell === 'Beta')).toEqual([]);
    });

    it('keeps the moves the sheet listed below today’s, and reads them back in either language', () => {
      const first = changesSheet(null, listChanges(history, factory), [], 'zh');
      const listed = listedChanges(first);
      expect(listed).toHaveLength(1);
      if (listed === null) throw new Error('no list');
      expect(listedChanges(changesSheet(null, [], [], 'en'))).toEqual([]);
      expect(listedChanges([['Summary']])).toBeNull();
      const later = changesSheet(null, [], listed, 'en');
      expect(listedChanges(later)).toEqual(listed);
      const full = changesSheet(null, listChanges(history, factory), listedChanges(later) ?? [], 'en');
      expect(listedChanges(full)).toHaveLength(2);
    });
  });
});
