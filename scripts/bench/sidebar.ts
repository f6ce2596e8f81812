// Sidebar benchmark in headless Chromium: `sidebar.preview_ms`, the median time from a weight change to the
// updated what-if preview for 10,000 customers (factory preset, fixed bands; and with percentile ranks on every
// dimension), and `sidebar.html_kb`, the size of dist/Sidebar.html. Checks the preview's counts before timing.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { defaultSettings } from '../../src/core/presets.ts';
import type { Settings } from '../../src/core/settings.ts';
import type { SidebarData } from '../../src/core/sidebar-contract.ts';
import { DIST, launchChromium, openPage } from '../../test/browser/harness.ts';
import { printMetric } from '../lib/bench.ts';

const N = 10_000;
const WARM_UP = 5;
const RUNS = 31;

/** A deterministic customer list (seeded LCG): revenue spread over four orders of magnitude, some overdue. */
function customers(n: number): SidebarData['table'] {
  let seed = 20260305;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const rows: (string | number)[][] = [];
  for (let i = 0; i < n; i++) {
    const revenue = Math.round(10 ** (3.5 + random() * 3));
    const profit = Math.round(revenue * (0.05 + random() * 0.3));
    const overdue = random() < 0.6 ? 0 : Math.round(random() * 200);
    rows.push([`客户 ${i + 1}`, revenue, i % 97 === 0 ? '' : profit, overdue]);
  }
  return { sheetName: '客户', headers: ['客户名称', '销售额', '利润', '逾期天数'], rows };
}

function withPercentiles(s: Settings): Settings {
  return { ...s, dimensions: s.dimensions.map(d => ({ ...d, normalisation: { kind: 'percentile' } })) };
}

/** Sets the first weight in the page and resolves with the milliseconds until the preview re-rendered. */
function timeWeightChange(page: Page, value: string): Promise<number> {
  return page.evaluate(async typed => {
    const input = document.querySelector<HTMLInputElement>('#f-dimensions-0-weight');
    const preview = document.querySelector<HTMLElement>('.preview');
    if (!input || !preview) throw new Error('sidebar not rendered');
    const before = preview.dataset.revision;
    const start = performance.now();
    const updated = new Promise<void>(resolve => {
      const observer = new MutationObserver(() => {
        if (preview.dataset.revision !== before) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(preview, { attributes: true, attributeFilter: ['data-revision'] });
    });
    input.value = typed;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await updated;
    return performance.now() - start;
  }, value);
}

async function previewCounts(page: Page): Promise<number[]> {
  return page.$$eval('[data-testid^="count-"]', els =>
    els.map(el => Number((el.textContent ?? '').replace(/,/gu, ''))),
  );
}

async function measure(metric: string, settings: Settings): Promise<void> {
  const table = customers(N);
  const data: SidebarData = {
    lang: 'zh',
    settings,
    settingsVersion: 1,
    table,
    tableProblem: null,
    settingsProblem: null,
    today: '2026-03-05',
  };
  const browser = await launchChromium();
  try {
    const opened = await openPage(browser, {
      backend: fn =>
        fn === 'getSidebarData' ? { ok: true, value: data } : { ok: false, error: { name: 'Error', message: fn } },
    });
    await opened.page.waitForSelector('.preview .bars', { timeout: 60_000 });
    // Correctness first: every customer is counted once, and a weight change moves some of them.
    const start = await previewCounts(opened.page);
    if (start.reduce((a, b) => a + b, 0) !== N) throw new Error(`preview counts ${start} do not add up to ${N}`);
    await timeWeightChange(opened.page, '200');
    const changed = await previewCounts(opened.page);
    if (changed.reduce((a, b) => a + b, 0) !== N || changed.join() === start.join()) {
      throw new Error(`weight change did not update the preview: ${start} → ${changed}`);
    }
    for (let i = 0; i < WARM_UP; i++) await timeWeightChange(opened.page, i % 2 === 0 ? '50' : '200');
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await timeWeightChange(opened.page, i % 2 === 0 ? '50' : '200'));
    times.sort((a, b) => a - b);
    printMetric(metric, N, Math.round((times[Math.floor(times.length / 2)] ?? Number.NaN) * 10) / 10, 'ms');
    if (opened.external.length > 0) throw new Error(`the page requested ${opened.external.join(', ')}`);
    await opened.close();
  } finally {
    await browser.close();
  }
}

await measure('sidebar.preview_ms', defaultSettings('factory', 'zh'));
await measure('sidebar.preview_percentile_ms', withPercentiles(defaultSettings('factory', 'zh')));
printMetric('sidebar.html_kb', 1, Math.round(statSync(path.join(DIST, 'Sidebar.html')).size / 102.4) / 10, 'KB');
