// Settings version 1 (one period for every benefit) → version 2 (a period per benefit and tier): the document means
// the same after migration, survives a save and read unchanged, and grades generated ledgers exactly as version 1's
// single-period engine did (reimplemented below as the reference).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber, utcDateToDay } from '../../src/core/days.ts';
import { allowanceFor, roundAmount } from '../../src/core/ledger/allowance.ts';
import { entryContext, readEntry } from '../../src/core/ledger/entries.ts';
import { type PeriodSpan, periodOf } from '../../src/core/ledger/periods.ts';
import { evaluateLog, quotaOn, quotaOverview } from '../../src/core/ledger/quota.ts';
import { buildTierTimeline, type TierTimeline } from '../../src/core/ledger/timeline.ts';
import type { LedgerBenefit, PeriodSetting } from '../../src/core/ledger/types.ts';
import { defaultSettings } from '../../src/core/presets.ts';
import { migrateSettings, readSettings, readSettingsJson, type Settings } from '../../src/core/settings.ts';

const LENGTHS = ['year', 'half', 'quarter', 'month'] as const;
const CUSTOMERS = ['Acme', 'Bolt', 'Cord'];
const TODAY = '2027-03-31';

type V1Benefit = Omit<Settings['benefits'][number], 'periods'>;

/** A version-1 document: the factory preset with one `period` and benefits without `periods`. */
function version1(period: PeriodSetting, allowances: readonly (readonly number[])[]) {
  const { fiscalYearStartMonth: _, ...v2 } = defaultSettings('factory', 'zh');
  const benefits: V1Benefit[] = v2.benefits.map(({ periods: __, ...b }, i) => ({
    ...b,
    allowance: b.kind === 'perk' ? b.allowance : [...(allowances[i] ?? b.allowance)],
  }));
  return { ...v2, version: 1, benefits, period };
}

// Version 1's ledger, kept as it was: one period for everything, allotment Σ allowance × days ÷ period days.
function legacyAllotted(b: V1Benefit, timeline: TierTimeline, customer: string, period: PeriodSpan, asOf: number) {
  const day = Math.min(Math.max(asOf, period.startNumber), period.endNumber);
  const withPeriods: LedgerBenefit = { ...b, periods: [] };
  const tierThen = timeline.tierOn(customer, day);
  if (b.kind === 'perk') return allowanceFor(withPeriods, tierThen);
  let sum = 0;
  for (const [tier, days] of timeline.daysByTier(customer, period.startNumber, day)) {
    sum += allowanceFor(withPeriods, tier) * days;
  }
  sum += allowanceFor(withPeriods, tierThen) * (period.endNumber - day);
  return roundAmount(b.kind, sum / (period.endNumber - period.startNumber + 1));
}

function legacyLedger(doc: ReturnType<typeof version1>, timeline: TierTimeline, rows: unknown[][]) {
  const benefits = doc.benefits.map(b => ({ ...b, periods: [] }));
  const context = entryContext({ today: TODAY, toDay: utcDateToDay, customers: CUSTOMERS, benefits });
  const read = rows.map(row => readEntry(row, context));
  const order = read.flatMap((r, index) => (r.ok ? [{ index, day: r.entry.dayNumber }] : []));
  order.sort((a, b) => a.day - b.day || a.index - b.index);
  const used = new Map<string, number>();
  const out: unknown[] = rows.map(() => null);
  for (const { index } of order) {
    const r = read[index];
    if (!r?.ok) continue;
    const { entry } = r;
    const v1 = doc.benefits.find(b => b.id === entry.benefit.id);
    if (!v1) continue;
    const period = periodOf(entry.day, doc.period);
    const key = `${entry.customer}|${v1.id}|${period.key}`;
    const usedNow = roundAmount(v1.kind, (used.get(key) ?? 0) + entry.amount);
    used.set(key, usedNow);
    const allot = legacyAllotted(v1, timeline, entry.customer, period, entry.dayNumber);
    const remaining = v1.kind === 'perk' ? null : roundAmount(v1.kind, allot - usedNow);
    out[index] = [period.key, allot, usedNow, remaining];
  }
  return { out, used, period: periodOf(TODAY, doc.period) };
}

