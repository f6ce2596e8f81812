// Every entry of the wording catalogue (src/core/wording/) has both languages, neither empty. The walk is generic:
// it visits every export of every file in the folder, descends into objects and arrays, and calls functions with
// sample arguments, so a new file or entry is checked without touching this test.
import { describe, expect, it } from 'vitest';
import { catalogue, catalogueFiles, SAMPLES, universal } from '../../support/wording-catalogue.ts';

type Problem = { readonly path: string; readonly problem: string };

/** Walks one value of the catalogue and lists what is wrong with it. */
function check(path: string, value: unknown, problems: Problem[]): void {
  if (typeof value === 'function') {
    const calls = SAMPLES[path] ?? [Array.from({ length: value.length }, universal)];
    for (const args of calls) {
      let result: unknown;
      try {
        result = value(...args);
      } catch (error) {
        problems.push({ path, problem: `throws with sample arguments (add them to SAMPLES): ${String(error)}` });
        continue;
      }
      check(`${path}()`, result, problems);
    }
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) check(`${path}[${i}]`, item, problems);
    return;
  }
  if (typeof value !== 'object' || value === null) {
    problems.push({ path, problem: `is ${JSON.stringify(value)}, not a { zh, en } entry` });
    return;
  }
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  // An entry is an object with a zh or en text; FIELD_NAMES has keys zh and en whose values are entries.
  if (typeof record.zh === 'string' || typeof record.en === 'string' || keys.every(k => k === 'zh' || k === 'en')) {
    for (const lang of ['zh', 'en'] as const) {
      const text = record[lang];
      if (typeof text !== 'string') problems.push({ path, problem: `has no ${lang}` });
      else if (text.trim() === '') problems.push({ path, problem: `has an empty ${lang}` });
    }
    const extra = keys.filter(k => k !== 'zh' && k !== 'en');
    if (extra.length > 0) problems.push({ path, problem: `has keys besides zh and en: ${extra.join(', ')}` });
    return;
  }
  for (const key of keys) check(`${path}.${key}`, record[key], problems);
}

describe('wording catalogue', () => {
  it('has an entry in both languages, neither empty, everywhere', async () => {
    const problems: Problem[] = [];
    for (const [area, exports] of Object.entries(catalogue())) {
      for (const [name, value] of Object.entries(exports)) check(`${area}.${name}`, value, problems);
    }
    expect(problems).toEqual([]);
  });

  it('walks every file of the catalogue folder', () => {
    expect(Object.keys(catalogue()).sort()).toEqual(catalogueFiles().sort());
    expect(catalogueFiles()).toEqual(expect.arrayContaining(['commands', 'history', 'ledger', 'menu', 'table']));
  });

  describe('the check itself', () => {
    const problemsOf = (value: unknown) => {
      const problems: Problem[] = [];
      check('x', value, problems);
      return problems.map(p => p.problem);
    };

    it('flags a missing language', () => expect(problemsOf({ zh: '等级' })).toEqual(['has no en']));
    it('flags an empty language', () => expect(problemsOf({ zh: ' ', en: 'Tier' })).toEqual(['has an empty zh']));
    it('flags a plain string', () => expect(problemsOf({ a: 'Tier' })).toEqual(['is "Tier", not a { zh, en } entry']));
    it('calls functions and checks what they return', () =>
      expect(problemsOf({ f: (n: number) => ({ zh: `${n} 位`, en: '' }) })).toEqual(['has an empty en']));
    it('looks inside lists', () => expect(problemsOf([{ zh: '是', en: 'Yes' }, { en: 'No' }])).toEqual(['has no zh']));
  });
});
