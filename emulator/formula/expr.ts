// A small Sheets formula parser and evaluator: literals, cell and range references (relative/absolute, optional sheet),
// named ranges, operators (= <> < > <= >= & + - * / ^ unary -) and a few functions. Used for conditional-format rules,
// simple cell formulas and the arguments of custom-function calls. Anything else throws FormulaUnsupported.

import { lettersToColumn } from '../a1.ts';
import { type CellValue, isDate } from '../values.ts';

/** Thrown for syntax or functions the emulator does not evaluate (the cell then shows #NAME?). */
export class FormulaUnsupported extends Error {}

/** Thrown for a value error (text where a number is needed, a range where one value is): #VALUE! in a cell. */
export class FormulaValueError extends Error {}

/** A single-cell corner of a reference; `abs` flags mark $. */
export interface CellRefPart {
  readonly column: number;
  readonly row: number;
  readonly columnAbs: boolean;
  readonly rowAbs: boolean;
}

/** Parsed formula. */
export type Expr =
  | { readonly t: 'num'; readonly v: number }
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'bool'; readonly v: boolean }
  /** A reference lost to a deleted row or column (the formula text then holds #REF!). */
  | { readonly t: 'err'; readonly v: '#REF!' }
  | {
      readonly t: 'ref';
      readonly sheet: string | null;
      readonly from: CellRefPart;
      readonly to: CellRefPart | null;
      readonly text: string;
    }
  | { readonly t: 'name'; readonly name: string }
  | { readonly t: 'call'; readonly name: string; readonly args: readonly Expr[] }
  | { readonly t: 'bin'; readonly op: string; readonly l: Expr; readonly r: Expr }
  | { readonly t: 'neg'; readonly e: Expr };

const TOKEN =
  /\s*(?:(?<str>"(?:[^"]|"")*")|(?<err>#REF!)|(?<ref>(?:(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?(?![\w(!]))|(?<num>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)|(?<id>[A-Za-z_\p{L}][\w.\p{L}]*)|(?<op><>|<=|>=|[=<>&+\-*/^(),]))/uy;

type Token = { readonly kind: 'str' | 'err' | 'ref' | 'num' | 'id' | 'op'; readonly text: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/u.test(src.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(src);
    const g = m?.groups;
    if (!g) throw new FormulaUnsupported(`cannot read formula near "${src.slice(TOKEN.lastIndex)}"`);
    const kind = (['str', 'err', 'ref', 'num', 'id', 'op'] as const).find(k => g[k] !== undefined);
    const text = kind ? g[kind] : undefined;
    if (!kind || text === undefined) throw new FormulaUnsupported('cannot read formula');
    out.push({ kind, text });
  }
  return out;
}

function parseCorner(text: string): CellRefPart {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/u.exec(text);
  if (!m) throw new FormulaUnsupported(`bad reference ${text}`);
  return { columnAbs: m[1] === '$', column: lettersToColumn(m[2] ?? 'A'), rowAbs: m[3] === '$', row: Number(m[4]) };
}

function refNode(text: string): Expr {
  const bang = text.lastIndexOf('!');
  let sheet: string | null = null;
  let body = text;
  if (bang >= 0) {
    const raw = text.slice(0, bang);
    sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/gu, "'") : raw;
    body = text.slice(bang + 1);
  }
  const [a = '', b] = body.split(':');
  return { t: 'ref', sheet, from: parseCorner(a), to: b === undefined ? null : parseCorner(b), text };
}

