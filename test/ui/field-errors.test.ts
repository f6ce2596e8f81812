import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/presets.ts';
import { validateSettings } from '../../src/core/settings.ts';
import { errorId, errorsAt, fieldId, indexIssues, parseTyped } from '../../src/ui/field-errors.ts';

const typed = (text: string, value: number | null) => expect(parseTyped(text)).toBe(value);

describe('field-errors', () => {
  describe('indexIssues', () => {
    it('puts a validator issue under the path of the field the sidebar renders', () => {
      const s = defaultSettings('factory', 'zh');
      const bad = { ...s, dimensions: s.dimensions.map((d, i) => (i === 1 ? { ...d, weight: -5 } : d)) };
      const result = validateSettings(bad);
      expect(result.ok).toBe(false);
      const errors = indexIssues(result.ok ? [] : result.issues);
      expect(errorsAt(errors, 'dimensions.1.weight')).toEqual([
        { zh: '维度 2「利润」的权重必须是 ≥ 0 的数字', en: 'Dimension 2 "Profit": weight must be a number ≥ 0' },
      ]);
      expect(errorsAt(errors, 'dimensions.0.weight')).toEqual([]);
    });

    it('keeps several issues on one path in order', () => {
      const a = { zh: '甲', en: 'a' };
      const b = { zh: '乙', en: 'b' };
      const errors = indexIssues([
        { path: 'method.cutoffs', message: a },
        { path: 'tiers.0.name', message: a },
        { path: 'method.cutoffs', message: b },
      ]);
      expect(errorsAt(errors, 'method.cutoffs')).toEqual([a, b]);
    });
  });

  describe('fieldId', () => {
    it('turns a path into a DOM id and an error id', () => {
      expect(fieldId('dimensions.1.weight')).toBe('f-dimensions-1-weight');
      expect(errorId('dimensions.1.weight')).toBe('e-dimensions-1-weight');
    });
  });

  describe('parseTyped', () => {
    it('reads plain, signed, decimal and grouped numbers', () => {
      typed('50', 50);
      typed(' -5 ', -5);
      typed('12.5', 12.5);
      typed('1,200,000', 1_200_000);
      typed('１２０', 120);
    });

    it('refuses text that is not a number yet', () => {
      typed('', null);
      typed('-', null);
      typed('12abc', null);
      typed('1.2万', null);
      typed('1e999', null);
    });
  });
});
