// axe-core on every page the add-on and the playground show, in zh and en, empty, filled and with a validation
// message: a serious or critical violation fails with its rule and element. One browser for the file; each page is
// opened once and walked through its states.
import { readdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator/index.ts';
import type { RunningPlayground } from '../../scripts/playground/server.ts';
import { ALL_IMPACTS, axeViolations } from './axe.ts';
import { browserForFile, DIST, emulatorBackend, type OpenedPage, startSamplePlayground } from './harness.ts';

// As in sidebar.test.ts: a revenue weight of 200 moves three customers, so the preview lists examples.
const CUSTOMERS = [
  ['客户名称', '销售额', '利润', '逾期天数'],
  ['华东机电', 1_200_000, 260_000, 0],
  ['宁波精密', 1_200_000, 2_000, 60],
  ['南方贸易', 250_000, 30_000, 100],
  ['北辰五金', 80_000, 5_000, 45],
  ['西湖包装', 100_000, 250_000, 0],
  ['东海包装', '', 12_000, 0],
  ['东海塑料', '三千', 1_000, 5],
];

const session = browserForFile();

/** A workbook in `locale`, with the sample customers (graded) or with no customer table at all. */
function workbook(locale: 'zh_CN' | 'en_US', withCustomers: boolean): Emulator {
  const emu = new Emulator({
    locale,
    timeZone: 'Asia/Shanghai',
    now: () => new Date('2026-03-05T04:00:00Z'),
    firstSheet: withCustomers ? null : 'Notes',
  });
  emu.loadBundle(session.bundle());
  if (withCustomers) {
    emu.addSheet('客户', CUSTOMERS);
    if (!emu.scriptRun('recomputeTiers').ok) throw new Error('recomputeTiers failed');
  }
  return emu;
}

async function openSidebar(emu: Emulator, pageName = 'Sidebar'): Promise<OpenedPage> {
  const o = await session.open({ backend: emulatorBackend(emu), pageName });
  await o.page.waitForSelector('main h1, main .notice');
  return o;
}

/** Shows a validation message next to a field and the save bar's refusal, as a user who typed a bad weight sees. */
async function showValidationError(page: Page): Promise<void> {
  await page.fill('#f-dimensions-1-weight', '-5');
  await page.locator('#e-dimensions-1-weight').waitFor();
  await page.click('button.primary');
  await page.locator('[data-testid="save-status"]').waitFor();
}

describe('Sidebar accessibility (axe-core)', () => {
  it('has no serious violation when empty, filled or showing an error, in zh and in en', {
    timeout: 120_000,
  }, async () => {
    const found: string[] = [];
    for (const [lang, locale] of [
      ['zh', 'zh_CN'],
      ['en', 'en_US'],
    ] as const) {
      const empty = await openSidebar(workbook(locale, false));
      await empty.page.locator('.preview .notice').first().waitFor();
      expect(await empty.page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
      found.push(...(await axeViolations(empty.page, `${lang} empty`)));
      await showValidationError(empty.page);
      found.push(...(await axeViolations(empty.page, `${lang} empty, error shown`)));
    }
    const filled = await openSidebar(workbook('zh_CN', true));
    await filled.page.waitForSelector('.preview .bars');
    for (const lang of ['zh', 'en']) {
      if (lang === 'en') await filled.page.click('button.lang');
      await filled.page.fill('#f-dimensions-0-weight', lang === 'zh' ? '200' : '199'); // moves customers: examples shown
      await filled.page.locator('[data-testid="examples"]').waitFor();
      found.push(...(await axeViolations(filled.page, `${lang} filled`)));
      await showValidationError(filled.page);
      found.push(...(await axeViolations(filled.page, `${lang} filled, error shown`)));
      await filled.page.fill('#f-dimensions-1-weight', '15');
    }
    expect(found).toEqual([]);
  });

  it('has no serious violation when loading fails and offers a retry', { timeout: 120_000 }, async () => {
    const o = await session.open({
      backend: () => ({ ok: false, error: { name: 'ScriptError', message: 'Exception: Service unavailable' } }),
    });
    await o.page.locator('[role="alert"] button').waitFor();
    expect(await axeViolations(o.page, 'load failed')).toEqual([]);
  });

  it('checks every other page of the build (dialogs) too', { timeout: 120_000 }, async () => {
    const pages = (await readdir(DIST)).filter(name => name.endsWith('.html')).map(name => name.slice(0, -5));
    expect(pages).toContain('Sidebar');
    const found: string[] = [];
    for (const name of pages.filter(p => p !== 'Sidebar')) {
      const o = await session.open({ backend: emulatorBackend(workbook('zh_CN', true)), pageName: name });
      await o.page.waitForLoadState('load');
      found.push(...(await axeViolations(o.page, name)));
    }
    expect(found).toEqual([]);
  });
});

describe('Playground accessibility (axe-core)', () => {
  let running: RunningPlayground | undefined;

  afterAll(async () => {
    await running?.close();
  });

  // The playground is held to no violation of any impact (its empty table header and missing h1 were minor ones).
  it('has no violation with the sample, an empty sheet, the menu, the sidebar with an error and a dialog, in zh and en', {
    timeout: 120_000,
  }, async () => {
    running = await startSamplePlayground('zh');
    const context = await session.browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const found: string[] = [];
    // The whole page for the grids; only the part that changed for the menu, the sidebar and the dialog (axe on the
    // full grid takes seconds).
    const check = async (state: string, scope: { within?: string; frame?: string } = {}) =>
      found.push(...(await axeViolations(page, state, { impacts: ALL_IMPACTS, ...scope })));
    const settled = () => page.waitForFunction(() => !document.body.classList.contains('busy'));
    await page.goto(running.url);
    await page.locator('td[data-cell="1:1"]').waitFor();
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') {
        await page.selectOption('#lang', 'en');
        await settled();
      }
      await check(`${lang} sample`);
      expect(await page.title()).toBe(await page.textContent('h1'));
      // The benefit log before any entry: a header row and empty cells.
      await page.click('#menu-button');
      await check(`${lang} menu open`, { within: '.menu' });
      await page.click('#menu-list [data-function="setUpBenefitLog"]');
      await settled();
      for (const ok of await page.locator('.modal-ok').all()) await ok.click(); // the command may confirm with an alert
      await check(`${lang} empty benefit log`);
      // The settings sidebar in its frame, with a validation message shown.
      await page.click('#menu-button');
      await page.click('#menu-list [data-function="openSettings"]');
      await settled();
      const sidebar = page.frameLocator('#sidebar-frame');
      await sidebar.locator('#f-dimensions-1-weight').fill('-5');
      await sidebar.locator('#e-dimensions-1-weight').waitFor();
      await check(`${lang} sidebar, error shown`, { frame: '/sidebar' });
      await page.click('#sidebar-close');
      await settled();
      // An alert dialog (Help) over the grid.
      await page.click('#menu-button');
      await page.click('#menu-list [data-function="showHelp"]');
      await page.locator('.modal').first().waitFor();
      await check(`${lang} dialog`, { within: '#modal' });
      await page.click('.modal-ok');
    }
    await context.close();
    expect(found).toEqual([]);
  });
});
