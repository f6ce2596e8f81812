// The pieces of a reason tested on their own: the top-three contributions kept in place, number and value formats
// written out by rule (thousands groups, '−', decimals dropped at zero, money steps, header units).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyTop, formatAmount, formatNumber, formatValue, pushTop, resetTop } from '../../src/core/reason.ts';

describe('reason parts', () => {
  describe('pushTop', () => {
    it('keeps the three largest contributions offered, largest first, the earlier one on a tie', () => {
      const offer = fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: -1000, max: 1000 })), {
        maxLength: 8,
      });
      fc.assert(
        fc.property(offer, offered => {
          const top = emptyTop();
          for (const [k, [x, v]] of offered.entries()) pushTop(top, k, x, v);
          const expected = offered
            .map(([x, v], k) => ({ k, x, v }))
            .sort((a, b) => b.x - a.x || a.k - b.k)
            .slice(0, 3);
          expect([...top.index]).toEqual([0, 1, 2].map(t => expected[t]?.k ?? -1));
          expect([...top.value]).toEqual([0, 1, 2].map(t => expected[t]?.x ?? Number.NEGATIVE_INFINITY));
          expect([...top.raw].slice(0, expected.length)).toEqual(expected.map(e => e.v));
        }),
      );
    });

    it('starts again from nothing after a reset', () => {
      const top = emptyTop();
      pushTop(top, 0, 5, 1);
      pushTop(top, 1, 6, 2);
      pushTop(top, 2, 7, 3);
      resetTop(top);
      expect([...top.index]).toEqual([-1, -1, -1]);
      expect([...top.value]).toEqual([Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY]);
      pushTop(top, 4, 0, 9);
      expect([...top.index]).toEqual([4, -1, -1]);
      expect(top.raw[0]).toBe(9);
    });
  });

  describe('formatNumber', () => {
    it('groups thousands, drops zero decimals and writes a real minus sign', () => {
      expect(formatNumber(1_234_567.891)).toBe('1,234,567.89');
      expect(formatNumber(-1234.5, 1)).toBe('\u22121,234.5');
      expect(formatNumber(999.999)).toBe('1,000');
      expect(formatNumber(1.05)).toBe('1.05');
      expect(formatNumber(1.5)).toBe('1.5');
      expect(formatNumber(0.5, 0)).toBe('1');
      expect(formatNumber(-0.001)).toBe('0');
      expect(formatNumber(123)).toBe('123');
      expect(formatNumber(100_000)).toBe('100,000');
    });
    it('handles more decimals than two, huge numbers and non-finite ones', () => {
      expect(formatNumber(1234.5678, 3)).toBe('1,234.568');
      expect(formatNumber(-5, 3)).toBe('\u22125');
      expect(formatNumber(-0.0001, 3)).toBe('0');
      expect(formatNumber(12.5, 3)).toBe('12.5');
      expect(formatNumber(1e15)).toBe('1,000,000,000,000,000');
      expect(formatNumber(-2e16)).toBe('\u221220,000,000,000,000,000');
      expect(formatNumber(Number.NaN)).toBe('NaN');
      expect(formatNumber(Number.NEGATIVE_INFINITY)).toBe('-Infinity');
    });
  });

  describe('formatValue', () => {
    it('writes a value in full in its unit', () => {
      expect(formatValue(0.125, 'percent', '¥')).toBe('12.5%');
      expect(formatValue(-1200.5, 'money', '¥')).toBe('\u2212¥1,200.5');
      expect(formatValue(1_200_000, 'money', '$')).toBe('$1,200,000');
      expect(formatValue(3.6, 'days', '¥')).toBe('4');
      expect(formatValue(2.4, 'count', '¥')).toBe('2');
      expect(formatValue(12.3456, 'plain', '¥')).toBe('12.35');
    });
  });

  describe('formatAmount', () => {
    const en = (x: number, up = false) => formatAmount(x, 'money', '¥', null, 'en', up);
    const zh = (x: number, up = false) => formatAmount(x, 'money', '¥', null, 'zh', up);
    it('writes money in k, m and bn with three significant digits at most', () => {
      expect([en(999), en(1000), en(1_234_567), en(12_345_678), en(123_456_789), en(1.2e9)]).toEqual([
        '¥999',
        '¥1k',
        '¥1.23m',
        '¥12.3m',
        '¥123m',
        '¥1.2bn',
      ]);
      expect([en(-800_000), en(1_234_001, true), en(12.345, true), en(Number.POSITIVE_INFINITY)]).toEqual([
        '\u2212¥800k',
        '¥1.24m',
        '¥12.35',
        '¥Infinity',
      ]);
    });
    it('writes money in 万 and 亿 in Chinese, and small yuan amounts with the yuan word', () => {
      expect([zh(12_000), zh(123_456_789), zh(999), zh(-999), zh(12.341, true)]).toEqual([
        '¥1.2 万',
        '¥1.23 亿',
        '999 元',
        '\u2212999 元',
        '12.35 元',
      ]);
      expect(formatAmount(999, 'money', '$', null, 'zh')).toBe('$999');
    });
    it('shows an amount in the unit its header names, except days, and a plain number only in a real multiple', () => {
      const wan = { factor: 10_000, text: '万元' };
      const usd = { factor: 1, text: 'USD' };
      expect(formatAmount(52_001, 'money', '¥', wan, 'en', true)).toBe('5.21 万元');
      expect(formatAmount(52_001, 'money', '¥', wan, 'en')).toBe('5.2 万元');
      expect(formatAmount(1200, 'money', '¥', usd, 'en')).toBe('1,200 USD');
      expect(formatAmount(1200, 'plain', '¥', usd, 'en')).toBe('1,200');
      expect(formatAmount(30_000, 'plain', '¥', wan, 'en')).toBe('3 万元');
      expect(formatAmount(30_000, 'days', '¥', wan, 'en')).toBe('30,000');
    });
    it('writes percents, days, counts and plain values, rounded up when asked', () => {
      expect(formatAmount(0.12345, 'percent', '¥', null, 'en', true)).toBe('12.4%');
      expect(formatAmount(0.12345, 'percent', '¥', null, 'en')).toBe('12.3%');
      expect(formatAmount(0.143, 'percent', '¥', null, 'en', true)).toBe('14.3%');
      expect(formatAmount(2.1, 'days', '¥', null, 'en', true)).toBe('3');
      expect(formatAmount(2.1, 'count', '¥', null, 'en')).toBe('2');
      expect(formatAmount(2.001, 'plain', '¥', null, 'en', true)).toBe('2.01');
      expect(formatAmount(2, 'plain', '¥', null, 'en', true)).toBe('2');
    });
  });
});
