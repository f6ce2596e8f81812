// splitHeader word by word: every unit, currency, plain unit, year form, this-year / last-year word and qualifier it
// knows, and the places it reads them from (brackets, 'in …', a tail after a separator, glued or last word).
import { describe, expect, it } from 'vitest';
import { splitHeader } from '../../src/core/header-words.ts';

const unit = (header: string) => splitHeader(header).unit;
const core = (header: string) => splitHeader(header).core;

describe('header-words', () => {
  describe('splitHeader', () => {
    it('reads every multiplier word in brackets', () => {
      const factors: [string, number][] = [
        ['千万元', 1e7],
        ['百万元', 1e6],
        ['十万元', 1e5],
        ['万', 1e4],
        ['千元', 1e3],
        ['亿', 1e8],
        ['thousands', 1e3],
        ['Thousand', 1e3],
        ["'000", 1e3],
        ['000', 1e3],
        ['Millions', 1e6],
        ['million', 1e6],
        ['mln', 1e6],
        ['mn', 1e6],
        ['M', 1e6],
        ['k', 1e3],
        ['w', 1e4],
        ['k USD', 1e3],
        ['RMB m', 1e6],
      ];
      for (const [word, factor] of factors) {
        expect(unit(`Revenue (${word})`), word).toEqual({ factor, text: word });
        expect(core(`Revenue (${word})`), word).toBe('revenue');
      }
    });

    it('reads a currency or plain unit as factor 1, kept as written', () => {
      const ones = [
        '人民币',
        '美元',
        '港币',
        '港元',
        '欧元',
        '元',
        'RMB',
        'cny',
        'USD',
        'US$',
        'HKD',
        'EUR',
        'yuan',
        'dollar',
        'Dollars',
        '¥',
        '$',
        '€',
        '£',
      ];
      for (const word of ones) expect(unit(`毛利(${word})`), word).toEqual({ factor: 1, text: word });
      const plain = ['天', '日', 'days', 'Day', 'd', '次', '个', '单', '笔', '件', 'times', 'pcs', '%', '数量'];
      for (const word of plain) expect(unit(`逾期(${word})`), word).toEqual({ factor: 1, text: word });
    });

    it('drops a 单位 or in prefix from a multiplier and leaves unknown bracket text in the name', () => {
      expect(unit('销售额（单位：万元）')).toEqual({ factor: 1e4, text: '万元' });
      expect(unit('销售额（单位 千元）')).toEqual({ factor: 1e3, text: '千元' });
      expect(unit('Revenue (In Thousands)')).toEqual({ factor: 1e3, text: 'Thousands' });
      expect(splitHeader('Revenue (north)')).toEqual({
        core: 'revenuenorth',
        unit: null,
        recency: 'unmarked',
        year: null,
      });
      expect(splitHeader('Revenue (kilo)').unit).toBeNull();
      expect(splitHeader('Revenue ()').unit).toBeNull();
    });

    it('reads a unit after "in" or after any separator, and nothing else there', () => {
      expect(splitHeader('Revenue in USD')).toEqual({
        core: 'revenue',
        unit: { factor: 1, text: 'USD' },
        recency: 'unmarked',
        year: null,
      });
      expect(splitHeader('Revenue in Europe').unit).toBeNull();
      expect(core('Revenue in Europe')).toBe('revenueineurope');
      for (const sep of [',', '，', '/', '|', ';', '；']) {
        expect(unit(`销售额${sep}万元`), sep).toEqual({ factor: 1e4, text: '万元' });
        expect(core(`销售额${sep}万元`), sep).toBe('销售额');
      }
      expect(splitHeader('Revenue, total')).toEqual({ core: 'revenue', unit: null, recency: 'unmarked', year: null });
      expect(splitHeader('Revenue, north')).toEqual({
        core: 'revenuenorth',
        unit: null,
        recency: 'unmarked',
        year: null,
      });
    });

    it('reads a unit glued to a Chinese name or as the last English word only when it is money', () => {
      expect(splitHeader('销售额元')).toEqual({
        core: '销售额',
        unit: { factor: 1, text: '元' },
        recency: 'unmarked',
        year: null,
      });
      expect(unit('销售额千元')).toEqual({ factor: 1e3, text: '千元' });
      expect(unit('销售额百万元')).toEqual({ factor: 1e6, text: '百万元' });
      expect(unit('销售额人民币')).toEqual({ factor: 1, text: '人民币' });
      expect(splitHeader('Revenue USD')).toEqual({
        core: 'revenue',
        unit: { factor: 1, text: 'USD' },
        recency: 'unmarked',
        year: null,
      });
      expect(splitHeader('Revenue K')).toEqual({
        core: 'revenue',
        unit: { factor: 1e3, text: 'K' },
        recency: 'unmarked',
        year: null,
      });
      expect(splitHeader('Order count pcs').unit).toBeNull();
      expect(core('销售额 USD')).toBe('销售额usd');
      // The first unit read wins: the bracket before the glued word.
      expect(unit('销售额千元（万元）')).toEqual({ factor: 1e4, text: '万元' });
    });

    it('notes the year in each form and takes it out of the name', () => {
      const years: [string, number][] = [
        ['2025年度销售额', 2025],
        ['2025财年销售额', 2025],
        ['2025年销售额', 2025],
        ['1999 Sales', 1999],
        ['FY 2024 Sales', 2024],
        ['Sales FY26', 2026],
        ['Sales fy 09', 2009],
      ];
      for (const [header, year] of years)
        expect(splitHeader(header), header).toMatchObject({ year, recency: 'unmarked' });
      expect(core('2025年度销售额')).toBe('销售额');
      expect(core('Sales FY26')).toBe('sales');
      expect(splitHeader('Sales 1899').year).toBeNull();
      expect(splitHeader('Sales FY267').year).toBeNull();
    });

    it('knows every this-year and earlier-year word, and a word in brackets counts first', () => {
      for (const w of ['本年度', '本年累计', '年初至今', '本年', '今年', '当年', '本期']) {
        expect(splitHeader(`${w}销售额`), w).toMatchObject({ core: '销售额', recency: 'current' });
      }
      for (const w of ['去年同期', '上年同期', '上一年度', '上年度', '上一年', '去年', '上年', '前年', '上期']) {
        expect(splitHeader(`${w}销售额`), w).toMatchObject({ core: '销售额', recency: 'past' });
      }
      for (const w of ['this year', 'Current Year', 'YTD', 'year to date', 'CY']) {
        expect(splitHeader(`Sales ${w}`), w).toMatchObject({ core: 'sales', recency: 'current' });
      }
      for (const w of ['last year', 'Prior year', 'previous year', 'LY', 'PY']) {
        expect(splitHeader(`Sales ${w}`), w).toMatchObject({ core: 'sales', recency: 'past' });
      }
      expect(splitHeader('Salesly').recency).toBe('unmarked');
      expect(splitHeader('本年销售额（去年）').recency).toBe('past');
      expect(splitHeader('去年销售额（本年）').recency).toBe('current');
    });

    it('sets aside every qualifier, in the name or in brackets', () => {
      for (const w of ['不含税', '含税', '未税', '税前', '税后', '合计', '总计', '累计', '汇总', '小计']) {
        expect(splitHeader(`销售额${w}`), w).toEqual({ core: '销售额', unit: null, recency: 'unmarked', year: null });
        expect(splitHeader(`销售额（${w}）`), w).toEqual({
          core: '销售额',
          unit: null,
          recency: 'unmarked',
          year: null,
        });
      }
      for (const w of [
        'total',
        'incl. tax',
        'incl tax',
        'excl. tax',
        'tax incl.',
        'tax excl',
        'inc vat',
        'ex vat',
        'sum',
      ]) {
        expect(core(`Revenue ${w}`), w).toBe('revenue');
        expect(core(`Revenue (${w})`), w).toBe('revenue');
      }
    });

    it('drops a leading 总 before two or more characters, and punctuation', () => {
      expect(core('总销售额')).toBe('销售额');
      expect(core('总额')).toBe('总额');
      expect(core('Sales.')).toBe('sales');
      expect(core('客户：名称')).toBe('客户名称');
    });

    it('keeps the whole text when nothing else is left, and reads numbers and non-text', () => {
      expect(splitHeader('(万元)')).toEqual({
        core: '(万元)',
        unit: { factor: 1e4, text: '万元' },
        recency: 'unmarked',
        year: null,
      });
      expect(splitHeader(2026)).toEqual({ core: '2026', unit: null, recency: 'unmarked', year: 2026 });
      expect(splitHeader(null)).toEqual({ core: '', unit: null, recency: 'unmarked', year: null });
      expect(splitHeader(true)).toEqual({ core: '', unit: null, recency: 'unmarked', year: null });
      // Asked again, the same answer (memoised).
      expect(splitHeader('销售额（万元）')).toEqual(splitHeader('销售额（万元）'));
      expect(splitHeader('毛利〔千元〕').unit).toEqual({ factor: 1e3, text: '千元' });
      expect(splitHeader('毛利［千元］').unit).toEqual({ factor: 1e3, text: '千元' });
      expect(splitHeader('【销售额】万元').core).toBe('销售额');
    });
  });
});
