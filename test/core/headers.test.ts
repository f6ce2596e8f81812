import { describe, expect, it } from 'vitest';
import { splitHeader } from '../../src/core/header-words.ts';
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
      expect(matchHeaders(['客户', '营业额', '毛利', '逾期天数'], factory)).toMatchObject({
        customer: 0,
        dimensions: [1, 2, 3],
        missing: [],
      });
      expect(matchHeaders(['Client', 'Sales', 'Gross margin', 'Days overdue'], factory)).toMatchObject({
        customer: 0,
        dimensions: [1, 2, 3],
        missing: [],
      });
    });

    it('reports the columns it could not find', () => {
      expect(matchHeaders(['Name', 'Revenue'], factory)).toMatchObject({
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

    it('finds the columns of the issue: units, brackets, years and qualifiers around the name', () => {
      const found = (header: string) => matchHeaders(['客户名称', header], factory).dimensions[0];
      for (const h of [
        '销售额(元)',
        '销售额（万元）',
        '本年销售额',
        '2026年销售额',
        '含税销售额',
        '销售收入（含税）',
      ]) {
        expect(found(h), h).toBe(1);
      }
      for (const h of ['Revenue (USD)', 'Sales 2026', 'Revenue, k$']) expect(found(h), h).toBe(1);
    });

    it('takes this year over last year and says which it used', () => {
      const match = matchHeaders(['客户名称', '去年销售额', '本年销售额'], factory);
      expect(match.dimensions[0]).toBe(2);
      expect(match.choices).toEqual([{ purpose: 'revenue', column: 2, others: [1], rule: 'recent' }]);
    });

    it('takes the configured name over a qualified one and says so', () => {
      const match = matchHeaders(['客户名称', '本年销售额', '销售额'], factory);
      expect(match.dimensions[0]).toBe(2);
      expect(match.choices).toEqual([{ purpose: 'revenue', column: 2, others: [1], rule: 'name' }]);
    });

    it('says when the only column found holds an earlier year', () => {
      expect(matchHeaders(['客户名称', '去年销售额'], factory).choices).toEqual([
        { purpose: 'revenue', column: 1, others: [], rule: 'past' },
      ]);
    });

    it('does not take a column that only shares a word', () => {
      expect(matchHeaders(['客户名称', '逾期金额', '毛利率'], factory).dimensions).toEqual([null, null, null]);
    });
  });

  describe('matchHeaders, ranks and choices', () => {
    const zh = defaultSettings('factory', 'zh');
    it('ranks a configured header over the label, the label over a core word, and a core word over a synonym', () => {
      const s = defaultSettings('factory', 'en');
      const revenue = s.dimensions.find(d => d.id === 'revenue');
      if (!revenue) throw new Error('factory has revenue');
      revenue.headers = ['Net income'];
      revenue.label = { zh: '收款', en: 'Takings' };
      // Configured name (rank 0) beats the label (1), which beats a core word (2), which beats a synonym (3).
      expect(matchHeaders(['Sales', 'Takings', 'Net income'], s).dimensions[0]).toBe(2);
      expect(matchHeaders(['Sales', 'Net income 2026', 'Takings'], s).dimensions[0]).toBe(2);
      expect(matchHeaders(['Sales', 'Net income 2026'], s).dimensions[0]).toBe(1);
      expect(matchHeaders(['Sales 2026', 'Sales'], s).dimensions[0]).toBe(1);
      expect(matchHeaders(['收款', 'Sales'], s).dimensions[0]).toBe(0);
      // A synonym's core word (rank 4) when nothing better is there.
      expect(matchHeaders(['Sales (k$)'], s).dimensions[0]).toBe(0);
    });

    it('gives a column named for one purpose to it, never to a synonym of another', () => {
      const s = defaultSettings('factory', 'en');
      const profit = s.dimensions.find(d => d.id === 'profit');
      if (!profit) throw new Error('factory has profit');
      profit.headers = ['Sales'];
      expect(matchHeaders(['Customer', 'Sales', 'Revenue'], s).dimensions).toEqual([2, 1, null]);
    });

    it('takes the leftmost of equal columns and says so, and names only columns no one else took', () => {
      expect(matchHeaders(['客户名称', '销售额', '销售额'], zh).choices).toEqual([
        { purpose: 'revenue', column: 1, others: [2], rule: 'leftmost' },
      ]);
      expect(matchHeaders(['客户名称', '销售额', '毛利'], zh).choices).toEqual([]);
    });

    it('takes the latest year named, or this year outright over any year, and a later earlier year over an older one', () => {
      expect(matchHeaders(['客户名称', '2025年销售额', '2026年销售额'], zh)).toMatchObject({
        dimensions: [2, null, null],
        choices: [{ purpose: 'revenue', column: 2, others: [1], rule: 'recent' }],
      });
      expect(matchHeaders(['客户名称', '本年销售额', '2026年销售额'], zh).choices).toEqual([
        { purpose: 'revenue', column: 1, others: [2], rule: 'recent' },
      ]);
      expect(matchHeaders(['客户名称', '2025年销售额', '销售额2024'], zh).dimensions[0]).toBe(1);
      expect(matchHeaders(['客户名称', '去年销售额2024', '去年销售额2025'], zh).choices).toEqual([
        { purpose: 'revenue', column: 2, others: [1], rule: 'leftmost' },
      ]);
      // Unmarked beats an earlier year's, and an earlier year alone is reported as such.
      expect(matchHeaders(['客户名称', '去年销售额', '销售额合计'], zh).choices).toEqual([
        { purpose: 'revenue', column: 2, others: [1], rule: 'recent' },
      ]);
      // The latest year named stands for this year: over an unmarked column, which beats an older year.
      expect(matchHeaders(['客户名称', '2024年销售额', '销售额合计'], zh).dimensions[0]).toBe(1);
      expect(matchHeaders(['客户名称', '2024年销售额', '销售额合计', '2025年销售额'], zh).choices).toEqual([
        { purpose: 'revenue', column: 3, others: [1, 2], rule: 'recent' },
      ]);
      expect(matchHeaders(['客户名称', '本年销售额', '2024年销售额', '销售额合计'], zh).choices).toEqual([
        { purpose: 'revenue', column: 1, others: [2, 3], rule: 'recent' },
      ]);
    });

    it('gives the unit of each found column, null for one without or not found', () => {
      expect(matchHeaders(['客户', '销售额（万元）', '毛利'], zh).units).toEqual([
        { factor: 1e4, text: '万元' },
        null,
        null,
      ]);
    });

    it('reads numbers as headers, skips other values, and answers for the settings it is given', () => {
      const s = defaultSettings('factory', 'en');
      expect(matchHeaders([null, new Date(0), 'Customer', true], s).customer).toBe(2);
      const renamed = defaultSettings('factory', 'en');
      for (const d of renamed.dimensions) if (d.id === 'revenue') d.headers = ['2026'];
      expect(matchHeaders(['Customer', 2026], renamed).dimensions[0]).toBe(1);
      expect(matchHeaders(['Customer', 2026], s).dimensions[0]).toBeNull();
      const other = defaultSettings('factory', 'en');
      other.customerHeaders = ['Buyer'];
      expect(matchHeaders(['Buyer', 'Customer'], other).customer).toBe(0);
      expect(matchHeaders(['Buyer', 'Customer'], s).customer).toBe(1);
    });
  });

  describe('splitHeader', () => {
    const unitOf = (header: string) => splitHeader(header).unit?.factor ?? null;
    it('reads the multiplier of a unit in any bracket or after a comma or slash', () => {
      expect(unitOf('毛利（万元）')).toBe(10_000);
      expect(unitOf('毛利【千元】')).toBe(1_000);
      expect(unitOf('Revenue, k$')).toBe(1_000);
      expect(unitOf('Revenue (mn)')).toBe(1_000_000);
      expect(unitOf('销售额/亿元')).toBe(100_000_000);
      expect(unitOf('销售额(百万)')).toBe(1_000_000);
      expect(unitOf('销售额万元')).toBe(10_000);
      expect(unitOf("Revenue ('000)")).toBe(1_000);
      expect(unitOf('Revenue in thousands')).toBe(1_000);
      expect(unitOf('Revenue (USD)')).toBe(1);
      expect(unitOf('销售额')).toBeNull();
    });

    it('keeps the unit as written, for amounts shown in it', () => {
      expect(splitHeader('销售额（万元）').unit).toEqual({ factor: 10_000, text: '万元' });
    });

    it('notes years and this-year or last-year words', () => {
      expect(splitHeader('2026年销售额')).toMatchObject({ core: '销售额', year: 2026 });
      expect(splitHeader('FY25 Revenue')).toMatchObject({ core: 'revenue', year: 2025 });
      expect(splitHeader('本年销售额').recency).toBe('current');
      expect(splitHeader('Sales YTD').recency).toBe('current');
      expect(splitHeader('去年销售额').recency).toBe('past');
      expect(splitHeader('Revenue (last year)').recency).toBe('past');
    });

    it('keeps days in the core of a days column', () => {
      expect(splitHeader('Overdue days').core).toBe('overduedays');
    });
  });
});
