// Reads the public globals of the add-on from src/main.ts with the TypeScript compiler API, and writes the
// top-level wrapper functions Apps Script needs (real declarations keep custom-function autocomplete and help;
// docs/apps-script.md: Loading and globals).
import ts from 'typescript';

/** One exported function of src/main.ts, as Apps Script must see it. */
export type GlobalFunction = {
  readonly name: string;
  readonly parameters: readonly { readonly name: string; readonly rest: boolean }[];
  /** The function's JSDoc block exactly as written, or '' when it has none. */
  readonly jsDoc: string;
  readonly isCustomFunction: boolean;
};

/**
 * Lists the exported function declarations of an entry file. Any other kind of export is a build error,
 * because Apps Script could not call it.
 */
export function readGlobals(fileName: string, sourceText: string): GlobalFunction[] {
  const source = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS);
  const globals: GlobalFunction[] = [];
  for (const statement of source.statements) {
    if (!hasExportModifier(statement)) {
      if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) {
        throw new Error(`${fileName}: only \`export function NAME(...)\` declarations may be exported.`);
      }
      continue;
    }
    if (!ts.isFunctionDeclaration(statement) || !statement.name) {
      throw new Error(`${fileName}: only \`export function NAME(...)\` declarations may be exported.`);
    }
    const jsDoc = lastJsDoc(sourceText, statement);
    globals.push({
      name: statement.name.text,
      parameters: statement.parameters.map(parameter => {
        if (!ts.isIdentifier(parameter.name)) {
          throw new Error(`${fileName}: ${statement.name?.text} must name its parameters (no destructuring).`);
        }
        return { name: parameter.name.text, rest: parameter.dotDotDotToken !== undefined };
      }),
      jsDoc,
      isCustomFunction: /@customfunction\b/u.test(jsDoc),
    });
  }
  return globals;
}

/** Top-level `function NAME(params) { return Global.NAME(params); }` declarations, each under its JSDoc. */
export function renderWrappers(globalName: string, globals: readonly GlobalFunction[]): string {
  return globals
    .map(fn => {
      const parameters = fn.parameters.map(p => (p.rest ? `...${p.name}` : p.name)).join(', ');
      const doc = fn.jsDoc ? `${fn.jsDoc}\n` : '';
      return `${doc}function ${fn.name}(${parameters}) {\n  return ${globalName}.${fn.name}(${parameters});\n}\n`;
    })
    .join('\n');
}

function hasExportModifier(node: ts.Statement): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some(m => m.kind === ts.SyntaxKind.ExportKeyword);
}

function lastJsDoc(sourceText: string, node: ts.Node): string {
  const ranges = ts.getLeadingCommentRanges(sourceText, node.getFullStart()) ?? [];
  const docs = ranges.map(range => sourceText.slice(range.pos, range.end)).filter(text => text.startsWith('/**'));
  return docs.at(-1) ?? '';
}
