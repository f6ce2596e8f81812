// Credit days written as payment-term text ('月结60天', 'Net 30', '60 days') are read for days columns, and every
// cell the number reader already read reads exactly the same (issue 14 item 4).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDaysCell, parseNumberCell } from '../../src/core/cells.ts';
import { classify } from '../../src/core/classify.ts';
import { defaultSettings } from '../../src/core/presets.ts';

const reads = (raw: unknown, value: number) => expect(parseDaysCell(raw)).toEqual({ ok: true, value });
const rejects = (raw: unknown) => expect(parseDaysCell(raw)).toMatchObject({ ok: false, issue: 'not_a_number' });

// Cells made of the pieces numbers and payment terms are written with, so many of them are readable numbers.
const cellText = fc.string({
  unit: fc.constantFrom(...'0123456789.,-+%()¥$万亿元天日 月结Netdays０１２３，'.split(''), 'Net ', 'days', '账期'),
  maxLength: 12,
});
const anyCell = fc.oneof(
  cellText,
  fc.string({ maxLength: 8 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(''),
);

describe('days in text', () => {
  describe('parseDaysCell', () => {
    it('reads every cell the number reader reads as the same value or issue', () => {
      fc.assert(
        fc.property(anyCell, raw => {
          const before = parseNumberCell(raw);
          if (before.ok || before.issue !== 'not_a_number') expect(parseDaysCell(raw)).toEqual(before);
        }),
        { numRuns: 3000 },
      );
    });

    it('reads the number of days inside payment-term text', () => {
      reads('月结60天', 60);
      reads('月结 30 天', 30);
      reads('Net 30', 30);
      reads('net30', 30);
      reads('N60', 60);
      reads('60 days', 60);
      reads('30天', 30);
      reads('账期：45天', 45);
      reads('货到30天付款', 30);
      reads('ｎｅｔ ９０', 90);
    });

    it('reads generated term texts as their number', () => {
      const prefix = fc.constantFrom('', '月结', 'Net ', 'net', 'N', '账期', '账期：', 'Credit ');
      const suffix = fc.constantFrom('', '天', '日', ' days', ' day', 'd', '天付款');
      const spaces = fc.constantFrom('', ' ', '  ', '\u3000');
      fc.assert(
        fc.property(prefix, fc.integer({ min: 0, max: 9999 }), suffix, spaces, (p, n, s, sp) => {
          reads(`${sp}${p}${sp}${n}${s}${sp}`, n);
        }),
      );
    });

    it('keeps words without one plain number of days unread', () => {
      rejects('月结');
      rejects('30-60天');
      rejects('月结30天或60天');
      rejects('三十天');
      rejects('Net 30.5');
    });
  });

  describe('classify', () => {
    it('reads credit days written as terms in a days column, and numbers as before', () => {
      const s = defaultSettings('factory', 'en');
      const rows = [
        ['A', 600_000, 120_000, 'Net 30'],
        ['B', 600_000, 120_000, 30],
        ['C', 600_000, 120_000, '月结30天'],
      ];
      const results = classify({ headers: ['Customer', 'Revenue', 'Profit', 'Overdue days'], rows }, s, {
        today: new Date(2026, 2, 5),
      }).results;
      expect(results.map(r => r.dimensions[2]?.value)).toEqual([30, 30, 30]);
      expect(new Set(results.map(r => r.score)).size).toBe(1);
    });
  });
});
