// The contract between the build and Apps Script: dist/Code.js loads into one bare global scope without
// calling any service, and declares every export of src/main.ts as a real top-level function.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readGlobals } from '../scripts/lib/globals.ts';

const code = readFileSync('dist/Code.js', 'utf8');
const expected = readGlobals('src/main.ts', readFileSync('src/main.ts', 'utf8'));
const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'PropertiesService',
  'LockService',
  'ScriptApp',
  'Session',
  'HtmlService',
  'CacheService',
  'Utilities',
  'Logger',
  'UrlFetchApp',
  'DriveApp',
];

/** A context where touching any Apps Script service is recorded and throws, as a top-level call must never happen. */
function loadInTrapContext(): { context: vm.Context; touched: string[] } {
  const touched: string[] = [];
  const context = vm.createContext({});
  for (const name of APPS_SCRIPT_GLOBALS) {
    Object.defineProperty(context, name, {
      get() {
        touched.push(name);
        throw new Error(`${name} used while loading the bundle`);
      },
    });
  }
  vm.runInContext(code, context, { filename: 'Code.js' });
  return { context, touched };
}

function topLevelFunctions(): Map<string, { parameters: string[]; jsDoc: string }> {
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const found = new Map<string, { parameters: string[]; jsDoc: string }>();
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      const comments = ts.getLeadingCommentRanges(code, statement.getFullStart()) ?? [];
      const last = comments.at(-1);
      found.set(statement.name.text, {
        parameters: statement.parameters.map(p => p.name.getText(source)),
        jsDoc: last ? code.slice(last.pos, last.end) : '',
      });
    }
  }
  return found;
}

describe('dist/Code.js', () => {
  it('has no import or export statements left', () => {
    const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
    const moduleSyntax = source.statements.filter(s => ts.isImportDeclaration(s) || ts.isExportDeclaration(s));
    expect(moduleSyntax).toEqual([]);
  });

  it('loads without calling any Apps Script service', () => {
    expect(loadInTrapContext().touched).toEqual([]);
  });

  it('defines every export of src/main.ts as a global function', () => {
    const { context } = loadInTrapContext();
    expect(expected.length).toBeGreaterThan(0);
    for (const fn of expected) expect(typeof context[fn.name], fn.name).toBe('function');
  });

  it('declares each of them as a top-level function with the real parameter names', () => {
    const declared = topLevelFunctions();
    for (const fn of expected) {
      expect(declared.get(fn.name)?.parameters, fn.name).toEqual(fn.parameters.map(p => p.name));
    }
  });

  it('puts each custom function under its @customfunction JSDoc with every parameter', () => {
    const declared = topLevelFunctions();
    for (const fn of expected.filter(f => f.isCustomFunction)) {
      const jsDoc = declared.get(fn.name)?.jsDoc ?? '';
      expect(jsDoc, fn.name).toBe(fn.jsDoc);
      expect(jsDoc).toMatch(/@customfunction/u);
      for (const p of fn.parameters)
        expect(jsDoc, `${fn.name} @param ${p.name}`).toMatch(new RegExp(`@param\\b[^\\n]*\\b${p.name}\\b`, 'u'));
    }
  });
});
