import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/presets.ts';
import { classifyRows, parseDay } from '../../src/ui/preview.ts';

const NOW = new Date(2000, 0, 1);
const day = (text: string) => {
  const d = parseDay(text, () => NOW);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
};

describe('preview', () => {
  describe('parseDay', () => {
    it("reads the server's yyyy-MM-dd as that calendar day", () => {
      expect(day('2026-03-05')).toEqual([2026, 3, 5]);
      expect(day('2024-02-29')).toEqual([2024, 2, 29]);
    });

    it('falls back to now for text that is not a real day', () => {
      expect(day('2026-02-30')).toEqual([2000, 1, 1]);
      expect(day('5/3/2026')).toEqual([2000, 1, 1]);
    });
  });

  describe('classifyRows', () => {
    it('runs the core engine on the wire table, one named outcome per row, dates given as text', () => {
      const s = defaultSettings('factory', 'zh');
      const table = {
        sheetName: '客户',
        headers: ['客户名称', '销售额', '利润', '逾期天数'],
        rows: [
          ['甲', 1_200_000, 260_000, 0],
          ['乙', '三千', 1_000, 5],
          ['', '', '', ''],
        ],
      };
      const rows = classifyRows(table, s, new Date(2026, 2, 5));
      expect(rows.map(r => [r.name, r.status, r.tier])).toEqual([
        ['甲', 'tiered', 0],
        ['乙', 'invalid', null],
        ['', 'blank', null],
      ]);
    });
  });
});
