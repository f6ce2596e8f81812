import { describe, expect, it } from 'vitest';
import { changesSheetValues, listChanges, migrationMatrix } from '../../../src/core/history/index.ts';
import { record, settingsWith } from './fixtures.ts';

const settings = settingsWith(0);
const history = [
  record('2026-03-01', 'Acme', 'B', { points: { revenue: 20 } }),
  record('2026-03-01', '=Evil', 'C'),
  record('2026-03-02', 'Acme', 'A', { points: { revenue: 35 } }),
  record('2026-03-02', '=Evil', 'C'),
];

describe('history/report', () => {
  describe('changesSheetValues', () => {
    const values = changesSheetValues(
      migrationMatrix(history, settings, new Map([['Acme', 1000]])),
      listChanges(history, settings),
      [],
      'en',
    );
    it('writes a rectangle with the matrix first, then the changes', () => {
      expect(new Set(values.map(r => r.length)).size).toBe(1);
      expect(values[0]?.[0]).toBe('Migration matrix: 2026-03-01 → 2026-03-02');
      expect(values[1]?.slice(0, 6)).toEqual(['Customers · Before \\ after', 'A', 'B', 'C', 'D', 'gone']);
      expect(values[3]?.slice(0, 6)).toEqual(['B', 1, 0, 0, 0, 0]);
      expect(values[4]?.slice(0, 6)).toEqual(['C', 0, 0, 1, 0, 0]);
      expect(values[6]?.[0]).toBe('new');
      expect(values[10]?.slice(0, 2)).toEqual(['B', 1000]);
      const changesAt = values.findIndex(r => r[0] === 'Tier changes (newest first)');
      expect(values[changesAt + 2]).toEqual([
        '2026-03-02',
        '2026-03-01',
        'Acme',
        'B',
        'A',
        'up',
        50,
        50,
        'Revenue +15.0 points',
      ]);
    });
    it('says so when there is no matrix or change yet, in Chinese too', () => {
      const empty = changesSheetValues(null, [], [], 'zh');
      expect(empty.map(r => r[0])).toEqual([
        '分级存档还不到两次，暂无迁移矩阵。',
        '',
        '等级变动（最新在前）',
        '暂无等级变动。',
      ]);
    });
  });
});
