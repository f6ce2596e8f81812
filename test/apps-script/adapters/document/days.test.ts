// documentDays: Date cells become the day they show in the spreadsheet's zone, summer and winter alike, at any time
// of day (issue 12 item 9), with a constant number of Utilities calls however many distinct dates (item 8).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { Emulator } from '../../../../emulator/index.ts';
import { documentDays } from '../../../../src/apps-script/adapters/document/days.ts';

const NOW = new Date('2026-11-26T02:00:00Z');
const DST_ZONES = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'America/Los_Angeles', 'Europe/Berlin'];

function daysIn(timeZone: string) {
  const emu = new Emulator({ timeZone, now: () => NOW });
  const days = documentDays(timeZone, NOW, emu.gas.Utilities);
  return { emu, days };
}

/** A wall-clock date-time in a zone, as the instant Sheets hands over (built with the host's zone rules). */
function wallClock(timeZone: string, y: number, m: number, d: number, h: number, mi: number): Date {
  const saved = process.env.TZ;
  process.env.TZ = timeZone;
  try {
    return new Date(y, m - 1, d, h, mi);
  } finally {
    process.env.TZ = saved;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

describe('apps-script/adapters/document/days', () => {
  afterEach(() => {
    delete process.env.TZ;
  });

  describe('documentDays', () => {
    it('gives today in the document zone', () => {
      expect(daysIn('Asia/Shanghai').days.today).toBe('2026-11-26');
      expect(daysIn('America/Los_Angeles').days.today).toBe('2026-11-25');
    });

    it('reads a date-time near midnight as its own day in zones with daylight saving, any season and year', () => {
      const zone = fc.constantFrom(...DST_ZONES);
      const nearMidnight = fc.oneof(fc.constantFrom(0, 1, 22, 23), fc.integer({ min: 0, max: 23 }));
      fc.assert(
        fc.property(
          zone,
          fc.integer({ min: 2000, max: 2040 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 28 }),
          nearMidnight,
          fc.integer({ min: 0, max: 59 }),
          (timeZone, y, m, d, h, mi) => {
            const { days } = daysIn(timeZone);
            expect(days.toDay(wallClock(timeZone, y, m, d, h, mi))).toBe(`${y}-${pad(m)}-${pad(d)}`);
          },
        ),
        { numRuns: 400 },
      );
    });

    it('a 23:00 winter date-time in New York and London stays on its day', () => {
      expect(daysIn('America/New_York').days.toDay(new Date('2026-01-16T04:00:00Z'))).toBe('2026-01-15');
      expect(daysIn('Europe/London').days.toDay(new Date('2026-01-15T23:00:00Z'))).toBe('2026-01-15');
      expect(daysIn('Australia/Sydney').days.toDay(new Date('2026-07-15T13:00:00Z'))).toBe('2026-07-15');
    });

    it('makes no Utilities call per date, however many distinct date-times', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...DST_ZONES, 'Asia/Shanghai'),
          fc.array(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), { maxLength: 300 }),
          (timeZone, instants) => {
            const { emu, days } = daysIn(timeZone);
            emu.calls.reset();
            for (const t of instants) days.toDay(new Date(t));
            expect(emu.calls.total()).toBe(0);
          },
        ),
        { numRuns: 30 },
      );
    });
  });
});
