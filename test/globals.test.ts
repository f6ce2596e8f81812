import { describe, expect, it } from 'vitest';
import { readGlobals, renderWrappers } from '../scripts/lib/globals.ts';

const SOURCE = `
import { x } from './x.ts';
/** Not this one. */
/**
 * Adds one.
 * @param value a number
 * @return value + 1
 * @customfunction
 */
export function ADD_ONE(value: number): number { return value + 1; }
export function many(first: string, ...rest: unknown[]): void {}
function helper(): void {}
`;

describe('globals', () => {
  describe('readGlobals', () => {
    it('lists exported functions with parameter names and their nearest JSDoc', () => {
      const globals = readGlobals('main.ts', SOURCE);
      expect(globals.map(g => g.name)).toEqual(['ADD_ONE', 'many']);
      expect(globals[0]?.jsDoc).toMatch(/^\/\*\*\n \* Adds one\./u);
      expect(globals[0]?.isCustomFunction).toBe(true);
      expect(globals[1]?.parameters).toEqual([
        { name: 'first', rest: false },
        { name: 'rest', rest: true },
      ]);
      expect(globals[1]?.isCustomFunction).toBe(false);
    });

    it('rejects exports Apps Script could not call', () => {
      expect(() => readGlobals('main.ts', 'export const x = 1;')).toThrow(/only `export function/u);
      expect(() => readGlobals('main.ts', "export { y } from './y.ts';")).toThrow(/only `export function/u);
    });
  });

  describe('renderWrappers', () => {
    it('delegates to the bundle global with the same parameters', () => {
      const text = renderWrappers('Lib', readGlobals('main.ts', SOURCE));
      expect(text).toContain('function ADD_ONE(value) {\n  return Lib.ADD_ONE(value);\n}');
      expect(text).toContain('function many(first, ...rest) {\n  return Lib.many(first, ...rest);\n}');
      expect(text.indexOf('@customfunction')).toBeLessThan(text.indexOf('function ADD_ONE'));
    });
  });
});
