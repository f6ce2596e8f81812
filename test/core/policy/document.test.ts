// The grading policy states every number of the settings it was built from: each weighted dimension with its
// weight and bands, the cut-offs (or shares), each rule, each benefit per tier, the grace period and the stamp.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policyDocument } from '../../../src/core/policy/document.ts';
import { policySheet } from '../../../src/core/policy/sheet.ts';
import { defaultSettings, PRESET_NAMES, paymentTermsDimension } from '../../../src/core/presets.ts';
import { formatNumber, formatValue } from '../../../src/core/reason.ts';
import { type Settings, validateSettings } from '../../../src/core/settings.ts';

const STAMP = { settingsVersion: 7, generated: '2026-11-30', effective: '2026-12-01', sheetName: '客户表' };
const lang = fc.constantFrom('zh' as const, 'en' as const);
const label = fc.oneof(
  fc.constantFrom('销售额', 'Revenue', '回款率', '<b>x</b>', '=SUM(A1)'),
  fc.string({ minLength: 1, maxLength: 12 }).filter(s => s.trim() !== ''),
);

/** Valid settings: a preset with generated labels, weights, scales, method, rules, benefits and grace. */
const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    preset: fc.constantFrom(...PRESET_NAMES),
    lang,
    labels: fc.array(label, { minLength: 3, maxLength: 3 }),
    weights: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
    norm: fc.constantFrom('bands', 'percentile', 'minmax'),
    method: fc.oneof(
      fc
        .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 3, maxLength: 3 })
        .map(c => ({ kind: 'cutoffs' as const, cutoffs: [...c].sort((a, b) => b - a) })),
      fc.constant({ kind: 'share' as const, shares: [10, 30, 40] as number[] }),
      fc.constant({ kind: 'pareto' as const, dimension: 'revenue', shares: [70, 90, 97] as number[] }),
    ),
    allowances: fc.array(fc.integer({ min: 0, max: 9000 }), { minLength: 4, maxLength: 4 }),
    grace: fc.integer({ min: 0, max: 12 }),
    terms: fc.integer({ min: -20, max: 40 }),
  })
  .map(g => {
    const s = defaultSettings(g.preset, g.lang);
    s.dimensions.forEach((d, i) => {
      d.label = { zh: g.labels[i] ?? d.label.zh, en: g.labels[i] ?? d.label.en };
      d.weight = i === 0 ? Math.max(1, g.weights[i] ?? 1) : (g.weights[i] ?? 0);
      if (g.norm !== 'bands' && i > 0) d.normalisation = { kind: g.norm as 'percentile' | 'minmax' };
    });
    s.method = g.method.kind === 'pareto' && !s.dimensions.some(d => d.id === 'revenue') ? s.method : g.method;
    const first = s.benefits[0];
    if (first) first.allowance = g.allowances;
    s.graceSnapshots = g.grace;
    // Sometimes a payment-terms dimension scored by words (a weight ≤ 0 leaves it out).
    if (g.terms > 0) s.dimensions.push(paymentTermsDimension(g.terms));
    return s;
  })
  .filter(s => validateSettings(s).ok);

const allText = (s: Settings, l: 'zh' | 'en') => {
  const doc = policyDocument(s, l, STAMP);
  return { doc, text: [doc.title, doc.stamp, ...doc.articles.flatMap(a => [a.heading, ...a.paragraphs])].join('\n') };
};

