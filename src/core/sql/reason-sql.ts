// The Tier and Why columns of the grading query, from the same wording as reason.ts: the tier (or the rule that
// capped it, with the value that triggered it), missing values, the Pareto share, the score with the method's words
// and its three largest contributions; for a row without a tier, what is missing or unreadable. Not the way up
// (the gap needs a search per customer) and amounts are written plainly ('¥1200000.00', not '¥1.2m').
import { knownWords } from '../categories.ts';
import type { Lang } from '../locale.ts';
import { reasonContext } from '../reason.ts';
import type { Settings } from '../settings-schema.ts';
import { CELL_ISSUES, REASON } from '../wording/reason.ts';
import { STATUS_TEXT } from '../wording/table.ts';
import { type Dialect, numberLiteral } from './dialect.ts';
import { type ReadColumn, readExpressions, STATUS } from './values-sql.ts';

const SLOT = '\u0000';
const SLOT2 = '\u0001';

type ReasonSql = { layers: string[]; tier: string; text: string; from: string };

/** The layer with each contribution and its place, and the Tier and Why expressions over it. */
export function reasonColumns(
  d: Dialect,
  settings: Settings,
  read: readonly ReadColumn[],
  options: { readonly lang: Lang; readonly customer: string | null; readonly today: string | null },
  col: (name: string) => string,
): ReasonSql {
  const lang = options.lang;
  const p = reasonContext(settings)[lang];
  const num = numberLiteral(d);
  const text = (s: string) => d.text(s);
  const scored = read.filter(c => c.dim.weight > 0);
  const pick = (index: string, texts: readonly string[]) =>
    `CASE ${index} ${texts.map((t, k) => `WHEN ${k} THEN ${text(t)}`).join(' ')} ELSE '' END`;

  // Contribution = weight ÷ weight sum × points, as result-view's top(); its place: larger first, earlier on ties.
  const contrib = (c: ReadColumn) =>
    `CASE WHEN ct__status = ${STATUS.tiered} AND ct__p${c.k} IS NOT NULL THEN ${d.div(num(c.dim.weight), 'ct__w')} * ct__p${c.k} END`;
  const places = scored.map(c => {
    const ahead = scored
      .filter(o => o !== c)
      .map(
        o => `CASE WHEN ct__c${o.k} > ct__c${c.k}${o.k < c.k ? ` OR ct__c${o.k} = ct__c${c.k}` : ''} THEN 1 ELSE 0 END`,
      );
    return `${ahead.join(' + ') || '0'} AS ${col(`ct__at${c.k}`)}`;
  });
  const layers = [
    `ct__contrib AS (\n  SELECT *${scored.map(c => `,\n    ${contrib(c)} AS ${col(`ct__c${c.k}`)}`).join('')}\n  FROM ct__gated\n)`,
    `ct__placed_contrib AS (\n  SELECT *${places.map(s => `,\n    ${s}`).join('')}\n  FROM ct__contrib\n)`,
  ];
  const item = (t: number) => {
    const whens = scored.map(c => {
      const [before, after] = p.contribution[c.index] ?? ['', ''];
      return `WHEN ct__c${c.k} IS NOT NULL AND ct__at${c.k} = ${t} THEN CONCAT(${text(before)}, ${d.fixed(`ct__c${c.k}`, 1)}, ${text(after)})`;
    });
    return whens.length > 0 ? `CASE ${whens.join(' ')} END` : 'NULL';
  };
  const list = `CASE WHEN ${item(0)} IS NULL THEN '' ELSE CONCAT(${text(p.listOpen)}, ${d.joinNonNull(p.listSeparator, [
    item(0),
    item(1),
    item(2),
  ])}, ${text(p.listClose)}) END`;

  const pareto = settings.method.kind === 'pareto';
  const byId = new Map(read.map(c => [c.dim.id, c]));
  const gatePieces = settings.gates.map((g, i) => {
    const c = byId.get(g.dimension);
    if (!c) return null;
    const [before, after] = p.gate[i] ?? ['', ''];
    return `WHEN ${i} THEN CONCAT(${text(before)}, ${plainAmount(d, `ct__x${c.k}`, c.dim.unit, settings.currency)}, ${text(after)})`;
  });
  const gated = 'ct__gate >= 0';
  const gateText = gatePieces.some(g => g !== null)
    ? `CASE ct__gate ${gatePieces.filter(g => g !== null).join(' ')} END`
    : "''";
  const paretoText = pick('ct__stier', p.pareto);
  const head = pareto
    ? `CASE WHEN ${gated} THEN CONCAT(${gateText}, ${text(p.separator)}, ${paretoText}) ELSE CONCAT(${pick('ct__tier', p.lead)}, ${paretoText}) END`
    : `CASE WHEN ${gated} THEN ${gateText} ELSE ${pick('ct__tier', p.leadAlone)} END`;
  const missing = read
    .filter(c => c.dim.weight > 0)
    .map(c => `CASE WHEN ct__x${c.k} IS NULL THEN ${text(p.separator + (p.missing[c.index] ?? ''))} ELSE '' END`);
  const byScore = `CASE WHEN ${gated} THEN ${pick('ct__stier', p.byScore)} ELSE '' END`;
  const tail = pareto
    ? [byScore]
    : [
        `CASE ct__stier ${p.detail
          .map((s, k) => {
            const [before, after] = s;
            return `WHEN ${k} THEN CONCAT(${text(before)}, ${d.fixed('ct__score', 1)}, ${text(after)})`;
          })
          .join(' ')} ELSE '' END`,
        byScore,
        list,
      ];
  const problems = problemTexts(d, read, options);
  const tieredText = `CONCAT(${[head, ...missing, ...problems.appended, ...tail].join(',\n      ')})`;

  const statusText = STATUS_TEXT;
  const tier = `CASE ct__status WHEN ${STATUS.tiered} THEN ${pick(
    'ct__tier',
    settings.tiers.map(t => t.name),
  )} WHEN ${
    STATUS.insufficient
  } THEN ${text(statusText.insufficient[lang])} WHEN ${STATUS.invalid} THEN ${text(statusText.invalid[lang])} ELSE '' END`;
  const why = `CASE ct__status WHEN ${STATUS.tiered} THEN ${tieredText}\n    WHEN ${STATUS.insufficient} THEN ${problems.insufficient}\n    WHEN ${STATUS.invalid} THEN ${problems.invalid} ELSE '' END`;
  return { layers, tier, text: why, from: 'ct__placed_contrib' };
}

