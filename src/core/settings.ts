// The settings model: validation (schema plus cross-field rules) with zh/en messages that name the field,
// and migration of older documents. Shared by the server, the sidebar and the CLI.
import * as v from 'valibot';
import { repeatedWords } from './categories.ts';
import { migrateSettings } from './migrate-settings.ts';
import { idleGates } from './rule-reach.ts';
import {
  type LocalText,
  type Requirement,
  SETTINGS_MAX_BYTES,
  SETTINGS_VERSION,
  type Settings,
  SettingsSchema,
} from './settings-schema.ts';
import { CATEGORY_ISSUES, type CategoryIssueCode } from './wording/categories.ts';
import {
  CROSS_FIELD,
  type CrossFieldCode,
  FIELD_NAMES,
  fieldMessage,
  ITEM_NAMES,
  itemFallbackName,
  NOT_JSON,
  REQUIREMENTS,
} from './wording/settings.ts';

export type {
  Band,
  Benefit,
  Dimension,
  GateOp,
  LocalText,
  Method,
  Normalisation,
  PeriodLength,
  PresetName,
  Settings,
  Tier,
} from './settings-schema.ts';
export { SETTINGS_MAX_BYTES } from './settings-schema.ts';
export { migrateSettings };

/** One problem in a settings document: where ('dimensions.1.weight'), a stable code, and zh/en text naming the field. */
export type SettingsIssue = {
  readonly path: string;
  readonly code: Requirement | CrossFieldCode | CategoryIssueCode;
  readonly message: LocalText;
};

/**
 * A valid document may still carry warnings: things that are allowed but do nothing (a gate that can never change a
 * tier). They never block saving.
 */
export type SettingsResult =
  | { ok: true; settings: Settings; warnings: SettingsIssue[] }
  | { ok: false; issues: SettingsIssue[] };

/**
 * Checks a version-1 settings document: shape (valibot) first, then the rules that span fields (cut-off count,
 * shares, dimension references, allowance lengths, unique ids). Never throws; never migrates (see `readSettings`).
 */
export function validateSettings(input: unknown): SettingsResult {
  if (isRecord(input) && typeof input.version === 'number' && input.version > SETTINGS_VERSION) {
    return { ok: false, issues: [issue(input, ['version'], 'newer_version', CROSS_FIELD.newer_version({}))] };
  }
  const parsed = v.safeParse(SettingsSchema, input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.issues.map(i => {
        const path = (i.path ?? []).map(item => item.key).filter(isKey);
        // valibot reports a missing key with the parent object's message; say "is required" instead.
        const missingKey = i.type === 'object' && i.input === undefined && path.length > 0;
        const code = missingKey ? 'required' : isRequirement(i.message) ? i.message : 'choice';
        return issue(input, path, code, REQUIREMENTS[code]);
      }),
    };
  }
  const issues = [...crossFieldIssues(parsed.output), ...categoryIssues(parsed.output)];
  if (issues.length > 0) return { ok: false, issues };
  // Checked on what gets stored: a document the schema allows can still be too big for one Properties value.
  const bytes = utf8Length(JSON.stringify(parsed.output));
  if (bytes > SETTINGS_MAX_BYTES) {
    return { ok: false, issues: [issue(input, [], 'too_large', CROSS_FIELD.too_large({ n: bytes }))] };
  }
  const warnings = idleGates(parsed.output).map(g =>
    issue(parsed.output, ['gates', g.index], 'gate_never_fires', CROSS_FIELD.gate_never_fires({ n: g.bestScore })),
  );
  return { ok: true, settings: parsed.output, warnings };
}

/** Migrates an older document to the current version, then validates it: what to call on JSON read from storage. */
export function readSettings(doc: unknown): SettingsResult {
  return validateSettings(migrateSettings(doc));
}

