// The benefits and quota ledger: periods, allowances and proration, entry checks, quotas. Pure: no Apps Script.

export { customerKey } from '../customers.ts';
export type { DayResult } from '../days.ts';
export { dayFromNumber, dayNumber, readDay, utcDateToDay } from '../days.ts';
export { findBenefit } from './entries.ts';
export { remainingCell, statusText } from './messages.ts';
export type { LedgerEvaluation } from './quota.ts';
export { evaluateLog, quotaOn, quotaOverview } from './quota.ts';
export type { TierTimeline } from './timeline.ts';
export { buildTierTimeline } from './timeline.ts';
export type { LedgerSettings, LocalText } from './types.ts';
