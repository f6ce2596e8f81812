import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/presets.ts';
import { findCustomerTable } from '../../src/core/table.ts';

const settings = defaultSettings('factory', 'zh');

describe('table', () => {
  describe('findCustomerTable', () => {
    it('finds a header row below a title and cuts off the add-on outputs', () => {
      const values = [
        ['2026 客户清单', '', '', '', '', '', ''],
        ['', '', '', '', '', '', ''],
        ['客户名称', '销售额', '利润', '逾期天数', '等级', '得分', '原因'],
        ['甲公司', 100, 10, 0, 'A', 90, 'old'],
      ];
      const found = findCustomerTable(values, settings);
      expect(found.ok).toBe(true);
      if (!found.ok) return;
      expect(found.table.headerRow).toBe(2);
      expect(found.table.headers).toEqual(['客户名称', '销售额', '利润', '逾期天数']);
      expect(found.table.rows).toEqual([['甲公司', 100, 10, 0]]);
      expect(found.table.outputs.firstColumn).toBe(5);
    });

    it('reads columns the user added after the outputs, at their sheet positions', () => {
      const values = [
        ['客户名称', '销售额', '等级', '得分', '原因', '逾期天数', '等级覆盖'],
        ['甲公司', 100, 'A', 90, 'old', 30, 'B'],
      ];
      const found = findCustomerTable(values, settings);
      expect(found.ok).toBe(true);
      if (!found.ok) return;
      expect(found.table.headers).toEqual(['客户名称', '销售额', '', '', '', '逾期天数', '等级覆盖']);
      expect(found.table.rows).toEqual([['甲公司', 100, '', '', '', 30, 'B']]);
      expect(found.table.outputs.firstColumn).toBe(3);
      expect(found.table.match.dimensions).toContain(5);
    });

    it('names the headers it looked for when there is no table', () => {
      const found = findCustomerTable([['Name of pet', 'Age']], defaultSettings('factory', 'en'));
      expect(found).toMatchObject({ ok: false, issue: 'no_header_row' });
      if (found.ok) return;
      expect(found.lookedFor).toEqual(['Customer', 'Revenue', 'Profit', 'Overdue days']);
    });

    it('reports an empty sheet', () => {
      expect(findCustomerTable([], settings)).toMatchObject({ ok: false, issue: 'empty_sheet' });
    });
  });
});
