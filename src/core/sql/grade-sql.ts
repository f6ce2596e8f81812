// One SQL query that grades a table of typed columns with the settings, the way classify() does: the same
// points (mid-rank percentiles, min-max with 50 for no spread, bands, word tables), missing-value policies, score
// rounding, cut-offs, shares and Pareto with tie groups, and the rules that cap a tier. Pure: text in, text out.
import type { Lang } from '../locale.ts';
import type { Settings } from '../settings-schema.ts';
import { DIALECTS, type Dialect, type DialectName, numberLiteral } from './dialect.ts';
import { reasonColumns } from './reason-sql.ts';
import { type ReadColumn, readExpressions, STATUS } from './values-sql.ts';

/** Where the table is and what its columns are called. */
export type SqlOptions = {
  readonly dialect: DialectName;
  /** The input table: `project.dataset.table` (BigQuery) or `schema.table` / `table` (DuckDB). */
  readonly table: string;
  /** The column that names the customer, or null when the table has none (then no row is blank by its name). */
  readonly customer: string | null;
  /** Per settings dimension, its column in the table, or null when the table has none (left out, as classify does). */
  readonly columns: readonly (string | null)[];
  /** 'yyyy-mm-dd' for date dimensions, or null for the database's current date (a view stays current). */
  readonly today: string | null;
  /** Language of the Tier, Score and Why columns' texts. */
  readonly lang: Lang;
  /** Names of the three output columns. */
  readonly outputs: readonly [tier: string, score: string, why: string];
  /**
   * Other columns a row must have empty to be blank, as classify looks at every cell (the CLI passes the file's
   * columns). Without them a row is blank when the customer and every graded column are empty.
   */
  readonly blankAlso?: readonly string[];
};

/**
 * The grading query: every input column, then Tier (a tier name, or the insufficient / invalid status text),
 * Score (NULL unless tiered) and Why (the tier, the rule that capped it, missing values, the score and its three
 * largest contributions). Identifiers are always quoted and texts escaped; nothing from the caller is spliced raw.
 */
