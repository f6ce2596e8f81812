// Published tiers (issue 15 part 2): the timeline benefits follow under a review cycle, generated cases with fast-check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber, utcDateToDay } from '../../../src/core/days.ts';
import { evaluateLog, quotaOn, quotaOverview } from '../../../src/core/ledger/quota.ts';
import { buildTierTimeline, type TierTimeline } from '../../../src/core/ledger/timeline.ts';
import {
  followPublished,
  lastPublicationOn,
  newPublication,
  type Publication,
  publicationCells,
  publicationsInPeriod,
  publishedTiers,
  readPublications,
  reviewPeriod,
} from '../../../src/core/publish/published.ts';
import { benefit, SETTINGS } from '../ledger/fixtures.ts';

const NAMES = ['A', 'B', 'C', 'D'];
const CUSTOMERS = ['Acme', 'Bolt', 'Cord', 'Dune', 'Eyre'];
const FIRST = dayNumber('2025-01-01');
const TODAY = '2026-12-31';
const LAST = dayNumber(TODAY);

const day = fc.integer({ min: FIRST, max: LAST }).map(dayFromNumber);
const customer = fc.constantFrom(...CUSTOMERS);
const tierCell = fc.constantFrom('A', 'B', 'C', 'D', 'Check data', '');
const history = fc.array(fc.tuple(day, customer, tierCell), { maxLength: 12 });
const current = fc.array(fc.tuple(customer, tierCell), { maxLength: 6 });
const publications = fc
  .array(fc.tuple(day, fc.array(fc.tuple(customer, tierCell), { maxLength: 6 })), { maxLength: 4 })
  .map(list =>
    list
      .map(([d, rows], i) => newPublication(rows, NAMES, d, '', i + 1))
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.number - b.number)),
  );
const logRow = fc.tuple(
  day,
  customer,
  fc.constantFrom('samples', 'training', 'mould'),
  fc.integer({ min: 0, max: 900 }),
);

const live = (h: readonly (readonly unknown[])[], c: readonly (readonly [unknown, unknown])[]): TierTimeline =>
  buildTierTimeline({ tiers: SETTINGS.tiers, history: h, current: c, today: TODAY, toDay: utcDateToDay });

