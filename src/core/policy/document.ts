// The grading policy a boss can sign, built from the saved settings alone: every dimension with its
// weight and scale, how scores become grades, the capping rules, the benefits per grade, review and overrides.
// Pure: the sheet and the printable dialog lay out the same document.
import type { Lang } from '../locale.ts';
import { formatNumber, formatValue } from '../reason.ts';
import type { Benefit, Dimension, Gate, LocalText, Settings } from '../settings-schema.ts';
import { POLICY_WORDS as W } from '../wording/policy.ts';

/** One article: its heading ('Article 3. What is graded') and paragraphs; items of a list are paragraphs of their own. */
export type PolicyArticle = { readonly heading: string; readonly paragraphs: readonly string[] };

export type PolicyDocument = {
  readonly title: string;
  /** Which settings version it was built from and when: the document is out of date when they change. */
  readonly stamp: string;
  readonly articles: readonly PolicyArticle[];
  /** Blank lines to sign: prepared by, approved by, date. */
  readonly signatures: readonly string[];
};

export type PolicyStamp = {
  /** The settings version saved in the document (the number the sidebar's save bumps). */
  readonly settingsVersion: number;
  /** Generation day, yyyy-mm-dd, in the spreadsheet's time zone. */
  readonly generated: string;
  /** Day the policy takes effect, yyyy-mm-dd. */
  readonly effective: string;
  /** The customer table's sheet name, when known. */
  readonly sheetName: string;
};

/** The whole policy in one language. Never throws for valid settings. */
export function policyDocument(settings: Settings, lang: Lang, stamp: PolicyStamp): PolicyDocument {
  const pick = (text: LocalText): string => text[lang];
  const subjects: [LocalText, string[]][] = [
    [W.purposeSubject, [pick(W.purpose)]],
    [W.scopeSubject, [pick(W.scope(stamp.sheetName || settings.sheetName))]],
    [W.dimensionsSubject, dimensionParagraphs(settings, lang)],
    [W.tiersSubject, [pick(tiersText(settings, lang))]],
    [W.rulesSubject, ruleParagraphs(settings, lang)],
    [W.benefitsSubject, benefitParagraphs(settings, lang)],
    [
      W.reviewSubject,
      [pick(W.review), pick(settings.graceSnapshots > 0 ? W.grace(settings.graceSnapshots) : W.noGrace)],
    ],
    [W.overridesSubject, [pick(W.overrides)]],
    [W.effectSubject, [pick(W.effect(stamp.effective))]],
  ];
  return {
    title: pick(W.title),
    stamp: pick(W.stamp(stamp.settingsVersion, stamp.generated)),
    articles: subjects.map(([subject, paragraphs], i) => ({ heading: pick(W.article(i + 1, subject)), paragraphs })),
    signatures: W.signatures.map(pick),
  };
}

/** A threshold in its dimension's unit: '¥1,000,000', '90 days', '12.5%'. */
function valueText(dimension: Dimension, value: number, currency: string, lang: Lang): string {
  const text = formatValue(value, dimension.unit, currency);
  return dimension.unit === 'days' ? W.days(text)[lang] : text;
}

function dimensionParagraphs(settings: Settings, lang: Lang): string[] {
  const weighted = settings.dimensions.filter(d => d.weight > 0);
  const total = weighted.reduce((sum, d) => sum + d.weight, 0);
  const lines = weighted.map((d, i) => {
    const weight = formatNumber((d.weight * 100) / total, 1);
    const text = W.dimension(d.label, weight, scaleText(d, settings.currency, lang), W.missing[d.missing]);
    return `${W.item(i + 1)[lang]}${text[lang]}`;
  });
  const unweighted = settings.dimensions.filter(d => d.weight <= 0);
  const tail = unweighted.length
    ? [`${W.unweighted[lang]}${unweighted.map(d => d.label[lang]).join(W.listJoin[lang])}`]
    : [];
  return [W.dimensionsIntro(weighted.length)[lang], ...lines, ...tail];
}

