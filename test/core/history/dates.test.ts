import { describe, expect, it } from 'vitest';
import { isDateKey, readDateKey } from '../../../src/core/history/dates.ts';
import { utcKey } from './fixtures.ts';

const reads = (raw: unknown, key: string) => expect(readDateKey(raw, utcKey)).toEqual({ ok: true, key });
const rejects = (raw: unknown, issue: 'empty' | 'not_a_date') =>
  expect(readDateKey(raw, utcKey)).toEqual({ ok: false, issue });

describe('history/dates', () => {
  describe('readDateKey', () => {
    it('reads ISO days and pads month and day', () => {
      reads('2026-03-05', '2026-03-05');
      reads('2026-3-5', '2026-03-05');
    });
    it('reads slashes, dots and Chinese dates', () => {
      reads('2026/3/5', '2026-03-05');
      reads('2026.12.31', '2026-12-31');
      reads('2026年3月5日', '2026-03-05');
      reads('２０２６年３月５日', '2026-03-05');
    });
    it('formats Date cells with the given formatter', () => reads(new Date(Date.UTC(2026, 0, 31, 12)), '2026-01-31'));
    it('rejects days that do not exist', () => {
      rejects('2026-02-29', 'not_a_date');
      rejects('2026-13-01', 'not_a_date');
      reads('2028-02-29', '2028-02-29');
    });
    it('does not treat numbers as dates', () => rejects(46000, 'not_a_date'));
    it('tells blanks from words', () => {
      rejects('', 'empty');
      rejects('   ', 'empty');
      rejects(null, 'empty');
      rejects('next week', 'not_a_date');
      rejects(new Date(Number.NaN), 'not_a_date');
    });
  });

  describe('isDateKey', () => {
    it('accepts only canonical keys', () => {
      expect(isDateKey('2026-03-05')).toBe(true);
      expect(isDateKey('2026-3-5')).toBe(false);
    });
  });
});
