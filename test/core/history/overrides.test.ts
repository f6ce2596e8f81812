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
