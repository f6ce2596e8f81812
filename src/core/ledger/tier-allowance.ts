// What =TIER_BENEFIT shows for a tier written in a cell: the benefit's allowance for that tier, Yes/No for a perk,
// blank for a cell that names no tier. Tier names match as everywhere else ('a' and 'Ａ' are tier A).
import type { Lang } from '../locale.ts';
import { tierIndexer } from '../tier-names.ts';
import { PERK_NO, PERK_YES } from '../wording/formulas.ts';
import type { LedgerBenefit } from './types.ts';

type Cell = string | number | boolean;

/** The allowance cell for each written tier in `tier` (one value or a 2D range of them). Never throws. */
export function tierAllowanceCells(
  benefit: LedgerBenefit,
  tierNames: readonly string[],
  tier: unknown,
  lang: Lang,
): Cell | Cell[][] {
  const indexOf = tierIndexer(tierNames);
  const one = (written: unknown): Cell => {
    const index = indexOf(written);
    if (index < 0) return '';
    const amount = benefit.allowance[index] ?? 0;
    return benefit.kind === 'perk' ? (amount > 0 ? PERK_YES[lang] : PERK_NO[lang]) : amount;
  };
  return Array.isArray(tier) ? tier.map(row => (Array.isArray(row) ? row : [row]).map(one)) : one(tier);
}
