import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleDistReason } from '../scripts/lib/dist-freshness.ts';

let root = '';
const write = (file: string, secondsAgo: number) => {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, '');
  const time = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(full, time, time);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dist-freshness-'));
  write('src/main.ts', 100);
  write('src/ui/pages/Sidebar.tsx', 100);
  write('scripts/build.ts', 100);
  write('appsscript.json', 100);
  for (const out of ['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json']) write(out, 50);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('dist-freshness', () => {
  describe('staleDistReason', () => {
    it('is null when every output is newer than every source', () => expect(staleDistReason(root)).toBeNull());
    it('names a source edited after the build', () => {
      write('src/core/deep/file.ts', 10);
      expect(staleDistReason(root)).toBe(`${path.join('src', 'core', 'deep', 'file.ts')} is newer than dist/`);
    });
    it('counts the build script and its helpers', () => {
      write('scripts/lib/globals.ts', 10);
      expect(staleDistReason(root)).toMatch(/globals\.ts is newer/u);
    });
    it('names a missing page', () => {
      write('src/ui/pages/Dialog.tsx', 100);
      expect(staleDistReason(root)).toBe(`${path.join('dist', 'Dialog.html')} is missing`);
    });
    it('ignores files outside the build inputs', () => {
      write('test/a.test.ts', 10);
      write('scripts/tiers.ts', 10);
      expect(staleDistReason(root)).toBeNull();
    });
  });
});