/** Parses a JSON text (e.g. a `--settings` file or a Properties value) and reads it; bad JSON is an issue, not a throw. */
export function readSettingsJson(json: string): SettingsResult {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return { ok: false, issues: [{ path: '', code: 'object', message: NOT_JSON }] };
  }
  return readSettings(doc);
}

function crossFieldIssues(s: Settings): SettingsIssue[] {
  const out: SettingsIssue[] = [];
  const add = (path: (string | number)[], code: CrossFieldCode, n?: number) =>
    out.push(issue(s, path, code, CROSS_FIELD[code](n === undefined ? {} : { n })));
  const tierCount = s.tiers.length;

  const ids = new Set<string>();
  s.dimensions.forEach((d, i) => {
    if (ids.has(d.id)) add(['dimensions', i, 'id'], 'duplicate_id');
    ids.add(d.id);
    if (
      d.normalisation.kind === 'bands' &&
      !bandsOrdered(d.normalisation.bands, d.normalisation.otherwise, d.direction)
    ) {
      add(['dimensions', i, 'normalisation', 'bands'], 'bands_order');
    }
  });
  if (!s.dimensions.some(d => d.weight > 0)) add(['dimensions'], 'no_weight');

  const names = new Set<string>();
  s.tiers.forEach((tier, i) => {
    if (names.has(tier.name)) add(['tiers', i, 'name'], 'duplicate_name');
    names.add(tier.name);
  });

  const m = s.method;
  if (m.kind === 'cutoffs') {
    if (m.cutoffs.length !== tierCount - 1) add(['method', 'cutoffs'], 'cutoffs_count', tierCount - 1);
    else if (!m.cutoffs.every((c, i) => i === 0 || c < (m.cutoffs[i - 1] ?? Number.NaN))) {
      add(['method', 'cutoffs'], 'cutoffs_order');
    }
  } else if (m.kind === 'share') {
    if (m.shares.length !== tierCount - 1) add(['method', 'shares'], 'shares_count', tierCount - 1);
    else if (m.shares.reduce((a, b) => a + b, 0) > 100) add(['method', 'shares'], 'shares_sum');
  } else {
    const ascending = m.shares.every((c, i) => c > 0 && (i === 0 || c > (m.shares[i - 1] ?? Number.NaN)));
    if (m.shares.length < 1 || m.shares.length > tierCount - 1 || !ascending) {
      add(['method', 'shares'], 'pareto_order', tierCount - 1);
    }
    const dim = s.dimensions.find(d => d.id === m.dimension);
    if (!dim) add(['method', 'dimension'], 'unknown_dimension');
    else if (dim.direction !== 'higher') add(['method', 'dimension'], 'pareto_direction');
  }

  s.gates.forEach((g, i) => {
    if (!ids.has(g.dimension)) add(['gates', i, 'dimension'], 'unknown_dimension');
    if (g.atMost >= tierCount) add(['gates', i, 'atMost'], 'tier_index', tierCount - 1);
  });

  const benefitIds = new Set<string>();
  s.benefits.forEach((b, i) => {
    if (benefitIds.has(b.id)) add(['benefits', i, 'id'], 'duplicate_id');
    benefitIds.add(b.id);
    if (b.periods.length !== tierCount) add(['benefits', i, 'periods'], 'periods_length', tierCount);
    if (b.allowance.length !== tierCount) add(['benefits', i, 'allowance'], 'allowance_length', tierCount);
    else if (b.kind === 'perk' && !b.allowance.every(a => a === 0 || a === 1)) {
      add(['benefits', i, 'allowance'], 'perk_allowance');
    }
  });
  return out;
}

