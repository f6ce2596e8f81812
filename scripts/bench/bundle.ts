// Size of what Apps Script parses on every execution, and of each UI page.
import { readdirSync, statSync } from 'node:fs';
import { printMetric } from '../lib/bench.ts';

const kb = (file: string) => Math.round(statSync(file).size / 102.4) / 10;
printMetric('bundle.code_kb', 1, kb('dist/Code.js'), 'KB');
for (const file of readdirSync('dist').filter(f => f.endsWith('.html'))) {
  printMetric(`bundle.${file.replace(/\.html$/u, '').toLowerCase()}_html_kb`, 1, kb(`dist/${file}`), 'KB');
}