/**
 * Insufficient: the required values that are missing (or that no scored column was found), then sheet errors;
 * invalid: each unreadable cell or sheet error. `appended`: each issue with its separator before it, or ''.
 */
function problemTexts(
  d: Dialect,
  read: readonly ReadColumn[],
  options: { readonly lang: Lang; readonly customer: string | null; readonly today: string | null },
): { insufficient: string; invalid: string; appended: string[] } {
  const lang = options.lang;
  const text = (s: string) => d.text(s);
  const marker = { zh: SLOT, en: SLOT };
  const [prefix, rest] = slotted(REASON.insufficient([marker, { zh: SLOT2, en: SLOT2 }])[lang]);
  const [listSep, suffix] = rest.split(SLOT2) as [string, string];
  const required = read
    .filter(c => c.dim.missing === 'insufficient')
    .map(c => `CASE WHEN ct__x${c.k} IS NULL THEN ${text(c.dim.label[lang])} END`);
  const names = d.joinNonNull(listSep, required.length > 0 ? required : ['NULL']);
  const insufficient = `CASE WHEN ${names} = '' THEN ${text(REASON.noColumns()[lang])} ELSE CONCAT(${text(prefix)}, ${names}, ${text(
    suffix ?? '',
  )}) END`;
  const { trimmed } = readExpressions(d, read, options, '');
  // One issue per column, in column order: an unreadable cell, or a sheet error (read as missing).
  const issues = read.map(c => {
    const norm = c.dim.normalisation;
    const code =
      norm.kind === 'categories' ? 'unknown_word' : c.dim.valueType === 'date' ? 'future_date' : 'not_a_number';
    const known = norm.kind === 'categories' ? knownWords(norm.categories, lang) : [];
    const [before, after] = slotted(CELL_ISSUES[code](c.column, SLOT, known)[lang]);
    const [errorBefore, errorAfter] = slotted(CELL_ISSUES.sheet_error(c.column, SLOT)[lang]);
    return `CASE WHEN ct__bad${c.k} THEN CONCAT(${text(before)}, ${trimmed[c.k]}, ${text(after)}) WHEN ct__err${c.k} THEN CONCAT(${text(errorBefore)}, ${trimmed[c.k]}, ${text(errorAfter)}) END`;
  });
  const separator = REASON.separator[lang];
  const appended = issues.map(i => `CASE WHEN ${i} IS NULL THEN '' ELSE CONCAT(${text(separator)}, ${i}) END`);
  return {
    insufficient: `CONCAT(${[insufficient, ...appended].join(', ')})`,
    invalid: d.joinNonNull(separator, issues.length > 0 ? issues : ['NULL']),
    appended,
  };
}

/** A value as the rule's text shows it, written plainly: percent ×100 with one decimal, money with the currency. */
function plainAmount(d: Dialect, x: string, unit: Settings['dimensions'][number]['unit'], currency: string): string {
  if (unit === 'percent') return `CONCAT(${d.fixed(`${x} * ${numberLiteral(d)(100)}`, 1)}, '%')`;
  if (unit === 'money') return `CONCAT(${d.text(currency)}, ${d.fixed(x, 2)})`;
  return d.fixed(x, unit === 'days' || unit === 'count' ? 0 : 2);
}

function slotted(s: string): [string, string] {
  const at = s.indexOf(SLOT);
  return at < 0 ? [s, ''] : [s.slice(0, at), s.slice(at + 1)];
}
