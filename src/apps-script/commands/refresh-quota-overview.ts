// Menu command "Refresh quota overview": rebuilds the Quota overview sheet for the current period.
import { COMMAND_WORDS } from '../../core/wording/commands.ts';
import { runLocked } from '../adapters/automatic/pending-edits.ts';
import { userLang } from '../adapters/document/session.ts';
import { refreshQuotaOverview } from '../adapters/ledger/overview.ts';
import { readLedgerSources } from '../adapters/ledger/sources.ts';
import { toast, toastBusy } from './feedback.ts';

/** Menu: Refresh quota overview. */
export function refreshQuotaOverviewCommand(): void {
  const spreadsheet = SpreadsheetApp.getActive();
  const lang = userLang();
  const properties = PropertiesService.getDocumentProperties();
  const locked = runLocked(lang, () =>
    refreshQuotaOverview(spreadsheet, readLedgerSources(spreadsheet, lang, { properties })),
  );
  if (!locked.ok) {
    toastBusy(lang);
    return;
  }
  const { customers, overQuota, period } = locked.value;
  toast(COMMAND_WORDS.quotaRefreshed(period, customers, overQuota)[lang], lang);
}
