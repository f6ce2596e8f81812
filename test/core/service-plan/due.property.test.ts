// The service plan's items on generated customer lists and logs: each item is a benefit of the customer's tier that
// is not fully used in its current period (checked against sums of the log computed here), nothing open is left out,
// the order is salesperson → tier → days left, and the counts add up to the rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber, utcDateToDay } from '../../../src/core/days.ts';
import { allowanceFor } from '../../../src/core/ledger/allowance.ts';
import { periodOf } from '../../../src/core/ledger/periods.ts';
import { evaluateLog } from '../../../src/core/ledger/quota.ts';
import { buildTierTimeline } from '../../../src/core/ledger/timeline.ts';
import { defaultSettings } from '../../../src/core/presets.ts';
import {
  comparePlanItems,
  dueLines,
  type PlanItem,
  planCounts,
  servicePlanItems,
} from '../../../src/core/service-plan/due.ts';
import type { Settings } from '../../../src/core/settings-schema.ts';

const NAMES = ['Acme', 'Bolt', 'Cord', 'Dune', '=SUM(1,2)', '+Evil', '华东机电', '@Home'];
const SALES = ['', 'Wang Fang', 'Li Lei', '-Zed', '王芳'];
const TIERS = ['A', 'B', 'C', 'D', ''];

/** The factory preset with generated periods (each benefit and tier its own) and a fiscal year start. */
const settingsArb = fc
  .record({
    periods: fc.array(
      fc.array(fc.constantFrom('year', 'half', 'quarter', 'month' as const), { minLength: 4, maxLength: 4 }),
      {
        minLength: 3,
        maxLength: 3,
      },
    ),
    fiscal: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ periods, fiscal }): Settings => {
    const s = defaultSettings('factory', 'en');
    s.benefits.forEach((b, i) => {
      b.periods = periods[i] ?? b.periods;
    });
    s.fiscalYearStartMonth = fiscal;
    return s;
  });

const customerArb = fc.record({
  name: fc.constantFrom(...NAMES),
  salesperson: fc.constantFrom(...SALES),
  tier: fc.constantFrom(...TIERS),
});

const TODAY_FROM = dayNumber('2026-01-01');
const caseArb = fc
  .record({
    settings: settingsArb,
    customers: fc.array(customerArb, { minLength: 1, maxLength: 8 }),
    today: fc.integer({ min: TODAY_FROM, max: TODAY_FROM + 364 }),
    entries: fc.array(
      fc.record({
        daysAgo: fc.integer({ min: 0, max: 200 }),
        customer: fc.constantFrom(...NAMES),
        benefit: fc.constantFrom('samples', 'training', 'mould'),
        // Round amounts, so a budget or a count is often used up exactly (the edge between open and done).
        amount: fc.constantFrom(0, 1, 2, 500, 1000, 3000),
      }),
      { maxLength: 25 },
    ),
  })
  .map(c => ({ ...c, today: dayFromNumber(c.today) }));

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function plan(c: Case) {
  const { settings, customers, today } = c;
  const rows = c.entries.map(e => [
    dayFromNumber(dayNumber(today) - e.daysAgo),
    e.customer,
    e.benefit,
    e.benefit === 'samples' ? e.amount : Math.min(e.amount, 1),
  ]);
  const timeline = buildTierTimeline({
    tiers: settings.tiers,
    history: [],
    current: customers.map(x => [x.name, x.tier] as const),
    today,
    toDay: utcDateToDay,
  });
  const names = customers.map(x => x.name);
  const evaluation = evaluateLog({ settings, timeline, rows, customers: names, today, toDay: utcDateToDay });
  const planCustomers = customers.map((x, i) => ({ name: x.name, salesperson: x.salesperson, row: i + 2 }));
  const items = servicePlanItems(evaluation, { settings, timeline, today }, planCustomers);
  return { items, rows, settings, customers, today };
}

/** The first row of each name (later repeats give nothing), with its tier index or null. */
function firstRows(customers: readonly { name: string; salesperson: string; tier: string }[]) {
  const seen = new Map<string, { salesperson: string; tier: number | null; row: number }>();
  customers.forEach((x, i) => {
    if (seen.has(x.name)) return;
    const tier = TIERS.indexOf(x.tier);
    seen.set(x.name, { salesperson: x.salesperson, tier: tier < 0 || tier > 3 ? null : tier, row: i + 2 });
  });
  return seen;
}

/** Used in the benefit's current period, summed here from the log rows (all rows are valid by construction). */
function usedNow(rows: readonly unknown[][], name: string, benefitId: string, start: number, today: number): number {
  return rows
    .filter(r => r[1] === name && r[2] === benefitId)
    .filter(r => dayNumber(String(r[0])) >= start && dayNumber(String(r[0])) <= today)
    .reduce((s, r) => s + Number(r[3]), 0);
}

