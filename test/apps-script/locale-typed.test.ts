// The add-on on data typed the way users type it in each spreadsheet locale: Sheets stores `¥1,200,000` as a number
// with a currency format and `3/5/2026` as a date, and keeps `三千` or `'1.2万` as text. Grading must not depend on it.
import { describe, expect, it } from 'vitest';
import { loadAddon, valuesOf } from '../support/addon.ts';

const HEADERS = ['Customer', 'Revenue', 'Profit', 'Overdue days', 'Last order'];

/** The same customers as each locale's user types them; the last column is 2026-10-01, 2026-09-01, 2026-03-05. */
const TYPED: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en_US: [
    ['North Co', '$1,200,000', '$260,000.00', '0', '10/1/2026'],
    ['South Co', '300,000', '50,000', '20', '9/1/2026'],
    ['West Co', '$80,000', '9,000', '45', '2026-03-05'],
  ],
  en_GB: [
    ['North Co', '£1,200,000', '£260,000.00', '0', '1/10/2026'],
    ['South Co', '300,000', '50,000', '20', '1/9/2026'],
    ['West Co', '£80,000', '9,000', '45', '5/3/2026'],
  ],
  zh_CN: [
    ['North Co', '¥1,200,000', '￥260,000.00', '0', '2026/10/1'],
    ['South Co', '300,000', '50,000', '20', '2026年9月1日'],
    ['West Co', '¥80,000', '9,000', '45', '2026-3-5'],
  ],
  de_DE: [
    ['North Co', '1.200.000 €', '260.000,00 €', '0', '1.10.2026'],
    ['South Co', '300.000', '50.000', '20', '1.9.2026'],
    ['West Co', '80.000 €', '9.000', '45', '5.3.2026'],
  ],
};

/** The same table as plain numbers and dates (what a script would write). */
const PLAIN = [
  ['North Co', 1_200_000, 260_000, 0, new Date('2026-09-30T16:00:00Z')],
  ['South Co', 300_000, 50_000, 20, new Date('2026-08-31T16:00:00Z')],
  ['West Co', 80_000, 9_000, 45, new Date('2026-03-04T16:00:00Z')],
];

function graded(locale: string, rows: readonly (readonly unknown[])[]) {
  const emu = loadAddon({ locale, firstSheet: null });
  emu.addSheet('Customers', [HEADERS, ...rows]);
  emu.runMenuItem('recomputeTiers');
  return emu;
}

describe('the add-on on locale-typed data', () => {
  describe.each(Object.keys(TYPED))('%s', locale => {
    const typed = TYPED[locale] ?? [];

    it('stores what was typed as numbers and dates with formats, and grades it like plain values', () => {
      const emu = graded(locale, typed);
      const snapshot = emu.snapshot('Customers');
      expect(snapshot.values.slice(1).map(row => row.slice(0, 5))).toEqual(PLAIN);
      expect(snapshot.numberFormats[1]?.[1]).toMatch(/[$£¥€]/u);
      expect(valuesOf(emu, 'Customers').map(row => row.slice(5, 7))).toEqual(
        valuesOf(graded(locale, PLAIN), 'Customers').map(row => row.slice(5, 7)),
      );
    });

    it('sends the typed dates to the sidebar as the document day', () => {
      const emu = graded(locale, typed);
      const data = emu.scriptRun('getSidebarData');
      if (!data.ok) throw new Error(data.error.message);
      const rows = (data.value as { table: { rows: unknown[][] } }).table.rows;
      expect(rows.map(row => row[4])).toEqual(['2026-10-01', '2026-09-01', '2026-03-05']);
    });

    it('regrades when the user types a new amount in the locale form', () => {
      const emu = graded(locale, typed);
      const amount = { en_US: '$2,500,000', en_GB: '£2,500,000', zh_CN: '¥2,500,000', de_DE: '2.500.000 €' }[locale];
      const tierBefore = valuesOf(emu, 'Customers')[3]?.[5];
      emu.userEdit('Customers', 'B4', [[amount]]);
      const values = valuesOf(emu, 'Customers');
      expect(values[3]?.[1]).toBe(2_500_000);
      expect(values[3]?.[5]).not.toBe(tierBefore);
    });
  });

  it('keeps text where a Chinese user gets text, and names it in the reason (zh_CN)', () => {
    const emu = loadAddon({ locale: 'zh_CN', firstSheet: null });
    emu.addSheet('客户', [
      ['客户名称', '销售额', '利润', '逾期天数'],
      ['甲电子', '¥1,200,000', '260,000', '0'],
      ['乙五金', "'1.2万", '5,000', '0'],
      ['丙塑胶', '三千', '1,000', '0'],
    ]);
    emu.runMenuItem('recomputeTiers');
    const values = valuesOf(emu, '客户');
    expect(values.slice(1).map(row => row[1])).toEqual([1_200_000, '1.2万', '三千']);
    expect(values.slice(1).map(row => row[4])).toEqual(['A', 'C', '数据有误']);
    expect(String(values[3]?.[6])).toContain('三千');
  });
});
