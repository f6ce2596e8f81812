// Settings for categorical dimensions: the word table's schema and cross-field checks (repeated words, empty
// table, scores out of range, a value type that does not match), and documents written before word tables existed
// staying valid with the same meaning.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify.ts';
import { defaultSettings, paymentTermsDimension } from '../../src/core/presets.ts';
import { migrateSettings, readSettings, type Settings, validateSettings } from '../../src/core/settings.ts';

const BEFORE: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('../fixtures/settings-v1-before-categories.json', import.meta.url), 'utf8'),
);

function withTerms(edit: (terms: Record<string, unknown>) => void = () => {}): Record<string, unknown> {
  const s = defaultSettings('factory', 'zh');
  const terms: Record<string, unknown> = JSON.parse(JSON.stringify(paymentTermsDimension(20)));
  edit(terms);
  return { ...s, dimensions: [...s.dimensions, terms] };
}
const table = (terms: Record<string, unknown>) =>
  (terms.normalisation as { categories: { words: string[] }[] }).categories;

function issuesOf(doc: unknown) {
  const r = validateSettings(doc);
  return r.ok ? [] : r.issues;
}

describe('settings with word tables', () => {
  describe('validateSettings', () => {
    it('accepts the payment-terms dimension as the sidebar adds it', () => {
      expect(validateSettings(withTerms())).toMatchObject({ ok: true, warnings: [] });
    });

    it('names a word repeated in another category, with the word, in both languages', () => {
      const issues = issuesOf(withTerms(t => table(t)[1]?.words.push('预 付')));
      expect(issues).toEqual([
        {
          path: 'dimensions.3.normalisation.categories.1.words.4',
          code: 'category_repeat',
          message: {
            zh: '维度 4「账期」的打分方式的第 2 类「货到付款」的第 5 个词「预 付」已在前面的类别中出现，同一个词只能属于一个类别',
            en: 'Dimension 4 "Payment terms": scoring category 2 "货到付款" word 5 “预 付” is already in an earlier category; a word can belong to one category only',
          },
        },
      ]);
    });

    it('rejects an empty table, a category without words, a blank word and a score out of range', () => {
      const codes = (edit: (t: Record<string, unknown>) => void) =>
        issuesOf(withTerms(edit)).map(i => [i.path, i.code]);
      expect(codes(t => ((t.normalisation as { categories: unknown[] }).categories = []))).toEqual([
        ['dimensions.3.normalisation.categories', 'category_count'],
      ]);
      expect(codes(t => ((table(t)[0] as { words: string[] }).words = []))).toEqual([
        ['dimensions.3.normalisation.categories.0.words', 'category_words'],
      ]);
      expect(codes(t => table(t)[2]?.words.push('  '))).toEqual([
        ['dimensions.3.normalisation.categories.2.words.4', 'word'],
      ]);
      expect(codes(t => ((table(t)[0] as unknown as { score: number }).score = 120))).toEqual([
        ['dimensions.3.normalisation.categories.0.score', 'points'],
      ]);
      expect(codes(t => ((table(t)[0] as unknown as { score: number }).score = -1))).toEqual([
        ['dimensions.3.normalisation.categories.0.score', 'points'],
      ]);
    });

    it('says so when the value type and the scoring do not match', () => {
      expect(issuesOf(withTerms(t => (t.valueType = 'number'))).map(i => i.code)).toEqual(['category_mismatch']);
      const numberAsWords = defaultSettings('custom', 'en');
      const first = numberAsWords.dimensions[0];
      if (!first) throw new Error('no dimension');
      const doc: Settings = { ...numberAsWords, dimensions: [{ ...first, valueType: 'category' }] };
      expect(issuesOf(doc).map(i => i.code)).toEqual(['category_mismatch']);
    });
  });

  describe('documents from before word tables', () => {
    it('stay valid, unchanged, and grade the same', () => {
      const table = {
        headers: ['Customer', 'Revenue', 'Profit', 'Overdue days', 'Payment terms'],
        rows: [
          ['A', '¥1,200,000', 150_000, 0, '赊销'],
          ['B', '45万', 60_000, 'Net 30', 'COD'],
          ['C', 90_000, '', 120, ''],
        ],
      };
      for (const [name, doc] of Object.entries(BEFORE)) {
        const read = readSettings(doc);
        expect(read, name).toMatchObject({ ok: true });
        if (!read.ok) continue;
        // Unchanged but for version 2's periods per benefit (see migrate-periods.test.ts).
        expect(read.settings, name).toEqual(migrateSettings(doc));
        const graded = classify(table, read.settings, { today: new Date(2026, 2, 5) }).results;
        const reference = classify(table, doc as Settings, { today: new Date(2026, 2, 5) }).results;
        expect(graded.map(r => [r.status, r.tier, r.score])).toEqual(reference.map(r => [r.status, r.tier, r.score]));
        // No dimension of theirs reads the payment-terms words.
        expect(graded.every(r => r.issues.every(i => i.code !== 'unknown_word'))).toBe(true);
      }
    });
  });
});
