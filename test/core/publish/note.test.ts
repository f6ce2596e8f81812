// The "published B · now A" note in front of the live Why, in both languages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutputCells } from '../../../src/core/pipeline.ts';
import { withPublishedNotes } from '../../../src/core/publish/note.ts';

const NAMES = ['A', 'B', 'C', 'D'];
const OUTPUTS: OutputCells[] = [
  ['A', 85, 'A: revenue ¥1.2m'],
  ['B', 65, 'B: …'],
  ['', '', ''],
  ['C', 45, 'C: …'],
];
const CUSTOMERS = ['Acme', 'Bolt', '', 'Cord'];

describe('publish/note', () => {
  describe('withPublishedNotes', () => {
    it('notes only the customers whose live tier differs from the published one, tier and score unchanged', () => {
      const published = new Map([
        ['acme', 'B'],
        ['bolt', 'b'],
      ]);
      expect(withPublishedNotes(OUTPUTS, CUSTOMERS, published, NAMES, 'en')).toEqual([
        ['A', 85, 'published B · now A; A: revenue ¥1.2m'],
        ['B', 65, 'B: …'],
        ['', '', ''],
        ['C', 45, 'C: …'],
      ]);
      expect(withPublishedNotes(OUTPUTS, CUSTOMERS, published, NAMES, 'zh')[0]?.[2]).toBe(
        '已发布 B · 当前 A；A: revenue ¥1.2m',
      );
    });

    it('leaves a blank row blank even when its customer was published', () => {
      const published = new Map([['cord', 'C']]);
      const outputs: OutputCells[] = [['', '', '']];
      expect(withPublishedNotes(outputs, ['Cord'], published, NAMES, 'en')).toEqual([['', '', '']]);
    });

    it('never changes a row when nothing is published or every published tier equals the live one', () =>
      fc.assert(
        fc.property(fc.constantFrom<'zh' | 'en'>('zh', 'en'), fc.boolean(), (lang, same) => {
          const published = same
            ? new Map(CUSTOMERS.map((c, i) => [c.toLowerCase(), OUTPUTS[i]?.[0] ?? '']))
            : new Map();
          expect(withPublishedNotes(OUTPUTS, CUSTOMERS, published, NAMES, lang)).toEqual(OUTPUTS);
        }),
      ));
  });
});
