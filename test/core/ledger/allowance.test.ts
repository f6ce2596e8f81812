import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, utcDateToDay } from '../../../src/core/days.ts';
import { allotted, allowanceFor, roundAmount } from '../../../src/core/ledger/allowance.ts';
import { periodFinder, periodOf } from '../../../src/core/ledger/periods.ts';
import { buildTierTimeline } from '../../../src/core/ledger/timeline.ts';
import { benefit, SETTINGS } from './fixtures.ts';

const YEAR_2026 = periodOf('2026-06-01', { length: 'year', fiscalYearStartMonth: SETTINGS.fiscalYearStartMonth });
const find = periodFinder(1);
const timeline = (history: unknown[][]) =>
  buildTierTimeline({ tiers: SETTINGS.tiers, history, current: [], today: '2026-12-31', toDay: utcDateToDay });
const allotOn = (history: unknown[][], id: string, day: string) =>
  allotted(benefit(id), timeline(history), 'Acme', YEAR_2026, dayNumber(day), find);

describe('ledger/allowance', () => {
  describe('allowanceFor', () => {
    it('reads the allowance of each tier', () => {
      expect([0, 1, 2, 3].map(t => allowanceFor(benefit('samples'), t))).toEqual([3000, 1000, 500, 0]);
      expect([0, 1, 2, 3].map(t => allowanceFor(benefit('training'), t))).toEqual([4, 2, 1, 0]);
    });
    it('gives nothing without a tier or beyond the list', () => {
      expect(allowanceFor(benefit('samples'), null)).toBe(0);
      expect(allowanceFor(benefit('samples'), 7)).toBe(0);
    });
    it('reads perks as included (1) or not (0)', () => expect(allowanceFor(benefit('mould'), 0)).toBe(1));
    it('includes a perk from an allowance of 1 up, never below', () => {
      const perk = (allowance: number[]) => ({ ...benefit('mould'), allowance });
      expect([0, 1, 2].map(t => allowanceFor(perk([5, 0.5, 1]), t))).toEqual([1, 0, 1]);
      expect(allowanceFor(perk([-1]), 0)).toBe(0);
      expect(allowanceFor({ ...benefit('samples'), allowance: [0.5] }, 0)).toBe(0.5);
    });
  });

  describe('allotted', () => {
    const upgrade = [
      ['2026-01-01', 'Acme', 'B', 60, ''],
      ['2026-07-01', 'Acme', 'A', 85, ''],
    ];
    it('gives the full allowance from the first day when the tier does not change', () =>
      expect(allotOn([['2026-01-01', 'Acme', 'A', 90, '']], 'samples', '2026-01-01')).toBe(3000));
    it('judges a use before the change by the old tier', () =>
      expect(allotOn(upgrade, 'samples', '2026-06-30')).toBe(1000));
    it('prorates by days after an upgrade: 1000 × 181/365 + 3000 × 184/365', () =>
      expect(allotOn(upgrade, 'samples', '2026-08-15')).toBe(2008.22));
    it('prorates after a downgrade the same way', () => {
      const downgrade = [
        ['2026-01-01', 'Acme', 'A', 90, ''],
        ['2026-07-01', 'Acme', 'B', 60, ''],
      ];
      expect(allotOn(downgrade, 'samples', '2026-07-01')).toBe(1991.78);
    });
    it('rounds times to whole numbers', () => expect(allotOn(upgrade, 'training', '2026-08-15')).toBe(3));
    it('includes a perk by the tier on the day of use, without proration', () => {
      expect(allotOn(upgrade, 'mould', '2026-06-30')).toBe(0);
      expect(allotOn(upgrade, 'mould', '2026-07-01')).toBe(1);
    });
    it('gives nothing to a customer with no known tier', () => expect(allotOn([], 'samples', '2026-05-01')).toBe(0));
  });

  describe('roundAmount', () => {
    it('rounds money to cents, absorbing float noise', () => {
      expect(roundAmount('money', 0.1 + 0.2)).toBe(0.3);
      expect(roundAmount('money', 1.005)).toBe(1.01);
    });
    it('rounds times half up', () => expect(roundAmount('times', 2.5)).toBe(3));
    it('rounds halves away from zero for negative amounts too', () => {
      expect(roundAmount('times', -2.5)).toBe(-3);
      expect(roundAmount('times', -2.4)).toBe(-2);
      expect(roundAmount('money', -1.005)).toBe(-1.01);
      expect(roundAmount('money', -0.1 - 0.2)).toBe(-0.3);
    });
    it('keeps every whole-cent money amount and every whole number of times as it is', () =>
      fc.assert(
        fc.property(fc.integer({ min: -1e9, max: 1e9 }), cents => {
          expect(roundAmount('money', cents / 100)).toBe(cents / 100);
          expect(roundAmount('times', cents)).toBe(cents);
        }),
      ));
    it('rounds money to the nearest cent', () =>
      fc.assert(
        fc.property(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 1, max: 99 }), (cents, part) => {
          // An amount strictly between two cents (part hundredths of a cent above `cents`), halves excluded.
          fc.pre(part !== 50);
          const nearest = part < 50 ? cents : cents + 1;
          // + 0: a negative amount that rounds to zero gives -0, the same amount.
          expect(roundAmount('money', (cents + part / 100) / 100) + 0).toBe(nearest / 100 + 0);
        }),
      ));
  });
});
