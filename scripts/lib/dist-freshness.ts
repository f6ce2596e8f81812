// Whether dist/ was built from the sources on disk: tests of the Apps Script side run the built bundle, so a
// bundle older than any source would test stale code. Used by the vitest global setup.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the build reads: every file under src/, the build script and its helpers, and the manifest. */
const SOURCE_ROOTS = ['src', 'scripts/build.ts', 'scripts/lib', 'appsscript.json'];

/** Every file the build writes: Code.js, one HTML file per UI page, the manifest. */
function distOutputs(root: string): string[] {
  const pages = readdirSync(path.join(root, 'src', 'ui', 'pages')).filter(name => name.endsWith('.tsx'));
  return ['Code.js', ...pages.map(page => `${path.basename(page, '.tsx')}.html`), 'appsscript.json'].map(name =>
    path.join(root, 'dist', name),
  );
}

/** Why dist/ must be rebuilt (a missing output, or the newest source and when it changed), or null when it is fresh. */
export function staleDistReason(root: string): string | null {
  const outputs = distOutputs(root);
  const missing = outputs.find(file => !existsSync(file));
  if (missing) return `${path.relative(root, missing)} is missing`;
  const builtAt = Math.min(...outputs.map(file => statSync(file).mtimeMs));
  const newest = SOURCE_ROOTS.flatMap(entry => files(path.join(root, entry)))
    .map(file => ({ file, mtime: statSync(file).mtimeMs }))
    .reduce((a, b) => (b.mtime > a.mtime ? b : a), { file: '', mtime: 0 });
  return newest.mtime > builtAt ? `${path.relative(root, newest.file)} is newer than dist/` : null;
}

function files(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true, recursive: true })
    .filter(dirent => dirent.isFile())
    .map(dirent => path.join(dirent.parentPath, dirent.name));
}
