// Menu command "Service plan": rebuilds the service plan sheet (what each customer's tier still has open this
// period, per salesperson) and says how many items are open.
import { SERVICE_PLAN_WORDS } from '../../core/wording/service-plan.ts';
import { runLocked } from '../adapters/automatic/pending-edits.ts';
import { userLang } from '../adapters/document/session.ts';
import { readLedgerSources } from '../adapters/ledger/sources.ts';
import { writeServicePlan } from '../adapters/service-plan/plan-sheet.ts';
import { alertText, toast, toastBusy } from './feedback.ts';

/** Menu: Service plan. */
export function showServicePlanCommand(): void {
  const spreadsheet = SpreadsheetApp.getActive();
  const lang = userLang();
  const properties = PropertiesService.getDocumentProperties();
  const locked = runLocked(lang, () =>
    writeServicePlan(spreadsheet, readLedgerSources(spreadsheet, lang, { properties }), properties),
  );
  if (!locked.ok) {
    toastBusy(lang);
    return;
  }
  const outcome = locked.value;
  if (!outcome.ok) {
    alertText((outcome.code === 'no_table' ? SERVICE_PLAN_WORDS.noTable : SERVICE_PLAN_WORDS.noTiers)[lang], lang);
    return;
  }
  toast(SERVICE_PLAN_WORDS.written(outcome.items, outcome.customers)[lang], lang);
}
