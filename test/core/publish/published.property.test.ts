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

    it('with a cycle but nothing published yet, is the live timeline itself', () => {
      const base = live([], [['Acme', 'A']]);
      expect(followPublished('quarter', base, [], NAMES)).toBe(base);
    });

    it('takes the later of two publications of one day, from that day on, in tiers and in days per tier', () => {
      const base = live([], [['Acme', 'A']]);
      const pubs = [
        newPublication([['Acme', 'C']], NAMES, '2026-03-01', '', 1),
        newPublication([['Acme', 'B']], NAMES, '2026-03-01', '', 2),
      ];
      const followed = followPublished('quarter', base, pubs, NAMES);
      const [feb27, feb28, mar1, mar2] = ['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02'].map(dayNumber);
      expect([feb28, mar1].map(d => followed.tierOn('Acme', d ?? 0))).toEqual([0, 1]);
      expect(followed.daysByTier('Acme', feb27 ?? 0, mar2 ?? 0)).toEqual([
        [0, 2],
        [1, 2],
      ]);
    });

    it('merges the days of a publication into the run before it when the tier is the same', () => {
      const base = live([], [['Acme', 'A']]);
      const mar1 = dayNumber('2026-03-01');
      const same = newPublication([['Acme', 'A']], NAMES, '2026-03-01', '', 1);
      expect(followPublished('quarter', base, [same], NAMES).daysByTier('Acme', mar1 - 2, mar1 + 1)).toEqual([[0, 4]]);
      const without = newPublication([['Bolt', 'C']], NAMES, '2026-03-01', '', 1);
      expect(followPublished('quarter', base, [without], NAMES).daysByTier('Acme', mar1 - 2, mar1 + 1)).toEqual([
        [0, 4],
      ]);
    });

    it('counts a publication made on the last day of the range, and a range of one day', () => {
      const base = live([], [['Acme', 'A']]);
      const followed = followPublished(
        'quarter',
        base,
        [newPublication([['Acme', 'C']], NAMES, '2026-03-01', '', 1)],
        NAMES,
      );
      const mar1 = dayNumber('2026-03-01');
      expect(followed.daysByTier('Acme', mar1 - 2, mar1)).toEqual([
        [0, 2],
        [2, 1],
      ]);
      expect(followed.daysByTier('Acme', mar1, mar1)).toEqual([[2, 1]]);
      expect(followed.daysByTier('Acme', mar1 - 1, mar1 - 1)).toEqual([[0, 1]]);
    });

    it('gives no tier (not the live one) where the published tier is no longer a tier of the settings', () => {
      const pub: Publication = {
        number: 1,
        day: '2026-01-01',
        by: '',
        rows: [
          { customer: 'Acme', tier: 'Gold' },
          { customer: 'Bolt', tier: ' a ' },
        ],
      };
      const followed = followPublished(
        'year',
        live(
          [],
          [
            ['Acme', 'A'],
            ['Bolt', 'C'],
          ],
        ),
        [pub],
        NAMES,
      );
      expect(followed.tierOn('Acme', LAST)).toBeNull();
      expect(followed.tierOn('Bolt', LAST)).toBe(0);
      expect(followed.daysByTier('Acme', LAST - 1, LAST)).toEqual([[null, 2]]);
    });

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

    it('read back oldest first, then by number, whatever the order of the blocks in the sheet', () =>
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 }).chain(numbers =>
            fc.tuple(
              // Few days, so that several publications often share one and their numbers decide.
              fc.tuple(
                ...numbers.map(n =>
                  fc.tuple(
                    fc.constant(n),
                    fc.constantFrom('2026-01-05', '2026-03-01', '2026-03-02'),
                    fc.array(customer, { minLength: 1 }),
                  ),
                ),
              ),
              fc.func(fc.integer()),
            ),
          ),
          ([specs, rank]) => {
            const pubs = specs.map(([n, d, who]) =>
              newPublication(
                who.map(c => [c, 'B'] as const),
                NAMES,
                d,
                '',
                n,
              ),
            );
            // Blocks in an arbitrary order (a user may sort the record sheet), each block's rows kept together.
            const shuffled = [...pubs].sort((a, b) => rank(a.number) - rank(b.number) || a.number - b.number);
            const back = readPublications(
              shuffled.flatMap(p => publicationCells(p, 'Q1')),
              utcDateToDay,
            );
            const oldestFirst = [...pubs].sort((a, b) => dayNumber(a.day) - dayNumber(b.day) || a.number - b.number);
            expect(back).toEqual(oldestFirst);
          },
        ),
      ));

    it('read numbers typed as text and trim text cells; skip numbers below 1 or fractional, and non-text tiers', () =>
      expect(
        readPublications(
          [
            [' 4 ', 'Q4', '2026-10-03', ' a@b.c ', 'Cord', ' C '],
            [0, 'Q4', '2026-10-03', '', 'Acme', 'A'],
            [-1, 'Q4', '2026-10-03', '', 'Acme', 'A'],
            [1.5, 'Q4', '2026-10-03', '', 'Acme', 'A'],
            [true, 'Q4', '2026-10-03', '', 'Acme', 'A'],
            [5, 'Q4', '2026-10-04', '', 'Dune', '  '],
            [6, 'Q4', '2026-10-04', '', 'Eyre', 1],
            [7, 'Q4', '2026-10-04', 42, 'Fay', 'A'],
          ],
          utcDateToDay,
        ),
      ).toEqual([
        { number: 4, day: '2026-10-03', by: 'a@b.c', rows: [{ customer: 'Cord', tier: 'C' }] },
        { number: 7, day: '2026-10-04', by: '', rows: [{ customer: 'Fay', tier: 'A' }] },
      ]));

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

  describe('lastPublicationOn and publishedTiers', () => {
    it('count a publication on the day itself, and give no tier when there is no publication', () => {
      const pubs = ['2026-01-05', '2026-02-05'].map((d, i) => newPublication([['Acme', 'B']], NAMES, d, '', i + 1));
      expect(lastPublicationOn(pubs, '2026-02-05')?.number).toBe(2);
      expect(lastPublicationOn(pubs, '2026-02-04')?.number).toBe(1);
      expect(lastPublicationOn(pubs, '2026-01-04')).toBeNull();
      expect([...publishedTiers(pubs[0] ?? null)]).toEqual([['acme', 'B']]);
      expect(publishedTiers(null).size).toBe(0);
    });
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
      const pubs = ['2026-09-30', '2026-10-01', '2026-12-31', '2027-01-01'].map((d, i) =>
        newPublication([], NAMES, d, '', i + 1),
      );
      expect(publicationsInPeriod(pubs, q4).map(p => p.day)).toEqual(['2026-10-01', '2026-12-31']);
    });
  });
});
