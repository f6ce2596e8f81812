// Customer notices: templates fill every field in either language and never read customer text as a field; a
// tier's benefits are stated with their amounts; the salesperson column is found by its usual names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillTemplate, noticeReview, noticeRows, tierBenefitsText } from '../../../src/core/notices/notice.ts';
import { findSalespersonColumn } from '../../../src/core/notices/salesperson.ts';
import { defaultSettings } from '../../../src/core/presets.ts';
import { formatValue } from '../../../src/core/reason.ts';
import { NOTICE_FIELDS, type NoticeField } from '../../../src/core/wording/notices.ts';

const FIELDS = Object.keys(NOTICE_FIELDS) as NoticeField[];
const lang = fc.constantFrom('zh' as const, 'en' as const);
const anyText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('{tier}', '{客户}', '{{customer}}', '=HYPERLINK("x")', '<b>A</b>', '$&', '$1'),
);
const values = fc.record(
  Object.fromEntries(FIELDS.map(f => [f, anyText])) as Record<NoticeField, fc.Arbitrary<string>>,
);

describe('fillTemplate', () => {
  it('replaces each field named in Chinese or English (any case) by its value, and nothing else', () => {
    fc.assert(
      fc.property(
        values,
        fc.array(fc.constantFrom(...FIELDS), { maxLength: 6 }),
        lang,
        fc.boolean(),
        (v, fields, l, upper) => {
          const name = (f: NoticeField) =>
            upper && l === 'en' ? NOTICE_FIELDS[f].en.toUpperCase() : NOTICE_FIELDS[f][l];
          const template = fields.map(f => `<{${name(f)}}>`).join('|');
          const filled = fillTemplate(template, v);
          expect(filled).toBe(fields.map(f => `<${v[f]}>`).join('|'));
        },
      ),
    );
  });

  it('leaves unknown braces as written and reads nothing inside the values', () => {
    expect(fillTemplate('{客户}{unknown}{customer}', { ...blank(), customer: '{tier}' })).toBe('{tier}{unknown}{tier}');
  });
});

function blank(): Record<NoticeField, string> {
  return Object.fromEntries(FIELDS.map(f => [f, ''])) as Record<NoticeField, string>;
}

describe('tierBenefitsText', () => {
  it('names every benefit of the tier with its amount, and none whose allowance is 0', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 4, maxLength: 4 }),
        lang,
        (allowance, l) => {
          const s = defaultSettings('factory', l);
          const samples = s.benefits[0];
          if (samples) samples.allowance = allowance;
          allowance.forEach((amount, tier) => {
            const text = tierBenefitsText(s, tier, l);
            if (amount > 0) expect(text).toContain(`${s.benefits[0]?.label[l]} ${formatValue(amount, 'money', '¥')}`);
            else expect(text).not.toContain(s.benefits[0]?.label[l] ?? '?');
          });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('says so when a tier has no benefit at all', () => {
    expect(tierBenefitsText(defaultSettings('factory', 'zh'), 3, 'zh')).toBe('暂无专项权益');
    expect(tierBenefitsText(defaultSettings('factory', 'en'), 0, 'en')).toBe(
      'Free samples ¥3,000 a year, Free product training 1 time a quarter, Free mould opening',
    );
  });
});

const REVIEW = { year: '2026', valid: 'this year' };

describe('noticeRows', () => {
  it('writes one row per customer with its tier name and a letter naming the customer, tier and benefits', () => {
    const s = defaultSettings('factory', 'zh');
    const review = noticeReview('2026-11-30', s, 'zh');
    const rows = noticeRows([{ customer: '华东机电', salesperson: '王芳', tier: 0 }], s, review, 'zh');
    expect(rows[0]).toEqual(['客户', '业务员', '等级', '通知']);
    expect(rows[1]).toEqual([
      '华东机电',
      '王芳',
      'A',
      '尊敬的华东机电：感谢贵司一直以来的支持。根据 2026 年客户评级，贵司为 A 级客户，2026-01-01 至 2026-12-31 内可享受：免费样品 ¥3,000/年、免费产品培训 1 次/季度、免费开模。',
    ]);
  });

  it('uses the settings’ own template in the user’s language, falling back to the default when it is blank', () => {
    const s = defaultSettings('factory', 'en');
    s.noticeTemplate = { zh: '{客户}：{等级}', en: '  ' };
    const review = { year: '2026', valid: 'this year' };
    const customers = [{ customer: 'Acme', salesperson: '', tier: 1 }];
    expect(noticeRows(customers, s, review, 'zh')[1]?.[3]).toBe('Acme：B');
    expect(noticeRows(customers, s, review, 'en')[1]?.[3]).toMatch(/^Dear Acme, .* graded B and, this year, enjoys: /u);
  });

  it('gives a customer whose tier index the settings lack an empty tier and no benefits, rather than throwing', () => {
    const s = defaultSettings('factory', 'en');
    s.noticeTemplate = { zh: '', en: '{customer}|{tier}|{benefits}' };
    const rows = noticeRows([{ customer: 'Acme', salesperson: 'Ann', tier: s.tiers.length }], s, REVIEW, 'en');
    expect(rows).toEqual([
      ['Customer', 'Salesperson', 'Tier', 'Notice'],
      ['Acme', 'Ann', '', 'Acme||'],
    ]);
  });

  it('counts the review year from the fiscal start', () => {
    const s = defaultSettings('factory', 'zh');
    s.fiscalYearStartMonth = 4;
    expect(noticeReview('2027-02-10', s, 'en').valid).toBe('from 2026-04-01 to 2027-03-31');
  });
});

describe('findSalespersonColumn', () => {
  it('finds the usual names with units, widths and spacing around them, and not a longer English word', () => {
    const names = fc.constantFrom(
      '业务员',
      '销售员',
      '负责人',
      '跟单',
      'Sales rep',
      'Account manager',
      'Owner',
      'Salesperson',
    );
    const decorate = fc.constantFrom(
      (n: string) => n,
      (n: string) => ` ${n.toUpperCase()} `,
      (n: string) => `${n}（姓名）`,
      (n: string) => `${n} (name)`,
      // Width and runs of spaces fold: '　' is a full-width space, NFKC makes it a plain one.
      (n: string) => n.replace(' ', '　 \t'),
    );
    fc.assert(
      fc.property(names, decorate, fc.integer({ min: 0, max: 4 }), (name, dress, at) => {
        const headers: unknown[] = ['客户名称', '销售额', '利润', '逾期天数'];
        headers.splice(at, 0, dress(name));
        expect(findSalespersonColumn(headers)).toBe(at);
      }),
    );
    expect(findSalespersonColumn(['Customer', 'Ownership %', 'Revenue'])).toBeNull();
    expect(findSalespersonColumn([null, 3, 'Customer'])).toBeNull();
    expect(findSalespersonColumn([new Date(0), true, '', 'Owner'])).toBe(3);
    expect(findSalespersonColumn(['Customer', 'Account\u3000 manager', 'Sales  rep'])).toBe(1);
  });
});
