import { describe, expect, it } from 'vitest';
import { Emulator } from '../index.ts';

const setup = () => {
  const emu = new Emulator({ firstSheet: null });
  emu.addSheet('T', [
    ['Name', 'Tier', 'Score'],
    ['a', 'A', 90],
    ['b', 'B', 60],
    ['c', 'a', 10],
  ]);
  const app = emu.services.SpreadsheetApp;
  const sheet = app.getActive().getSheetByName('T');
  if (!sheet) throw new Error('missing');
  const rule = (formula: string, color: string, a1 = 'A2:C4') =>
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied(formula)
      .setBackground(color)
      .setRanges([sheet.getRange(a1)])
      .build();
  return { emu, sheet, rule };
};

describe('emulator conditional formats', () => {
  describe('setConditionalFormatRules', () => {
    it('replaces all rules of the sheet', () => {
      const { sheet, rule } = setup();
      sheet.setConditionalFormatRules([rule('=$B2="A"', '#00ff00'), rule('=$B2="B"', '#0000ff')]);
      sheet.setConditionalFormatRules([rule('=$B2="B"', '#0000ff')]);
      const rules = sheet.getConditionalFormatRules();
      expect(rules).toHaveLength(1);
      expect(rules[0]?.getBooleanCondition().getCriteriaValues()).toEqual(['=$B2="B"']);
      expect(rules[0]?.getRanges().map(r => r.getA1Notation())).toEqual(['A2:C4']);
    });
  });

  describe('effectiveBackground', () => {
    it('applies =$B2="A" relative to the rule range top-left, case-insensitively like Sheets', () => {
      const { emu, sheet, rule } = setup();
      sheet.getRange('A3').setBackground('#abcdef');
      sheet.setConditionalFormatRules([rule('=$B2="A"', '#00ff00')]);
      expect(emu.effectiveBackgrounds('T', 'A2:C4')).toEqual([
        ['#00ff00', '#00ff00', '#00ff00'],
        ['#abcdef', '#ffffff', '#ffffff'],
        ['#00ff00', '#00ff00', '#00ff00'],
      ]);
      expect(emu.effectiveBackground('T', 'A1')).toBe('#ffffff');
    });
    it('uses the first matching rule in order', () => {
      const { emu, sheet, rule } = setup();
      sheet.setConditionalFormatRules([rule('=$C2>50', '#111111'), rule('=$B2="A"', '#222222')]);
      expect(emu.effectiveBackground('T', 'A2')).toBe('#111111');
      expect(emu.effectiveBackground('T', 'A4')).toBe('#222222');
    });
    it('evaluates AND / OR of comparisons', () => {
      const { emu, sheet, rule } = setup();
      sheet.setConditionalFormatRules([rule('=AND($B2="B", OR($C2>50, $C2<0))', '#333333')]);
      expect(emu.effectiveBackgrounds('T', 'A2:A4').flat()).toEqual(['#ffffff', '#333333', '#ffffff']);
    });
    it('throws for a formula it cannot evaluate', () => {
      const { emu, sheet, rule } = setup();
      sheet.setConditionalFormatRules([rule('=VLOOKUP($B2, X1:Y2, 2)', '#444444')]);
      expect(() => emu.effectiveBackground('T', 'A2')).toThrow(/not supported/u);
    });
  });
});
