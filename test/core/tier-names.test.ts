import { describe, expect, it } from 'vitest';
import { tierIndexer } from '../../src/core/tier-names.ts';

describe('tier-names', () => {
  describe('tierIndexer', () => {
    const indexOf = tierIndexer(['A', 'B', 'Key account']);
    it('ignores case, width and spacing', () => {
      expect(['A', 'a', ' Ａ ', 'b', 'key   ACCOUNT'].map(indexOf)).toEqual([0, 0, 0, 1, 2]);
    });
    it('gives -1 for anything that names no tier', () => {
      expect(['C', '', 1, null, undefined].map(indexOf)).toEqual([-1, -1, -1, -1, -1]);
    });
  });
});
