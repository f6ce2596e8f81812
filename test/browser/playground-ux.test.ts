// The playground's rough edges found by hostile use, in headless Chromium on the real server: a key typed right after
// Tab, reading a long cell, toasts over the sidebar's Save area, and an XLSX import/export round trip that keeps
// dates, percentages and formulas.
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import type { RunningPlayground } from '../../scripts/playground/server.ts';
import { startSamplePlayground } from './harness.ts';

let running: RunningPlayground;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  running = await startSamplePlayground('en');
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  await context.route('**/*', route =>
    route.request().url().startsWith(running.url) ? route.continue() : route.abort('blockedbyclient'),
  );
  page = await context.newPage();
  page.on('pageerror', error => pageErrors.push(error.message));
  await page.goto(running.url);
  await page.locator('td[data-cell="1:1"]').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

beforeEach(async () => {
  await page.click('#reset');
  await settled();
});

async function settled(): Promise<void> {
  await page.waitForFunction(() => !document.body.classList.contains('busy'));
}

async function runMenu(functionName: string): Promise<void> {
  await page.click('#menu-button');
  await page.click(`#menu-list [data-function="${functionName}"]`);
  await settled();
}

describe('playground grid', () => {
  it('keeps a key typed right after Tab, while the previous edit is still on its way', async () => {
    // The server answers the first edit late, as over a slow machine: the redraw comes while the next editor is open.
    await page.route('**/api/edit', async route => {
      await new Promise(resolve => setTimeout(resolve, 300));
      await route.continue();
    });
    await page.dblclick('td[data-cell="3:2"]');
    await page.fill('input.editor', 'West');
    await page.keyboard.press('Tab');
    await page.keyboard.type('50');
    await page.waitForTimeout(600);
    await page.keyboard.type('00');
    await page.keyboard.press('Enter');
    await settled();
    await page.unroute('**/api/edit');
    expect(await page.textContent('td[data-cell="3:2"]')).toBe('West');
    expect(await page.textContent('td[data-cell="3:3"]')).toBe('5000');
    expect(await page.locator('input.editor').count()).toBe(0);
    expect(await page.getAttribute('td.selected', 'data-cell')).toBe('4:3');
  });

  it('shows the whole text of a long cell in the formula bar, and a formula as typed', async () => {
    const long = `${'Long note about this customer, '.repeat(8)}end.`;
    await page.dblclick('td[data-cell="2:2"]');
    await page.fill('input.editor', long);
    await page.press('input.editor', 'Enter');
    await settled();
    await page.click('td[data-cell="2:2"]');
    expect(await page.inputValue('#formula-bar')).toBe(long);
    expect(await page.textContent('#cell-name')).toBe('B2');
    expect(await page.getAttribute('td[data-cell="2:2"]', 'title')).toBe(long);
    await page.keyboard.press('ArrowDown');
    expect(await page.textContent('#cell-name')).toBe('B3');
    expect(await page.inputValue('#formula-bar')).toBe((await page.textContent('td[data-cell="3:2"]')) ?? '');
  });
});

describe('playground toasts and the sidebar', () => {
  it("stacked toasts leave the sidebar's Save button and its unsaved-changes line visible", async () => {
    await runMenu('openSettings');
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('button.primary').waitFor();
    // Two quick runs stack two toasts (each stays 8 s); before the fix they sat over the Save area.
    for (let i = 0; i < 2; i++) await runMenu('recomputeTiers');
    await expect.poll(() => page.locator('.toast').count()).toBeGreaterThanOrEqual(2);
    const frame = await page.locator('#sidebar-frame').boundingBox();
    const toasts = await page
      .locator('.toast')
      .evaluateAll(nodes => nodes.map(n => n.getBoundingClientRect().toJSON()));
    for (const t of toasts as { left: number; right: number; top: number; bottom: number }[]) {
      const overlaps = frame !== null && t.right > frame.x && t.left < frame.x + frame.width;
      expect(overlaps).toBe(false);
    }
  });
});

describe('playground XLSX round trip', () => {
  const CUSTOMERS = 'Customers (sample)';

  async function exported(): Promise<ExcelJS.Worksheet | undefined> {
    const download = page.waitForEvent('download');
    await page.click('#export');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await (await download).path());
    return workbook.getWorksheet(CUSTOMERS);
  }

  it('keeps imported dates on their day and percentages as percentages', async () => {
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet('Mine');
    sheet.addRow(['Customer', 'Revenue', 'Profit', 'Overdue days', 'Last order', 'Margin']);
    sheet.addRow(['Acme Ltd', 1200000, 300000, 0, new Date(Date.UTC(2026, 9, 1)), 0.25]);
    sheet.getCell('E2').numFmt = 'yyyy-mm-dd';
    sheet.getCell('F2').numFmt = '0.0%';
    const upload = Buffer.from(await source.xlsx.writeBuffer());
    await page.setInputFiles('#import', { name: 'mine.xlsx', mimeType: 'application/octet-stream', buffer: upload });
    await expect.poll(() => page.textContent('td[data-cell="2:1"]')).toBe('Acme Ltd');
    expect(await page.textContent('td[data-cell="2:6"]')).toBe('25%');

    const out = await exported();
    const date = out?.getCell('E2').value;
    expect(date instanceof Date ? date.toISOString().slice(0, 10) : date).toBe('2026-10-01');
    expect(out?.getCell('F2').value).toBe(0.25);
    expect(out?.getCell('F2').numFmt).toMatch(/%$/u);
  });

  it('exports a =HYPERLINK name as its formula, text that looks like a formula as a string cell, dates on their day', async () => {
    const csv = [
      'Customer,Revenue,Note,Last order',
      '"=HYPERLINK(""https://example.com/acme"",""Acme Ltd"")",1200000,"\'=cmd|\' /C calc\'!A0",2026-10-01',
      'Beta,-5000,ok,2026-03-05',
    ].join('\n');
    await page.setInputFiles('#import', { name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.textContent('td[data-cell="3:1"]')).toBe('Beta');
    const out = await exported();
    expect(out?.getCell('A2').value).toMatchObject({ formula: 'HYPERLINK("https://example.com/acme","Acme Ltd")' });
    expect(out?.getCell('C2').value).toBe("=cmd|' /C calc'!A0");
    expect(out?.getCell('B3').value).toBe(-5000);
    // A typed date is midnight in the workbook's zone (Asia/Shanghai): exported on its own day, not the one before.
    const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
    expect([day(out?.getCell('D2').value), day(out?.getCell('D3').value)]).toEqual(['2026-10-01', '2026-03-05']);
  });

  it('raised no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
