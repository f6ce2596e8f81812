// The ledger's custom function, =QUOTA_LEFT(customer, benefit, log_range, [date]). It reads settings, the customer
// table and the tier history (reads only, as custom functions may) and recalculates whenever log_range changes
// (docs/apps-script.md: Custom functions).
import { customerKey, type DayResult, evaluateLog, findBenefit, quotaOn, readDay } from '../../core/ledger/index.ts';
import { QUOTA_NEEDS_LOG_RANGE } from '../../core/wording/formulas.ts';
import { ISSUE_TEXT, LEDGER_WORDS } from '../../core/wording/ledger.ts';
import { userLang } from '../adapters/document/session.ts';
import { readLedgerSources } from '../adapters/ledger/sources.ts';
import { unknownBenefitError } from './tier-benefit.ts';

/**
 * Remaining allowance of one customer and benefit on a day (default today), in that day's period: a number for
 * money and times (negative when over quota), "Included" / "Not included" for a perk. Throws a clear zh/en message
 * for an unknown customer or benefit, a bad date or a log that is not a range.
 */
export function quotaLeft(customer: unknown, benefit: unknown, logRange: unknown, date: unknown): number | string {
  const lang = userLang();
  if (!Array.isArray(logRange) || !logRange.every(Array.isArray)) throw new Error(QUOTA_NEEDS_LOG_RANGE[lang]);
  const spreadsheet = SpreadsheetApp.getActive();
  const sources = readLedgerSources(spreadsheet, lang, { properties: PropertiesService.getDocumentProperties() });
  const found = findBenefit(sources.settings.benefits, benefit);
  if (!found) throw unknownBenefitError(sources.settings, benefit, lang);
  const names = sources.customers?.names;
  const wanted = customerKey(customer);
  if (wanted === '' || (names && !names.some(n => customerKey(n) === wanted))) {
    throw new Error(ISSUE_TEXT.unknown_customer(String(customer ?? ''))[lang]);
  }
  const day: DayResult =
    date === undefined || date === '' ? { ok: true, day: sources.days.today } : readDay(date, sources.days.toDay);
  if (!day.ok) throw new Error(ISSUE_TEXT.not_a_date(String(date))[lang]);
  const input = { settings: sources.settings, timeline: sources.timeline };
  const evaluation = evaluateLog({
    ...input,
    rows: logRange,
    customers: null,
    today: sources.days.today,
    toDay: sources.days.toDay,
  });
  const quota = quotaOn(evaluation, input, customer, found, day.day);
  if (quota.remaining !== null) return quota.remaining;
  return (quota.allotted >= 1 ? LEDGER_WORDS.included : LEDGER_WORDS.notIncluded)[lang];
}
