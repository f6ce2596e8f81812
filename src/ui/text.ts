// The sidebar's words in the user's language: placeholders filled in, texts read from the wording catalogue
// (src/core/wording/sidebar.ts).
import type { Lang } from '../core/locale.ts';
import type { LocalText } from '../core/settings.ts';
import { SIDEBAR_TEXT } from '../core/wording/sidebar.ts';

/** A key of the sidebar's vocabulary. */
export type TextKey = keyof typeof SIDEBAR_TEXT;

/** The text for `key` in both languages, with `{name}` placeholders filled from `vars`. */
export function both(key: TextKey, vars: Readonly<Record<string, string | number>> = {}): LocalText {
  return { zh: tx(key, 'zh', vars), en: tx(key, 'en', vars) };
}

/** The text for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function tx(key: TextKey, lang: Lang, vars: Readonly<Record<string, string | number>> = {}): string {
  return SIDEBAR_TEXT[key][lang].replace(/\{(\w+)\}/gu, (whole, name: string) => String(vars[name] ?? whole));
}
