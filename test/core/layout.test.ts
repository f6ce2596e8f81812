import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  inputCells,
  literalCells,
  literalText,
  outputKeyOf,
  outputsSideBySide,
  placeOutputs,
  planOutputs,
  tierColourRules,
} from '../../src/core/layout.ts';

describe('layout', () => {
  describe('placeOutputs', () => {
    it('skips columns holding user cells and reuses only owned columns', () => {
      const occupiedAt = (taken: number[]) => (c: number) => taken.includes(c);
      const plan = planOutputs(['Customer', 'Revenue', 'Score'], new Set());
      expect(plan).toMatchObject({ dataWidth: 3, outputColumns: [] });
      expect(placeOutputs(plan, occupiedAt([0, 1, 2, 4])).firstColumn).toBe(6);
      const ours = planOutputs(['Customer', 'Revenue', 'Tier', 'Score', 'Why'], new Set([2, 3, 4]));
      expect(placeOutputs(ours, occupiedAt([0, 1, 2, 3, 4])).firstColumn).toBe(3);
    });
  });

  describe('planOutputs', () => {
    it('places new outputs right after the last data column', () => {
      expect(planOutputs(['客户名称', '销售额', '利润', '', ''])).toMatchObject({
        firstColumn: 4,
        width: 3,
        dataWidth: 3,
        columns: [4, 5, 6],
      });
    });

    it('reuses outputs already in Tier, Score, Why order, in either language', () => {
      expect(planOutputs(['Customer', 'Revenue', '等级', '得分', '原因'])).toMatchObject({
        firstColumn: 3,
        width: 3,
        dataWidth: 2,
        columns: [3, 4, 5],
      });
      expect(planOutputs(['Customer', 'Revenue', 'Tier', 'Score', 'Why'])).toMatchObject({ firstColumn: 3 });
    });

    it('keeps the user columns added after reused outputs in the data span', () => {
      expect(planOutputs(['Customer', 'Revenue', 'Tier', 'Score', 'Why', 'Tier override', ''])).toMatchObject({
        firstColumn: 3,
        width: 3,
        dataWidth: 6,
        columns: [3, 4, 5],
      });
    });

    it('does not treat a lone "Tier" column of the user as the output block', () => {
      expect(planOutputs(['Customer', 'Tier', 'Revenue'])).toMatchObject({ columns: [4, 5, 6], dataWidth: 3 });
      expect(planOutputs(['Customer', 'Tier', 'Revenue', 'Score'])).toMatchObject({ columns: [4, 5, 6] });
    });

    it('keeps each output where the user moved it when each header is there once', () => {
      const plan = planOutputs(['等级', 'Customer', 'Revenue', 'Score', 'Why', 'Note']);
      expect(plan).toMatchObject({ columns: [1, 4, 5], dataWidth: 6 });
      expect(outputsSideBySide(plan)).toBe(false);
      expect(inputCells(['A', 'Acme', 100, 80, 'why', 'n'], plan)).toEqual(['', 'Acme', 100, '', '', 'n']);
    });

    it('places the outputs after the data again when a second Tier header makes them ambiguous', () => {
      expect(planOutputs(['Tier', 'Customer', 'Tier', 'Score', 'Why'])).toMatchObject({ columns: [3, 4, 5] });
      expect(planOutputs(['Tier', 'Customer', 'Score', 'Why', 'Tier'])).toMatchObject({ columns: [3, 4, 5] });
    });
  });

  describe('inputCells', () => {
    it('blanks the outputs inside the data span and keeps every other column in place', () => {
      const plan = planOutputs(['Customer', 'Revenue', 'Tier', 'Score', 'Why', 'Tier override']);
      expect(inputCells(['Acme', 100, 'B', 61, 'Score 61', 'A', 'x'], plan)).toEqual(['Acme', 100, '', '', '', 'A']);
    });

    it('cuts a row to the data when the outputs follow it', () => {
      const plan = planOutputs(['Customer', 'Revenue', 'Tier', 'Score', 'Why']);
      expect(inputCells(['Acme', 100, 'B', 61, 'Score 61'], plan)).toEqual(['Acme', 100]);
    });
  });

  describe('outputKeyOf', () => {
    it('ignores case, spaces and full-width forms', () => {
      expect(outputKeyOf(' tier ')).toBe('tier');
      expect(outputKeyOf('ＳＣＯＲＥ')).toBe('score');
      expect(outputKeyOf('Revenue')).toBeNull();
    });
  });

  describe('columnLetter', () => {
    it('counts like Sheets', () => {
      expect([1, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    });
  });

  describe('literalText', () => {
    it('marks every non-empty string as literal, so no formula, number or date is parsed out of it', () => {
      expect(literalText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
      expect(literalText('+1')).toBe("'+1");
      expect(literalText('@name')).toBe("'@name");
      expect(literalText('1')).toBe("'1");
      expect(literalText('2026-01-05')).toBe("'2026-01-05");
      expect(literalText('A')).toBe("'A");
      expect(literalText('')).toBe('');
    });
  });

  describe('literalCells', () => {
    it('leaves numbers and blanks as they are', () => {
      expect(
        literalCells([
          ['A', 82.5, ''],
          ['007', 0, 'Why'],
        ]),
      ).toEqual([
        ["'A", 82.5, ''],
        ["'007", 0, "'Why"],
      ]);
    });
  });

  describe('tierColourRules', () => {
    const plan = {
      firstColumn: 7,
      width: 3,
      dataWidth: 6,
      columns: [7, 8, 9],
      outputColumns: [],
      reused: false,
    } as const;
    it('colours whole rows by the Tier cell, one rule per tier', () => {
      const rules = tierColourRules(
        [
          { name: 'A', color: '#b7e1cd' },
          { name: 'B', color: '#d9ead3' },
        ],
        plan,
        2,
        41,
      );
      expect(rules).toEqual([
        { formula: '=$G2="A"', background: '#b7e1cd', a1: 'A2:I41' },
        { formula: '=$G2="B"', background: '#d9ead3', a1: 'A2:I41' },
      ]);
    });

    it('quotes tier names so a quote cannot break the formula', () => {
      expect(tierColourRules([{ name: 'V"IP', color: '#ffffff' }], plan, 2, 3)[0]?.formula).toBe('=$G2="V""IP"');
    });

    it('makes no rule for a table without data rows', () => {
      expect(tierColourRules([{ name: 'A', color: '#ffffff' }], plan, 2, 1)).toEqual([]);
    });
  });
});
