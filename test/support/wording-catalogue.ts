// The wording catalogue (src/core/wording/) as data for tests: every export of every file, and sample arguments for
// its functions, so a check can call each one and look at the texts it returns. A new file or entry is walked
// without touching the tests; a function the universal sample cannot drive gets its arguments in SAMPLES.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalText } from '../../src/core/settings-schema.ts';
import * as automatic from '../../src/core/wording/automatic.ts';
import * as categories from '../../src/core/wording/categories.ts';
import * as cli from '../../src/core/wording/cli.ts';
import * as columns from '../../src/core/wording/columns.ts';
import * as commands from '../../src/core/wording/commands.ts';
import * as document from '../../src/core/wording/document.ts';
import * as formulas from '../../src/core/wording/formulas.ts';
import * as history from '../../src/core/wording/history.ts';
import * as ledger from '../../src/core/wording/ledger.ts';
import * as menu from '../../src/core/wording/menu.ts';
import * as notices from '../../src/core/wording/notices.ts';
import * as playground from '../../src/core/wording/playground.ts';
import * as policy from '../../src/core/wording/policy.ts';
import * as presets from '../../src/core/wording/presets.ts';
import * as publish from '../../src/core/wording/publish.ts';
import * as reason from '../../src/core/wording/reason.ts';
import * as servicePlan from '../../src/core/wording/service-plan.ts';
import * as settings from '../../src/core/wording/settings.ts';
import * as sidebar from '../../src/core/wording/sidebar.ts';
import * as summary from '../../src/core/wording/summary.ts';
import * as table from '../../src/core/wording/table.ts';

const FOLDER = join(import.meta.dirname, '../../src/core/wording');

/**
 * One argument that works as every parameter type the catalogue's functions take: a string ('样例'), a number
 * (NaN, never equal to 1), a LocalText (`.zh`, `.en`), a list of strings or of LocalTexts (`.map`, `.join`).
 */