/** Parses a formula ('=...' or bare expression). */
export function parseFormula(formula: string): Expr {
  const tokens = tokenize(formula.startsWith('=') ? formula.slice(1) : formula);
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const isOp = (...ops: string[]): boolean => {
    const t = peek();
    return t?.kind === 'op' && ops.includes(t.text);
  };
  const expect = (op: string): void => {
    if (!isOp(op)) throw new FormulaUnsupported(`expected ${op}`);
    i++;
  };
  const binary = (next: () => Expr, ops: string[]) => (): Expr => {
    let l = next();
    while (isOp(...ops)) {
      const op = tokens[i++]?.text ?? '';
      l = { t: 'bin', op, l, r: next() };
    }
    return l;
  };
  const primary = (): Expr => {
    const t = tokens[i++];
    if (!t) throw new FormulaUnsupported('unexpected end of formula');
    if (t.kind === 'num') return { t: 'num', v: Number(t.text) };
    if (t.kind === 'str') return { t: 'str', v: t.text.slice(1, -1).replace(/""/gu, '"') };
    if (t.kind === 'err') return { t: 'err', v: '#REF!' };
    if (t.kind === 'ref') return refNode(t.text);
    if (t.kind === 'op' && t.text === '(') {
      const e = comparison();
      expect(')');
      return e;
    }
    if (t.kind === 'op' && t.text === '-') return { t: 'neg', e: power() };
    if (t.kind === 'op' && t.text === '+') return power();
    if (t.kind === 'id') {
      if (isOp('(')) {
        i++;
        const args: Expr[] = [];
        if (!isOp(')')) {
          args.push(comparison());
          while (isOp(',')) {
            i++;
            args.push(comparison());
          }
        }
        expect(')');
        return { t: 'call', name: t.text, args };
      }
      const upper = t.text.toUpperCase();
      if (upper === 'TRUE' || upper === 'FALSE') return { t: 'bool', v: upper === 'TRUE' };
      return { t: 'name', name: t.text };
    }
    throw new FormulaUnsupported(`unexpected ${t.text}`);
  };
  const power = binary(primary, ['^']);
  const term = binary(power, ['*', '/']);
  const additive = binary(term, ['+', '-']);
  const concat = binary(additive, ['&']);
  const comparison = binary(concat, ['=', '<>', '<', '>', '<=', '>=']);
  const root = comparison();
  if (i !== tokens.length) throw new FormulaUnsupported(`unexpected ${tokens[i]?.text ?? ''}`);
  return root;
}

/** A value during evaluation: a cell value or a range's 2D values. */
export type Val = CellValue | CellValue[][];

/** How references and names resolve; `row/column delta` shift relative references (conditional formats). */
export interface EvalEnv {
  readonly rowDelta: number;
  readonly columnDelta: number;
  /** Values of a block on a sheet (null = the formula's own sheet). Rows/columns are 1-based. */
  values(sheet: string | null, row: number, column: number, numRows: number, numColumns: number): CellValue[][];
  /** Values of a named range, or null if unknown. */
  named(name: string): CellValue[][] | null;
  /** A custom function call, or null when `name` is not one. */
  call?(name: string, args: Val[]): Val | null;
}

const shift = (p: CellRefPart, env: EvalEnv): { row: number; column: number } => ({
  row: p.rowAbs ? p.row : p.row + env.rowDelta,
  column: p.columnAbs ? p.column : p.column + env.columnDelta,
});

/** Collapses a 1x1 block to its value. */
const single = (block: CellValue[][]): Val =>
  block.length === 1 && block[0]?.length === 1 ? (block[0][0] ?? '') : block;

function scalar(v: Val): CellValue {
  if (Array.isArray(v)) {
    if (v.length === 1 && v[0]?.length === 1) return v[0][0] ?? '';
    throw new FormulaValueError('a range where one value was expected');
  }
  return v;
}

const toNumber = (v: CellValue): number => {
  if (v === '') return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isDate(v)) return v.getTime() / 86_400_000 + 25_569;
  if (typeof v === 'number') return v;
  const n = Number(v);
  if (v.trim() === '' || Number.isNaN(n)) throw new FormulaValueError(`"${v}" is not a number`);
  return n;
};
const toText = (v: CellValue): string =>
  typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : isDate(v) ? String(toNumber(v)) : String(v);
const truthy = (v: CellValue): boolean =>
  typeof v === 'string' ? v !== '' && v.toUpperCase() !== 'FALSE' : toNumber(v) !== 0;

/** Sheets ordering: numbers < text < booleans; text compares case-insensitively; an empty cell is 0 or "". */
function compare(a: CellValue, b: CellValue): number {
  const rank = (v: CellValue) => (typeof v === 'boolean' ? 2 : typeof v === 'string' ? 1 : 0);
  const x = a === '' ? (typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0) : a;
  const y = b === '' ? (typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0) : b;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') return x.toLowerCase().localeCompare(y.toLowerCase());
  return toNumber(x) - toNumber(y);
}

