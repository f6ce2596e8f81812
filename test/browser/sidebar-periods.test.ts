// The sidebar's period select beside each allowance, in headless Chromium on the built add-on: changing a tier's
// period updates the budget preview, and Save sends the periods, which the server validates and stores.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator/index.ts';
import { screenshotPath } from '../../scripts/lib/chromium.ts';
import { emulatorBackend, launchChromium, openPage, readBuilt } from './harness.ts';

const SHEET = '客户';
const CUSTOMERS = [
  ['客户名称', '销售额', '利润', '逾期天数'],
  ['华东机电', 1_200_000, 260_000, 0],
  ['南方贸易', 600_000, 100_000, 0],
  ['北辰五金', 300_000, 50_000, 0],
];

let browser: Browser;
let bundle = '';

beforeAll(async () => {
  browser = await launchChromium();
  bundle = await readBuilt('Code.js');
});

afterAll(async () => {
  await browser?.close();
});

describe('Sidebar periods (browser)', () => {
  it('sets a tier’s period beside its allowance, previews the yearly budget and saves it', async () => {
    const emu = new Emulator({ locale: 'zh_CN', now: () => new Date('2026-03-05T04:00:00Z'), firstSheet: null });
    emu.loadBundle(bundle);
    emu.addSheet(SHEET, CUSTOMERS);
    const o = await openPage(browser, { backend: emulatorBackend(emu) });
    await o.page.waitForSelector('.preview .bars');
    const select = '#f-benefits-1-periods-0';
    expect(await o.page.textContent(`label[for="${select.slice(1)}"]`)).toBe('A 级周期');
    expect(await o.page.inputValue(select)).toBe('quarter');
    const before = await o.page.textContent('[data-testid="budget-training"]');
    expect(before).toMatch(/（每年）$/u);
    // A's one training a quarter becomes one a month: three times as many a year for each A customer.
    await o.page.selectOption(select, 'month');
    await o.page.waitForFunction(
      old => document.querySelector('[data-testid="budget-training"]')?.textContent !== old,
      before,
    );
    expect(await o.page.textContent('[data-testid="budget-training"]')).toContain(`(${before?.match(/\d+ 次/u)?.[0]})`);
    await o.page.locator('[data-benefit="training"]').screenshot({ path: screenshotPath('sidebar-periods.png') });
    await o.page.click('button.primary');
    await o.page.waitForFunction(() => document.querySelector('#h-preview')?.textContent === '预览（与已保存一致）');
    const save = o.calls.find(c => c.fn === 'saveSettings');
    expect(save?.args[0]).toMatchObject({
      benefits: [{}, { id: 'training', periods: ['month', 'half', 'year', 'year'] }, {}],
    });
    const stored = emu.gas.PropertiesService.getDocumentProperties().getProperty('customerTiers.settings') ?? '{}';
    expect(JSON.parse(stored).benefits[1].periods).toEqual(['month', 'half', 'year', 'year']);
    expect(o.pageErrors).toEqual([]);
  });
});