describe('service-plan/due', () => {
  it("lists exactly the benefits of each customer's tier not fully used in their current period", () => {
    fc.assert(
      fc.property(caseArb, c => {
        const { items, rows, settings, customers, today } = plan(c);
        const todayNumber = dayNumber(today);
        const known = firstRows(customers);
        const expected: string[] = [];
        for (const [name, info] of known) {
          if (info.tier === null) continue;
          for (const b of settings.benefits) {
            const allowance = allowanceFor(b, info.tier);
            if (allowance <= 0) continue;
            const period = periodOf(today, {
              length: b.periods[info.tier] ?? 'year',
              fiscalYearStartMonth: settings.fiscalYearStartMonth,
            });
            const used = usedNow(rows, name, b.id, period.startNumber, todayNumber);
            if (b.kind === 'perk' || used < allowance) expected.push(`${name}|${b.id}`);
          }
        }
        expect(items.map(i => `${i.customer}|${i.benefit.id}`).sort()).toEqual(expected.sort());
        for (const item of items) {
          const info = known.get(item.customer);
          expect(item.tier).toBe(info?.tier);
          expect(allowanceFor(item.benefit, item.tier)).toBeGreaterThan(0);
          expect(item.salesperson).toBe(info?.salesperson);
          expect(item.row).toBe(info?.row);
          if (item.benefit.kind !== 'perk') expect(item.remaining).toBeGreaterThan(0);
          expect(item.daysLeft).toBe(item.period.endNumber - todayNumber + 1);
          expect(item.daysLeft).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('orders by salesperson (those without one last), then tier, then days left', () => {
    fc.assert(
      fc.property(caseArb, c => {
        const { items } = plan(c);
        for (let i = 1; i < items.length; i++) {
          const [a, b] = [items[i - 1] as PlanItem, items[i] as PlanItem];
          expect(comparePlanItems(a, b)).toBeLessThanOrEqual(0);
          if (a.salesperson === '') expect(b.salesperson).toBe('');
          if (a.salesperson === b.salesperson) {
            expect(a.tier).toBeLessThanOrEqual(b.tier);
            if (a.tier === b.tier) expect(a.daysLeft).toBeLessThanOrEqual(b.daysLeft);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('counts each salesperson once, and the counts add up to the rows and their customers', () => {
    fc.assert(
      fc.property(caseArb, c => {
        const { items } = plan(c);
        const counts = planCounts(items);
        expect(new Set(counts.map(x => x.salesperson)).size).toBe(counts.length);
        expect(counts.reduce((s, x) => s + x.items, 0)).toBe(items.length);
        for (const count of counts) {
          const mine = items.filter(i => i.salesperson === count.salesperson);
          expect(count.items).toBe(mine.length);
          expect(count.customers).toBe(new Set(mine.map(i => i.customer)).size);
          expect(count.soonest).toBe(Math.min(...mine.map(i => i.daysLeft)));
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('service-plan/due examples', () => {
  const settings = defaultSettings('factory', 'en');
  const timeline = buildTierTimeline({
    tiers: settings.tiers,
    history: [],
    current: [
      ['Acme', 'A'],
      ['Cord', 'C'],
    ],
    today: '2026-11-26',
    toDay: utcDateToDay,
  });
  const run = (rows: unknown[][], lang: 'zh' | 'en') => {
    const input = { settings, timeline, today: '2026-11-26' };
    const evaluation = evaluateLog({ ...input, rows, customers: ['Acme', 'Cord'], toDay: utcDateToDay });
    const items = servicePlanItems(evaluation, input, [
      { name: 'Acme', salesperson: ' Wang ', row: 2 },
      { name: 'Cord', salesperson: '', row: 3 },
    ]);
    return { items, lines: dueLines(items, settings.currency, lang) };
  };

  it("says what is left of a budget, a quarter's training and a perk, with the days left in each period", () => {
    const { items, lines } = run([['2026-11-02', 'Acme', 'samples', 1000]], 'en');
    expect(items.map(i => [i.salesperson, i.customer, i.benefit.id, i.daysLeft])).toEqual([
      ['Wang', 'Acme', 'samples', 36],
      ['Wang', 'Acme', 'training', 36],
      ['Wang', 'Acme', 'mould', 36],
      ['', 'Cord', 'samples', 36],
      ['', 'Cord', 'training', 36],
    ]);
    expect(lines[0]).toBe('Free samples: ¥2,000 left (¥3,000 this period, ¥1,000 used), 36 days left');
    expect(lines[1]).toMatch(
      /^Free product training: 1 time to deliver \(1 time this period, 0 times used\), 36 days left$/u,
    );
    expect(lines[2]).toMatch(/: Available, 36 days left$/u);
  });

  it('leaves out a training already given this quarter and a budget spent, in Chinese too', () => {
    const rows = [
      ['2026-10-05', 'Acme', 'training', 1],
      ['2026-03-01', 'Cord', 'samples', 500],
    ];
    const { items, lines } = run(rows, 'zh');
    expect(items.map(i => `${i.customer}:${i.benefit.id}`)).toEqual(['Acme:samples', 'Acme:mould', 'Cord:training']);
    expect(lines[0]).toBe('免费样品：余额 ¥3,000（本期 ¥3,000，已用 ¥0），剩 36 天');
  });

  it('lists nothing of a benefit the tier held today lacks, even with an allowance earned under an earlier tier', () => {
    const moved = buildTierTimeline({
      tiers: settings.tiers,
      history: [
        ['2026-01-01', 'Acme', 'A'],
        ['2026-11-01', 'Acme', 'D'],
      ],
      current: [['Acme', 'D']],
      today: '2026-11-26',
      toDay: utcDateToDay,
    });
    const input = { settings, timeline: moved, today: '2026-11-26' };
    const evaluation = evaluateLog({ ...input, rows: [], customers: ['Acme'], toDay: utcDateToDay });
    expect(servicePlanItems(evaluation, input, [{ name: 'Acme', salesperson: '', row: 2 }])).toEqual([]);
  });
});
