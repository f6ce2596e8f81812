// Shared ledger fixtures: the article's benefits (samples A 3000 / B 1000 / C 500 / D 0, trainings 4/2/1/0,
// free mould opening for A only) on a calendar year, every benefit and tier renewing yearly (settings version 1's
// single period).
import type { LedgerSettings } from '../../../src/core/ledger/index.ts';

const YEARLY = ['year', 'year', 'year', 'year'] as const;

export const SETTINGS: LedgerSettings = {
  benefits: [
    {
      id: 'samples',
      label: { zh: '免费样品', en: 'Free samples' },
      kind: 'money',
      allowance: [3000, 1000, 500, 0],
      periods: YEARLY,
    },
    {
      id: 'training',
      label: { zh: '免费培训', en: 'Product training' },
      kind: 'times',
      allowance: [4, 2, 1, 0],
      periods: YEARLY,
    },
    {
      id: 'mould',
      label: { zh: '免费开模', en: 'Free mould opening' },
      kind: 'perk',
      allowance: [1, 0, 0, 0],
      periods: YEARLY,
    },
  ],
  fiscalYearStartMonth: 1,
  tiers: [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }],
  currency: '¥',
};

export function benefit(id: string) {
  const found = SETTINGS.benefits.find(b => b.id === id);
  if (!found) throw new Error(`fixture has no benefit ${id}`);
  return found;
}
