// The two languages the add-on speaks, and how a Sheets/Apps Script locale string maps to one of them.

export type Lang = 'zh' | 'en';

/** 'zh_CN', 'zh-TW', 'zh' → 'zh'; everything else (including '' and unknown values) → 'en'. */
export function langFromLocale(locale: unknown): Lang {
  return typeof locale === 'string' && /^zh(?:[-_]|$)/iu.test(locale.trim()) ? 'zh' : 'en';
}
