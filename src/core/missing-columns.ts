// A dimension the grade depends on whose column is not in the table: found here, with the headers that come
// closest, so no entry point grades on the remaining dimensions without saying so. Pure.
import { splitHeader } from './header-words.ts';
import { HEADER_SYNONYMS, type HeaderMatch } from './headers.ts';
import type { LocalText, Settings } from './settings-schema.ts';

/** One dimension without a column: its label, its share of the weights (%) and up to three likely headers. */
export type MissingColumn = {
  readonly id: string;
  readonly label: LocalText;
  /** Share of the total weight in percent (0 for a dimension used only by a rule or as the Pareto measure). */
  readonly share: number;
  readonly candidates: readonly string[];
};

/** Which needed dimensions have no column, and every non-empty header the table has. */
export type MissingColumns = { readonly dimensions: readonly MissingColumn[]; readonly headers: readonly string[] };

/** Below this similarity a header is not offered as a candidate (bigram overlap of the core words, 0..1). */
const MIN_SIMILARITY = 0.3;

/**
 * The dimensions a grade depends on: those with a weight, the Pareto measure, and those a gate reads. Grading
 * without one of them changes tiers, so it must never happen silently.
 */
export function neededDimensions(settings: Pick<Settings, 'dimensions' | 'gates' | 'method'>): Set<string> {
  const ids = new Set(settings.dimensions.filter(d => d.weight > 0).map(d => d.id));
  for (const g of settings.gates) ids.add(g.dimension);
  if (settings.method.kind === 'pareto') ids.add(settings.method.dimension);
  return ids;
}

/**
 * The needed dimensions whose column `match` did not find, except those in `accepted` (the user chose to grade
 * without them); null when none is missing. Candidates are the unused headers most like the dimension's names.
 */
export function findMissingColumns(
  headers: readonly unknown[],
  match: HeaderMatch,
  settings: Settings,
  accepted: readonly string[] = [],
): MissingColumns | null {
  const needed = neededDimensions(settings);
  const totalWeight = settings.dimensions.reduce((sum, d) => sum + d.weight, 0);
  const used = new Set([match.customer, ...match.dimensions].filter((c): c is number => c !== null));
  const free = headers.flatMap((h, i) => (!used.has(i) && headerText(h) !== '' ? [headerText(h)] : []));
  const dimensions = settings.dimensions.flatMap((d, i): MissingColumn[] => {
    if (match.dimensions[i] !== null || !needed.has(d.id) || accepted.includes(d.id)) return [];
    const names = [...d.headers, d.label.zh, d.label.en, ...(HEADER_SYNONYMS[d.id] ?? [])];
    const share = totalWeight > 0 ? Math.round((100 * d.weight) / totalWeight) : 0;
    return [{ id: d.id, label: d.label, share, candidates: closest(free, names) }];
  });
  if (dimensions.length === 0) return null;
  return { dimensions, headers: headers.map(headerText).filter(h => h !== '') };
}

function headerText(h: unknown): string {
  return typeof h === 'string' || typeof h === 'number' ? String(h).trim() : '';
}

/** Up to three headers, most similar first, whose core word shares enough of a name's character pairs. */
function closest(headers: readonly string[], names: readonly string[]): string[] {
  const nameGrams = names.map(n => bigrams(splitHeader(n).core));
  return headers
    .map(h => {
      const grams = bigrams(splitHeader(h).core);
      return { h, score: Math.max(0, ...nameGrams.map(g => dice(grams, g))) };
    })
    .filter(c => c.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map(c => c.h);
}

function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => `${chars[i]}${c}`);
}

/** Dice coefficient of two bigram lists: 2 × shared / total. */
function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const pool = [...b];
  let shared = 0;
  for (const g of a) {
    const at = pool.indexOf(g);
    if (at >= 0) {
      shared++;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