describe('policyDocument', () => {
  it('names every weighted dimension with its share of the weight, and each band threshold and points', () => {
    fc.assert(
      fc.property(settingsArb, lang, (s, l) => {
        const { doc } = allText(s, l);
        const dims = doc.articles[2]?.paragraphs.join('\n') ?? '';
        const total = s.dimensions.reduce((sum, d) => sum + d.weight, 0);
        const weighted = s.dimensions.filter(d => d.weight > 0);
        for (const d of s.dimensions) {
          if (d.weight === 0) {
            expect(dims).toContain(d.label[l]);
            continue;
          }
          // Paragraph 0 is the introduction; then one per weighted dimension, in settings order.
          const line = doc.articles[2]?.paragraphs[1 + weighted.indexOf(d)];
          expect(line).toContain(d.label[l]);
          expect(line).toContain(`${formatNumber((d.weight * 100) / total, 1)}%`);
          if (d.normalisation.kind === 'categories') {
            for (const c of d.normalisation.categories) {
              for (const word of c.words) expect(line).toContain(word);
              expect(line).toContain(`${formatNumber(c.score, 1)}`);
            }
          }
          if (d.normalisation.kind === 'bands') {
            for (const band of d.normalisation.bands) {
              expect(line).toContain(formatValue(band.threshold, d.unit, s.currency));
              expect(line).toContain(`${formatNumber(band.points, 1)}`);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('states weights that add up to 100% (to rounding), one numbered line per weighted measure', () => {
    fc.assert(
      fc.property(settingsArb, s => {
        const lines = policyDocument(s, 'en', STAMP).articles[2]?.paragraphs ?? [];
        const weighted = s.dimensions.filter(d => d.weight > 0);
        const stated = weighted.map((d, i) => {
          const line = lines[1 + i] ?? '';
          expect(line.startsWith(`(${i + 1}) ${d.label.en}, weight `)).toBe(true);
          return Number(/, weight (-?[\d.]+)%\. /u.exec(line)?.[1]);
        });
        for (const w of stated) expect(w).toBeGreaterThan(0);
        expect(Math.abs(stated.reduce((a, b) => a + b, 0) - 100)).toBeLessThanOrEqual(0.05 * stated.length);
      }),
      { numRuns: 100 },
    );
  });

  it('states how scores become tiers with every cut-off or share and every tier name', () => {
    fc.assert(
      fc.property(settingsArb, lang, (s, l) => {
        const tiers = allText(s, l).doc.articles[3]?.paragraphs.join('') ?? '';
        const numbers = s.method.kind === 'cutoffs' ? s.method.cutoffs : s.method.shares;
        for (const n of numbers) expect(tiers).toContain(formatNumber(n, 1));
        for (const tier of s.tiers) expect(tiers).toContain(tier.name);
      }),
      { numRuns: 100 },
    );
  });

  it('lists each tier’s benefits with their amounts, and no benefit for a tier whose allowance is 0', () => {
    fc.assert(
      fc.property(settingsArb, lang, (s, l) => {
        const article = allText(s, l).doc.articles[5]?.paragraphs ?? [];
        s.tiers.forEach((tier, k) => {
          const line = article[k + 1] ?? '';
          expect(line).toContain(tier.name);
          for (const b of s.benefits) {
            const allowance = b.allowance[k] ?? 0;
            if (allowance > 0) expect(line, `${b.id} for ${tier.name}`).toContain(b.label[l]);
            else expect(line).not.toContain(b.label[l]);
            if (allowance > 0 && b.kind === 'money')
              expect(line).toContain(formatValue(allowance, 'money', s.currency));
          }
        });
      }),
      { numRuns: 100 },
    );
  });

  it('names the fiscal year start exactly when it is not January and some benefit renews on more than a month', () => {
    fc.assert(
      fc.property(settingsArb, lang, fc.integer({ min: 1, max: 12 }), fc.boolean(), (s, l, month, monthly) => {
        const settings: Settings = {
          ...s,
          fiscalYearStartMonth: month,
          benefits: monthly
            ? s.benefits.map(b => ({ ...b, periods: b.periods.map(() => 'month' as const) }))
            : s.benefits,
        };
        const intro = allText(settings, l).doc.articles[5]?.paragraphs[0] ?? '';
        const renewsLonger = settings.benefits.some(b => b.periods.some(p => p !== 'month'));
        const named =
          l === 'zh' ? `财年自 ${month} 月 1 日起算` : `the fiscal year starts on the 1st of month ${month}`;
        expect(intro.includes(named)).toBe(renewsLonger && month !== 1);
      }),
      { numRuns: 100 },
    );
  });

  it('gives a perk by its name alone, with no amount or period', () => {
    const s = defaultSettings('factory', 'en');
    const line = allText(s, 'en').doc.articles[5]?.paragraphs[1] ?? '';
    const mould = s.benefits.find(b => b.kind === 'perk');
    expect(mould && line.includes(mould.label.en)).toBe(true);
    const segment = line.slice(line.indexOf(mould?.label.en ?? '?'));
    expect(segment).not.toMatch(/^[^;,.]*\d/u);
  });

  it('numbers the articles in order and leaves none empty; the stamp names the settings version and dates', () => {
    fc.assert(
      fc.property(settingsArb, s => {
        const zh = policyDocument(s, 'zh', STAMP);
        const en = policyDocument(s, 'en', STAMP);
        expect(zh.articles.map(a => a.heading.split('　')[0])).toEqual([
          '第一条',
          '第二条',
          '第三条',
          '第四条',
          '第五条',
          '第六条',
          '第七条',
          '第八条',
          '第九条',
        ]);
        for (const [i, a] of en.articles.entries()) expect(a.heading.startsWith(`Article ${i + 1}. `)).toBe(true);
        for (const doc of [zh, en]) {
          for (const a of doc.articles) expect(a.paragraphs.length).toBeGreaterThan(0);
          expect(doc.stamp).toContain('7');
          expect(doc.stamp).toContain('2026-11-30');
          expect(doc.articles.at(-1)?.paragraphs.join('')).toContain('2026-12-01');
        }
      }),
      { numRuns: 50 },
    );
  });

  it('says each capping rule in words with its threshold and tier, in Chinese word order', () => {
    const s = defaultSettings('factory', 'zh');
    const rules = policyDocument(s, 'zh', STAMP).articles[4]?.paragraphs ?? [];
    expect(rules.slice(1)).toEqual([
      '（一）逾期天数超过 90 天的，最高评为 C 级。',
      '（二）逾期天数超过 180 天的，最高评为 D 级。',
    ]);
    const en = policyDocument(s, 'en', STAMP).articles[4]?.paragraphs ?? [];
    expect(en.slice(1)).toEqual([
      '(1) Overdue days: more than 90 days, at most C.',
      '(2) Overdue days: more than 180 days, at most D.',
    ]);
    const none = policyDocument(defaultSettings('custom', 'en'), 'en', STAMP).articles[4]?.paragraphs;
    expect(none).toEqual(['No rule caps a grade: the score alone decides.']);
  });

  it('states the grace period when there is one, and instant changes when there is none', () => {
    const s = defaultSettings('factory', 'zh');
    expect(policyDocument(s, 'zh', STAMP).articles[6]?.paragraphs[1]).toBe('等级下降和上升均即时生效。');
    s.graceSnapshots = 2;
    expect(policyDocument(s, 'zh', STAMP).articles[6]?.paragraphs[1]).toContain('连续第 3 次存档');
  });
});

describe('policySheet', () => {
  it('puts headings (bold) in the first column and every paragraph in the second, in document order', () => {
    fc.assert(
      fc.property(settingsArb, lang, (s, l) => {
        const doc = policyDocument(s, l, STAMP);
        const sheet = policySheet(doc);
        expect(sheet.values[0]).toEqual([doc.title, '']);
        const bold = sheet.boldRows.map(r => sheet.values[r]?.[0]);
        expect(bold).toEqual([doc.title, ...doc.articles.map(a => a.heading)]);
        const paragraphs = sheet.values.map(row => row[1]).filter(text => text !== '');
        expect(paragraphs.slice(0, -1)).toEqual(doc.articles.flatMap(a => a.paragraphs));
      }),
      { numRuns: 50 },
    );
  });
});
