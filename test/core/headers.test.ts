import { describe, expect, it } from 'vitest';
import { matchHeaders, normaliseHeader } from '../../src/core/headers.ts';
import { defaultSettings } from '../../src/core/presets.ts';

const factory = defaultSettings('factory', 'zh');

describe('headers', () => {
  describe('normaliseHeader', () => {
    it('ignores case, spaces and full-width forms', () => {
      expect(normaliseHeader(' Overdue  Days ')).toBe('overduedays');
      expect(normaliseHeader('ＲＥＶＥＮＵＥ')).toBe('revenue');
      expect(normaliseHeader('overdue_days')).toBe('overduedays');
      expect(normaliseHeader(null)).toBe('');
    });
  });

  describe('matchHeaders', () => {
    it('finds configured names and built-in synonyms', () => {
      expect(matchHeaders(['客户', '营业额', '毛利', '逾期天数'], factory)).toEqual({
        customer: 0,
        dimensions: [1, 2, 3],
        missing: [],
      });
      expect(matchHeaders(['Client', 'Sales', 'Gross margin', 'Days overdue'], factory)).toEqual({
        customer: 0,
        dimensions: [1, 2, 3],
        missing: [],
      });
    });

    it('reports the columns it could not find', () => {
      expect(matchHeaders(['Name', 'Revenue'], factory)).toEqual({
        customer: 0,
        dimensions: [1, null, null],
        missing: ['profit', 'overdue_days'],
      });
      expect(matchHeaders([], factory).missing).toEqual(['customer', 'revenue', 'profit', 'overdue_days']);
    });

    it('prefers configured names over synonyms and uses each column once', () => {
      const s = defaultSettings('factory', 'en');
      for (const d of s.dimensions) if (d.id === 'revenue') d.headers = ['净销售'];
      expect(matchHeaders(['Customer', '销售额', '净销售'], s).dimensions[0]).toBe(2);
      expect(matchHeaders(['Revenue', 'Revenue'], s).dimensions).toEqual([0, null, null]);
    });
  });
});
