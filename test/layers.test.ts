// The layer rule the type checks cannot see: only src/apps-script/ and src/main.ts may name an Apps Script global.
// (tsconfig.core.json and tsconfig.ui.json keep those globals out of core and ui; this covers every other file in
// src/ and fails with the file and line.)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const APPS_SCRIPT_GLOBALS = new Set([
  'SpreadsheetApp',
  'PropertiesService',
  'LockService',
  'ScriptApp',
  'HtmlService',
  'CacheService',
  'Session',
  'Utilities',
  'Logger',
  'UrlFetchApp',
  'GoogleAppsScript',
]);

/** Where a file names a global: identifiers in code (comments, strings and `x.Session` property names do not count). */
function globalsNamed(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && APPS_SCRIPT_GLOBALS.has(node.text) && !isMemberName(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${fileName}:${line + 1} ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A name that belongs to an object, not the global scope: `a.Session`, `{ Session: 1 }`, `type T = { Session }`. */
function isMemberName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    ((ts.isPropertyAccessExpression(parent) || ts.isQualifiedName(parent)) && parent.getChildAt(2) === node) ||
    ((ts.isPropertyAssignment(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent)) &&
      parent.name === node)
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && /\.tsx?$/u.test(entry.name))
    .map(entry => path.join(entry.parentPath, entry.name).split(path.sep).join('/'));
}

const allowed = (file: string) => file.startsWith('src/apps-script/') || file === 'src/main.ts';

describe('layers', () => {
  it('finds globals in code and ignores comments, strings and member names', () => {
    const text = [
      '// SpreadsheetApp in a comment',
      "const a = 'Session';",
      'const b = x.Session + y.Logger;',
      'const c = { Utilities: 1 };',
      'const d = SpreadsheetApp.getActive();',
      'let e: GoogleAppsScript.Spreadsheet.Sheet;',
    ].join('\n');
    expect(globalsNamed('f.ts', text)).toEqual(['f.ts:5 SpreadsheetApp', 'f.ts:6 GoogleAppsScript']);
  });

  it('no file under src/ outside src/apps-script/ and src/main.ts names an Apps Script global', () => {
    const files = sourceFiles('src').filter(file => !allowed(file));
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(file => globalsNamed(file, readFileSync(file, 'utf8')))).toEqual([]);
  });
});
