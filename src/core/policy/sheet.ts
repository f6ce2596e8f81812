// The policy as the cells of the sheet "Grading policy" (POLICY_WORDS.sheet), laid out to print on A4 portrait: headings in
// a narrow first column (their text runs on into the empty second), paragraphs wrapped in the wide second column.
import type { PolicyDocument } from './document.ts';

/** Column widths in pixels: about 650 px fit an A4 page's printable width at 100 %. */
export const POLICY_COLUMN_WIDTHS = [28, 620] as const;

export type PolicySheet = {
  /** Two columns per row; every cell is text. */
  readonly values: readonly (readonly [string, string])[];
  /** 0-based rows shown bold: the title and the article headings. */
  readonly boldRows: readonly number[];
  /** The title's row, shown larger. */
  readonly titleRow: number;
};

/** Title, stamp, then each article's heading and paragraphs, a blank row between articles, then the signatures. */
export function policySheet(doc: PolicyDocument): PolicySheet {
  const values: [string, string][] = [
    [doc.title, ''],
    [doc.stamp, ''],
    ['', ''],
  ];
  const boldRows = [0];
  for (const article of doc.articles) {
    boldRows.push(values.length);
    values.push([article.heading, '']);
    for (const paragraph of article.paragraphs) values.push(['', paragraph]);
    values.push(['', '']);
  }
  values.push(['', doc.signatures.join('　　　　　　　　')]);
  return { values, boldRows, titleRow: 0 };
}
