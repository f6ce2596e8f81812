// Issue 12 item 6: a number too large for a double (a 400-digit string) is "not a number" with a reason, never
// graded as Infinity, in the table, the ledger and every text written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberCell } from '../../src/core/cells.ts';
import { buildTierTimeline, evaluateLog } from '../../src/core/ledger/index.ts';
import { tierSheetValues } from '../../src/core/pipeline.ts';
import { defaultSettings } from '../../src/core/presets.ts';

// Digit strings of 313 to 451 digits, dressed the ways an ERP writes numbers: too large for a double even as a
// percentage (a 311-digit '1000…0%' is 1e308, a finite number that grades like any other).
const hugeText = fc
  .tuple(
    fc.integer({ min: 1, max: 9 }),
    fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), minLength: 312, maxLength: 450 }),
    fc.constantFrom('', '¥', '$', '-', '+'),
    fc.constantFrom('', '.5', '万', '亿', '%', '元'),
  )
  .map(([lead, digits, prefix, suffix]) => `${prefix}${lead}${digits}${suffix}`);

describe('non-finite numbers', () => {
  it('parseNumberCell reads every huge digit string as not a number, with the input kept', () => {
    fc.assert(
      fc.property(hugeText, text => {
        const read = parseNumberCell(text);
        expect(read).toMatchObject({ ok: false, issue: 'not_a_number', input: text });
      }),
    );
  });

  it('a table with a huge number grades that row Check data and never writes Infinity or NaN', () => {
    const settings = defaultSettings('factory', 'en');
    fc.assert(
      fc.property(hugeText, fc.integer({ min: 0, max: 3 }), (text, at) => {
        const rows: unknown[][] = [
          ['Customer', 'Revenue', 'Profit', 'Overdue days'],
          ['A Co', 1_200_000, 250_000, 0],
          ['B Co', 300_000, 50_000, 20],
          ['C Co', 80_000, 9_000, 45],
          ['D Co', 2_000_000, 400_000, 120],
        ];
        const row = rows[at + 1];
        if (row) row[1] = text;
        const result = tierSheetValues(rows, settings, {
          today: new Date('2026-11-26T00:00:00Z'),
          todayKey: '2026-11-26',
          dateKey: d => d.toISOString().slice(0, 10),
          baselines: new Map(),
          lang: 'en',
        });
        if (!result.ok) throw new Error('expected a table');
        const outputs = result.value.outputs;
        expect(outputs[at]?.[0]).toBe('Check data');
        for (const cells of outputs) expect(cells.join(' ')).not.toMatch(/Infinity|NaN/u);
      }),
      { numRuns: 50 },
    );
  });

  it('a huge amount in the benefit log is not a number', () => {
    const settings = defaultSettings('factory', 'en');
    const benefit = settings.benefits[0];
    if (!benefit) throw new Error('preset has benefits');
    fc.assert(
      fc.property(
        hugeText.filter(t => !/[%万亿.+]/u.test(t)),
        text => {
          const evaluation = evaluateLog({
            settings,
            timeline: buildTierTimeline({
              tiers: settings.tiers,
              history: [],
              current: [['A Co', 'A']],
              today: '2026-11-26',
              toDay: d => d.toISOString().slice(0, 10),
            }),
            rows: [['2026-11-01', 'A Co', benefit.label.en, text, '']],
            customers: null,
            today: '2026-11-26',
            toDay: d => d.toISOString().slice(0, 10),
          });
          expect(evaluation.rows[0]).toMatchObject({ kind: 'invalid', issue: 'not_a_number' });
        },
      ),
      { numRuns: 30 },
    );
  });
});
