import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByValue } from '../../src/core/scoring.ts';

/** Row indexes with a value, by value then row: what orderByValue must return. */
function reference(values: readonly number[]): number[] {
  return values
    .map((v, i) => [v, i] as const)
    .filter(([v]) => !Number.isNaN(v))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([, i]) => i);
}

describe('scoring', () => {
  describe('orderByValue', () => {
    it('orders a short column like a stable sort and skips NaN', () => {
      expect([...orderByValue(Float64Array.from([3, Number.NaN, -1, 3, 0]))]).toEqual([2, 4, 0, 3]);
    });

    it('orders a long column (radix path) with negatives, zeros, ties, huge and tiny values', () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.oneof(
              fc.integer({ min: -50, max: 50 }),
              fc.double({ noNaN: true, noDefaultInfinity: true }),
              fc.constantFrom(0, -0, Number.NaN, 1e300, -1e-300, Number.MIN_VALUE),
            ),
            { minLength: 2048, maxLength: 4000 },
          ),
          values => {
            const order = [...orderByValue(Float64Array.from(values))];
            const ref = reference(values);
            // Compared as one boolean each: a failing toEqual on thousands of items makes shrinking crawl.
            // -0 and +0 are equal values (the radix puts -0 first), so compare with ===.
            const sameValues = order.length === ref.length && order.every((i, k) => values[i] === values[ref[k] ?? -1]);
            const stableTies = order.every(
              (i, k) =>
                k === 0 ||
                values[order[k - 1] ?? -1] !== values[i] ||
                Object.is(values[order[k - 1] ?? -1], -0) !== Object.is(values[i], -0) ||
                (order[k - 1] ?? 0) < i,
            );
            expect(sameValues).toBe(true);
            expect(stableTies).toBe(true);
            expect(new Set(order).size).toBe(ref.length);
          },
        ),
        { numRuns: 15 },
      );
    });
  });
});
