// The salesperson column of a customer table (业务员, 销售员, 负责人, 跟单, Sales rep, Account manager, Owner): header
// names matched against the user's columns, not text the add-on shows.

/** Headers of the salesperson column, compared after width, case and space folding (a prefix also matches). */
const SALESPERSON_HEADERS: readonly string[] = [
  '业务员',
  '销售员',
  '销售代表',
  '负责人',
  '跟单',
  '客户经理',
  'sales rep',
  'salesperson',
  'sales person',
  'account manager',
  'owner',
];

/** Width, case and space folding, as the headers above are written. */
const fold = (text: string): string => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/gu, ' ');

/** 0-based column of the salesperson (业务员, Sales rep, Account manager, …), or null. First match wins. */
export function findSalespersonColumn(headers: readonly unknown[]): number | null {
  // A longer header matches when the name is followed by no further letter: '业务员（姓名）', 'Owner (sales)', not 'Ownership'.
  const matches = (name: string, h: string) => name.startsWith(h) && !/^[a-z]/u.test(name.slice(h.length));
  const at = headers.findIndex(header => {
    if (typeof header !== 'string') return false; // a number, date or blank cell names no column
    const name = fold(header);
    return SALESPERSON_HEADERS.some(h => matches(name, h));
  });
  return at < 0 ? null : at;
}