export function gradeSql(settings: Settings, options: SqlOptions): string {
  const d = DIALECTS[options.dialect];
  const method = settings.method;
  const referenced = new Set(settings.gates.map(g => g.dimension));
  if (method.kind === 'pareto') referenced.add(method.dimension);
  const read: ReadColumn[] = [];
  settings.dimensions.forEach((dim, index) => {
    const column = options.columns[index];
    if (column === null || column === undefined || (dim.weight <= 0 && !referenced.has(dim.id))) return;
    read.push({ dim, index, k: read.length, column });
  });
  const scored = read.filter(c => c.dim.weight > 0);
  const byId = new Map(read.map(c => [c.dim.id, c]));
  const paretoColumn = method.kind === 'pareto' ? byId.get(method.dimension) : undefined;
  const internal: string[] = [];
  const col = (name: string) => {
    internal.push(name);
    return name;
  };

  const layers: string[] = [];
  // Blank as classify sees it: every cell empty, so also the dimensions' columns it does not read, and any other.
  const readNames = new Set([...read.map(c => c.column), options.customer]);
  const others = [...options.columns, ...(options.blankAlso ?? [])].filter(
    (name): name is string => typeof name === 'string' && !readNames.has(name),
  );
  const r = readExpressions(d, read, { ...options, blankAlso: [...new Set(others)] });
  layers.push(
    `ct__read AS (\n  SELECT t.*, ${r.blank} AS ${col('ct__blank')}${read
      .map(
        c =>
          `,\n    ${r.raw[c.k]} AS ${col(`ct__r${c.k}`)},\n    ${r.bad[c.k]} AS ${col(`ct__bad${c.k}`)},\n    ${r.error[c.k]} AS ${col(`ct__err${c.k}`)}`,
      )
      .join('')}\n  FROM ${d.table(options.table)} AS t\n)`,
  );
  layers.push(
    `ct__value AS (\n  SELECT *${read
      .map(c => `,\n    CASE WHEN ct__bad${c.k} THEN NULL ELSE ct__r${c.k} END AS ${col(`ct__x${c.k}`)}`)
      .join('')}\n  FROM ct__read\n)`,
  );
  layers.push(
    `ct__points AS (\n  SELECT *${scored
      .map(c => `,\n    ${pointsSql(d, c)} AS ${col(`ct__p${c.k}`)}`)
      .join('')}\n  FROM ct__value\n)`,
  );

  // Weights in settings order, a missing value adding its weight only under 'worst': the same additions as classify.
  const num = numberLiteral(d);
  const weightTerms = scored.map(
    c =>
      `CASE WHEN ct__p${c.k} IS NULL THEN ${num(c.dim.missing === 'worst' ? c.dim.weight : 0)} ELSE ${num(c.dim.weight)} END`,
  );
  const sumTerms = scored.map(
    c => `CASE WHEN ct__p${c.k} IS NULL THEN ${num(0)} ELSE ${num(c.dim.weight)} * ct__p${c.k} END`,
  );
  const insufficient = [
    ...(scored.length === 0 ? ['TRUE'] : []),
    ...scored.filter(c => c.dim.missing === 'insufficient').map(c => `ct__p${c.k} IS NULL`),
    ...(paretoColumn?.dim.missing === 'insufficient' ? [`ct__x${paretoColumn.k} IS NULL`] : []),
  ];
  const invalid = read.map(c => `ct__bad${c.k}`);
  layers.push(
    `ct__sum AS (\n  SELECT *,\n    ${weightTerms.join(' + ') || num(0)} AS ${col('ct__w')},\n    ${
      sumTerms.join(' + ') || num(0)
    } AS ${col('ct__s')}\n  FROM ct__points\n)`,
  );
  layers.push(
    `ct__status AS (\n  SELECT *,\n    CASE WHEN ct__blank THEN ${STATUS.blank} WHEN ${invalid.join(' OR ') || 'FALSE'} THEN ${STATUS.invalid} WHEN ${
      insufficient.length > 0 ? `${insufficient.join(' OR ')} OR ` : ''
    }NOT (ct__w > 0) THEN ${STATUS.insufficient} ELSE ${STATUS.tiered} END AS ${col('ct__status')}\n  FROM ct__sum\n)`,
  );
  // Math.round(x × 10) / 10 on a score ≥ 0: ROUND is half away from zero, the same for these.
  layers.push(
    `ct__scored AS (\n  SELECT *,\n    CASE WHEN ct__status = ${STATUS.tiered} THEN ROUND(${d.div('ct__s', 'ct__w')} * ${num(10)}) / ${num(
      10,
    )} END AS ${col('ct__score')}\n  FROM ct__status\n)`,
  );
  layers.push(...placementLayers(d, settings, read, paretoColumn, col));

  const gateConditions = settings.gates.map(g => {
    const c = byId.get(g.dimension);
    return c ? `(ct__x${c.k} IS NOT NULL AND ct__x${c.k} ${g.op} ${num(g.value)})` : 'FALSE';
  });
  // A rule caps the tier at `atMost` or worse (a larger index): the worst cap among the rules that hold wins.
  const capped =
    settings.gates.length === 0
      ? 'ct__stier'
      : `GREATEST(ct__stier, ${gateConditions.map((c, g) => `CASE WHEN ${c} THEN ${settings.gates[g]?.atMost} ELSE -1 END`).join(', ')})`;
  layers.push(`ct__capped AS (\n  SELECT *,\n    ${capped} AS ${col('ct__tier')}\n  FROM ct__placed\n)`);
  // The rule named is the first that holds with the final tier: the one applyGates lowered it with last.
  const fired =
    settings.gates.length === 0
      ? '-1'
      : `CASE WHEN ct__tier > ct__stier THEN CASE ${gateConditions
          .map((c, g) => `WHEN ${c} AND ct__tier = ${settings.gates[g]?.atMost} THEN ${g}`)
          .join(' ')} END ELSE -1 END`;
  layers.push(`ct__gated AS (\n  SELECT *,\n    ${fired} AS ${col('ct__gate')}\n  FROM ct__capped\n)`);

  const why = reasonColumns(d, settings, read, options, col);
  layers.push(...why.layers);
  const [tierOut, scoreOut, whyOut] = options.outputs;
  return `-- Customer Tiers: grading query generated by \`npm run tiers -- --emit-sql ${d.name}\`. Regenerate it after changing the settings.
WITH
${layers.join(',\n')}
SELECT ${d.allBut(internal)},
  ${why.tier} AS ${d.ident(tierOut)},
  ct__score AS ${d.ident(scoreOut)},
  ${why.text} AS ${d.ident(whyOut)}
FROM ${why.from}
`;
}

/** 0..100 points of one scored column, NULL where its value is missing. */
function pointsSql(d: Dialect, c: ReadColumn): string {
  const x = `ct__x${c.k}`;
  const num = numberLiteral(d);
  const norm = c.dim.normalisation;
  const higher = c.dim.direction === 'higher';
  switch (norm.kind) {
    case 'categories':
      return x;
    case 'bands': {
      const op = higher ? '>=' : '<=';
      const whens = norm.bands.map(b => `WHEN ${x} ${op} ${num(b.threshold)} THEN ${num(b.points)}`).join(' ');
      return `CASE WHEN ${x} IS NULL THEN NULL ${whens} ELSE ${num(norm.otherwise)} END`;
    }
    case 'minmax': {
      const min = `MIN(${x}) OVER ()`;
      const max = `MAX(${x}) OVER ()`;
      const part = higher ? `${x} - ${min}` : `${max} - ${x}`;
      const p = `${d.div(part, `${max} - ${min}`)} * ${num(100)}`;
      // No spread (one value, or all equal) gives everyone 50; otherwise clamped to 0..100.
      return `CASE WHEN ${x} IS NULL THEN NULL WHEN NOT (${max} > ${min}) THEN ${num(50)} WHEN ${p} > ${num(100)} THEN ${num(
        100,
      )} WHEN ${p} < ${num(0)} THEN ${num(0)} ELSE ${p} END`;
    }
    case 'percentile': {
      // Mid-rank among the other present values: strictly worse ones count 1, equal ones ½. NULLs sort last, so
      // they never count as below or above a value.
      const below = `${d.double(`RANK() OVER (ORDER BY ${x} ASC NULLS LAST) - 1`)}`;
      const above = `${d.double(`RANK() OVER (ORDER BY ${x} DESC NULLS LAST) - 1`)}`;
      const m = d.double(`COUNT(${x}) OVER ()`);
      const others = `(${m} - ${num(1)})`;
      const worse = higher ? below : above;
      const ties = `(${m} - ${below} - ${above} - ${num(1)})`;
      const p = d.div(`${num(100)} * (${worse} + ${ties} / ${num(2)})`, others);
      return `CASE WHEN ${x} IS NULL THEN NULL WHEN ${others} <= ${num(0)} THEN ${num(50)} ELSE ${p} END`;
    }
  }
}