function scaleText(d: Dimension, currency: string, lang: Lang): LocalText {
  const n = d.normalisation;
  if (n.kind === 'percentile') return W.percentile(d.direction);
  if (n.kind === 'minmax') return W.minmax(d.direction);
  if (n.kind === 'categories') {
    const words = (l: Lang) =>
      n.categories.map(c => W.category(c.words.join(W.listJoin[l]), formatNumber(c.score, 1))[l]).join(W.bandsJoin[l]);
    return W.categories(words('zh'), words('en'));
  }
  const band = d.direction === 'higher' ? W.bandHigher : W.bandLower;
  const parts = n.bands.map(b => band(valueText(d, b.threshold, currency, lang), formatNumber(b.points, 1)));
  const otherwise = W.bandsOtherwise(formatNumber(n.otherwise, 1));
  const join = (l: Lang) => `${[...parts.map(p => p[l]), otherwise[l]].join(W.bandsJoin[l])}`;
  return { zh: join('zh'), en: join('en') };
}

function tiersText(settings: Settings, lang: Lang): LocalText {
  const names = settings.tiers.map(tier => tier.name);
  const last = names[names.length - 1] ?? '';
  const method = settings.method;
  if (method.kind === 'cutoffs') {
    return W.cutoffs(
      method.cutoffs.map((points, k) => W.cutoff(names[k] ?? '', formatNumber(points, 1))),
      last,
    );
  }
  if (method.kind === 'share') {
    const lines = method.shares.map((share, k) => W.share(names[k] ?? '', formatNumber(share, 1), k === 0));
    return W.shares(lines, last);
  }
  const measure = settings.dimensions.find(d => d.id === method.dimension)?.label[lang] ?? method.dimension;
  return W.pareto(
    measure,
    method.shares.map((percent, k) => W.paretoLine(names[k] ?? '', formatNumber(percent, 1))),
    last,
  );
}

function ruleParagraphs(settings: Settings, lang: Lang): string[] {
  const rules = settings.gates
    .map(gate => ruleText(gate, settings, lang))
    .filter((text): text is string => text !== null);
  if (rules.length === 0) return [W.noRules[lang]];
  return [W.rulesIntro[lang], ...rules.map((text, i) => `${W.item(i + 1)[lang]}${text}`)];
}

/** A capping rule in words; null when its measure or tier is not in the settings (it is left out, not half-printed). */
function ruleText(gate: Gate, settings: Settings, lang: Lang): string | null {
  const dimension = settings.dimensions.find(d => d.id === gate.dimension);
  const tier = settings.tiers[gate.atMost]?.name;
  if (!dimension || tier === undefined) return null;
  const condition = W.conditions[gate.op](valueText(dimension, gate.value, settings.currency, lang));
  return W.rule(dimension.label[lang], condition, tier)[lang];
}

function benefitParagraphs(settings: Settings, lang: Lang): string[] {
  // Each benefit renews on its own period per tier: one shared period is named once, else each line says its own.
  const periods = new Set(settings.benefits.flatMap(b => b.periods));
  const [shared] = periods.size === 1 ? [...periods] : [];
  const fiscal = [...periods].some(p => p !== 'month') && settings.fiscalYearStartMonth !== 1;
  const opening = shared === undefined ? W.benefitsIntroOwnPeriods : W.benefitsIntro(W.periodName[shared]);
  const intro = `${opening[lang]}${fiscal ? W.fiscalStart(settings.fiscalYearStartMonth)[lang] : ''}`;
  const lines = settings.tiers.map((tier, k) => {
    const list = settings.benefits.map(b => benefitText(b, k, settings, lang)).filter(text => text !== null);
    const line = list.length ? W.tierBenefits(tier.name, list) : W.noBenefits(tier.name);
    return `${W.item(k + 1)[lang]}${line[lang]}`;
  });
  return [intro, ...lines, W.benefitLog[lang]];
}

function benefitText(benefit: Benefit, tier: number, settings: Settings, lang: Lang): string | null {
  const allowance = benefit.allowance[tier] ?? 0;
  if (allowance <= 0) return null;
  const period = benefit.periods[tier] ?? 'year';
  if (benefit.kind === 'perk') return W.perkBenefit(benefit.label)[lang];
  if (benefit.kind === 'money') {
    return W.moneyBenefit(benefit.label, formatValue(allowance, 'money', settings.currency), period)[lang];
  }
  return W.timesBenefit(benefit.label, formatNumber(allowance, 2), period)[lang];
}
