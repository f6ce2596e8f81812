// Row colours by tier as conditional-format rules: Sheets recolours instantly with no trigger and no runtime.
// setConditionalFormatRules replaces every rule of a sheet, so the user's own rules are read and kept
// (docs/apps-script.md: Spreadsheet behaviour). The add-on's rules are recognised by the formulas it generated last time.
import type { ColourRule } from '../../../core/layout.ts';
import { utf8Length } from '../../../core/settings.ts';

/**
 * Document property holding the formulas of the add-on's rules per sheet name, so the next run on a sheet can tell
 * its own rules there from the user's, whichever other sheets were graded in between. Oldest entry first.
 */
export const COLOUR_RULES_KEY = 'customerTiers.colourRules';

/**
 * Bound of that memory (UTF-8 bytes): well under Properties' 9 KB a value, about 70 graded sheets. A sheet whose entry
 * was dropped still has its rules recognised by their shape and colour (below), so dropping is safe.
 */
const COLOUR_MEMORY_MAX_BYTES = 6 * 1024;
/** Entries checked each run (oldest first) for sheets deleted or renamed since: a constant number of calls. */
const PRUNE_CHECKS = 2;

/**
 * Replaces the add-on's colour rules on `sheet` with `rules`, keeping every other rule in its place and order.
 * Two sheet calls whatever the table size (get rules, set rules). `rememberedJson` is the COLOUR_RULES_KEY value;
 * the return value is the new one (this sheet's entry replaced), for the caller to store with its other properties
 * in one write.
 */
export function applyColourRules(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rules: readonly ColourRule[],
  rememberedJson: string | null | undefined,
  exists: (sheetName: string) => boolean,
  spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp = SpreadsheetApp,
): string {
  const remembered = parseRemembered(rememberedJson ?? null, sheet.getName());
  const ours = new Set<string>(rules.map(rule => rule.formula));
  for (const formula of remembered[sheet.getName()] ?? []) ours.add(formula);
  const shapes = new Set([...ours].map(shapeOf));
  const colours = new Set(rules.map(rule => rule.background.toLowerCase()));
  const kept = sheet.getConditionalFormatRules().filter(rule => {
    const condition = rule.getBooleanCondition();
    const formula = condition?.getCriteriaValues()[0];
    if (typeof formula !== 'string') return true;
    if (ours.has(formula)) return false;
    // After the user inserts, deletes or moves columns Sheets rewrites our formulas ('=$H2="A"', '=#REF!="A"'):
    // still ours when the shape and the tier colour match, or they would pile up as broken "user" rules.
    return !(shapes.has(shapeOf(formula)) && colours.has(String(condition?.getBackground()).toLowerCase()));
  });
  const ranges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  const rangeOf = (a1: string) => ranges.get(a1) ?? ranges.set(a1, sheet.getRange(a1)).get(a1) ?? sheet.getRange(a1);
  const built = rules.map(rule =>
    spreadsheetApp
      .newConditionalFormatRule()
      .whenFormulaSatisfied(rule.formula)
      .setBackground(rule.background)
      .setRanges([rangeOf(rule.a1)])
      .build(),
  );
  // The user's rules go first: in Sheets the first matching rule wins, so their cell highlights stay visible.
  sheet.setConditionalFormatRules([...kept, ...built]);
  return rememberRules(
    remembered,
    sheet.getName(),
    rules.map(rule => rule.formula),
    exists,
  );
}

/**
 * The memory with `sheetName`'s formulas as the newest entry: the oldest PRUNE_CHECKS other entries are dropped when
 * their sheet no longer exists (else moved behind the others, so every entry is checked in turn), then the oldest
 * are dropped until the JSON fits COLOUR_MEMORY_MAX_BYTES.
 */
function rememberRules(
  memory: Readonly<Record<string, string[]>>,
  sheetName: string,
  formulas: readonly string[],
  exists: (sheetName: string) => boolean,
): string {
  const others = Object.entries(memory).filter(([name]) => name !== sheetName);
  const checked = others.slice(0, PRUNE_CHECKS).filter(([name]) => exists(name));
  let entries = [...others.slice(PRUNE_CHECKS), ...checked, [sheetName, [...formulas]] as const];
  let json = JSON.stringify(Object.fromEntries(entries));
  while (utf8Length(json) > COLOUR_MEMORY_MAX_BYTES && entries.length > 1) {
    entries = entries.slice(1);
    json = JSON.stringify(Object.fromEntries(entries));
  }
  return json;
}

/** True when the add-on coloured `sheetName` before: it graded that sheet (and wrote outputs there). */
export function gradedBefore(rememberedJson: string | null | undefined, sheetName: string): boolean {
  const remembered = parseRemembered(rememberedJson ?? null, '');
  return (remembered[sheetName]?.length ?? 0) > 0;
}

/** A rule formula with the Tier cell it tests abstracted: '=$G2="A"', '=$H5="A"' and '=#REF!="A"' all read '=@="A"'. */
function shapeOf(formula: string): string {
  return formula.replace(/^=(?:\$?[A-Z]{1,3}\$?\d+|#REF!)/u, '=@');
}

/** Formulas by sheet name. A plain list is how earlier versions stored the last graded sheet's: taken as this one's. */
function parseRemembered(json: string | null, sheetName: string): Record<string, string[]> {
  if (json === null) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return {};
  }
  if (Array.isArray(parsed)) return { [sheetName]: formulasIn(parsed) };
  if (typeof parsed !== 'object' || parsed === null) return {};
  return Object.fromEntries(Object.entries(parsed).map(([name, list]) => [name, formulasIn(list)]));
}

function formulasIn(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string') : [];
}
