// Customer names, one rule for the whole add-on: `customerKey` decides whether two names are the same customer
// (ledger, tier history, grace period, Changes, summary alike); `customerName` is the name as stored and shown.
// Matching ignores width, case and extra spaces, so "ACME  Ltd" in the table and "Acme Ltd" in history are one.

/**
 * The matching key of a customer name: NFKC, trimmed, inner spaces collapsed, lower-cased. Text and numbers only;
 * any other cell (blank, boolean, Date, error) has no key (''). Memoised: logs repeat the same names.
 */
export function customerKey(name: unknown): string {
  if (typeof name !== 'string' && typeof name !== 'number') return '';
  const text = String(name);
  const known = KEYS.get(text);
  if (known !== undefined) return known;
  const key = text.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
  // A log repeats the same few thousand names; the memo is cleared rather than allowed to grow without bound.
  if (KEYS.size >= KEY_MEMO_LIMIT) KEYS.clear();
  KEYS.set(text, key);
  return key;
}

const KEYS = new Map<string, string>();
const KEY_MEMO_LIMIT = 200_000;

/**
 * A customer name as stored and shown: NFKC and trimmed, otherwise as written (case and inner spaces kept).
 * Numbers and booleans become text; other cells give ''. Never use it to compare names: see `customerKey`.
 */
export function customerName(name: unknown): string {
  if (typeof name === 'number' || typeof name === 'boolean') return String(name);
  return typeof name === 'string' ? name.normalize('NFKC').trim() : '';
}
