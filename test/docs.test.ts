// Code comments cite platform facts as `docs/apps-script.md: <section>`; each citation must name a real section.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DOC = 'docs/apps-script.md';
const sections = [...readFileSync(DOC, 'utf8').matchAll(/^## (.+)$/gmu)].map(m => m[1] ?? '');

/** The text after each citation, with comment line breaks (`\n // ` or `\n * `) joined back into spaces. */
function citations(text: string): string[] {
  const joined = text.replace(/\n\s*(?:\/\/|\*)\s*/gu, ' ');
  return [...joined.matchAll(/docs\/apps-script\.md: ([^)\n]{1,80})/gu)].map(m => m[1] ?? '');
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && /\.tsx?$/u.test(entry.name))
    .map(entry => path.join(entry.parentPath, entry.name));
}

describe('docs', () => {
  it('joins a citation wrapped over comment lines', () => {
    expect(citations('// see (docs/apps-script.md: HTML service and the\n// sidebar).')).toEqual([
      'HTML service and the sidebar',
    ]);
  });

  it(`every citation of ${DOC} names one of its sections`, () => {
    expect(sections.length).toBeGreaterThan(8);
    const self = path.join('test', 'docs.test.ts');
    const sources = ['src', 'scripts', 'emulator', 'test'].flatMap(files).filter(file => file !== self);
    const all = sources.flatMap(file => citations(readFileSync(file, 'utf8')).map(cited => ({ file, cited })));
    expect(all.length).toBeGreaterThan(10);
    const unknown = all.filter(({ cited }) => !sections.some(section => cited.startsWith(section)));
    expect(unknown).toEqual([]);
  });
});
