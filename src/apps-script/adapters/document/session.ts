// The user's language as Apps Script reports it. Session needs no authorisation, so this also works in
// onOpen under AuthMode.NONE and in custom functions (docs/apps-script.md: Authorization modes).
import { type Lang, langFromLocale } from '../../../core/locale.ts';

/** For onOpen: in AuthMode.NONE the spreadsheet cannot be read, so there is no locale to fall back on. */
export const NO_FALLBACK = (): string => '';

/**
 * The active user's language. Some executions get no user locale (a time-driven run has no active user; a custom
 * function may get ''): then the spreadsheet's locale decides, and English when that is unknown too. Every command,
 * trigger and formula asks here, so one execution never mixes languages.
 */
export function userLang(
  spreadsheetLocale: () => string = () => SpreadsheetApp.getActive().getSpreadsheetLocale(),
  session: GoogleAppsScript.Base.Session = Session,
): Lang {
  const user = session.getActiveUserLocale();
  return langFromLocale(user !== '' ? user : spreadsheetLocale());
}
