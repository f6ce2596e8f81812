// The grading policy, read line by line for known settings: each band in its unit and direction, the tier method's
// own wording (cut-offs, shares, Pareto on the measure it names), each benefit line, and the parts the settings omit.
import { describe, expect, it } from 'vitest';
import { type PolicyStamp, policyDocument } from '../../../src/core/policy/document.ts';
import { defaultSettings } from '../../../src/core/presets.ts';
import { type Settings, validateSettings } from '../../../src/core/settings.ts';

const STAMP: PolicyStamp = { settingsVersion: 7, generated: '2026-11-30', effective: '2026-12-01', sheetName: '' };

/** The factory preset with `change` applied, checked to be valid settings. */
function factory(lang: 'zh' | 'en', change: (s: Settings) => void = () => {}): Settings {
  const s = defaultSettings('factory', lang);
  change(s);
  expect(validateSettings(s).ok).toBe(true);
  return s;
}

const article = (s: Settings, lang: 'zh' | 'en', n: number, stamp = STAMP) =>
  policyDocument(s, lang, stamp).articles[n - 1]?.paragraphs;

describe('policyDocument, for known settings', () => {
  it('names the customer table: the stamp’s sheet when known, else the settings’ one, else none', () => {
    const s = factory('en', x => {
      x.sheetName = 'Customers';
    });
    expect(article(s, 'en', 2, { ...STAMP, sheetName: 'Clients 2026' })).toEqual([
      'This policy applies to all existing customers (those in the customer table "Clients 2026") and to the salespeople who look after them.',
    ]);
    expect(article(s, 'zh', 2)).toEqual([
      '本制度适用于公司全部现有客户（客户表“Customers”中的客户）及负责这些客户的销售人员。',
    ]);
    expect(article(factory('en'), 'en', 2)).toEqual([
      'This policy applies to all existing customers and to the salespeople who look after them.',
    ]);
  });

  it('states money bands as “or more” and day bands as “days or less”, numbered in order', () => {
    const dims = article(factory('en'), 'en', 3) ?? [];
    expect(dims[1]).toBe(
      '(1) Revenue, weight 50%. ¥1,000,000 or more: 100 points; ¥500,000 or more: 80 points; ¥200,000 or more: 60 points; ¥50,000 or more: 40 points; ¥10,000 or more: 20 points; otherwise 0 points. A customer without this figure is not graded but marked "insufficient data" until the figure is filled in.',
    );
    expect(dims[3]).toBe(
      '(3) Overdue days, weight 35%. 0 days or less: 100 points; 15 days or less: 85 points; 30 days or less: 70 points; 60 days or less: 40 points; 90 days or less: 20 points; otherwise 0 points. A customer without this figure is scored on the other measures, their weights scaled up.',
    );
    const zh = article(factory('zh'), 'zh', 3) ?? [];
    expect(zh[2]?.startsWith('（二）利润，权重 15%。¥200,000 及以上得 100 分；')).toBe(true);
    expect(zh[3]?.startsWith('（三）逾期天数，权重 35%。不超过 0 天得 100 分；不超过 15 天得 85 分；')).toBe(true);
  });

  it('lists the measures of weight 0 last, for reference, and gives the others their share of the weight', () => {
    const s = factory('en', x => {
      for (const d of x.dimensions) d.weight = d.id === 'revenue' ? 3 : d.id === 'profit' ? 0 : 1;
    });
    const dims = article(s, 'en', 3) ?? [];
    expect(dims).toHaveLength(4);
    expect(dims[0]?.startsWith('Each customer is scored on the following 2 measures.')).toBe(true);
    expect(dims[1]?.startsWith('(1) Revenue, weight 75%. ')).toBe(true);
    expect(dims[2]?.startsWith('(2) Overdue days, weight 25%. ')).toBe(true);
    expect(dims[3]).toMatch(/^These measures have no weight and do not count:.*Profit$/u);
    expect(article(s, 'zh', 3)?.[3]).toBe('以下维度权重为 0，仅供参考，不计入评分：利润');
    // Every measure weighted: no reference line.
    expect(article(factory('en'), 'en', 3)).toHaveLength(4);
  });

  it('says each tier method in its own words: cut-offs, shares from the top, Pareto on the measure it names', () => {
    expect(article(factory('en'), 'en', 4)).toEqual([
      'Grades follow the score: 80 points or more A; 60 points or more B; 40 points or more C; all others D.',
    ]);
    const share = factory('zh', x => {
      x.method = { kind: 'share', shares: [10, 30, 40] };
    });
    expect(article(share, 'en', 4)).toEqual([
      "Grades follow each customer's rank by score: the top 10% A; the next 30% B; the next 40% C; all others D. Customers with equal scores get the same grade.",
    ]);
    expect(article(share, 'zh', 4)).toEqual([
      '按综合得分从高到低排名划分等级：前 10% 为 A 级；其后 30% 为 B 级；其后 40% 为 C 级；其余为 D 级。得分相同的客户评为同一等级。',
    ]);
    // Profit is not the first measure: the Pareto text must name the one the method uses.
    const pareto = factory('en', x => {
      x.method = { kind: 'pareto', dimension: 'profit', shares: [70, 90] };
    });
    expect(article(pareto, 'en', 4)).toEqual([
      'Customers are ranked by Profit, highest first, and their cumulative share of total Profit is counted: customers within the first 70% are A; customers within the first 90% are B; all others D.',
    ]);
    expect(article(pareto, 'zh', 4)).toEqual([
      '按利润从高到低排列，累计计算各客户占全部客户利润总额的比例：累计前 70% 的客户为 A 级；累计前 90% 的客户为 B 级；其余为 D 级。',
    ]);
  });

  it('names a Pareto measure the settings lack by its id, rather than failing', () => {
    const s = defaultSettings('factory', 'en');
    s.method = { kind: 'pareto', dimension: 'deleted_measure', shares: [80] };
    expect(article(s, 'en', 4)?.[0]?.startsWith('Customers are ranked by deleted_measure, highest first')).toBe(true);
  });

  it('leaves out a rule whose measure or tier the settings lack, rather than printing it half-empty', () => {
    const s = defaultSettings('factory', 'en');
    s.gates = [
      { dimension: 'deleted', op: '>', value: 1, atMost: 1 },
      { dimension: 'overdue_days', op: '>=', value: 30, atMost: 9 },
      { dimension: 'profit', op: '<', value: 2000, atMost: 2 },
    ];
    expect(article(s, 'en', 5)).toEqual([
      'Whatever the score, a customer in one of these situations is graded no higher than shown:',
      '(1) Profit: less than ¥2,000, at most C.',
    ]);
    s.gates = s.gates.slice(0, 2);
    expect(article(s, 'en', 5)).toEqual(['No rule caps a grade: the score alone decides.']);
  });

  it('lists each tier’s benefits, numbered, each with its own period, and says when a tier has none', () => {
    expect(article(factory('en'), 'en', 6)).toEqual([
      'Each grade has these benefits, each counted per its own period; unused allowances do not carry over:',
      '(1) A customers: Free samples ¥3,000 per year; Free product training 1 time per quarter; Free mould opening.',
      '(2) B customers: Free samples ¥1,000 per year; Free product training 1 time per half-year.',
      '(3) C customers: Free samples ¥500 per year; Free product training 1 time per year.',
      '(4) D customers: no special benefits.',
      'Every benefit given is entered in the benefit log; anything over the allowance needs the sales manager’s approval.',
    ]);
    const zh = article(factory('zh'), 'zh', 6) ?? [];
    expect(zh.slice(1, 5)).toEqual([
      '（一）A 级客户：每年免费样品 ¥3,000；每季度免费产品培训 1 次；免费开模。',
      '（二）B 级客户：每年免费样品 ¥1,000；每半年免费产品培训 1 次。',
      '（三）C 级客户：每年免费样品 ¥500；每年免费产品培训 1 次。',
      '（四）D 级客户：不享受专项权益。',
    ]);
  });

  it('names one shared period once, and the fiscal start when some benefit renews on more than a month', () => {
    const yearly = factory('en', x => {
      x.fiscalYearStartMonth = 4;
      for (const b of x.benefits) b.periods = b.periods.map(() => 'year');
    });
    expect(article(yearly, 'en', 6)?.[0]).toBe(
      'Each grade has these benefits, counted per year; unused allowances do not carry over: (the fiscal year starts on the 1st of month 4)',
    );
    // One benefit monthly, the others not: the fiscal start still matters for those.
    const mixed = factory('en', x => {
      x.fiscalYearStartMonth = 4;
      for (const b of x.benefits) b.periods = b.periods.map(() => (b.id === 'training' ? 'month' : 'year'));
    });
    expect(article(mixed, 'en', 6)?.[0]).toBe(
      'Each grade has these benefits, each counted per its own period; unused allowances do not carry over: (the fiscal year starts on the 1st of month 4)',
    );
    const monthly = factory('en', x => {
      x.fiscalYearStartMonth = 4;
      for (const b of x.benefits) b.periods = b.periods.map(() => 'month');
    });
    expect(article(monthly, 'en', 6)?.[0]).toBe(
      'Each grade has these benefits, counted per month; unused allowances do not carry over:',
    );
  });
});
