// The rules that span settings fields (validateSettings after the schema), on generated documents: each rule's
// oracle is written from its description, and a document breaking it must be refused with that rule's code at
// that path, while a document keeping it must not be.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/presets.ts';
import { type Settings, utf8Length, validateSettings } from '../../src/core/settings.ts';

const base = (): Settings => defaultSettings('factory', 'en');
const TIERS = 4;

/** The codes and paths of a document's issues (or of nothing, when it is valid). */
function issuesOf(doc: Settings): string[] {
  const result = validateSettings(doc);
  return result.ok ? [] : result.issues.map(i => `${i.code}@${i.path}`);
}

const percent = fc.integer({ min: 0, max: 100 });

describe('settings rules across fields (generated)', () => {
  it('cut-offs: exactly one fewer than the tiers, each strictly below the one before', () => {
    fc.assert(
      fc.property(fc.array(percent, { maxLength: 4 }), cutoffs => {
        const doc = { ...base(), method: { kind: 'cutoffs' as const, cutoffs } };
        const countOk = cutoffs.length === TIERS - 1;
        const orderOk = cutoffs.every((c, i) => i === 0 || c < (cutoffs[i - 1] as number));
        const expected = !countOk ? ['cutoffs_count@method.cutoffs'] : orderOk ? [] : ['cutoffs_order@method.cutoffs'];
        expect(issuesOf(doc)).toEqual(expected);
      }),
    );
  });

  it('shares: exactly one fewer than the tiers, adding up to at most 100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 4 }), shares => {
        const doc = { ...base(), method: { kind: 'share' as const, shares } };
        const sum = shares.reduce((a, b) => a + b, 0);
        const expected =
          shares.length !== TIERS - 1 ? ['shares_count@method.shares'] : sum > 100 ? ['shares_sum@method.shares'] : [];
        expect(issuesOf(doc)).toEqual(expected);
      }),
    );
  });

  it('Pareto: 1 to tiers − 1 cumulative shares above 0, strictly rising, on a known higher-is-better measure', () => {
    fc.assert(
      fc.property(
        fc.array(percent, { maxLength: 4 }),
        fc.constantFrom('revenue', 'overdue_days', 'nothing'),
        (shares, dimension) => {
          const doc = { ...base(), method: { kind: 'pareto' as const, dimension, shares } };
          const rising = shares.every((c, i) => c > 0 && (i === 0 || c > (shares[i - 1] as number)));
          const expected = [
            ...(shares.length >= 1 && shares.length <= TIERS - 1 && rising ? [] : ['pareto_order@method.shares']),
            ...(dimension === 'nothing'
              ? ['unknown_dimension@method.dimension']
              : dimension === 'overdue_days'
                ? ['pareto_direction@method.dimension']
                : []),
          ];
          expect(issuesOf(doc)).toEqual(expected);
        },
      ),
    );
  });

  it('bands: thresholds move toward worse values and points never rise; "otherwise" at most the last band', () => {
    const band = fc.record({ threshold: fc.integer({ min: 0, max: 50 }), points: fc.integer({ min: 0, max: 100 }) });
    fc.assert(
      fc.property(
        fc.array(band, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom<'higher' | 'lower'>('higher', 'lower'),
        (bands, otherwise, direction) => {
          const doc = base();
          const revenue = doc.dimensions[0];
          if (!revenue) throw new Error('preset has no dimension');
          revenue.direction = direction;
          revenue.normalisation = { kind: 'bands', bands, otherwise };
          // Pareto on revenue needs higher-is-better; grade by cut-offs so only the bands are judged.
          const ordered = bands.every((b, i) => {
            const prev = bands[i - 1];
            if (!prev) return true;
            const towardWorse = direction === 'higher' ? b.threshold < prev.threshold : b.threshold > prev.threshold;
            return towardWorse && b.points <= prev.points;
          });
          const ok = ordered && otherwise <= (bands.at(-1)?.points ?? Number.NaN);
          expect(issuesOf(doc)).toEqual(ok ? [] : ['bands_order@dimensions.0.normalisation.bands']);
        },
      ),
    );
  });

  it('gates: a known measure and a tier that exists; benefits: one allowance and one period per tier', () => {
    fc.assert(
      fc.property(
        // The schema itself stops atMost at 4 (five tiers at most).
        fc.integer({ min: 0, max: TIERS }),
        fc.constantFrom('profit', 'nothing'),
        fc.integer({ min: 0, max: TIERS + 1 }),
        fc.integer({ min: 0, max: TIERS + 1 }),
        (atMost, dimension, allowances, periods) => {
          const doc = base();
          doc.gates = [{ atMost, dimension, op: '<', value: 0 }];
          const samples = doc.benefits[0];
          if (!samples) throw new Error('preset has no benefit');
          samples.allowance = Array.from({ length: allowances }, () => 100);
          samples.periods = Array.from({ length: periods }, () => 'year' as const);
          const result = validateSettings(doc);
          const issues = result.ok ? [] : result.issues.map(i => `${i.code}@${i.path}`);
          expect(issues.sort()).toEqual(
            [
              ...(dimension === 'nothing' ? ['unknown_dimension@gates.0.dimension'] : []),
              ...(atMost >= TIERS ? ['tier_index@gates.0.atMost'] : []),
              ...(periods !== TIERS ? ['periods_length@benefits.0.periods'] : []),
              ...(allowances !== TIERS ? ['allowance_length@benefits.0.allowance'] : []),
            ].sort(),
          );
          // The message says how many tiers there are, as the user would count them.
          if (!result.ok && periods !== TIERS) {
            const periodIssue = result.issues.find(i => i.code === 'periods_length');
            expect(periodIssue?.message.en).toContain(String(TIERS));
          }
        },
      ),
    );
  });

  it('perks: an allowance of 0 or 1 per tier', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: TIERS, maxLength: TIERS }), allowance => {
        const doc = base();
        const perk = doc.benefits.find(b => b.kind === 'perk');
        if (!perk) throw new Error('preset has no perk');
        perk.allowance = allowance;
        const index = doc.benefits.indexOf(perk);
        const ok = allowance.every(a => a === 0 || a === 1);
        expect(issuesOf(doc)).toEqual(ok ? [] : [`perk_allowance@benefits.${index}.allowance`]);
      }),
    );
  });
});

describe('utf8Length', () => {
  it('counts the bytes UTF-8 takes for any well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), text => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
    );
  });

  it('counts each character class at its boundary', () => {
    const cases: [string, number][] = [
      ['\u007f', 1],
      ['\u0080', 2],
      ['\u07ff', 2],
      ['\u0800', 3],
      ['\ud7ff', 3],
      ['\ue000', 3],
      ['\uffff', 3],
      ['😀', 4],
    ];
    for (const [text, bytes] of cases) expect([text, utf8Length(text)]).toEqual([text, bytes]);
  });
});
