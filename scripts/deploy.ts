// `npm run deploy`: pushes dist/ with clasp, after checking the two things a first deploy always misses
// (a clasp login and a real scriptId), so the user gets an instruction instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';

function fail(message: string): never {
  console.error(`\nnpm run deploy: ${message}\n`);
  process.exit(1);
}

function readScriptId(): string {
  try {
    const config: unknown = JSON.parse(readFileSync('.clasp.json', 'utf8'));
    const id = typeof config === 'object' && config !== null && 'scriptId' in config ? config.scriptId : undefined;
    return typeof id === 'string' ? id.trim() : '';
  } catch {
    return '';
  }
}

const credentials = process.env.CLASPRC ?? path.join(homedir(), '.clasprc.json');
if (!existsSync(credentials)) {
  fail(
    'you are not logged in to clasp.\n' +
      '  1. Run `npx clasp login` and sign in with the Google account that owns the spreadsheet.\n' +
      '  2. Run `npm run deploy` again.',
  );
}
const scriptId = readScriptId();
if (scriptId === '' || scriptId === PLACEHOLDER) {
  fail(
    '.clasp.json still has the placeholder scriptId.\n' +
      '  1. Open your spreadsheet, then Extensions → Apps Script, then Project Settings, and copy the Script ID\n' +
      '     (or create a bound project with `npx clasp create --type sheets --title "Customer Tiers" --rootDir dist`).\n' +
      `  2. Put it in .clasp.json: "scriptId": "<your id>" (replacing ${PLACEHOLDER}).\n` +
      '  3. Run `npm run deploy` again.',
  );
}
const push = spawnSync('npx', ['clasp', 'push', '--force'], { stdio: 'inherit' });
if (push.status !== 0) fail('clasp push failed (see its message above).');
console.log('\nDeployed. Reload the spreadsheet, then open Extensions → Customer Tiers.');
