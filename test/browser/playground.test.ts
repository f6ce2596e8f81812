// The playground in headless Chromium, the way a new user goes through it: the page served by the real server
// (in-process, free port) over the built dist/Code.js on the emulator. Recompute from the menu, colours, settings in
// the real sidebar, a benefit log entry over quota, an XLSX export read back with exceljs, the service plan and its
// salesperson picker. Takes the playground and service plan screenshots (docs/ with UPDATE_SCREENSHOTS=1).
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotPath } from '../../scripts/lib/chromium.ts';
import type { RunningPlayground } from '../../scripts/playground/server.ts';
import { argbOf } from '../../scripts/playground/workbook-io.ts';
import { startSamplePlayground } from './harness.ts';

const CUSTOMERS = 'Customers (sample)';
let running: RunningPlayground;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const external: string[] = [];
const pageErrors: string[] = [];
const dialogs: string[] = [];

beforeAll(async () => {
  running = await startSamplePlayground('zh');
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1360, height: 780 }, acceptDownloads: true });
  await context.route('**/*', route => {
    const url = route.request().url();
    if (url.startsWith(running.url) || url.startsWith('about:') || url.startsWith('data:')) return route.continue();
    external.push(url);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
  page.on('pageerror', error => pageErrors.push(error.message));
  page.on('dialog', dialog => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(running.url);
  await page.locator('td[data-cell="1:1"]').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

/** Waits until the page has redrawn from the server's answer. */
async function settled(): Promise<void> {
  await page.waitForFunction(() => !document.body.classList.contains('busy'));
}

async function runMenu(functionName: string): Promise<void> {
  await page.click('#menu-button');
  await page.click(`#menu-list [data-function="${functionName}"]`);
  await settled();
}

/** Each data row of the shown sheet: the text of the column headed `header` and the colour of column A. */
async function column(header: string): Promise<{ text: string; colour: string }[]> {
  return page.$$eval(
    'table.grid tbody tr',
    (rows, wanted) => {
      const headers = [...(rows[0]?.querySelectorAll('td') ?? [])].map(td => td.textContent ?? '');
      const index = headers.indexOf(wanted);
      return rows
        .slice(1)
        .map(tr => [...tr.querySelectorAll('td')])
        .filter(cells => (cells[0]?.textContent ?? '') !== '')
        .map(cells => ({
          text: index < 0 ? '' : (cells[index]?.textContent ?? ''),
          colour: cells[0] ? getComputedStyle(cells[0]).backgroundColor : '',
        }));
    },
    header,
  );
}

/** Shows a sheet by clicking its tab. */
async function showSheet(name: string): Promise<void> {
  await page.click(`.tab[data-sheet="${name}"]`);
  await page.locator(`table.grid[data-sheet="${name}"]`).waitFor();
}

/** Double-clicks a cell, types `value` and presses Enter, then waits for the redraw. */
async function typeInto(row: number, col: number, value: string): Promise<void> {
  await page.dblclick(`td[data-cell="${row}:${col}"]`);
  await page.fill('input.editor', value);
  await page.press('input.editor', 'Enter');
  await settled();
}

function yesterday(): string {
  const date = new Date(Date.now() - 86_400_000);
  // The emulated workbook's time zone.
  return date.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

describe('playground (browser)', () => {
  describe("a new user's first session", () => {
    it('shows the sample workbook in Chinese; switching to English keeps an edit, Reset starts over in English', async () => {
      expect(await page.textContent('td[data-cell="1:1"]')).toBe('客户名称');
      await typeInto(2, 1, '我的客户');
      await page.selectOption('#lang', 'en');
      await settled();
      expect(await page.textContent('#menu-button')).toContain('Extensions');
      expect(await page.textContent('td[data-cell="1:1"]')).toBe('客户名称');
      expect(await page.textContent('td[data-cell="2:1"]')).toBe('我的客户');
      await page.click('#reset');
      await settled();
      expect(await page.textContent('td[data-cell="1:1"]')).toBe('Customer');
      expect(await page.locator('.tab').allTextContents()).toEqual(
        expect.arrayContaining(['Customers (sample)', 'Benefit log']),
      );
      expect(await page.locator('tr.frozen').count()).toBe(1);
    });

    it('runs Recompute tiers from the Extensions menu: tiers, row colours and a toast', async () => {
      await runMenu('recomputeTiers');
      const rows = await column('Tier');
      const tiers = new Set(rows.map(row => row.text));
      for (const tier of ['A', 'B', 'C', 'D']) expect(tiers).toContain(tier);
      const colourOf = (tier: string) => rows.find(row => row.text === tier)?.colour;
      expect(new Set(['A', 'B', 'C', 'D'].map(colourOf)).size).toBe(4);
      expect(colourOf('A')).not.toBe('rgb(255, 255, 255)');
      await expect.poll(() => page.locator('.toast').count()).toBeGreaterThan(0);
    });

    it('opens settings in the 300 px sidebar, changes a weight, saves, and rows change colour', async () => {
      const before = await column('Tier');
      await runMenu('openSettings');
      const frameElement = page.locator('#sidebar-frame');
      expect((await frameElement.boundingBox())?.width).toBe(300);
      const sidebar = page.frameLocator('#sidebar-frame');
      await sidebar.locator('#f-dimensions-0-weight').fill('200');
      await sidebar.locator('button.primary').click();
      await expect.poll(() => sidebar.locator('#h-preview').textContent()).toBe('Preview (same as saved)');
      await showSheet(CUSTOMERS);
      const after = await column('Tier');
      expect(after.map(row => row.text)).not.toEqual(before.map(row => row.text));
      const recoloured = after.filter((row, i) => row.colour !== before[i]?.colour);
      expect(recoloured.length).toBeGreaterThan(0);
      await page.screenshot({ path: screenshotPath('playground.png') });
    });

    it('adds a benefit log entry over quota and shows its status', async () => {
      await showSheet(CUSTOMERS);
      const rows = await column('Tier');
      const customerRow = rows.findIndex(row => row.text === 'D') + 2;
      const customer = (await page.textContent(`td[data-cell="${customerRow}:1"]`)) ?? '';
      await showSheet('Benefit log');
      await typeInto(2, 1, yesterday());
      await typeInto(2, 2, customer);
      await typeInto(2, 3, 'Free samples');
      await typeInto(2, 4, '999999');
      expect(await page.textContent('td[data-cell="2:2"]')).toBe(customer);
      await expect.poll(() => page.textContent('td[data-cell="2:7"]')).toMatch(/^Over quota by ¥/u);
      const colour = await page.$eval('td[data-cell="2:7"]', td => getComputedStyle(td).backgroundColor);
      expect(colour).toBe('rgb(244, 204, 204)');
    });

    it('exports the workbook as XLSX with values and fill colours', async () => {
      await showSheet(CUSTOMERS);
      const rows = await column('Tier');
      const download = page.waitForEvent('download');
      await page.click('#export');
      const file = await (await download).path();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.getWorksheet(CUSTOMERS);
      expect(sheet?.getCell('A1').value).toBe('Customer');
      expect(sheet?.getCell('A2').value).toBe(await page.textContent('td[data-cell="2:1"]'));
      const [r, g, b] = (rows[0]?.colour.match(/\d+/gu) ?? []).map(Number);
      const hex = `#${[r, g, b].map(n => (n ?? 0).toString(16).padStart(2, '0')).join('')}`;
      expect(sheet?.getCell('A2').fill).toMatchObject({ fgColor: { argb: argbOf(hex) } });
      const log = workbook.getWorksheet('Benefit log');
      expect(String(log?.getCell('G2').value)).toMatch(/^Over quota by ¥/u);
    });

    it('shows sheet text as characters: a cell typed as HTML runs nothing', async () => {
      const html = '<img src=x onerror=alert(1)>';
      await typeInto(2, 5, html);
      expect(await page.textContent('td[data-cell="2:5"]')).toBe(html);
      expect(await page.locator('table.grid img').count()).toBe(0);
    });

    it("shows the add-on's alerts on the page (Help)", async () => {
      await runMenu('showHelp');
      const alert = page.locator('.modal.alert');
      await expect.poll(() => alert.locator('h2').textContent()).toBe('Customer Tiers');
      expect(await alert.locator('.modal-message').textContent()).toContain('Recompute tiers');
      await alert.locator('button').click();
      expect(await page.locator('.modal').count()).toBe(0);
    });

    it("draws the Summary's native charts from their ranges, over the grid at their anchor cells", async () => {
      await runMenu('showSummary');
      const titles = await page.$$eval('figure.chart', figures => figures.map(f => f.getAttribute('data-chart-title')));
      // The benefit log exists (an earlier test logged a use), so the spend chart is there too.
      expect(titles).toEqual(['Customers per tier', 'Benefit spend and profit per tier', 'Revenue Pareto']);
      expect(await page.locator('td[data-cell="1:13"] figure.chart').count()).toBe(1);
      // The tier chart's columns are as tall as the tier table's customer counts (B4:B7), relative to the tallest.
      const counts = await page.$$eval('td[data-cell]', cells =>
        cells
          .filter(c => /^[4-7]:2$/u.test(c.getAttribute('data-cell') ?? ''))
          .map(c => Number(c.textContent?.replace(/,/gu, ''))),
      );
      const heights = await page.$$eval('figure[data-chart-title="Customers per tier"] rect.bar', bars =>
        bars.map(b => Number(b.getAttribute('height'))),
      );
      expect(counts).toHaveLength(4);
      const top = Math.max(...counts);
      const tallest = Math.max(...heights);
      const drawn = counts.filter(c => c > 0);
      expect(heights).toHaveLength(drawn.length);
      drawn.forEach((count, i) => {
        expect(heights[i]).toBeCloseTo((count / top) * tallest, 3);
      });
      // The Pareto's cumulative share is a line on the right-hand percent axis, ending at 100%.
      const pareto = page.locator('figure[data-chart-title="Revenue Pareto"]');
      expect(await pareto.locator('polyline.line').count()).toBe(1);
      expect(await pareto.locator('text.axis-right').allTextContents()).toEqual(['0%', '50%', '100%']);
    });

    it("runs Service plan: everyone's counts, then one salesperson's customers picked in B2", async () => {
      await runMenu('showServicePlan');
      await page.locator('table.grid[data-sheet="Service plan"]').waitFor();
      expect(await page.textContent('td[data-cell="2:2"]')).toBe('All');
      const links = () => page.locator('table.grid td[data-cell$=":8"]', { hasText: /^Row \d+$/u }).count();
      const everyone = await links();
      expect(everyone).toBeGreaterThan(0);
      await typeInto(2, 2, 'Wang Fang');
      const counts = await page
        .locator('table.grid tr')
        .evaluateAll(rows => rows.map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent ?? '')));
      const wang = counts.find(cells => cells[0] === 'Wang Fang' && /^\d+$/u.test(cells[2] ?? ''));
      await expect.poll(links).toBe(Number(wang?.[2]));
      expect(await links()).toBeLessThan(everyone);
      // The picture shows the sheet itself: settings sidebar closed, toasts gone.
      if (await page.locator('#sidebar-close').isVisible()) await page.click('#sidebar-close');
      await settled();
      await page.locator('.toast').evaluateAll(toasts => {
        for (const toast of toasts) toast.remove();
      });
      await page.screenshot({ path: screenshotPath('service-plan.png') });
    });

    it('resets to the sample, then imports a CSV file into the customer sheet', async () => {
      await page.click('#reset');
      await settled();
      await showSheet(CUSTOMERS);
      expect(await page.textContent('td[data-cell="2:5"]')).not.toContain('<img');
      const csv = 'Customer,Region,Revenue,Profit,Overdue days,Last order\nAcme Ltd,East,1200000,300000,0,2026-10-01\n';
      await page.setInputFiles('#import', { name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await expect.poll(() => page.textContent('td[data-cell="2:1"]')).toBe('Acme Ltd');
      expect(await page.textContent('td[data-cell="3:1"]')).toBe('');
    });

    it('asked no other host, raised no page error and no browser dialog', () => {
      expect(external).toEqual([]);
      expect(pageErrors).toEqual([]);
      expect(dialogs).toEqual([]);
    });
  });
});
