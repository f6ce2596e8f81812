// The sidebar's word-table edits: synonyms split as people type them, scoring by words switched on and off, the
// payment-terms dimension added once, and a table never left without a category.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/presets.ts';
import { validateSettings } from '../../src/core/settings.ts';
import {
  addCategory,
  addPaymentTerms,
  removeCategory,
  setCategoryScore,
  setCategoryWords,
  setScoredByWords,
  splitWords,
} from '../../src/ui/category-edits.ts';
import { setNormalisationKind } from '../../src/ui/edits.ts';

const factory = () => defaultSettings('factory', 'zh');
const tableOf = (s: ReturnType<typeof factory>, index: number) => {
  const norm = s.dimensions[index]?.normalisation;
  return norm?.kind === 'categories' ? norm.categories : null;
};

describe('category-edits', () => {
  describe('splitWords', () => {
    it('splits at commas of either width, the ideographic comma, semicolons, slashes and new lines', () => {
      expect(splitWords('款到发货、预付，Prepaid; CIA/ COD\nNet 30')).toEqual([
        '款到发货',
        '预付',
        'Prepaid',
        'CIA',
        'COD',
        'Net 30',
      ]);
    });
    it('drops blanks, so a trailing separator while typing adds no empty word', () => {
      expect(splitWords('月结45天、')).toEqual(['月结45天']);
      expect(splitWords(' 、 , ')).toEqual([]);
    });
  });

  describe('addPaymentTerms', () => {
    it('adds the payment-terms dimension once, read from the chosen column, and the result validates', () => {
      const s = addPaymentTerms(factory(), '付款方式');
      expect(s.dimensions.at(-1)).toMatchObject({ id: 'payment_terms', headers: ['付款方式'], weight: 10 });
      expect(addPaymentTerms(s, '')).toBe(s);
      expect(validateSettings(s).ok).toBe(true);
    });
  });

  describe('setScoredByWords', () => {
    it('makes a numeric dimension score by words and back, valid both ways', () => {
      const words = setScoredByWords(factory(), 2, true);
      expect(words.dimensions[2]).toMatchObject({ valueType: 'category', direction: 'higher' });
      expect(tableOf(words, 2)?.[0]?.words[0]).toBe('款到发货');
      expect(validateSettings(words).ok).toBe(true);
      const back = setNormalisationKind(words, 2, 'minmax');
      expect(back.dimensions[2]).toMatchObject({ valueType: 'number', normalisation: { kind: 'minmax' } });
      expect(validateSettings(back).ok).toBe(true);
    });
  });

  describe('table edits', () => {
    it('adds, renames, scores and removes categories; the last one stays', () => {
      let s = addPaymentTerms(factory(), '');
      const d = s.dimensions.length - 1;
      s = addCategory(s, d, '新词');
      s = setCategoryWords(s, d, 7, ['月结45天', 'Net 45']);
      s = setCategoryScore(s, d, 7, 60);
      expect(tableOf(s, d)?.[7]).toEqual({ words: ['月结45天', 'Net 45'], score: 60 });
      expect(validateSettings(s).ok).toBe(true);
      for (let k = 0; k < 10; k++) s = removeCategory(s, d, 0);
      expect(tableOf(s, d)).toEqual([{ words: ['月结45天', 'Net 45'], score: 60 }]);
    });
    it('leaves dimensions that are not scored by words alone', () => {
      const s = factory();
      expect(addCategory(s, 0, 'x')).toBe(s);
      expect(setCategoryScore(s, 0, 0, 5)).toBe(s);
    });
  });
});
