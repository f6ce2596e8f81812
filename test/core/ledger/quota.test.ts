import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber, utcDateToDay } from '../../../src/core/days.ts';
import {
  evaluateLog,
  type LedgerEvaluation,
  type LedgerInput,
  quotaOn,
  quotaOverview,
} from '../../../src/core/ledger/quota.ts';
import { buildTierTimeline } from '../../../src/core/ledger/timeline.ts';
import { defaultSettings } from '../../../src/core/presets.ts';
import { benefit, SETTINGS } from './fixtures.ts';

const CUSTOMERS = ['Acme', 'Bolt', 'Cord', 'Dune'];
const TODAY = '2026-12-31';
const timeline = (history: unknown[][] = []) =>
  buildTierTimeline({
    tiers: SETTINGS.tiers,
    history,
    current: [
      ['Acme', 'A'],
      ['Bolt', 'B'],
      ['Cord', 'C'],
      ['Dune', 'D'],
    ],
    today: TODAY,
    toDay: utcDateToDay,
  });
const input = (rows: unknown[][], history: unknown[][] = []): LedgerInput => ({
  settings: SETTINGS,
  timeline: timeline(history),
  rows,
  customers: CUSTOMERS,
  today: TODAY,
  toDay: utcDateToDay,
});
// Used per customer × benefit × period: the largest running total (amounts are never negative).
const periodTotals = (evaluation: LedgerEvaluation) => {
  const totals = new Map<string, number>();
  for (const r of evaluation.rows) {
    if (r.kind !== 'ok' && r.kind !== 'over_quota') continue;
    const key = `${r.customer}|${r.benefit.id}|${r.period.key}`;
    totals.set(key, Math.max(totals.get(key) ?? 0, r.used));
  }
  return totals;
};
const summary = (rows: unknown[][], history: unknown[][] = []) =>
  evaluateLog(input(rows, history)).rows.map(r =>
    r.kind === 'ok' || r.kind === 'over_quota' ? [r.kind, r.remaining] : [r.kind],
  );

