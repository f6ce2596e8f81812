// Custom function =SERVICE_DUE(customer, [log_range]): the open items of one customer in the current period, one per
// line, as the service plan lists them. Reads only (settings, customer table, tier history, the log), as custom
// functions may; with log_range it recalculates when the log changes (docs/apps-script.md: Custom functions).
import { customerKey } from '../../core/customers.ts';
import { dueLines } from '../../core/service-plan/due.ts';
import { ISSUE_TEXT } from '../../core/wording/ledger.ts';
import { SERVICE_PLAN_WORDS } from '../../core/wording/service-plan.ts';
import { ADDON_SHEETS_KEY, addonSheetIds } from '../adapters/document/addon-sheet.ts';
import { userLang } from '../adapters/document/session.ts';
import { readLedgerSources } from '../adapters/ledger/sources.ts';
import { logRows, planItems } from '../adapters/service-plan/plan-sheet.ts';

/**
 * One customer's open items as a column of texts ('Free samples: ¥1,200 left (…), 31 days left'), or one line saying
 * nothing is open or the customer has no tier. Throws a clear zh/en message for a customer not in the table.
 */
export function serviceDue(customer: unknown, logRange: unknown): string[][] {
  const lang = userLang();
  const spreadsheet = SpreadsheetApp.getActive();
  const properties = PropertiesService.getDocumentProperties();
  const sources = readLedgerSources(spreadsheet, lang, { properties });
  const wanted = customerKey(customer);
  const names = sources.customers?.names ?? [];
  const at = wanted === '' ? -1 : names.findIndex(n => customerKey(n) === wanted);
  if (at < 0) throw new Error(ISSUE_TEXT.unknown_customer(String(customer ?? ''))[lang]);
  if (String(sources.customers?.tiers[at] ?? '').trim() === '') {
    return [[SERVICE_PLAN_WORDS.noTier(String(names[at]))[lang]]];
  }
  // Without log_range the add-on's log is read by its remembered id: a custom function may not adopt or record a sheet.
  const given = Array.isArray(logRange) && logRange.every(Array.isArray);
  const id = addonSheetIds(properties.getProperty(ADDON_SHEETS_KEY)).log;
  const rows = given ? logRange : logRows(id === undefined ? null : spreadsheet.getSheetById(id));
  const items = (planItems(sources, rows) ?? []).filter(i => customerKey(i.customer) === wanted);
  const lines = dueLines(items, sources.settings.currency, lang);
  return (lines.length ? lines : [SERVICE_PLAN_WORDS.nothingOpen[lang]]).map(line => [line]);
}
