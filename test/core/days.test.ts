import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayFromNumber,
  dayNumber,
  dayOf,
  dayParts,
  isDay,
  readDay,
  utcDateToDay,
  zoneDateToDay,
} from '../../src/core/days.ts';

const reads = (raw: unknown, day: string) => expect(readDay(raw, utcDateToDay)).toEqual({ ok: true, day });
const rejects = (raw: unknown) => expect(readDay(raw, utcDateToDay)).toEqual({ ok: false, issue: 'not_a_date' });

describe('ledger/days', () => {
  describe('readDay', () => {
    it('reads ISO days', () => reads('2026-03-05', '2026-03-05'));
    it('reads slashes, dots and one-digit parts', () => {
      reads('2026/3/5', '2026-03-05');
      reads('2026.12.31', '2026-12-31');
    });
    it('reads Chinese dates, full-width digits included', () => {
      reads('2026年3月5日', '2026-03-05');
      reads('２０２６年３月５日', '2026-03-05');
    });
    it('reads a Date through the supplied time-zone function', () => {
      reads(new Date(Date.UTC(2026, 2, 5, 23, 30)), '2026-03-05');
      const shanghai = (d: Date) => utcDateToDay(new Date(d.getTime() + 8 * 3_600_000));
      expect(readDay(new Date(Date.UTC(2026, 2, 5, 23, 30)), shanghai)).toEqual({ ok: true, day: '2026-03-06' });
    });
    it('rejects impossible days, numbers, booleans, blanks and words', () => {
      rejects('2026-02-30');
      rejects(46086);
      rejects(true);
      rejects('');
      rejects('yesterday');
      rejects(new Date(Number.NaN));
    });
  });

  describe('dayNumber', () => {
    it('counts days from 1970-01-01 and back', () => {
      expect(dayNumber('1970-01-02')).toBe(1);
      expect(dayFromNumber(dayNumber('2024-02-29') + 1)).toBe('2024-03-01');
    });
    it('keeps years below 100 as written', () => expect(dayFromNumber(dayNumber('0026-03-05'))).toBe('0026-03-05'));
  });

  describe('isDay', () => {
    it('accepts real days only', () => {
      expect(isDay('2024-02-29')).toBe(true);
      expect(isDay('2025-02-29')).toBe(false);
      expect(isDay('2025-1-1')).toBe(false);
    });
  });

  describe('zoneDateToDay', () => {
    it('is null for a zone the runtime does not know', () => expect(zoneDateToDay('Mars/Olympus')).toBeNull());
    it('gives the local day of any instant: its UTC day shifted by the zone offset at that instant', () => {
      // Fixed-offset zones are the oracle (Etc/GMT+5 is UTC−5 all year); DST zones are covered in the adapter test.
      fc.assert(
        fc.property(fc.integer({ min: -12, max: 14 }), fc.integer({ min: 0, max: 4_102_444_800_000 }), (h, t) => {
          const zone = h === 0 ? 'UTC' : `Etc/GMT${h > 0 ? '-' : '+'}${Math.abs(h)}`;
          const toDay = zoneDateToDay(zone);
          expect(toDay?.(new Date(t))).toBe(utcDateToDay(new Date(t + h * 3_600_000)));
        }),
      );
    });
  });
  describe('day text forms', () => {
    it('reads every separator, 号 for 日, and no other form', () => {
      reads('2026-3-5', '2026-03-05');
      reads('2026/03/05', '2026-03-05');
      reads('2026.3.05', '2026-03-05');
      reads('2026年3月5号', '2026-03-05');
      reads('2026年3月5', '2026-03-05');
      reads(' 2026 - 3 - 5 ', '2026-03-05');
      for (const text of [
        '26-3-5',
        '2026-3',
        '2026-3-5-1',
        '2026_3_5',
        '2026年3月',
        '3/5/2026',
        '2026-003-05',
        'x2026-3-5',
      ]) {
        rejects(text);
      }
    });
    it('answers the same when asked again, a rejected text included', () => {
      reads('2026.7.9', '2026-07-09');
      reads('2026.7.9', '2026-07-09');
      rejects('2026.7.32');
      rejects('2026.7.32');
    });
    it('rejects a Date the zone function cannot turn into a day', () => {
      expect(readDay(new Date(0), () => 'not a day')).toEqual({ ok: false, issue: 'not_a_date' });
    });
  });

  describe('day arithmetic', () => {
    it('counts back and forth over month and year ends, before 1970 included', () => {
      fc.assert(
        fc.property(fc.integer({ min: -700_000, max: 800_000 }), n => {
          const day = dayFromNumber(n);
          expect(isDay(day)).toBe(true);
          expect(dayNumber(day)).toBe(n);
          expect(dayNumber(day)).toBe(n); // memoised: the same again
          const d = new Date(n * 86_400_000);
          expect(dayParts(day)).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() });
        }),
      );
      expect(dayNumber('1969-12-31')).toBe(-1);
      expect(dayFromNumber(-1)).toBe('1969-12-31');
    });
    it('builds a day from parts, rolling months outside 1..12 into neighbouring years', () => {
      expect(dayOf(2026, 3, 5)).toBe('2026-03-05');
      expect(dayOf(2026, 3)).toBe('2026-03-01');
      expect(dayOf(2026, 13, 2)).toBe('2027-01-02');
      expect(dayOf(2026, 0, 31)).toBe('2025-12-31');
      expect(dayOf(2026, -11)).toBe('2025-01-01');
      expect(dayOf(2026, 25)).toBe('2028-01-01');
      expect(dayOf(999, 12, 10)).toBe('0999-12-10');
    });
    it('reads the UTC day of a Date just before and after midnight', () => {
      expect(utcDateToDay(new Date(Date.UTC(2026, 0, 1) - 1))).toBe('2025-12-31');
      expect(utcDateToDay(new Date(Date.UTC(2026, 0, 1)))).toBe('2026-01-01');
      expect(utcDateToDay(new Date(Date.UTC(1969, 11, 31, 12)))).toBe('1969-12-31');
    });
    it('gives the same day for the same instant asked twice, and years below 1000 padded', () => {
      const toDay = zoneDateToDay('Asia/Shanghai');
      const t = new Date(Date.UTC(2026, 2, 4, 16));
      expect(toDay?.(t)).toBe('2026-03-05');
      expect(toDay?.(new Date(t.getTime()))).toBe('2026-03-05');
      expect(zoneDateToDay('UTC')?.(new Date(Date.UTC(999, 0, 2)))).toBe('0999-01-02');
    });
  });
});
