// The policy sheet's layout: title and stamp, each article's heading in column A with its paragraphs in column B, a
// blank row between articles, the signature line last; nothing else in any cell.
import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../../../src/core/policy/document.ts';
import { policySheet } from '../../../src/core/policy/sheet.ts';

const DOC: PolicyDocument = {
  title: 'Policy',
  stamp: 'Version 3',
  articles: [
    { heading: 'Article 1. Purpose', paragraphs: ['Why.'] },
    { heading: 'Article 2. Tiers', paragraphs: ['Intro:', '(1) A', '(2) B'] },
  ],
  signatures: ['Prepared by:', 'Approved by:', 'Date:'],
};

describe('policy/sheet', () => {
  describe('policySheet', () => {
    it('lays out title, stamp, headings, paragraphs, blank rows and the signatures, row by row', () => {
      const sheet = policySheet(DOC);
      const wide = '　'.repeat(8); // eight full-width spaces leave room to sign after each label
      expect(sheet.values).toEqual([
        ['Policy', ''],
        ['Version 3', ''],
        ['', ''],
        ['Article 1. Purpose', ''],
        ['', 'Why.'],
        ['', ''],
        ['Article 2. Tiers', ''],
        ['', 'Intro:'],
        ['', '(1) A'],
        ['', '(2) B'],
        ['', ''],
        ['', `Prepared by:${wide}Approved by:${wide}Date:`],
      ]);
      expect(sheet.boldRows).toEqual([0, 3, 6]);
      expect(sheet.titleRow).toBe(0);
    });

    it('keeps an article without paragraphs to its heading and one blank row', () => {
      const sheet = policySheet({ ...DOC, articles: [{ heading: 'Article 1. Purpose', paragraphs: [] }] });
      expect(sheet.values.slice(3)).toEqual([
        ['Article 1. Purpose', ''],
        ['', ''],
        ['', DOC.signatures.join('　'.repeat(8))],
      ]);
    });
  });
});