describe('publish/published', () => {
  describe('followPublished', () => {
    it('without a review cycle, every status and quota is exactly today’s, whatever was published', () =>
      fc.assert(
        fc.property(history, current, publications, fc.array(logRow, { maxLength: 15 }), (h, c, pubs, rows) => {
          const base = live(h, c);
          const followed = followPublished(undefined, base, pubs, NAMES);
          const input = { settings: SETTINGS, rows, customers: null, today: TODAY, toDay: utcDateToDay };
          const before = evaluateLog({ ...input, timeline: base });
          const after = evaluateLog({ ...input, timeline: followed });
          expect(after.rows).toEqual(before.rows);
          expect(quotaOverview(after, { ...input, timeline: followed }, CUSTOMERS)).toEqual(
            quotaOverview(before, { ...input, timeline: base }, CUSTOMERS),
          );
        }),
      ));

    it('with a cycle, a customer takes the tier of the last publication on or before the day, else its live tier', () =>
      fc.assert(
        fc.property(history, current, publications, customer, day, (h, c, pubs, who, d) => {
          const base = live(h, c);
          const followed = followPublished('quarter', base, pubs, NAMES);
          const frozen = publishedTiers(lastPublicationOn(pubs, d)).get(who.toLowerCase());
          const expected = frozen === undefined ? base.tierOn(who, dayNumber(d)) : NAMES.indexOf(frozen);
          expect(followed.tierOn(who, dayNumber(d))).toBe(expected);
        }),
      ));

    it('counts days per tier that agree with the tier of each day, covering the whole range', () =>
      fc.assert(
        fc.property(history, current, publications, customer, day, day, (h, c, pubs, who, d1, d2) => {
          const followed = followPublished('year', live(h, c), pubs, NAMES);
          const from = Math.min(dayNumber(d1), dayNumber(d2));
          const to = Math.min(from + 120, Math.max(dayNumber(d1), dayNumber(d2)));
          const runs = followed.daysByTier(who, from, to);
          const expanded = runs.flatMap(([tier, n]) => Array.from({ length: n }, () => tier));
          const daily = Array.from({ length: to - from + 1 }, (_, i) => followed.tierOn(who, from + i));
          expect(expanded).toEqual(daily);
          expect(runs.every(([tier], i) => i === 0 || tier !== runs[i - 1]?.[0])).toBe(true); // adjacent runs merged
        }),
      ));

    it('quotas follow the published tier: an A customer published as C gets C’s allowance', () => {
      const base = live([], [['Acme', 'A']]);
      const pub = newPublication([['Acme', 'C']], NAMES, '2026-01-01', 'boss@example.com', 1);
      const followed = followPublished('year', base, [pub], NAMES);
      const input = { settings: SETTINGS, rows: [], customers: null, today: TODAY, toDay: utcDateToDay };
      const samples = benefit('samples');
      expect(
        quotaOn(evaluateLog({ ...input, timeline: base }), { ...input, timeline: base }, 'Acme', samples, TODAY)
          .allotted,
      ).toBe(3000);
      expect(
        quotaOn(evaluateLog({ ...input, timeline: followed }), { ...input, timeline: followed }, 'Acme', samples, TODAY)
          .allotted,
      ).toBe(500);
      // A customer new since the publication follows its live tier.
      expect(followPublished('year', live([], [['Bolt', 'B']]), [pub], NAMES).tierOn('Bolt', LAST)).toBe(1);
    });
  });

  describe('record rows', () => {
    it('read back as written, oldest first, whatever the order of the blocks', () =>
      fc.assert(
        fc.property(publications, fc.constantFrom('2026 Q4', '2026 年第 4 季度'), (pubs, label) => {
          const cells = [...pubs].reverse().flatMap(p => publicationCells(p, label));
          const back = readPublications(cells, utcDateToDay);
          expect(back).toEqual(pubs.filter(p => p.rows.length > 0));
        }),
      ));

    it('skip unreadable rows without throwing', () =>
      expect(
        readPublications(
          [
            ['x', 'Q4', '2026-10-01', '', 'Acme', 'A'],
            [1, 'Q4', 'soon', '', 'Acme', 'A'],
            [1, 'Q4', '2026-10-01', '', '', 'A'],
            [2, 'Q4', '2026-10-02', 'a@b.c', 'Bolt', 'B'],
          ],
          utcDateToDay,
        ),
      ).toEqual([{ number: 2, day: '2026-10-02', by: 'a@b.c', rows: [{ customer: 'Bolt', tier: 'B' }] }]));
  });

  describe('newPublication', () => {
    it('keeps one row per customer with a tier of the settings, in table order', () =>
      expect(
        newPublication(
          [
            ['Acme', ' a '],
            ['acme', 'B'],
            ['Bolt', '核对数据'],
            ['', 'A'],
            ['Cord', 'C'],
          ],
          NAMES,
          '2026-11-30',
          '',
          3,
        ),
      ).toEqual({
        number: 3,
        day: '2026-11-30',
        by: '',
        rows: [
          { customer: 'Acme', tier: 'A' },
          { customer: 'Cord', tier: 'C' },
        ],
      } satisfies Publication));
  });

  describe('reviewPeriod', () => {
    it('holds the day, from the fiscal year’s first month', () =>
      fc.assert(
        fc.property(
          day,
          fc.constantFrom('quarter', 'half', 'year') as fc.Arbitrary<'quarter' | 'half' | 'year'>,
          fc.integer({ min: 1, max: 12 }),
          (d, cycle, month) => {
            const period = reviewPeriod(d, cycle, month);
            expect(period.start <= d && d <= period.end).toBe(true);
            expect(Number(period.start.slice(5, 7)) % { quarter: 3, half: 6, year: 12 }[cycle]).toBe(
              month % { quarter: 3, half: 6, year: 12 }[cycle],
            );
          },
        ),
      ));

    it('lists the publications made within it', () => {
      const q4 = reviewPeriod('2026-11-30', 'quarter', 1);
      const pubs = ['2026-09-30', '2026-10-01', '2026-12-31'].map((d, i) => newPublication([], NAMES, d, '', i + 1));
      expect(publicationsInPeriod(pubs, q4).map(p => p.day)).toEqual(['2026-10-01', '2026-12-31']);
    });
  });
});
