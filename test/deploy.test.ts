// `npm run deploy` must explain what to do, not crash, when clasp is not set up.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function deploy(env: Record<string, string>): { status: number | null; output: string } {
  const run = spawnSync('npx', ['tsx', 'scripts/deploy.ts'], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('scripts/deploy', () => {
  it('without clasp credentials, says to run clasp login and exits non-zero', () => {
    const home = mkdtempSync(path.join(tmpdir(), 'ct-home-'));
    const { status, output } = deploy({ HOME: home, CLASPRC: path.join(home, '.clasprc.json') });
    expect(status).toBe(1);
    expect(output).toContain('npx clasp login');
    expect(output).not.toMatch(/\n\s+at /u);
  });

  it('with credentials but the placeholder scriptId, says where to find the Script ID', () => {
    const { status, output } = deploy({ CLASPRC: path.resolve('package.json') });
    expect(status).toBe(1);
    expect(output).toContain('placeholder scriptId');
    expect(output).toContain('Project Settings');
  });
});
