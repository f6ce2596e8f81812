// How a tier written in a cell (history, overrides, the Tier column) is matched to a tier of the settings: the same
// rule everywhere, so a history row typed "a" is tier A for the grace period, the ledger and the Changes sheet alike.

/** NFKC, trimmed, inner spaces collapsed, lower case: 'Ａ', ' a ' and 'A' are one tier. */
function tierKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** A lookup from written tier names to tier indexes (best first); -1 for anything that names no tier. */
export function tierIndexer(names: readonly string[]): (written: unknown) => number {
  const index = new Map(names.map((name, i) => [tierKey(name), i]));
  return written => (typeof written === 'string' ? (index.get(tierKey(written)) ?? -1) : -1);
}
