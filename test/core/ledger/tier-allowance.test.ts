import { describe, expect, it } from 'vitest';
import { tierAllowanceCells } from '../../../src/core/ledger/tier-allowance.ts';
import { benefit, SETTINGS } from './fixtures.ts';

const TIER_NAMES = SETTINGS.tiers.map(t => t.name);
const samples = (tier: unknown) => tierAllowanceCells(benefit('samples'), TIER_NAMES, tier, 'en');

describe('tier-allowance', () => {
  describe('tierAllowanceCells', () => {
    it("gives a tier's allowance for its exact name", () => {
      expect(samples('A')).toBe(3000);
      expect(samples('D')).toBe(0);
    });

    it('reads lower case, full-width and padded names as the tier, as the rest of the add-on does', () => {
      expect(samples('a')).toBe(3000);
      expect(samples('Ａ')).toBe(3000);
      expect(samples('ｂ')).toBe(1000);
      expect(samples(' c ')).toBe(500);
    });

    it('is blank for a cell that names no tier', () => {
      for (const cell of ['', 'E', 'AA', 0, null, undefined, true]) expect(samples(cell)).toBe('');
    });

    it('maps a range cell by cell, keeping its shape', () => {
      expect(samples([['A'], ['b'], ['']])).toEqual([[3000], [1000], ['']]);
      expect(samples([['A', 'Ｃ']])).toEqual([[3000, 500]]);
    });

    it('shows Yes / No for a perk, in the language asked', () => {
      const mould = benefit('mould');
      expect(tierAllowanceCells(mould, TIER_NAMES, 'a', 'en')).toBe('Yes');
      expect(tierAllowanceCells(mould, TIER_NAMES, 'B', 'en')).toBe('No');
      expect(tierAllowanceCells(mould, TIER_NAMES, 'A', 'zh')).toBe('是');
    });

    it('counts a tier without an allowance entry as 0', () => {
      expect(tierAllowanceCells({ ...benefit('samples'), allowance: [3000] }, TIER_NAMES, 'C', 'en')).toBe(0);
    });
  });
});
