import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benefitSpend, costOfOne } from '../../../src/core/history/spend.ts';
import type { SummaryRow } from '../../../src/core/history/summary.ts';
import { evaluateSummaryLog } from '../../../src/core/history/summary-sheet.ts';
import { defaultSettings } from '../../../src/core/presets.ts';
import type { Settings } from '../../../src/core/settings.ts';
import { DEFAULT_SPEND_ALERT_PERCENT } from '../../../src/core/settings-schema.ts';
import { utcKey } from './fixtures.ts';

const TODAY = '2026-11-26';
const base = defaultSettings('factory', 'en');
const benefit = (id: string) => {
  const found = base.benefits.find(b => b.id === id);
  if (!found) throw new Error(id);
  return found;
};

function spendOf(rows: readonly SummaryRow[], log: unknown[][], settings: Settings = base) {
  const evaluation = evaluateSummaryLog(rows, { settings, history: [], log, today: TODAY, toDay: utcKey });
  return benefitSpend(rows, evaluation, settings, TODAY);
}

const row = (customer: string, tier: number | null, profit: number | null, revenue: number | null = null) => ({
  customer,
  tier,
  profit,
  revenue,
  problem: false,
});

describe('history/spend', () => {
  it('costs money benefits their amount and other benefits their cost per use', () => {
    expect(costOfOne(benefit('samples'))).toBe(1);
    expect(costOfOne(benefit('training'))).toBe(800);
    expect(costOfOne(benefit('mould'))).toBe(5000);
    expect(costOfOne({ kind: 'times' })).toBe(0);
  });

  it('adds this fiscal year of samples, trainings and moulds per customer and tier, not last year', () => {
    const rows = [row('Acme', 0, 100_000, 900_000), row('Beta', 1, 2_000, 50_000)];
    const log = [
      ['2026-02-01', 'Acme', 'Free samples', 1200, ''],
      ['2026-05-01', 'Acme', 'Training', 1, ''],
      ['2026-06-01', 'Acme', 'Mould', 1, ''],
      ['2026-03-01', 'Beta', 'Free samples', 700, ''],
      ['2025-12-31', 'Beta', 'Free samples', 999, 'last fiscal year'],
    ];
    const report = spendOf(rows, log);
    expect(report.tiers[0]).toMatchObject({ spend: 1200 + 800 + 5000, profit: 100_000, revenue: 900_000 });
    expect(report.tiers[0]?.spendPerProfit).toBeCloseTo(7000 / 100_000, 12);
    expect(report.tiers[1]).toMatchObject({ spend: 700, profit: 2000, spendPerProfit: 0.35 });
    expect(report.total).toMatchObject({ spend: 7700, profit: 102_000, revenue: 950_000 });
    // Beta spends 35 % of its profit, past the default 20 %; Acme 7 %.
    expect(report.flagged.map(c => c.customer)).toEqual(['Beta']);
    expect(report.alertPercent).toBe(DEFAULT_SPEND_ALERT_PERCENT);
  });

  it('follows the fiscal year start: from April, a February use is last year', () => {
    const rows = [row('Acme', 0, 1000)];
    const log = [['2026-02-01', 'Acme', 'Free samples', 500, '']];
    expect(spendOf(rows, log).total.spend).toBe(500);
    expect(spendOf(rows, log, { ...base, fiscalYearStartMonth: 4 }).total.spend).toBe(0);
  });

  it('flags a customer that costs money and earns no profit first, and never one that costs nothing', () => {
    const rows = [row('Loss', 2, -500), row('Unknown', 2, null), row('Idle', 3, -100), row('Rich', 0, 10)];
    const log = [
      ['2026-03-01', 'Loss', 'Free samples', 100, ''],
      ['2026-03-01', 'Unknown', 'Free samples', 50, ''],
      ['2026-03-01', 'Rich', 'Free samples', 30, ''],
    ];
    const report = spendOf(rows, log);
    expect(report.flagged.map(c => [c.customer, c.ratio])).toEqual([
      ['Loss', null],
      ['Unknown', null],
      ['Rich', 3],
    ]);
    expect(report.tiers[2]?.spendPerProfit).toBeNull();
  });

  // Generated tables and logs: the report must equal an independent sum over the valid uses of this fiscal year.
  const customers = ['Acme', 'Beta', 'Ceta', '=Dot', '客户甲'];
  const arbRow = fc.record({
    customer: fc.constantFrom(...customers),
    tier: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    profit: fc.option(fc.integer({ min: -5000, max: 50_000 }), { nil: null }),
    revenue: fc.option(fc.integer({ min: 0, max: 500_000 }), { nil: null }),
  });
  const arbUse = fc.record({
    month: fc.integer({ min: 1, max: 11 }),
    lastYear: fc.boolean(),
    customer: fc.constantFrom(...customers),
    benefit: fc.constantFrom('samples', 'training'),
    amount: fc.integer({ min: 1, max: 3000 }),
  });

  it('equals the sum of each listed customer’s uses this fiscal year times their cost, per tier and in total', () => {
    fc.assert(
      fc.property(
        fc.array(arbRow, { maxLength: 8 }),
        fc.array(arbUse, { maxLength: 12 }),
        fc.integer({ min: 0, max: 100 }),
        (rawRows, uses, alert) => {
          const rows = rawRows.map(r => ({ ...r, problem: false }));
          const settings = { ...base, spendAlertPercent: alert };
          const log = uses.map(u => [
            `${u.lastYear ? 2025 : 2026}-${String(u.month).padStart(2, '0')}-01`,
            u.customer,
            u.benefit,
            benefit(u.benefit).kind === 'times' ? Math.min(u.amount, 1) : u.amount,
            '',
          ]);
          const report = spendOf(rows, log, settings);
          const firstRow = new Map<string, (typeof rows)[number]>();
          for (const r of rows) if (r.tier !== null && !firstRow.has(r.customer)) firstRow.set(r.customer, r);
          const expected = new Map<string, number>();
          for (const [date, customer, id, amount] of log) {
            if (String(date).startsWith('2025') || !firstRow.has(String(customer))) continue;
            const cost = costOfOne(benefit(String(id))) * Number(amount);
            expected.set(String(customer), (expected.get(String(customer)) ?? 0) + cost);
          }
          const perTier = [0, 0, 0, 0];
          const flagged: string[] = [];
          for (const [name, r] of firstRow) {
            if (r.tier === null) continue;
            const spend = expected.get(name) ?? 0;
            perTier[r.tier] = (perTier[r.tier] ?? 0) + spend;
            const over = r.profit === null || r.profit <= 0 || (spend / r.profit) * 100 > alert;
            if (spend > 0 && over) flagged.push(name);
          }
          expect(report.tiers.map(t => t.spend)).toEqual(perTier);
          expect(report.total.spend).toBe(perTier.reduce((a, b) => a + b, 0));
          expect([...report.flagged.map(c => c.customer)].sort()).toEqual(flagged.sort());
          // Worst first: no profit before any ratio, then ratios descending.
          const ranks = report.flagged.map(c => c.ratio ?? Number.POSITIVE_INFINITY);
          expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
        },
      ),
    );
  });
});
