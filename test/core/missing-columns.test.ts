import { describe, expect, it } from 'vitest';
import { matchHeaders } from '../../src/core/headers.ts';
import { findMissingColumns, neededDimensions } from '../../src/core/missing-columns.ts';
import { defaultSettings } from '../../src/core/presets.ts';

const factory = defaultSettings('factory', 'zh');
const missingIn = (headers: string[], accepted: string[] = []) =>
  findMissingColumns(headers, matchHeaders(headers, factory), factory, accepted);

describe('missing-columns', () => {
  describe('neededDimensions', () => {
    it('counts weighted dimensions, gate dimensions and the Pareto measure', () => {
      const s = defaultSettings('factory', 'zh');
      for (const d of s.dimensions) if (d.id === 'overdue_days') d.weight = 0;
      expect([...neededDimensions(s)].sort()).toEqual(['overdue_days', 'profit', 'revenue']);
      expect([...neededDimensions({ ...s, gates: [] })].sort()).toEqual(['profit', 'revenue']);
    });
  });

  describe('findMissingColumns', () => {
    it('is null when every needed column is there', () => {
      expect(missingIn(['客户名称', '销售额（万元）', '毛利', '逾期天数'])).toBeNull();
    });

    it('names each missing dimension with its share of the weights and the closest headers', () => {
      expect(missingIn(['客户名称', '开票金额', '利润', '备注'])).toEqual({
        dimensions: [
          { id: 'revenue', label: { zh: '销售额', en: 'Revenue' }, share: 50, candidates: ['开票金额'] },
          { id: 'overdue_days', label: { zh: '逾期天数', en: 'Overdue days' }, share: 35, candidates: [] },
        ],
        headers: ['客户名称', '开票金额', '利润', '备注'],
      });
    });

    it('leaves out dimensions the user chose to grade without', () => {
      expect(missingIn(['客户名称', '开票金额', '利润', '逾期天数'], ['revenue'])).toBeNull();
    });
  });
});
