// The slice of the settings document the ledger reads. Structural, so the engine's full `Settings` fits as is.

/** `{ zh, en }` text. */
export type LocalText = { readonly zh: string; readonly en: string };

/** How often an allowance renews. */
export type PeriodLength = 'year' | 'half' | 'quarter' | 'month';

/** A period length and the month (1..12) the fiscal year starts in: enough to place any day in its period. */
export type PeriodSetting = {
  readonly length: PeriodLength;
  readonly fiscalYearStartMonth: number;
};

/**
 * A benefit with one allowance and one period per tier index (money per period, times per period, or perk
 * 1 = included / 0 = not): `allowance[t]` renews every `periods[t]`.
 */
export type LedgerBenefit = {
  readonly id: string;
  readonly label: LocalText;
  readonly kind: 'money' | 'times' | 'perk';
  readonly allowance: readonly number[];
  readonly periods: readonly PeriodLength[];
};

/** What the ledger needs from the settings. */
export type LedgerSettings = {
  readonly benefits: readonly LedgerBenefit[];
  /** Month (1..12) the fiscal year starts in; every period is counted from it. */
  readonly fiscalYearStartMonth: number;
  readonly tiers: readonly { readonly name: string }[];
  readonly currency: string;
};
