// The slice of the settings document the ledger reads. Structural, so the engine's full `Settings` fits as is.

/** `{ zh, en }` text. */
export type LocalText = { readonly zh: string; readonly en: string };

/** How often allowances renew, and the month (1..12) the fiscal year starts in. */
export type PeriodSetting = {
  readonly length: 'year' | 'half' | 'quarter' | 'month';
  readonly fiscalYearStartMonth: number;
};

/** A benefit with one allowance per tier index (money per period, times per period, or perk 1 = included / 0 = not). */
export type LedgerBenefit = {
  readonly id: string;
  readonly label: LocalText;
  readonly kind: 'money' | 'times' | 'perk';
  readonly allowance: readonly number[];
};

/** What the ledger needs from the settings. */
export type LedgerSettings = {
  readonly benefits: readonly LedgerBenefit[];
  readonly period: PeriodSetting;
  readonly tiers: readonly { readonly name: string }[];
  readonly currency: string;
};
