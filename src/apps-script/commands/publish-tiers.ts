// Menu command "Publish tiers for this period" (review cycle): freezes the customer table's current tiers as the
// official ones from today, in the "Published tiers" record; benefits, quotas, the service plan and notices then
// follow them. Refuses without a review cycle; a second publication in the same period is asked for first.
import type { PeriodSpan } from '../../core/ledger/periods.ts';
import type { Lang } from '../../core/locale.ts';
import { newPublication, type Publication, publicationsInPeriod, reviewPeriod } from '../../core/publish/published.ts';
import { MENU_WORDS } from '../../core/wording/menu.ts';
import { PUBLISH_WORDS } from '../../core/wording/publish.ts';
import { appendAddonLog } from '../adapters/automatic/daily-run.ts';
import { runLocked } from '../adapters/automatic/pending-edits.ts';
import { findAddonSheet } from '../adapters/document/addon-sheet.ts';
import { userLang } from '../adapters/document/session.ts';
import { type LedgerSources, readLedgerSources } from '../adapters/ledger/sources.ts';
import { appendPublication, readPublicationRecord } from '../adapters/publish/record-sheet.ts';
import { currentServices, recompute } from '../adapters/table/recompute.ts';
import { alertText, toast, toastBusy } from './feedback.ts';

type Plan =
  | { readonly ok: true; readonly sources: LedgerSources; readonly earlier: Publication | null }
  | { readonly ok: false; readonly text: string };

/** Menu: Publish tiers for this period. */
export function publishTiersCommand(lang: Lang = userLang()): void {
  const spreadsheet = SpreadsheetApp.getActive();
  const properties = PropertiesService.getDocumentProperties();
  // Checked and asked outside the lock: an open question must not keep edits and the daily run waiting.
  const checked = plan(spreadsheet, properties, lang);
  if (!checked.ok) {
    alertText(checked.text, lang);
    return;
  }
  if (checked.earlier) {
    const ui = SpreadsheetApp.getUi();
    const { label } = periodOf(checked.sources);
    const question = PUBLISH_WORDS.again(label[lang], checked.earlier.day)[lang];
    if (ui.alert(MENU_WORDS.helpTitle[lang], question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
  }
  const locked = runLocked(lang, () => {
    const again = plan(spreadsheet, properties, lang); // read again under the lock: the table may have moved
    if (!again.ok) return again;
    const { sources } = again;
    const all = readPublicationRecord(spreadsheet, properties, sources.days.toDay);
    const number = all.reduce((n, p) => Math.max(n, p.number), 0) + 1;
    const publication = candidate(sources, activeEmail(), number);
    const label = periodOf(sources).label[lang];
    appendPublication(spreadsheet, properties, publication, label, lang);
    // The Why's "published B · now A" notes of an earlier publication no longer hold.
    recompute(currentServices(), lang, 'remembered');
    return { ok: true as const, label, count: publication.rows.length, by: publication.by };
  });
  if (!locked.ok) {
    toastBusy(lang);
    return;
  }
  const done = locked.value;
  if (!done.ok) {
    alertText(done.text, lang);
    return;
  }
  toast(PUBLISH_WORDS.published(done.label, done.count)[lang], lang);
  if (findAddonSheet(spreadsheet, 'addonLog', properties)) {
    const details = PUBLISH_WORDS.logLine(done.label, done.count, done.by)[lang];
    const clock = { now: new Date(), timeZone: spreadsheet.getSpreadsheetTimeZone() };
    appendAddonLog(spreadsheet, MENU_WORDS.menuPublish[lang], { outcome: 'ok', details }, lang, clock);
  }
}

/** What would be published, or why nothing can be; `earlier`: the last publication of the same review period. */
function plan(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  properties: GoogleAppsScript.Properties.Properties,
  lang: Lang,
): Plan {
  const sources = readLedgerSources(spreadsheet, lang, { properties });
  if (!sources.settings.reviewCycle) return { ok: false, text: PUBLISH_WORDS.noCycle[lang] };
  if (candidate(sources, '', 0).rows.length === 0) return { ok: false, text: PUBLISH_WORDS.noTiers[lang] };
  const period = periodOf(sources);
  const inPeriod = publicationsInPeriod(readPublicationRecord(spreadsheet, properties, sources.days.toDay), period);
  return { ok: true, sources, earlier: inPeriod.at(-1) ?? null };
}

/** The table's current Tier column as a publication. */
function candidate(sources: LedgerSources, by: string, number: number): Publication {
  const customers = sources.customers;
  const current = (customers?.names ?? []).map((name, i) => [name, customers?.tiers[i]] as const);
  const tierNames = sources.settings.tiers.map(t => t.name);
  return newPublication(current, tierNames, sources.days.today, by, number);
}

function periodOf(sources: LedgerSources): PeriodSpan {
  const { settings, days } = sources;
  return reviewPeriod(days.today, settings.reviewCycle ?? 'year', settings.fiscalYearStartMonth);
}

/** The publisher's email when Apps Script gives one (it needs the userinfo.email scope, which the add-on does not ask for), else ''. */
function activeEmail(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch {
    return '';
  }
}
