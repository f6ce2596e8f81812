// documentDays: Date cells become the day they show in the spreadsheet's zone, summer and winter alike, with a
// constant number of Utilities calls for midnight dates.
import { describe, expect, it } from 'vitest';
import { Emulator } from '../../../../emulator/index.ts';
import { documentDays } from '../../../../src/apps-script/adapters/document/days.ts';

const NOW = new Date('2026-11-26T02:00:00Z');

function daysIn(timeZone: string) {
  const emu = new Emulator({ timeZone, now: () => NOW });
  const days = documentDays(timeZone, NOW, emu.gas.Utilities);
  return { emu, days };
}

describe('apps-script/adapters/document/days', () => {
  describe('documentDays', () => {
    it('gives today in the document zone', () => {
      expect(daysIn('Asia/Shanghai').days.today).toBe('2026-11-26');
      expect(daysIn('America/Los_Angeles').days.today).toBe('2026-11-25');
    });

    it('reads local-midnight dates in winter and summer without further Utilities calls', () => {
      const { emu, days } = daysIn('America/New_York');
      emu.calls.reset();
      expect(days.toDay(new Date('2026-01-15T05:00:00Z'))).toBe('2026-01-15');
      expect(days.toDay(new Date('2026-07-15T04:00:00Z'))).toBe('2026-07-15');
      expect(emu.calls.total()).toBe(0);
    });

    it('falls back to Utilities for a date-time and remembers the answer', () => {
      const { emu, days } = daysIn('Asia/Shanghai');
      emu.calls.reset();
      const lateEvening = new Date('2026-03-05T15:30:00Z'); // 23:30 in Shanghai
      expect(days.toDay(lateEvening)).toBe('2026-03-05');
      expect(days.toDay(new Date(lateEvening.getTime()))).toBe('2026-03-05');
      expect(emu.calls.byMethod()).toEqual({ 'Utilities.formatDate': 1 });
    });
  });
});
