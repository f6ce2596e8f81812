// The benefits and quota ledger: periods, allowances and proration, entry checks, quotas. Pure: no Apps Script.

export { customerKey } from '../customers.ts';
export type { DateToDay, Day, DayResult } from '../days.ts';
export { dayFromNumber, dayNumber, isDay, readDay, utcDateToDay } from '../days.ts';
export { allotted, allowanceFor, roundAmount } from './allowance.ts';
export type { Entry, EntryIssue, EntryResult } from './entries.ts';
export { EARLIEST_DAY, entryContext, findBenefit, readEntry } from './entries.ts';
export { formatAmount, remainingCell, statusText } from './messages.ts';
export type { PeriodSpan } from './periods.ts';
export { periodOf, shiftPeriod } from './periods.ts';
export type { LedgerEvaluation, LedgerInput, Quota, RowStatus } from './quota.ts';
export { evaluateLog, quotaOn, quotaOverview, usageKey } from './quota.ts';
export type { TierTimeline, TimelineInput } from './timeline.ts';
export { buildTierTimeline } from './timeline.ts';
export type { LedgerBenefit, LedgerSettings, LocalText, PeriodSetting } from './types.ts';