const period = fc.record({
  length: fc.constantFrom(...LENGTHS),
  fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
});
const allowances = fc.array(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 4, maxLength: 4 }), {
  minLength: 2,
  maxLength: 2,
});
const logRow = fc.tuple(
  fc.integer({ min: dayNumber('2025-06-01'), max: dayNumber(TODAY) }).map(dayFromNumber),
  fc.constantFrom(...CUSTOMERS),
  fc.constantFrom('免费样品', 'training', 'mould'),
  fc.oneof(
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 0, max: 200_000 }).map(c => c / 100),
  ),
);
const history = fc.array(
  fc.tuple(
    fc.integer({ min: dayNumber('2025-01-01'), max: dayNumber(TODAY) }).map(dayFromNumber),
    fc.constantFrom(...CUSTOMERS),
    fc.constantFrom('A', 'B', 'C', 'D', ''),
  ),
  { maxLength: 10 },
);

describe('settings version 1 → 2 (periods per benefit and tier)', () => {
  describe('migrateSettings', () => {
    it('gives every benefit and tier the old single period, and keeps the fiscal start', () =>
      fc.assert(
        fc.property(period, allowances, (p, a) => {
          const result = readSettings(version1(p, a));
          expect(result.ok, JSON.stringify(result)).toBe(true);
          if (!result.ok) return;
          expect(result.settings.version).toBe(2);
          expect(result.settings.fiscalYearStartMonth).toBe(p.fiscalYearStartMonth);
          expect(result.settings).not.toHaveProperty('period');
          for (const b of result.settings.benefits) expect(b.periods).toEqual(b.allowance.map(() => p.length));
        }),
      ));

    it('survives a save and a read unchanged (round trip), and leaves a version-2 document as it is', () =>
      fc.assert(
        fc.property(period, allowances, (p, a) => {
          const first = readSettings(version1(p, a));
          if (!first.ok) throw new Error('valid');
          const again = readSettingsJson(JSON.stringify(first.settings));
          expect(again).toEqual(first);
          expect(migrateSettings(first.settings)).toBe(first.settings);
        }),
      ));

    it('leaves a version-1 document without a period for validation to report', () => {
      const { period: _, ...broken } = version1({ length: 'year', fiscalYearStartMonth: 1 }, []);
      const result = readSettings(broken);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues.map(i => i.path)).toContain('fiscalYearStartMonth');
    });
  });

  describe('the ledger after migration', () => {
    it('judges generated ledgers exactly as the single-period engine of version 1 did', () =>
      fc.assert(
        fc.property(period, allowances, fc.array(logRow, { maxLength: 40 }), history, (p, a, rows, hist) => {
          const doc = version1(p, a);
          const migrated = readSettings(doc);
          if (!migrated.ok) throw new Error('valid');
          const settings = migrated.settings;
          const timeline = buildTierTimeline({
            tiers: settings.tiers,
            history: hist,
            current: [
              ['Acme', 'A'],
              ['Bolt', 'C'],
            ],
            today: TODAY,
            toDay: utcDateToDay,
          });
          const input = { settings, timeline, rows, customers: CUSTOMERS, today: TODAY, toDay: utcDateToDay };
          const evaluation = evaluateLog(input);
          const legacy = legacyLedger(doc, timeline, rows);
          const now = evaluation.rows.map(r =>
            r.kind === 'ok' || r.kind === 'over_quota' ? [r.period.key, r.allotted, r.used, r.remaining] : null,
          );
          expect(now).toEqual(legacy.out);
          // The overview and =QUOTA_LEFT count the same period and totals as version 1 did.
          for (const row of quotaOverview(evaluation, input, CUSTOMERS)) {
            row.quotas.forEach((q, b) => {
              const benefit = settings.benefits[b];
              if (!benefit) return;
              expect(q.period.key).toBe(legacy.period.key);
              const key = `${row.customer.toLowerCase()}|${benefit.id}|${legacy.period.key}`;
              expect(q.used).toBe(legacy.used.get(key) ?? 0);
              const v1 = doc.benefits[b];
              if (!v1) return;
              const allot = legacyAllotted(v1, timeline, row.customer, legacy.period, dayNumber(TODAY));
              expect(q.allotted).toBe(allot);
              expect(quotaOn(evaluation, input, row.customer, benefit, TODAY)).toEqual(q);
            });
          }
        }),
        { numRuns: 150 },
      ));
  });
});
