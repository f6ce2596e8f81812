// The ledger's custom function, =QUOTA_LEFT(customer, benefit, log_range, [date]). It reads settings, the customer
// table and the tier history (reads only, as custom functions may) and recalculates whenever log_range changes.
import {
  customerKey,
  type DayResult,
  evaluateLog,
  LEDGER_WORDS,
  type LocalText,
  quotaOn,
  readDay,
} from './core/ledger/index.ts';
import { readLedgerSources } from './sheets/ledger-sources.ts';
import { userLang } from './sheets/session.ts';

const NEEDS_RANGE: LocalText = {
  zh: 'QUOTA_LEFT 的第 3 个参数必须是权益使用记录的区域，例如 权益使用记录!A2:E',
  en: "QUOTA_LEFT needs the benefit log range as its 3rd argument, e.g. 'Benefit log'!A2:E",
};

/**
 * Remaining allowance of one customer and benefit on a day (default today), in that day's period: a number for
 * money and times (negative when over quota), "Included" / "Not included" for a perk. Throws a clear zh/en message
 * for an unknown customer or benefit, a bad date or a log that is not a range.
 */
export function quotaLeft(customer: unknown, benefit: unknown, logRange: unknown, date: unknown): number | string {
  const lang = userLang();
  if (!Array.isArray(logRange) || !logRange.every(Array.isArray)) throw new Error(NEEDS_RANGE[lang]);
  const spreadsheet = SpreadsheetApp.getActive();
  const sources = readLedgerSources(spreadsheet, lang, { properties: PropertiesService.getDocumentProperties() });
  const wanted = customerKey(benefit);
  const found = sources.settings.benefits.find(b =>
    [b.id, b.label.zh, b.label.en].some(n => customerKey(n) === wanted),
  );
  if (!found) {
    const known = sources.settings.benefits.map(b => b.label[lang]).join(lang === 'zh' ? '、' : ', ');
    throw new Error(
      lang === 'zh'
        ? `未知权益“${String(benefit)}”。可用：${known}`
        : `Unknown benefit "${String(benefit)}". Known: ${known}`,
    );
  }
  const names = sources.customers?.names;
  if (customerKey(customer) === '' || (names && !names.some(n => customerKey(n) === customerKey(customer)))) {
    throw new Error(
      lang === 'zh'
        ? `未知客户“${String(customer)}”（不在客户表中）`
        : `Unknown customer "${String(customer)}" (not in the customer table)`,
    );
  }
  const day: DayResult =
    date === undefined || date === '' ? { ok: true, day: sources.days.today } : readDay(date, sources.days.toDay);
  if (!day.ok)
    throw new Error(lang === 'zh' ? `日期无法识别：“${String(date)}”` : `Date not recognised: "${String(date)}"`);
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
