// `npm run deploy [-- --script-id <id>]`: pushes dist/ with clasp. A fresh clone has no .clasp.json (so that
// `clasp create` can write one); `--script-id` writes it for an existing spreadsheet. Before pushing, checks the two
// things a first deploy always misses (a script project and a clasp login) and says the next step instead of a stack.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const CONFIG = '.clasp.json';
// Left in .clasp.json by older clones of this project.
const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';
// Apps Script IDs are long base64url-like strings; this only catches a pasted URL or a truncated copy.
const SCRIPT_ID = /^[\w-]{20,}$/u;

function fail(message: string): never {
  console.error(`\nnpm run deploy: ${message}\n`);
  process.exit(1);
}

function readScriptId(): string {
  try {
    const config: unknown = JSON.parse(readFileSync(CONFIG, 'utf8'));
    const id = typeof config === 'object' && config !== null && 'scriptId' in config ? config.scriptId : undefined;
    return typeof id === 'string' ? id.trim() : '';
  } catch {
    return '';
  }
}

function scriptIdArgument(): string | undefined {
  try {
    const { values } = parseArgs({ options: { 'script-id': { type: 'string' } } });
    return values['script-id']?.trim();
  } catch (e) {
    return fail(`${e instanceof Error ? e.message : String(e)}\n  Usage: npm run deploy [-- --script-id <Script ID>]`);
  }
}

const given = scriptIdArgument();
if (given !== undefined) {
  if (!SCRIPT_ID.test(given)) {
    fail(`'${given}' is not a Script ID (Apps Script → Project Settings → IDs → Script ID, a long code of letters).`);
  }
  writeFileSync(CONFIG, `${JSON.stringify({ scriptId: given, rootDir: 'dist' }, null, 2)}\n`);
  console.log(`Wrote ${CONFIG} for script ${given}.`);
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
    `${existsSync(CONFIG) ? `${CONFIG} has no Script ID` : `there is no ${CONFIG} yet`}: say which script project to push to.\n` +
      '  Either, for your spreadsheet: open it, then Extensions → Apps Script → Project Settings, copy the Script ID\n' +
      '    and run `npm run deploy -- --script-id <Script ID>`;\n' +
      `  or, for a new spreadsheet: ${existsSync(CONFIG) ? `delete ${CONFIG}, then ` : ''}run` +
      ' `npx clasp create --type sheets --title "Customer Tiers" --rootDir dist`, then `npm run deploy`.',
  );
}
const push = spawnSync('npx', ['clasp', 'push', '--force'], { stdio: 'inherit' });
if (push.status !== 0) fail('clasp push failed (see its message above).');
console.log('\nDeployed. Reload the spreadsheet, then open Extensions → Customer Tiers.');
