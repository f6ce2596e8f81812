// Chinese texts of the catalogue use Chinese punctuation: generated over every entry (functions called with sample
// values, see test/support/wording-catalogue.ts), no ASCII , ; : ( ) ! ? right after a Han character or between
// two of them. Formula and range examples (=TIER(A1:F500, …), 权益使用记录!A2:E) are syntax, not prose: left out.
import { describe, expect, it } from 'vitest';
import { catalogueTexts } from '../../support/wording-catalogue.ts';

const HAN = '\\p{Script=Han}';
/** Half-width punctuation right after a Han character ('利润: ', '样例,'), spaces allowed between. */
const AFTER_HAN = new RegExp(`${HAN}\\s*[,;:!?()]`, 'u');
/** Half-width punctuation right before a Han character ('(现', ',利润'). */
const BEFORE_HAN = new RegExp(`[,;:!?()]${HAN}`, 'u');
const FORMULA = /=[A-Z_]+\([^)]*\)/gu;
const RANGE = /[^\s，、；：]+![A-Z]+\d*:[A-Z]+\d*/gu;

/** The prose of a text: formula and range examples removed. */
const prose = (text: string) => text.replace(FORMULA, '').replace(RANGE, '');

function offences(text: string): string[] {
  const p = prose(text);
  return [AFTER_HAN.exec(p)?.[0], BEFORE_HAN.exec(p)?.[0]].filter((m): m is string => m !== undefined);
}

describe('Chinese punctuation in the wording catalogue', () => {
  it('is full-width next to Chinese text in every zh entry', async () => {
    const texts = await catalogueTexts();
    expect(texts.length).toBeGreaterThan(300);
    const bad = texts.flatMap(({ path, text }) => offences(text.zh).map(o => `${path}: «${o}» in ${text.zh}`));
    expect(bad).toEqual([]);
  });

  describe('the check itself', () => {
    it('flags a colon, comma or bracket next to Chinese', () => {
      expect(offences("利润: '三千' 不是数字")).toEqual(['润:']);
      expect(offences('销售额,利润')).toEqual(['额,', ',利']);
      expect(offences('现 (200 天)')).toEqual(['现 (']);
    });
    it('accepts full-width punctuation and formula syntax', () => {
      expect(
        offences('逾期超过 180 天（现 200 天），降为 D 级；公式：=TIER(客户表区域, CustomerTiers_Version)'),
      ).toEqual([]);
      expect(offences('例如 权益使用记录!A2:E')).toEqual([]);
      expect(offences('Revenue: 5 (k$)')).toEqual([]);
    });
  });
});
