// Custom function =TIER_BENEFIT: a benefit's allowance for a tier or a range of tiers, from the saved settings.
import { findBenefit } from '../../core/ledger/index.ts';
import { tierAllowanceCells } from '../../core/ledger/tier-allowance.ts';
import type { Lang } from '../../core/locale.ts';
import type { Settings } from '../../core/settings-schema.ts';
import { unknownBenefitText } from '../../core/wording/formulas.ts';
import { userLang } from '../adapters/document/session.ts';
import { loadSettings } from '../adapters/document/settings-store.ts';

type Cell = string | number | boolean;

/** The allowance of `benefit` (id or label in either language) for each tier name in `tier`. */
export function tierBenefit(tier: unknown, benefit: unknown): Cell | Cell[][] {
  const lang = userLang();
  const { settings, unreadable } = loadSettings(PropertiesService.getDocumentProperties(), lang);
  // A formula has no other way to speak: its error tooltip says the settings cannot be read, even with a backup.
  if (unreadable) throw new Error(unreadable.message[lang]);
  const found = findBenefit(settings.benefits, benefit);
  if (!found) throw unknownBenefitError(settings, benefit, lang);
  return tierAllowanceCells(
    found,
    settings.tiers.map(t => t.name),
    tier,
    lang,
  );
}

/** The formula error for a benefit name that matches none (TIER_BENEFIT, QUOTA_LEFT), listing the ones there are. */
export function unknownBenefitError(settings: Settings, benefit: unknown, lang: Lang): Error {
  const known = settings.benefits.map(b => b.label[lang] || b.id);
  return new Error(unknownBenefitText(String(benefit ?? '').trim(), known)[lang]);
}