export function universal(): unknown {
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
// Two dimensions with two candidates each (the separators between them), and none with any candidate.
const MANY_CANDIDATES = {
  dimensions: [
    { id: 'revenue', label: { zh: '销售额', en: 'Revenue' }, share: 50, candidates: ['开票金额', '销售金额'] },
    { id: 'profit', label: { zh: '利润', en: 'Profit' }, share: 30, candidates: ['毛利', '净利'] },
  ],
  headers: ['客户名称', '开票金额', '毛利'],
};
const NO_CANDIDATES = { ...MISSING, dimensions: MISSING.dimensions.map(d => ({ ...d, candidates: [] })) };
const REVENUE = { zh: '销售额', en: 'Revenue' };
const PROFIT = { zh: '利润', en: 'Profit' };
const LONG_MESSAGE = { zh: '长'.repeat(250), en: 'long '.repeat(50) };

export const SAMPLES: Readonly<Record<string, readonly (readonly unknown[])[]>> = {
  ...reasonSamples(),
  'table.tableProblemText': [
    [{ code: 'no_table', sheetName: '客户', lookedFor: ['销售额', 'Revenue'] }],
    [{ code: 'no_sheet', sheetName: '客户' }],
    [{ code: 'missing_columns', sheetName: '客户', missing: MISSING }],
    [{ code: 'settings_unreadable', sheetName: '客户', message: { zh: '设置无法读取', en: 'settings unreadable' } }],
  ],
  'columns.missingColumnsText': [
    [{ zh: '客户表', en: 'the table' }, MISSING],
    [{ zh: '客户表', en: 'the table' }, NO_HEADERS],
    [{ zh: '客户表', en: 'the table' }, MANY_CANDIDATES],
    [{ zh: '客户表', en: 'the table' }, NO_CANDIDATES],
  ],
  'columns.gradedWithoutText': [[[REVENUE]], [[REVENUE, PROFIT]]],
  'history.joinReasons': [[[REVENUE]], [[REVENUE, PROFIT]]],
  'settings.settingsUnreadableText': [
    [[{ message: PROFIT }], true],
    [[{ message: LONG_MESSAGE }, { message: PROFIT }, { message: REVENUE }], false],
    [[{ message: { zh: '短', en: 'short' } }, { message: PROFIT }], true],
    [[], false],
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
    [{ zh: '销售额', en: 'Revenue' }, '本年销售额', ['去年销售额', '前年销售额'], 'leftmost'],
  ],
  'columns.headerChoicesText': [
    [
      ['客户名称', '去年销售额', '本年销售额'],
      { choices: [{ purpose: 'revenue', column: 2, others: [1], rule: 'recent' }] },
      { dimensions: [{ id: 'revenue', label: { zh: '销售额', en: 'Revenue' } }] },
    ],
    // Headers with spaces around them, one past the end of the row, and the customer column (not a dimension).
    [
      [' 客户名称 ', '客户', '本年销售额'],
      {
        choices: [
          { purpose: 'customer', column: 0, others: [1], rule: 'leftmost' },
          { purpose: 'revenue', column: 2, others: [5], rule: 'name' },
        ],
      },
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
  'ledger.ISSUE_TEXT.unknown_customer': [[''], ['  '], ['ACME']],
  'ledger.ISSUE_TEXT.unknown_benefit': [[''], ['  '], ['gold']],
  'ledger.ISSUE_TEXT.not_a_number': [[''], ['  '], ['lots']],
  // Chinese numerals change form at 10 and 20 (十, 十一, 二十, 二十一).
  'policy.POLICY_WORDS.article': [1, 9, 10, 11, 19, 20, 21].map(n => [n, { zh: '适用范围', en: 'Scope' }]),
  'policy.POLICY_WORDS.item': [1, 10, 12, 20, 23].map(n => [n]),
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
  'settings.ITEM_NAMES.benefits': [
    [1, null],
    [2, PROFIT],
  ],
  'settings.ITEM_NAMES.periods': [
    [1, null],
    [2, PROFIT],
  ],
  'settings.ITEM_NAMES.categories': [
    [1, null],
    [2, PROFIT],
  ],
  'settings.ITEM_NAMES.tiers': [
    [1, null],
    [2, PROFIT],
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

/**
 * Every area (file) of the catalogue with its exports. Imported statically, not by reading the folder, so that
 * vitest's module graph links these tests to the wording files (Stryker runs only the tests related to a mutant's
 * file); catalogue.test.ts checks that the list matches the folder.
 */
export function catalogue(): Record<string, Record<string, unknown>> {
  return {
    automatic,
    categories,
    cli,
    columns,
    commands,
    document,
    formulas,
    history,
    ledger,
    menu,
    notices,
    playground,
    policy,
    presets,
    publish,
    reason,
    'service-plan': servicePlan,
    settings,
    sidebar,
    summary,
    table,
  };
}

/** The file names (without .ts) in src/core/wording/, for the check that catalogue() lists every one. */
export function catalogueFiles(): string[] {
  return readdirSync(FOLDER)
    .filter(name => name.endsWith('.ts'))
    .map(name => name.replace(/\.ts$/u, ''));
}

/** Every { zh, en } text the catalogue holds or returns for the sample arguments, with its path. */
export async function catalogueTexts(): Promise<{ readonly path: string; readonly text: LocalText }[]> {
  const found: { path: string; text: LocalText }[] = [];
  const walk = (path: string, value: unknown): void => {
    if (typeof value === 'function') {
      const calls = SAMPLES[path] ?? [Array.from({ length: value.length }, universal)];
      for (const args of calls) walk(`${path}()`, value(...args));
      return;
    }
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(`${path}[${i}]`, item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record.zh === 'string' && typeof record.en === 'string') {
      found.push({ path, text: { zh: record.zh, en: record.en } });
      return;
    }
    for (const [key, item] of Object.entries(record)) walk(`${path}.${key}`, item);
  };
  for (const [area, exports] of Object.entries(catalogue())) {
    for (const [name, value] of Object.entries(exports)) walk(`${area}.${name}`, value);
  }
  return found;
}

/** The reason's per-dimension pieces, for an amount, a count of days and a date, and its tier-named pieces. */
function reasonSamples(): Record<string, readonly (readonly unknown[])[]> {
  const label = (zh: string, en: string) => ({ zh, en });
  const revenue = { id: 'revenue', label: label('销售额', 'Revenue'), unit: 'money', valueType: 'number' };
  const overdue = { id: 'overdue_days', label: label('逾期天数', 'Overdue days'), unit: 'days', valueType: 'number' };
  const credit = { id: 'credit', label: label('账期', 'Credit'), unit: 'days', valueType: 'number' };
  const lastOrder = { id: 'last_order', label: label('最近下单', 'Last order'), unit: 'days', valueType: 'date' };
  const share = { id: 'margin', label: label('毛利率', 'Margin'), unit: 'percent', valueType: 'number' };
  // Labels at the edges of the wording rules: an acronym ('ERP Score' stays as written in a sentence), a days
  // label that does not end in 'days', a bare 天数, a money label that mentions days, a date counted in days.
  const erp = { id: 'erp', label: label('ERP 评分', 'ERP Score'), unit: 'plain', valueType: 'number' };
  const daysLate = { id: 'days_late', label: label('平均逾期天数', 'Days late'), unit: 'days', valueType: 'number' };
  const bareDays = { id: 'bare_days', label: label('天数', 'Days'), unit: 'days', valueType: 'number' };
  const sales90 = {
    id: 'sales90',
    label: label('90 天销售额', 'Sales in 90 days'),
    unit: 'money',
    valueType: 'number',
  };
  const gapDays = { id: 'gap_days', label: label('下单间隔天数', 'Order gap days'), unit: 'days', valueType: 'date' };
  const dims = [revenue, overdue, credit, lastOrder, share, erp, daysLate, bareDays, sales90, gapDays];
  const amount = {
    revenue: '¥80 万',
    overdue_days: '200',
    credit: '60',
    last_order: '45',
    margin: '12.5%',
    erp: '7',
    days_late: '12',
    bare_days: '3',
    sales90: '¥5 万',
    gap_days: '30',
  };
  const perDim = dims.map(d => [d, amount[d.id as keyof typeof amount]]);
  // Short Latin names get 级 in Chinese ('B 级', 'A+ 级'); longer or mixed names stay as written.
  const tiers = [['B'], ['金牌'], ['A+'], ['Gold'], ['金牌A']];
  return {
    'reason.REASON.lead': tiers,
    'reason.REASON.leadAlone': tiers,
    'reason.REASON.gapTail': tiers,
    'reason.REASON.gapTailRelative': tiers,
    'reason.REASON.byScore': tiers,
    'reason.REASON.byPareto': tiers,
    'reason.REASON.value': perDim,
    'reason.REASON.gapUp': perDim,
    'reason.REASON.gapDown': perDim,
    'reason.REASON.none': dims.map(d => [d]),
    'reason.REASON.gate': dims.flatMap(d =>
      (['>', '>=', '<', '<=', '='] as const).map(op => [
        d,
        op,
        label('180', '180'),
        amount[d.id as keyof typeof amount],
        'D',
      ]),
    ),
  };
}