describe('ledger/quota', () => {
  describe('evaluateLog', () => {
    it('counts down each tier’s allowance', () =>
      expect(
        summary([
          ['2026-02-01', 'Acme', 'samples', 1000],
          ['2026-02-01', 'Bolt', 'samples', 400],
          ['2026-02-01', 'Cord', 'samples', 500],
          ['2026-02-01', 'Acme', 'training', 1],
        ]),
      ).toEqual([
        ['ok', 2000],
        ['ok', 600],
        ['ok', 0],
        ['ok', 3],
      ]));
    it('marks the entry that goes over quota, and every later one', () =>
      expect(
        summary([
          ['2026-03-01', 'Bolt', 'samples', 800],
          ['2026-04-01', 'Bolt', 'samples', 300],
          ['2026-05-01', 'Bolt', 'samples', 50],
          ['2026-02-01', 'Dune', 'training', 1],
        ]),
      ).toEqual([
        ['ok', 200],
        ['over_quota', -100],
        ['over_quota', -150],
        ['over_quota', -1],
      ]));
    it('runs in date order, same-day rows in sheet order', () =>
      expect(
        summary([
          ['2026-05-01', 'Bolt', 'samples', 100],
          ['2026-03-01', 'Bolt', 'samples', 200],
          ['2026-03-01', 'Bolt', 'samples', 300],
        ]),
      ).toEqual([
        ['ok', 400],
        ['ok', 800],
        ['ok', 500],
      ]));
    it('starts each period fresh', () =>
      expect(
        summary([
          ['2025-12-31', 'Cord', 'samples', 500],
          ['2026-01-01', 'Cord', 'samples', 100],
        ]),
      ).toEqual([
        ['ok', 0],
        ['ok', 400],
      ]));
    it('judges perks by inclusion, never counting down', () =>
      expect(
        summary([
          ['2026-02-01', 'Acme', 'mould', 1],
          ['2026-02-01', 'Acme', 'mould', 1],
          ['2026-02-01', 'Bolt', 'mould', 1],
        ]),
      ).toEqual([
        ['ok', null],
        ['ok', null],
        ['over_quota', null],
      ]));
    it('prorates after a mid-period tier change', () => {
      const history = [
        ['2026-01-01', 'Bolt', 'B', 60, ''],
        ['2026-07-01', 'Bolt', 'A', 85, ''],
      ];
      expect(
        summary(
          [
            ['2026-06-01', 'Bolt', 'samples', 900],
            ['2026-08-15', 'Bolt', 'samples', 900],
          ],
          history,
        ),
      ).toEqual([
        ['ok', 100],
        ['ok', 208.22],
      ]);
    });
    it('leaves bad and blank rows out of every total', () => {
      const evaluation = evaluateLog(
        input([
          ['2026-02-01', 'Nobody', 'samples', 100],
          ['', '', '', ''],
          ['2026-02-01', 'Cord', 'samples', -100],
          ['2026-02-01', 'Cord', 'samples', 100],
        ]),
      );
      expect(evaluation.rows.map(r => r.kind)).toEqual(['invalid', 'blank', 'invalid', 'ok']);
      expect([...evaluation.uses.values()].map(u => u.amounts)).toEqual([[100]]);
    });

    const row = fc.tuple(
      fc.integer({ min: dayNumber('2025-01-01'), max: dayNumber(TODAY) }).map(dayFromNumber),
      fc.constantFrom(...CUSTOMERS),
      fc.constantFrom('samples', 'training'),
      fc.integer({ min: 0, max: 2000 }),
    );

    it('keeps per-period totals whatever the row order', () =>
      fc.assert(
        fc.property(
          fc
            .array(row, { maxLength: 40 })
            .chain(rows =>
              fc.tuple(
                fc.constant(rows),
                fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
              ),
            ),
          ([rows, shuffled]) => {
            const a = periodTotals(evaluateLog(input(rows)));
            const b = periodTotals(evaluateLog(input(shuffled)));
            expect(new Map([...b].sort())).toEqual(new Map([...a].sort()));
          },
        ),
      ));
    it('has remaining = allotted − used on every counted row, and used = the sum of the period’s amounts', () =>
      fc.assert(
        fc.property(fc.array(row, { maxLength: 40 }), rows => {
          const evaluation = evaluateLog(input(rows));
          const sums = new Map<string, number>();
          for (const r of evaluation.rows) {
            if (r.kind !== 'ok' && r.kind !== 'over_quota') continue;
            expect(r.remaining).toBeCloseTo(r.allotted - r.used, 6);
            expect(r.kind === 'over_quota').toBe((r.remaining ?? 0) < 0);
            const key = `${r.customer}|${r.benefit.id}|${r.period.key}`;
            sums.set(key, (sums.get(key) ?? 0) + r.amount);
          }
          const totals = periodTotals(evaluation);
          for (const [key, sum] of sums) expect(totals.get(key)).toBeCloseTo(sum, 6);
        }),
      ));
    it('starts a new period from the full allowance, whatever the previous period used', () =>
      fc.assert(
        fc.property(fc.array(row, { maxLength: 30 }), fc.integer({ min: 0, max: 1000 }), (rows, amount) => {
          const first = [...rows, ['2027-01-01', 'Bolt', 'samples', amount]];
          const evaluation = evaluateLog({ ...input(first), today: '2027-01-01' });
          expect(evaluation.rows[rows.length]).toMatchObject({ remaining: 1000 - amount });
        }),
      ));
  });

  describe('quotaOn', () => {
    it('counts only uses on or before the day, in that day’s period', () => {
      const inp = input([
        ['2026-02-01', 'Bolt', 'samples', 100],
        ['2026-09-01', 'Bolt', 'samples', 200],
        ['2025-09-01', 'Bolt', 'samples', 999],
      ]);
      const evaluation = evaluateLog(inp);
      expect(quotaOn(evaluation, inp, 'bolt', benefit('samples'), '2026-06-01')).toMatchObject({
        period: { start: '2026-01-01', end: '2026-12-31' },
        allotted: 1000,
        used: 100,
        remaining: 900,
        overQuota: false,
      });
      expect(quotaOn(evaluation, inp, 'Bolt', benefit('samples'), TODAY)).toMatchObject({ used: 300, remaining: 700 });
    });
  });

  describe('quotaOverview', () => {
    it('lists every customer × benefit of the current period', () => {
      const inp = input([
        ['2026-02-01', 'Acme', 'samples', 3500],
        ['2026-02-01', 'Acme', 'mould', 1],
        ['2025-02-01', 'Dune', 'training', 1],
      ]);
      const overview = quotaOverview(evaluateLog(inp), inp, ['Acme', 'Dune', '']);
      expect(overview.flatMap(r => r.quotas.map(q => q.period.key))).toEqual(new Array(6).fill('2026-01-01'));
      expect(overview.map(r => r.customer)).toEqual(['Acme', 'Dune']);
      const plain = (q: object) => ({ ...q, period: undefined });
      expect(overview[0]?.quotas.map(plain)).toEqual([
        { allotted: 3000, used: 3500, remaining: -500, overQuota: true, period: undefined },
        { allotted: 4, used: 0, remaining: 4, overQuota: false, period: undefined },
        { allotted: 1, used: 1, remaining: null, overQuota: false, period: undefined },
      ]);
      expect(overview[1]?.quotas[1]).toMatchObject({ allotted: 0, used: 0, remaining: 0, overQuota: false });
    });
  });
});

describe('ledger/quota with the preset settings', () => {
  it('accepts the engine’s Settings as LedgerSettings and reads its default benefits', () => {
    const settings = defaultSettings('factory', 'zh');
    const inp: LedgerInput = {
      settings,
      timeline: buildTierTimeline({
        tiers: settings.tiers,
        history: [],
        current: [['Acme', settings.tiers[0]?.name]],
        today: TODAY,
        toDay: utcDateToDay,
      }),
      rows: [['2026-02-01', 'Acme', settings.benefits[0]?.label.zh, 100]],
      customers: ['Acme'],
      today: TODAY,
      toDay: utcDateToDay,
    };
    expect(evaluateLog(inp).rows[0]).toMatchObject({ kind: 'ok', allotted: settings.benefits[0]?.allowance[0] });
  });
});