/** Word tables: a categorical dimension reads words and only words are scored by a table; no word in two categories. */
function categoryIssues(s: Settings): SettingsIssue[] {
  const out: SettingsIssue[] = [];
  const add = (path: (string | number)[], code: CategoryIssueCode, word = '') =>
    out.push(issue(s, path, code, CATEGORY_ISSUES[code](word)));
  s.dimensions.forEach((d, i) => {
    const norm = d.normalisation;
    if ((d.valueType === 'category') !== (norm.kind === 'categories'))
      add(['dimensions', i, 'valueType'], 'category_mismatch');
    if (norm.kind !== 'categories') return;
    for (const r of repeatedWords(norm.categories)) {
      add(['dimensions', i, 'normalisation', 'categories', r.category, 'words', r.word], 'category_repeat', r.text);
    }
  });
  return out;
}

/** Bands must describe a points function that never rewards a worse value: needed for the monotonicity invariant. */
function bandsOrdered(
  bands: readonly { threshold: number; points: number }[],
  otherwise: number,
  direction: 'higher' | 'lower',
): boolean {
  for (let i = 1; i < bands.length; i++) {
    const prev = bands[i - 1];
    const cur = bands[i];
    if (!prev || !cur) return false;
    const thresholdsOk = direction === 'higher' ? cur.threshold < prev.threshold : cur.threshold > prev.threshold;
    if (!thresholdsOk || cur.points > prev.points) return false;
  }
  const last = bands[bands.length - 1];
  return last !== undefined && otherwise <= last.points;
}

/** Builds the issue for a path, describing each step with the document's own labels where it has them. */
function issue(doc: unknown, path: readonly (string | number)[], code: SettingsIssue['code'], problem: LocalText) {
  const parts: LocalText[] = [];
  let node: unknown = doc;
  let lastKey: string | null = null;
  for (const key of path) {
    const child = childOf(node, key);
    if (typeof key === 'number' && lastKey !== null) {
      const itemName = ITEM_NAMES[lastKey];
      const name = labelOf(lastKey, child, doc, key);
      if (itemName) {
        parts.pop();
        parts.push(itemName(key + 1, name));
      } else {
        parts.push(itemFallbackName(key + 1));
      }
    } else if (typeof key === 'string') {
      // 'label.zh' reads "Chinese label", not "label Chinese label".
      if ((key === 'zh' || key === 'en') && lastKey === 'label') parts.pop();
      const field = FIELD_NAMES[key];
      parts.push(field ?? { zh: key, en: key });
      lastKey = key;
    }
    node = child;
  }
  return { path: path.join('.'), code, message: fieldMessage(parts, problem) } satisfies SettingsIssue;
}

function labelOf(listKey: string, item: unknown, doc: unknown, index: number): LocalText | null {
  if (listKey === 'allowance' || listKey === 'periods') {
    const tier = isRecord(doc) && Array.isArray(doc.tiers) ? doc.tiers[index] : undefined;
    return isRecord(tier) && typeof tier.name === 'string' ? { zh: tier.name, en: tier.name } : null;
  }
  if (!isRecord(item)) return null;
  // A category is named by its first word.
  if (listKey === 'categories' && Array.isArray(item.words) && typeof item.words[0] === 'string') {
    return { zh: item.words[0], en: item.words[0] };
  }
  if (typeof item.name === 'string') return item.name.trim() === '' ? null : { zh: item.name, en: item.name };
  const label = item.label;
  if (!isRecord(label)) return null;
  // Either language stands in for the other when one is missing, empty or not text.
  const zh = typeof label.zh === 'string' ? label.zh : '';
  const en = typeof label.en === 'string' ? label.en : '';
  return zh === '' && en === '' ? null : { zh: zh || en, en: en || zh };
}

/** UTF-8 size of a string (no TextEncoder in Apps Script). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    // A surrogate pair is one 4-byte character: 2 bytes for each half.
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function childOf(node: unknown, key: string | number): unknown {
  if (Array.isArray(node) && typeof key === 'number') return node[key];
  if (isRecord(node) && typeof key === 'string') return node[key];
  return undefined;
}

function isKey(k: unknown): k is string | number {
  return typeof k === 'string' || typeof k === 'number';
}

function isRequirement(m: string): m is Requirement {
  return Object.hasOwn(REQUIREMENTS, m);
}
