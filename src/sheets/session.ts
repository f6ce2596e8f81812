// The user's language as Apps Script reports it. Session needs no authorisation, so this also works in
// onOpen under AuthMode.NONE and in custom functions.
import { type Lang, langFromLocale } from '../core/locale.ts';

/** The active user's language, falling back to English when Apps Script gives no locale. */
export function userLang(session: GoogleAppsScript.Base.Session = Session): Lang {
  return langFromLocale(session.getActiveUserLocale());
}
