// Ledger cells in the user's language: each row's Status text and "Remaining after this entry" cell, and amounts
// as people read them. The words come from the catalogue (src/core/wording/ledger.ts).
import { ISSUE_TEXT, LEDGER_WORDS, OVER_QUOTA, timesText } from '../wording/ledger.ts';
import type { RowStatus } from './quota.ts';
import type { LedgerBenefit } from './types.ts';

type Lang = 'zh' | 'en';

/** An amount as people read it: money with the currency symbol and thousands separators, times with a unit. */
export function formatAmount(kind: LedgerBenefit['kind'], value: number, currency: string, lang: Lang): string {
  const abs = Math.abs(value);
  const [whole = '0', cents] = (kind === 'money' ? abs.toFixed(2) : String(Math.round(abs))).split('.');
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  const number = `${value < 0 ? '−' : ''}${kind === 'money' ? currency : ''}${digits}${cents && cents !== '00' ? `.${cents}` : ''}`;
  if (kind === 'money') return number;
  return timesText(number, abs)[lang];
}

/** The Status cell of a row: '' for blank rows, else the verdict in the user's language. */
export function statusText(status: RowStatus, currency: string, lang: Lang): string {
  switch (status.kind) {
    case 'blank':
      return '';
    case 'invalid':
      return ISSUE_TEXT[status.issue](status.input)[lang];
    case 'ok':
      return (status.benefit.kind === 'perk' ? LEDGER_WORDS.included : LEDGER_WORDS.ok)[lang];
    case 'over_quota': {
      if (status.remaining === null) return OVER_QUOTA.notIncluded[lang];
      return OVER_QUOTA.by(formatAmount(status.benefit.kind, -status.remaining, currency, lang))[lang];
    }
  }
}

/** The "Remaining after this entry" cell: a number to count with, the perk's Included / Not included, or ''. */
export function remainingCell(status: RowStatus, lang: Lang): number | string {
  if (status.kind !== 'ok' && status.kind !== 'over_quota') return '';
  if (status.remaining !== null) return status.remaining;
  return (status.allotted >= 1 ? LEDGER_WORDS.included : LEDGER_WORDS.notIncluded)[lang];
}
