// Categorical dimensions (issue 14 item 4): payment-term words read through a word table, tolerant of width,
// case and spacing; an unknown word is "Check data" naming the known words; gaps name a word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownWords, normaliseWord, readCategory, repeatedWords } from '../../src/core/categories.ts';
import { classify } from '../../src/core/classify.ts';
import { defaultSettings, paymentTermsDimension } from '../../src/core/presets.ts';
import { formatReason } from '../../src/core/reason.ts';
import type { Category, Settings } from '../../src/core/settings-schema.ts';

const TERMS = paymentTermsDimension(20);
const TABLE = TERMS.normalisation.kind === 'categories' ? TERMS.normalisation.categories : [];
const reads = (raw: unknown, value: number) => expect(readCategory(raw, TABLE)).toEqual({ ok: true, value });
const rejects = (raw: unknown, issue: string) => expect(readCategory(raw, TABLE)).toMatchObject({ ok: false, issue });

/** Factory preset plus payment terms in words with weight 20. */
function withTerms(weight = 20): Settings {
  const s = defaultSettings('factory', 'zh');
  return { ...s, dimensions: [...s.dimensions, paymentTermsDimension(weight)] };
}

/** A word as people type it: any case, full-width letters and digits, spaces between characters, a full stop. */
const dressed = (word: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }),
      fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }),
      fc.array(fc.constantFrom('', '', ' ', '\u3000', '  '), {
        minLength: word.length + 1,
        maxLength: word.length + 1,
      }),
      fc.constantFrom('', '。', '.'),
    )
    .map(([upper, wide, spaces, stop]) => {
      let out = spaces[0] ?? '';
      [...word].forEach((ch, k) => {
        let c = upper[k] ? ch.toUpperCase() : ch.toLowerCase();
        const code = c.charCodeAt(0);
        if (wide[k] && code >= 0x21 && code <= 0x7e) c = String.fromCharCode(code + 0xfee0);
        out += c + (spaces[k + 1] ?? '');
      });
      return out + stop;
    });

// Words of Chinese payment vocabulary, Latin letters and digits; no punctuation (a trailing stop is dressing).
const wordArb = fc
  .string({ unit: fc.constantFrom(...'款到发货预付现结月天承兑汇票赊销abcnetDPZ0369'), minLength: 1, maxLength: 8 })
  .filter(w => normaliseWord(w) !== '');
const tableArb = fc.uniqueArray(wordArb, { minLength: 1, maxLength: 12, selector: normaliseWord }).chain(words =>
  fc.array(fc.integer({ min: 0, max: 100 }), { minLength: words.length, maxLength: words.length }).chain(scores =>
    fc.array(fc.nat(3), { minLength: words.length, maxLength: words.length }).map(groups => {
      // Words spread over up to four categories, each category one score.
      const cats: Category[] = [];
      words.forEach((w, k) => {
        const g = groups[k] ?? 0;
        const cat = cats[g] ?? { words: [], score: scores[g] ?? 0 };
        cats[g] = { ...cat, words: [...cat.words, w] };
      });
      return cats.filter(c => c !== undefined && c.words.length > 0);
    }),
  ),
);