/**
 * The tier by score alone (`ct__stier`): cut-offs on the rounded score, or the place of the row's tie group in
 * the order of measure (Pareto), score, then each column's value best first (missing last).
 */
function placementLayers(
  d: Dialect,
  settings: Settings,
  read: readonly ReadColumn[],
  paretoColumn: ReadColumn | undefined,
  col: (name: string) => string,
): string[] {
  const num = numberLiteral(d);
  const method = settings.method;
  // Validation keeps at least one share or boundary: the CASE always has a WHEN.
  const firstBelow = (percent: string, bounds: readonly number[]) =>
    `CASE ${bounds.map((b, k) => `WHEN ${percent} < ${num(b)} THEN ${k}`).join(' ')} ELSE ${bounds.length} END`;
  if (method.kind === 'cutoffs') {
    const whens = method.cutoffs.map((c, k) => `WHEN ct__score >= ${num(c)} THEN ${k}`).join(' ');
    return [
      `ct__placed AS (\n  SELECT *,\n    CASE WHEN ct__status <> ${STATUS.tiered} THEN NULL ${whens} ELSE ${method.cutoffs.length} END AS ${col(
        'ct__stier',
      )}\n  FROM ct__scored\n)`,
    ];
  }
  const tiered = `ct__status = ${STATUS.tiered}`;
  const measure = paretoColumn
    ? `CASE WHEN ct__x${paretoColumn.k} IS NULL OR ct__x${paretoColumn.k} < ${num(0)} THEN ${num(0)} ELSE ct__x${paretoColumn.k} END`
    : num(0);
  const keys = [
    ...(method.kind === 'pareto' ? ['ct__m DESC'] : []),
    'ct__score DESC',
    ...read.map(c => `ct__x${c.k} ${c.dim.direction === 'higher' ? 'DESC' : 'ASC'} NULLS LAST`),
  ].join(', ');
  const ranked = `ct__ranked AS (\n  SELECT *,\n    RANK() OVER (PARTITION BY ${tiered} ORDER BY ${keys}) AS ${col('ct__group')},\n    ${d.double(
    `COUNT(*) OVER (PARTITION BY ${tiered})`,
  )} AS ${col('ct__n')},\n    SUM(ct__m) OVER (PARTITION BY ${tiered}) AS ${col('ct__total')},\n    COALESCE(SUM(ct__m) OVER (PARTITION BY ${tiered} ORDER BY ${keys} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), ${num(
    0,
  )}) AS ${col('ct__ahead')}\n  FROM ct__measured\n)`;
  const measured = `ct__measured AS (\n  SELECT *,\n    ${measure} AS ${col('ct__m')}\n  FROM ct__scored\n)`;
  let percent: string;
  let bounds: number[];
  if (method.kind === 'share') {
    percent = d.div(`${d.double('ct__group - 1')} * ${num(100)}`, 'ct__n');
    let cumulative = 0;
    bounds = method.shares.map(s => {
      cumulative += s;
      return cumulative;
    });
  } else {
    // The measure before the group: the least running total among its members (measures are never negative).
    percent = `CASE WHEN ct__total > ${num(0)} THEN ${d.div(`ct__before * ${num(100)}`, 'ct__total')} ELSE ${num(100)} END`;
    bounds = [...method.shares];
  }
  return [
    measured,
    ranked,
    `ct__grouped AS (\n  SELECT *,\n    MIN(ct__ahead) OVER (PARTITION BY ${tiered}, ct__group) AS ${col('ct__before')}\n  FROM ct__ranked\n)`,
    `ct__placed AS (\n  SELECT *,\n    CASE WHEN ct__status <> ${STATUS.tiered} THEN NULL ELSE ${firstBelow(percent, bounds)} END AS ${col(
      'ct__stier',
    )}\n  FROM ct__grouped\n)`,
  ];
}
