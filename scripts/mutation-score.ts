// `npm run mutation:score [-- report.json …]`: the mutation score of src/core from Stryker JSON reports, by folder
// and in total, and the surviving mutants of each file. Several reports (runs on parts of src/core) are merged file
// by file, a later report replacing an earlier one's file, so part runs add up to one score.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

type Mutant = {
  readonly status: string;
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly location: { readonly start: { readonly line: number; readonly column: number } };
};
type Report = { readonly files: Record<string, { readonly source: string; readonly mutants: readonly Mutant[] }> };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { survivors: { type: 'boolean', default: false } },
});
const reports = positionals.length > 0 ? positionals : ['reports/mutation/mutation.json'];
const files = new Map<string, Report['files'][string]>();
for (const path of reports) {
  const report = JSON.parse(readFileSync(path, 'utf8')) as Report;
  for (const [file, result] of Object.entries(report.files))
    files.set(file.replace(/^.*?(src\/core\/)/u, '$1'), result);
}

// Stryker's own definition: detected (killed, timed out) over valid (detected, survived, no coverage).
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
type Tally = { detected: number; valid: number };
const byFolder = new Map<string, Tally>();
const total: Tally = { detected: 0, valid: 0 };
const add = (tally: Tally, m: Mutant) => {
  if (DETECTED.has(m.status)) tally.detected += 1;
  if (DETECTED.has(m.status) || UNDETECTED.has(m.status)) tally.valid += 1;
};
const percent = ({ detected, valid }: Tally) => (valid === 0 ? '—' : `${((100 * detected) / valid).toFixed(1)} %`);

for (const [file, { source, mutants }] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  const folder = file.split('/').slice(0, -1).join('/');
  const tally = byFolder.get(folder) ?? { detected: 0, valid: 0 };
  const own: Tally = { detected: 0, valid: 0 };
  for (const m of mutants) {
    add(tally, m);
    add(total, m);
    add(own, m);
  }
  byFolder.set(folder, tally);
  if (!values.survivors) continue;
  const lines = source.split('\n');
  const missed = mutants.filter(m => UNDETECTED.has(m.status));
  if (missed.length === 0) continue;
  console.log(`\n${file}: ${percent(own)} (${own.valid - own.detected} undetected)`);
  for (const m of missed.sort((a, b) => a.location.start.line - b.location.start.line)) {
    const { line } = m.location.start;
    const code = (lines[line - 1] ?? '').trim().slice(0, 110);
    const becomes = (m.replacement ?? '').replace(/\s+/gu, ' ').slice(0, 60);
    console.log(`  ${line} ${m.status === 'NoCoverage' ? 'NOCOV ' : ''}${m.mutatorName} → ${becomes}   | ${code}`);
  }
}
console.log('\nfolder                      score     undetected / valid');
for (const [folder, tally] of [...byFolder].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`${folder.padEnd(27)} ${percent(tally).padStart(7)}   ${tally.valid - tally.detected} / ${tally.valid}`);
console.log(
  `${'src/core (all)'.padEnd(27)} ${percent(total).padStart(7)}   ${total.valid - total.detected} / ${total.valid}`,
);