const flat = (vals: Val[]): CellValue[] => vals.flatMap(v => (Array.isArray(v) ? v.flat() : [v]));

const FUNCTIONS: Readonly<Record<string, (args: Val[]) => Val>> = {
  AND: args => flat(args).every(truthy),
  OR: args => flat(args).some(truthy),
  NOT: args => !truthy(scalar(args[0] ?? '')),
  IF: args => (truthy(scalar(args[0] ?? '')) ? (args[1] ?? true) : (args[2] ?? false)),
  ISBLANK: args => scalar(args[0] ?? '') === '',
  ISNUMBER: args => typeof scalar(args[0] ?? '') === 'number',
  LEN: args => toText(scalar(args[0] ?? '')).length,
  UPPER: args => toText(scalar(args[0] ?? '')).toUpperCase(),
  LOWER: args => toText(scalar(args[0] ?? '')).toLowerCase(),
  TRIM: args =>
    toText(scalar(args[0] ?? ''))
      .trim()
      .replace(/\s+/gu, ' '),
  SUM: args => flat(args).reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0),
  COUNTA: args => flat(args).filter(v => v !== '').length,
  // The cell's value is the label (else the URL); the link itself is the formula's (Sheets function list: HYPERLINK).
  HYPERLINK: args => toText(scalar(args[1] ?? args[0] ?? '')),
  ROUND: args => {
    const f = 10 ** toNumber(scalar(args[1] ?? 0));
    return Math.round(toNumber(scalar(args[0] ?? 0)) * f) / f;
  },
};

/** Evaluates a parsed formula. Throws FormulaUnsupported for what it cannot evaluate. */
export function evaluate(e: Expr, env: EvalEnv): Val {
  switch (e.t) {
    case 'num':
    case 'str':
    case 'bool':
      return e.v;
    case 'err':
      throw new FormulaValueError(e.v);
    case 'ref': {
      const a = shift(e.from, env);
      const b = e.to ? shift(e.to, env) : a;
      const row = Math.min(a.row, b.row);
      const column = Math.min(a.column, b.column);
      if (row < 1 || column < 1) throw new FormulaValueError('#REF!');
      return single(env.values(e.sheet, row, column, Math.abs(b.row - a.row) + 1, Math.abs(b.column - a.column) + 1));
    }
    case 'name': {
      const block = env.named(e.name);
      if (!block) throw new FormulaUnsupported(`unknown name ${e.name}`);
      return single(block);
    }
    case 'neg':
      return -toNumber(scalar(evaluate(e.e, env)));
    case 'call': {
      const args = e.args.map(a => evaluate(a, env));
      const custom = env.call?.(e.name, args);
      if (custom !== undefined && custom !== null) return custom;
      const fn = FUNCTIONS[e.name.toUpperCase()];
      if (!fn) throw new FormulaUnsupported(`function ${e.name} is not supported`);
      return fn(args);
    }
    case 'bin': {
      const l = scalar(evaluate(e.l, env));
      const r = scalar(evaluate(e.r, env));
      switch (e.op) {
        case '=':
          return compare(l, r) === 0;
        case '<>':
          return compare(l, r) !== 0;
        case '<':
          return compare(l, r) < 0;
        case '>':
          return compare(l, r) > 0;
        case '<=':
          return compare(l, r) <= 0;
        case '>=':
          return compare(l, r) >= 0;
        case '&':
          return toText(l) + toText(r);
        case '+':
          return toNumber(l) + toNumber(r);
        case '-':
          return toNumber(l) - toNumber(r);
        case '*':
          return toNumber(l) * toNumber(r);
        case '/':
          if (toNumber(r) === 0) return '#DIV/0!';
          return toNumber(l) / toNumber(r);
        default:
          return toNumber(l) ** toNumber(r);
      }
    }
  }
}

/** Truthiness of a formula result, as conditional formatting reads it. */
export function isTruthy(v: Val): boolean {
  return truthy(scalar(v));
}
