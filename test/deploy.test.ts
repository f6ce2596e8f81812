// `npm run deploy` must explain what to do, not crash, when clasp is not set up, and write .clasp.json when told
// the Script ID. Each case runs in its own empty folder, as a fresh clone is (no .clasp.json there).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = path.resolve('node_modules/.bin/tsx');
const SCRIPT = path.resolve('scripts/deploy.ts');
const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQ';

function deploy(
  env: Record<string, string>,
  args: string[] = [],
  dir = mkdtempSync(path.join(tmpdir(), 'ct-deploy-')),
): { status: number | null; output: string; dir: string } {
  const run = spawnSync(TSX, [SCRIPT, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: run.status, output: run.stdout + run.stderr, dir };
}
const noLogin = () => {
  const home = mkdtempSync(path.join(tmpdir(), 'ct-home-'));
  return { HOME: home, CLASPRC: path.join(home, '.clasprc.json') };
};
const loggedIn = { CLASPRC: path.resolve('package.json') };

describe('scripts/deploy', () => {
  it('without clasp credentials, says to run clasp login and exits non-zero', () => {
    const { status, output } = deploy(noLogin());
    expect(status).toBe(1);
    expect(output).toContain('npx clasp login');
    expect(output).not.toMatch(/\n\s+at /u);
  });

  it('logged in but with no .clasp.json, names both ways to get a Script ID', () => {
    const { status, output } = deploy(loggedIn);
    expect(status).toBe(1);
    expect(output).toContain('there is no .clasp.json yet');
    expect(output).toContain('npm run deploy -- --script-id <Script ID>');
    expect(output).toContain('npx clasp create --type sheets --title "Customer Tiers" --rootDir dist');
  });

  it("with an older clone's placeholder, says to replace it and where the Script ID is", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ct-deploy-'));
    writeFileSync(path.join(dir, '.clasp.json'), '{"scriptId": "REPLACE_WITH_YOUR_SCRIPT_ID", "rootDir": "dist"}');
    const { status, output } = deploy(loggedIn, [], dir);
    expect(status).toBe(1);
    expect(output).toContain('.clasp.json has no Script ID');
    expect(output).toContain('Project Settings');
    expect(output).toContain('delete .clasp.json, then run `npx clasp create');
  });

  it('--script-id writes .clasp.json for dist/ even before the login, then asks for the login', () => {
    const { status, output, dir } = deploy(noLogin(), ['--script-id', ID]);
    expect(status).toBe(1);
    expect(output).toContain('npx clasp login');
    expect(JSON.parse(readFileSync(path.join(dir, '.clasp.json'), 'utf8'))).toEqual({ scriptId: ID, rootDir: 'dist' });
  });

  it('refuses a pasted URL as a Script ID and writes nothing', () => {
    const { status, output, dir } = deploy(noLogin(), ['--script-id', 'https://script.google.com/x']);
    expect(status).toBe(1);
    expect(output).toContain('is not a Script ID');
    expect(existsSync(path.join(dir, '.clasp.json'))).toBe(false);
  });
});
