// Size of what Apps Script parses on every execution, and of each UI page.
import { readdirSync, statSync } from 'node:fs';

const print = (metric: string, value: number, unit: string) =>
  console.log(JSON.stringify({ metric, n: 1, value, unit }));
print('bundle.code_kb', Math.round(statSync('dist/Code.js').size / 102.4) / 10, 'KB');
for (const file of readdirSync('dist').filter(f => f.endsWith('.html'))) {
  print(
    `bundle.${file.replace(/\.html$/u, '').toLowerCase()}_html_kb`,
    Math.round(statSync(`dist/${file}`).size / 102.4) / 10,
    'KB',
  );
}
