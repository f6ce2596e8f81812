// The README's path from a fresh clone, up to the step that needs a Google login: clone, npm install (no
// allowScripts warning), the documented `clasp create` (reaches the login, no "Project file already exists"), deploy.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const work = mkdtempSync(path.join(tmpdir(), 'ct-clone-'));
const clone = path.join(work, 'customer-tiers');
const home = path.join(work, 'home'); // no clasp credentials here: every Google step stops at the login

function run(command: string, args: readonly string[], env: Record<string, string> = {}) {
  const r = spawnSync(command, args, {
    cwd: clone,
    encoding: 'utf8',
    env: { ...process.env, HOME: home, CLASPRC: path.join(home, '.clasprc.json'), NO_COLOR: '1', ...env },
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}
const INSTALL_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund'];

describe('fresh clone, README steps', () => {
  beforeAll(() => {
    // A clone has what is committed, nothing else: no node_modules, dist/ or local .clasp.json.
    const r = spawnSync('git', ['clone', '--quiet', ROOT, clone], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    spawnSync('mkdir', ['-p', home]);
  }, 60_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('ships no .clasp.json, so `clasp create` can write one', () => {
    expect(existsSync(path.join(clone, '.clasp.json'))).toBe(false);
  });

  it('plans a full install with no warning about install scripts', () => {
    // A dry run on the bare clone resolves every package as a real install would and prints the same advisory.
    const r = run('npm', ['install', '--dry-run', ...INSTALL_FLAGS]);
    expect(r.status, r.output).toBe(0);
    expect(r.output).toMatch(/added \d+ packages/u);
    expect(r.output).not.toMatch(/allowScripts|install-scripts/u);
  }, 180_000);

  it('installs, then the documented `clasp create` gets as far as the login', () => {
    // Hard links to this checkout's packages keep it fast; the hidden lockfile is a real copy because npm rewrites it.
    expect(spawnSync('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules')]).status).toBe(0);
    const hidden = path.join(clone, 'node_modules', '.package-lock.json');
    if (existsSync(hidden)) {
      rmSync(hidden);
      copyFileSync(path.join(ROOT, 'node_modules', '.package-lock.json'), hidden);
    }
    const install = run('npm', ['install', ...INSTALL_FLAGS]);
    expect(install.status, install.output).toBe(0);
    expect(install.output).not.toMatch(/allowScripts|install-scripts/u);

    const create = /`(npx clasp create [^`]+)`/u.exec(readFileSync(path.join(clone, 'README.md'), 'utf8'))?.[1];
    expect(create).toContain('--rootDir dist');
    const r = spawnSync(create ?? '', {
      cwd: clone,
      shell: true,
      encoding: 'utf8',
      env: { ...process.env, HOME: home, NO_COLOR: '1' },
    });
    const output = `${r.stdout}${r.stderr}`;
    expect(output).not.toContain('Project file already exists');
    expect(output).toContain('No credentials found');
    expect(r.status).toBe(1);
  }, 180_000);

  it('`npm run deploy` builds, then names the login step and exits 1', () => {
    const r = run('npm', ['run', 'deploy']);
    expect(r.status).toBe(1);
    expect(r.output).toContain('npx clasp login');
    expect(existsSync(path.join(clone, 'dist', 'Code.js'))).toBe(true);
  }, 180_000);
});
