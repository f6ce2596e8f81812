// Builds the add-on for Apps Script: dist/Code.js (one IIFE plus generated top-level wrappers),
// dist/<Page>.html for each UI page (scripts and styles inlined), dist/appsscript.json, and the command line's
// bundle dist/cli/tiers.mjs (not pushed: .claspignore lets only Code.js, *.html and appsscript.json through).
// `tsx scripts/build.ts --cli` rebuilds only the command line's bundle.
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import type { LocalText } from '../src/core/settings-schema.ts';
import { SIDEBAR_TEXT } from '../src/core/wording/sidebar.ts';
import { readGlobals, renderWrappers } from './lib/globals.ts';

export const GLOBAL_NAME = 'CustomerTiers';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const pagesDir = path.join(root, 'src', 'ui', 'pages');

async function buildServer(): Promise<string> {
  const entry = path.join(root, 'src', 'main.ts');
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    minify: false,
    treeShaking: true,
    logLevel: 'warning',
  });
  const bundle = result.outputFiles[0]?.text ?? '';
  const globals = readGlobals(entry, await readFile(entry, 'utf8'));
  const header = `// Customer Tiers: built by scripts/build.ts from src/. Do not edit; run \`npm run build\`.\n`;
  const footer = `\n// Apps Script entry points: real top-level declarations so Sheets sees custom functions and menus.\n${renderWrappers(GLOBAL_NAME, globals)}`;
  const file = path.join(dist, 'Code.js');
  await writeFile(file, header + bundle + footer);
  return file;
}

/** Each page's document title until its script sets the one in the user's language. */
const PAGE_TITLES: Readonly<Record<string, LocalText>> = { Sidebar: SIDEBAR_TEXT.title };

function pageTitle(pageName: string): string {
  const title = PAGE_TITLES[pageName];
  return title ? `${title.zh} · ${title.en}` : 'Customer Tiers';
}

/** Escapes what would end an inline <script> or <style> element early. */
function inlineSafe(code: string, tag: 'script' | 'style'): string {
  return code.replace(new RegExp(`</(${tag})`, 'giu'), '<\\/$1');
}

async function buildPages(): Promise<string[]> {
  const entries = (await readdir(pagesDir).catch(() => [])).filter(name => name.endsWith('.tsx'));
  const written: string[] = [];
  for (const entryName of entries) {
    const pageName = path.basename(entryName, '.tsx');
    const result = await esbuild.build({
      entryPoints: [path.join(pagesDir, entryName)],
      bundle: true,
      write: false,
      outdir: path.join(dist, 'pages'),
      format: 'iife',
      target: 'es2020',
      platform: 'browser',
      charset: 'utf8',
      minify: true,
      jsx: 'automatic',
      jsxImportSource: 'preact',
      legalComments: 'none',
      logLevel: 'warning',
    });
    const script = result.outputFiles.find(f => f.path.endsWith('.js'))?.text ?? '';
    const style = result.outputFiles.find(f => f.path.endsWith('.css'))?.text ?? '';
    const html = [
      '<!DOCTYPE html>',
      // English until the page's script sets the user's language (its first title is English too).
      '<html lang="en">',
      '<head>',
      '<meta charset="utf-8">',
      // A title before the page's script sets the one in the user's language (screen readers announce it).
      `<title>${pageTitle(pageName)}</title>`,
      '<base target="_top">',
      `<style>${inlineSafe(style, 'style')}</style>`,
      '</head>',
      '<body>',
      '<div id="app"></div>',
      `<script>${inlineSafe(script, 'script')}</script>`,
      '</body>',
      '</html>',
      '',
    ].join('\n');
    const file = path.join(dist, `${pageName}.html`);
    await writeFile(file, html);
    written.push(file);
  }
  return written;
}

/**
 * The CLI as one ES module for Node: starting it costs no TypeScript compilation. exceljs and @duckdb/node-api stay external and are
 * imported only when an .xlsx file is read, so a CSV run never loads it.
 */
async function buildCli(): Promise<string> {
  const file = path.join(dist, 'cli', 'tiers.mjs');
  await esbuild.build({
    entryPoints: [path.join(root, 'scripts', 'tiers.ts')],
    bundle: true,
    outfile: file,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['exceljs', '@duckdb/node-api'],
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
  return file;
}

async function main(): Promise<void> {
  if (process.argv.includes('--cli')) {
    await buildCli();
    return;
  }
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });
  const manifest = path.join(dist, 'appsscript.json');
  await copyFile(path.join(root, 'appsscript.json'), manifest);
  const outputs = [await buildServer(), ...(await buildPages()), manifest, await buildCli()];
  for (const file of outputs) {
    const { size } = await stat(file);
    console.log(`${path.relative(root, file).padEnd(28)} ${(size / 1024).toFixed(1).padStart(8)} KB`);
  }
}

await main();
