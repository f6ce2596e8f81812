import { describe, expect, it } from 'vitest';
import { findOverrideColumns, overrideCellsOf } from '../../../src/core/history/overrides.ts';

describe('history/overrides', () => {
  describe('findOverrideColumns', () => {
    it('finds English and Chinese headers regardless of case, width and spaces', () => {
      expect(
        findOverrideColumns(['Customer', 'Revenue', 'tier  OVERRIDE', 'Override reason', 'Override until']),
      ).toEqual({
        tier: 2,
        reason: 3,
        until: 4,
      });
      expect(findOverrideColumns(['客户', '覆盖截止', '等级覆盖', '覆盖原因'])).toEqual({
        tier: 2,
        reason: 3,
        until: 1,
      });
    });
    it('finds the Chinese names the add-on documents: 手动调级, 调级原因, 有效期至', () => {
      expect(findOverrideColumns(['客户名称', '销售额', '手动调级', '调级原因', '有效期至'])).toEqual({
        tier: 2,
        reason: 3,
        until: 4,
      });
    });
    it('still reads sheets set up with the earlier names 等级覆盖, 覆盖原因, 覆盖截止 (full-width too)', () => {
      expect(findOverrideColumns(['客户名称', ' 等级覆盖 ', '覆盖原因', '覆盖截止'])).toEqual({
        tier: 1,
        reason: 2,
        until: 3,
      });
      expect(findOverrideColumns(['客户名称', '覆盖等级', '覆盖截止日期'])).toEqual({
        tier: 1,
        reason: null,
        until: 2,
      });
    });
    it('reports absent columns as null', () => {
      expect(findOverrideColumns(['Customer', 'Revenue', 7])).toEqual({ tier: null, reason: null, until: null });
    });
  });

  describe('overrideCellsOf', () => {
    it('reads the cells of one row, blank for absent reason or date columns', () => {
      expect(overrideCellsOf(['Acme', 'A', 'key account'], { tier: 1, reason: 2, until: null })).toEqual({
        tier: 'A',
        reason: 'key account',
        until: '',
      });
    });
    it('gives null without a Tier override column', () => {
      expect(overrideCellsOf(['Acme'], { tier: null, reason: 0, until: null })).toBeNull();
    });
  });
});
