// Issue 12 item 5 on the built bundle: whatever a user cell holds (up to Sheets' 50,000 characters), the text the
// add-on writes quotes at most a short prefix of it: Why, statuses and override notes stay short, no cell nears the limit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadAddon, valuesOf } from '../support/addon.ts';

const longText = fc
  .tuple(fc.constantFrom(41, 300, 5_000, 50_000), fc.constantFrom('x', '汉', '😀', 'ab '))
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));

describe('long user values', () => {
  it('the Why column quotes a short prefix of any long cell, override reason or override tier', () => {
    fc.assert(
      fc.property(longText, fc.constantFrom('revenue', 'reason', 'tier'), (text, where) => {
        const emu = loadAddon({ locale: 'en_US', firstSheet: null });
        emu.addSheet(
          'Customers',
          [
            ['Customer', 'Revenue', 'Tier override', 'Override reason'],
            [
              'Acme',
              where === 'revenue' ? text : 2_000_000,
              where === 'tier' ? text : 'B',
              where === 'reason' ? text : 'deal',
            ],
            ['Bolt', 300_000, '', ''],
          ],
          { raw: true },
        );
        emu.runMenuItem('recomputeTiers');
        const values = valuesOf(emu, 'Customers');
        const header = values[0] ?? [];
        const why = header.indexOf('Why');
        expect(why).toBeGreaterThan(0);
        for (const row of values.slice(1)) expect(String(row[why]).length).toBeLessThan(600);
      }),
      { numRuns: 24 },
    );
  });

  it('benefit log statuses quote a short prefix of a long customer or benefit name', () => {
    fc.assert(
      fc.property(longText, fc.boolean(), (text, asCustomer) => {
        const emu = loadAddon({ locale: 'en_US', firstSheet: null });
        emu.addSheet('Customers', [
          ['Customer', 'Revenue', 'Tier', 'Score', 'Why'],
          ['Acme', 2_000_000, 'A', 90, ''],
        ]);
        emu.runMenuItem('setUpBenefitLog');
        emu.userEdit('Benefit log', 'A2:E2', [
          ['2026-03-01', asCustomer ? text : 'Acme', asCustomer ? 'Free samples' : text, 1, ''],
        ]);
        const status = String(valuesOf(emu, 'Benefit log')[1]?.[6]);
        expect(status.length).toBeGreaterThan(0);
        expect(status.length).toBeLessThan(300);
      }),
      { numRuns: 12 },
    );
  });
});
