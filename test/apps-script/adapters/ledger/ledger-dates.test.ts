// The benefit log's dates on the built bundle: date-times near midnight in daylight-saving zones count on their own
// day (issue 12 item 9), and an edit costs the same service calls however many distinct dates the log holds (item 8).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadAddon, valuesOf } from '../../../support/addon.ts';

const LOG = 'Benefit log';
const CUSTOMERS = [
  ['Customer', 'Revenue', 'Tier', 'Score', 'Why'],
  ['Acme', 2_000_000, 'A', 90, ''],
  ['Bolt', 500_000, 'B', 70, ''],
];
const pad = (n: number) => String(n).padStart(2, '0');

function setUp(timeZone: string) {
  const emu = loadAddon({ locale: 'en_US', firstSheet: null, timeZone });
  emu.addSheet('Customers', CUSTOMERS);
  emu.runMenuItem('setUpBenefitLog');
  return emu;
}

describe('apps-script/adapters/ledger dates', () => {
  it('an edit costs the same service calls with 1 or up to 300 distinct date-times in the log', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('America/New_York', 'Europe/London', 'Australia/Sydney'),
        fc.array(
          fc.record({
            m: fc.integer({ min: 1, max: 10 }),
            d: fc.integer({ min: 1, max: 28 }),
            h: fc.integer({ min: 0, max: 23 }),
            mi: fc.integer({ min: 0, max: 59 }),
          }),
          { minLength: 1, maxLength: 300 },
        ),
        (timeZone, stamps) => {
          const emu = setUp(timeZone);
          emu.userEdit(LOG, 'A2:E2', [['2026-03-01', 'Bolt', 'Free samples', 1, '']]);
          emu.calls.reset();
          emu.userEdit(LOG, 'A2:E2', [['2026-03-02', 'Bolt', 'Free samples', 1, '']]);
          const single = emu.calls.total();
          const rows = stamps.map(s => [
            `2026-${pad(s.m)}-${pad(s.d)} ${pad(s.h)}:${pad(s.mi)}`,
            'Acme',
            'Free samples',
            1,
            '',
          ]);
          emu.userEdit(LOG, `A3:E${rows.length + 2}`, rows);
          emu.calls.reset();
          emu.userEdit(LOG, 'A2:E2', [['2026-03-03', 'Bolt', 'Free samples', 1, '']]);
          expect(emu.calls.total()).toBe(single);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('a late-evening entry on the last day of a period counts in that period, in every daylight-saving zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('America/New_York', 'Europe/London', 'Australia/Sydney'),
        fc.integer({ min: 22, max: 23 }),
        fc.constantFrom('00', '30'),
        (timeZone, hour, minute) => {
          const emu = setUp(timeZone);
          // 31 Dec 2025 late evening is last year's period: this year's allowance stays whole.
          emu.userEdit(LOG, 'A2:E3', [
            [`2025-12-31 ${hour}:${minute}`, 'Bolt', 'Free samples', 400, ''],
            ['2026-01-05', 'Bolt', 'Free samples', 100, ''],
          ]);
          expect(valuesOf(emu, LOG)[2]?.[5]).toBe(900);
        },
      ),
      { numRuns: 12 },
    );
  });
});
