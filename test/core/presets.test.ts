import { describe, expect, it } from 'vitest';
import { defaultSettings, PRESET_NAMES } from '../../src/core/presets.ts';

describe('presets', () => {
  describe('defaultSettings', () => {
    it('stays well under the 9 KB Properties limit', () => {
      for (const preset of PRESET_NAMES) {
        expect(new TextEncoder().encode(JSON.stringify(defaultSettings(preset, 'zh'))).length).toBeLessThan(4500);
      }
    });

    it('leads with revenue for factories and profit for traders', () => {
      const ids = (p: 'factory' | 'trading' | 'custom') =>
        defaultSettings(p, 'en').dimensions.map(d => [d.id, d.weight]);
      expect(ids('factory')).toEqual([
        ['revenue', 50],
        ['profit', 15],
        ['overdue_days', 35],
      ]);
      expect(ids('trading')).toEqual([
        ['profit', 60],
        ['revenue', 20],
        ['overdue_days', 20],
      ]);
      expect(ids('custom')).toEqual([['revenue', 100]]);
    });

    it('gates factories on overdue days', () => {
      expect(defaultSettings('factory', 'zh').gates).toEqual([
        { atMost: 2, dimension: 'overdue_days', op: '>', value: 90 },
        { atMost: 3, dimension: 'overdue_days', op: '>', value: 180 },
      ]);
    });

    it('carries the article benefits', () => {
      expect(defaultSettings('custom', 'zh').benefits.map(b => [b.id, b.kind, b.allowance, b.periods])).toEqual([
        ['samples', 'money', [3000, 1000, 500, 0], ['year', 'year', 'year', 'year']],
        // The article's rhythm: A once a quarter, B once every half-year, C once a year.
        ['training', 'times', [1, 1, 1, 0], ['quarter', 'half', 'year', 'year']],
        ['mould', 'perk', [1, 0, 0, 0], ['year', 'year', 'year', 'year']],
      ]);
    });

    it('returns a fresh copy each time', () => {
      const a = defaultSettings('factory', 'zh');
      a.tiers[0] = { name: 'X', color: '#000000' };
      a.benefits[0]?.allowance.fill(0);
      expect(defaultSettings('factory', 'zh').tiers[0]?.name).toBe('A');
      expect(defaultSettings('factory', 'zh').benefits[0]?.allowance[0]).toBe(3000);
    });
  });
});
