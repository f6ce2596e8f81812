// Every entry of the wording catalogue (src/core/wording/) has both languages, neither empty. The walk is generic:
// it visits every export of every file in the folder, descends into objects and arrays, and calls functions with
// sample arguments, so a new file or entry is checked without touching this test.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FOLDER = join(import.meta.dirname, '../../../src/core/wording');

/**
 * One argument that works as every parameter type the catalogue's functions take: a string ('样例'), a number
 * (NaN, never equal to 1), a LocalText (`.zh`, `.en`), a list of strings or of LocalTexts (`.map`, `.join`).
 */
function universal(): unknown {
  const item = Object.assign(new String('样例'), { zh: '样例', en: 'sample' });
  return Object.assign([item], { zh: '样例', en: 'sample' });
}

/**
 * Arguments for functions the universal sample cannot drive, or branches it would miss, by catalogue path.
 * Each list is one call.
 */
const MISSING = {
  dimensions: [
    { id: 'revenue', label: { zh: '销售额', en: 'Revenue' }, share: 50, candidates: ['开票金额'] },
    { id: 'overdue_days', label: { zh: '逾期天数', en: 'Overdue days' }, share: 0, candidates: [] },
  ],
  headers: ['客户名称', '开票金额'],
};
const NO_HEADERS = { ...MISSING, headers: [] };

const SAMPLES: Readonly<Record<string, readonly (readonly unknown[])[]>> = {
  'table.tableProblemText': [
    [{ code: 'no_table', sheetName: '客户', lookedFor: ['销售额', 'Revenue'] }],
    [{ code: 'no_sheet', sheetName: '客户' }],
    [{ code: 'missing_columns', sheetName: '客户', missing: MISSING }],
  ],
  'columns.missingColumnsText': [
    [{ zh: '客户表', en: 'the table' }, MISSING],
    [{ zh: '客户表', en: 'the table' }, NO_HEADERS],
  ],
  'columns.sheetMissingColumnsText': [['客户', MISSING]],
  'columns.formulaMissingColumnsText': [[MISSING]],
  'policy.POLICY_WORDS.moneyBenefit': [[{ zh: '免费样品', en: 'Free samples' }, '¥3,000', 'quarter']],
  'policy.POLICY_WORDS.timesBenefit': [
    [{ zh: '培训', en: 'Training' }, '1', 'year'],
    [{ zh: '培训', en: 'Training' }, '4', 'month'],
  ],
  'columns.gradeWithoutQuestion': [[MISSING]],
  'columns.rememberGradeWithoutQuestion': [[MISSING]],
  'columns.headerChoiceText': [
    [{ zh: '销售额', en: 'Revenue' }, '本年销售额', ['去年销售额'], 'recent'],
    [{ zh: '销售额', en: 'Revenue' }, '去年销售额', [], 'past'],
  ],
  'columns.headerChoicesText': [
    [
      ['客户名称', '去年销售额', '本年销售额'],
      { choices: [{ purpose: 'revenue', column: 2, others: [1], rule: 'recent' }] },
      { dimensions: [{ id: 'revenue', label: { zh: '销售额', en: 'Revenue' } }] },
    ],
  ],
  'table.formulaNoTableText': [[[]], [['销售额']]],
  'commands.tierCountsText': [
    [['A', 'B'], [3, 4], 0],
    [['A', 'B'], [3, 4], 2],
  ],
  'commands.COMMAND_WORDS.benefitLogSetUp': [
    [true, 3, true],
    [false, 0, false],
  ],
  'ledger.ISSUE_TEXT.not_a_date': [[''], ['tomorrow']],
  'ledger.ISSUE_TEXT.unknown_customer': [[''], ['ACME']],
  'ledger.ISSUE_TEXT.unknown_benefit': [[''], ['gold']],
  'ledger.ISSUE_TEXT.not_a_number': [[''], ['lots']],
  'ledger.timesText': [
    ['1', 1],
    ['3', 3],
  ],
  'ledger.PERIOD_NAMES.half': [
    [{ zh: '2026 年', en: '2026' }, 1],
    [{ zh: '2026 年', en: '2026' }, 2],
  ],
  'ledger.PERIOD_NAMES.calendarYear': [['2026']],
  'ledger.PERIOD_NAMES.fiscalYear': [['2026/27']],
  'ledger.PERIOD_NAMES.month': [[2026, 3]],
  'formulas.unknownBenefitText': [
    ['', ['免费样品']],
    ['gold', ['免费样品', 'Free samples']],
  ],
  'history.overrideWhy': [
    ['B', 'key account', null, null, { zh: '原因', en: 'why' }],
    ['B', 'key account', '2026-06-30', 'A', { zh: '原因', en: 'why' }],
  ],
  'history.CHANGE_REASONS.points': [
    [{ zh: '利润', en: 'Profit' }, 2.5],
    [{ zh: '利润', en: 'Profit' }, -2.5],
  ],
  'history.CHANGE_REASONS.score': [
    [null, null],
    [50, 60],
  ],
  'settings.ITEM_NAMES.dimensions': [
    [1, null],
    [1, { zh: '利润', en: 'Profit' }],
  ],
  'settings.ITEM_NAMES.allowance': [
    [1, null],
    [1, { zh: 'A', en: 'A' }],
  ],
  'settings.fieldMessage': [
    [[], { zh: '必须填写', en: 'is required' }],
    [[{ zh: '维度', en: 'dimensions' }], { zh: '必须填写', en: 'is required' }],
    [
      [
        { zh: '维度 2', en: 'dimension 2' },
        { zh: '权重', en: 'weight' },
      ],
      { zh: '必须填写', en: 'is required' },
    ],
  ],
};

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

async function catalogue(): Promise<Record<string, Record<string, unknown>>> {
  const files = readdirSync(FOLDER).filter(name => name.endsWith('.ts'));
  const areas: Record<string, Record<string, unknown>> = {};
  for (const file of files) areas[file.replace(/\.ts$/u, '')] = await import(join(FOLDER, file));
  return areas;
}

describe('wording catalogue', () => {
  it('has an entry in both languages, neither empty, everywhere', async () => {
    const problems: Problem[] = [];
    for (const [area, exports] of Object.entries(await catalogue())) {
      for (const [name, value] of Object.entries(exports)) check(`${area}.${name}`, value, problems);
    }
    expect(problems).toEqual([]);
  });

  it('walks every area of the catalogue', async () => {
    expect(Object.keys(await catalogue()).sort()).toEqual(
      expect.arrayContaining(['commands', 'history', 'ledger', 'menu', 'settings', 'table']),
    );
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