describe('categories', () => {
  describe('readCategory', () => {
    it('reads the default payment-terms words in both languages', () => {
      reads('款到发货', 100);
      reads('预付', 100);
      reads('Cash in advance', 100);
      reads('货到付款', 85);
      reads('COD', 85);
      reads('月结30天', 70);
      reads('Net 60', 50);
      reads('承兑汇票', 20);
      reads('赊销', 0);
    });
    it('ignores width, case and spaces', () => {
      reads(' ｃｏｄ ', 85);
      reads('NET30', 70);
      reads('月结 ６０ 天', 50);
      reads('prepaid。', 100);
    });
    it('treats blanks and sheet errors as missing and other words as unknown', () => {
      rejects('', 'empty');
      rejects('   ', 'empty');
      rejects('#N/A', 'sheet_error');
      rejects('月结45天', 'unknown_word');
      rejects(30, 'unknown_word');
    });
    it('reads every word of a generated table, however it is typed, as its category score', () => {
      fc.assert(
        fc.property(
          tableArb.chain(table =>
            fc
              .constantFrom(...table.flatMap(c => c.words.map(w => [table, w, c.score] as const)))
              .chain(([t, w, score]) => dressed(w).map(typed => [t, typed, score] as const)),
          ),
          ([table, typed, score]) => {
            expect(readCategory(typed, table)).toEqual({ ok: true, value: score });
          },
        ),
      );
    });
    it('gives unknown_word for any word the table does not hold', () => {
      fc.assert(
        fc.property(tableArb, wordArb, (table, word) => {
          const held = table.some(c => c.words.some(w => normaliseWord(w) === normaliseWord(word)));
          expect(readCategory(word, table).ok).toBe(held);
        }),
      );
    });
  });

  describe('repeatedWords', () => {
    it('finds a word in two categories, however it is written, but not twice in one', () => {
      const table: Category[] = [
        { words: ['COD', 'cod'], score: 80 },
        { words: ['Net 30', 'ＣＯＤ'], score: 60 },
      ];
      expect(repeatedWords(table)).toEqual([{ category: 1, word: 1, text: 'ＣＯＤ' }]);
    });
  });

  describe('knownWords', () => {
    it('names each category by its first word in the language, best first', () => {
      expect(knownWords(TABLE, 'zh').slice(0, 3)).toEqual(['款到发货', '货到付款', '月结30天']);
      expect(knownWords(TABLE, 'en').slice(0, 3)).toEqual(['Cash in advance', 'COD', 'Net 30']);
    });
  });

  describe('classify with payment terms in words', () => {
    const headers = ['客户名称', '销售额', '利润', '逾期天数', '账期'];
    const run = (rows: unknown[][], settings = withTerms()) =>
      classify({ headers, rows }, settings, { today: new Date(2026, 2, 5) }).results;

    it('scores each word by its category, cash in advance above credit', () => {
      const [prepaid, open] = run([
        ['甲', 600_000, 120_000, 0, '款到发货'],
        ['乙', 600_000, 120_000, 0, '赊销'],
      ]);
      expect(prepaid?.dimensions[3]).toMatchObject({ id: 'payment_terms', value: 100, points: 100 });
      expect(open?.dimensions[3]).toMatchObject({ id: 'payment_terms', value: 0, points: 0 });
      expect(prepaid?.score).toBeGreaterThan(open?.score ?? 100);
    });

    it('gives an unknown word Check data naming the known words, in both languages', () => {
      const [r] = run([['丙', 600_000, 120_000, 0, '月结45天']]);
      expect(r?.status).toBe('invalid');
      expect(formatReason(r ?? { reason: { zh: '', en: '' } }, 'zh')).toContain(
        '账期：“月结45天”不在设置的词表里（可填：款到发货、货到付款、月结30天',
      );
      expect(r?.reason.en).toContain(
        "'月结45天' is not one of the configured words (known: Cash in advance, COD, Net 30",
      );
    });

    it('names the word that reaches the next tier', () => {
      // Revenue 600k (80), profit 120k (80), on time (100), 赊销 (0): 78 → B; a better word lifts it to A.
      const [r] = run([['丁', 600_000, 120_000, 0, '赊销']]);
      expect(r?.tier).toBe(1);
      const option = r?.gap?.options.find(o => o.dimension === 'payment_terms');
      expect(option).toMatchObject({ value: 0 });
      expect([50, 70, 85, 100]).toContain(option?.target);
      expect(r?.reason.zh).toMatch(/账期改为「[^」]+」/u);
      expect(r?.reason.en).toMatch(/Payment terms “[^”]+”/u);
    });

    it('leaves the dimension out of every score while its weight is 0', () => {
      const rows = [['戊', 600_000, 120_000, 0, '说不清']];
      const without = classify({ headers: headers.slice(0, 4), rows }, defaultSettings('factory', 'zh'), {
        today: new Date(2026, 2, 5),
      }).results[0];
      const [r] = run(rows, withTerms(0));
      expect(r?.status).toBe('tiered');
      expect(r?.score).toBe(without?.score);
    });
  });
});
