import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator/index.ts';
import { screenshotPath } from '../../scripts/lib/chromium.ts';
import { emulatorBackend, launchChromium, type OpenedPage, openPage, readBuilt } from './harness.ts';

const SHEET = '客户';
const HTML_NAME = '<img src=x onerror=alert(1)>';
// Factory preset (revenue 50, profit 15, overdue days 35, fixed bands, cut-offs 80/60/40). Raising the revenue
// weight to 200 lifts row 3 (score 67 → 86.8: B → A) and row 4 (36 → 50.4: D → C) and drops row 6 (70 → 52: B → C).
const CUSTOMERS = [
  ['客户名称', '销售额', '利润', '逾期天数'],
  ['华东机电', 1_200_000, 260_000, 0],
  [HTML_NAME, 1_200_000, 2_000, 60],
  ['南方贸易', 250_000, 30_000, 100],
  ['北辰五金', 80_000, 5_000, 45],
  ['西湖包装', 100_000, 250_000, 0],
  ['东海包装', '', 12_000, 0],
  ['东海塑料', '三千', 1_000, 5],
];
const TIER_COLOURS = { A: '#b7e1cd', B: '#d9ead3', C: '#fce8b2' };

let browser: Browser;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh workbook with the customer sheet, graded once with the saved (default) settings. */
let bundle = '';

beforeAll(async () => {
  bundle = await readBuilt('Code.js');
});

function workbook(): Emulator {
  const emu = new Emulator({
    locale: 'zh_CN',
    timeZone: 'Asia/Shanghai',
    now: () => new Date('2026-03-05T04:00:00Z'),
    firstSheet: null,
  });
  emu.loadBundle(bundle);
  emu.addSheet(SHEET, CUSTOMERS);
  const graded = emu.scriptRun('recomputeTiers');
  if (!graded.ok) throw new Error(`recomputeTiers failed: ${graded.error.message}`);
  return emu;
}

async function open(emu: Emulator): Promise<OpenedPage> {
  const page = await openPage(browser, { backend: emulatorBackend(emu) });
  opened.push(page);
  await page.page.waitForSelector('.preview .bars');
  return page;
}

/** The preview's count per bar key ('t0' = first tier, 'ins', 'inv'). */
async function counts(o: OpenedPage): Promise<Record<string, string>> {
  const entries = await o.page.$$eval('[data-testid^="count-"]', els =>
    els.map(el => [el.getAttribute('data-testid')?.slice(6) ?? '', el.textContent ?? '']),
  );
  return Object.fromEntries(entries);
}

/** The Tier column (after the input columns) of each data row. */
function tierColumn(emu: Emulator): unknown[] {
  return emu
    .snapshot(SHEET)
    .values.slice(1)
    .map(row => row[4]);
}

afterAll(async () => {
  for (const o of opened) await o.close().catch(() => {});
});

describe('Sidebar (browser)', () => {
  it('loads once and shows customers per tier as saved, with no request to another host', async () => {
    const emu = workbook();
    const o = await open(emu);
    expect(await counts(o)).toEqual({ t0: '1', t1: '2', t2: '0', t3: '2', ins: '1', inv: '1' });
    expect(await o.page.textContent('#h-preview')).toBe('预览（与已保存一致）');
    expect(o.calls.map(c => c.fn)).toEqual(['getSidebarData']);
    expect(o.external).toEqual([]);
    expect(o.pageErrors).toEqual([]);
  });

  it('gives every input and select a label', async () => {
    const o = await open(workbook());
    const unlabelled = await o.page.$$eval('input, select', els =>
      els.filter(el => (el as HTMLInputElement).labels?.length === 0).map(el => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
  });

  it('updates the preview after a weight change and writes nothing to the sheet', async () => {
    const emu = workbook();
    const before = emu.snapshot(SHEET);
    const o = await open(emu);
    await o.page.fill('#f-dimensions-0-weight', '200');
    await o.page.waitForFunction(() => document.querySelector('[data-testid="moves-up"]')?.textContent === '2');
    expect(await counts(o)).toEqual({ t0: '2', t1: '0', t2: '2', t3: '1', ins: '1', inv: '1' });
    expect(await o.page.textContent('[data-testid="moves-down"]')).toBe('1');
    expect(await o.page.textContent('#h-preview')).toBe('预览（尚未保存）');
    // Share of the weights: 200 / (200 + 15 + 35).
    expect(await o.page.textContent('label[for="f-dimensions-0-weight"]')).toBe('权重 （占 80%）');
    // Free samples: A 3000 × 2 + C 500 × 2 (was A 3000 × 1 + B 1000 × 2).
    expect(await o.page.textContent('[data-testid="budget-samples"]')).toBe('免费样品¥7,000（每年） (¥5,000)');
    expect(o.calls.map(c => c.fn)).toEqual(['getSidebarData']);
    expect(emu.snapshot(SHEET)).toEqual(before);

    await o.page.screenshot({ path: screenshotPath('sidebar.png') });
  });

  it('flags a weighted dimension without a column, and the flag goes once a column is chosen', async () => {
    const emu = new Emulator({ locale: 'zh_CN', now: () => new Date('2026-03-05T04:00:00Z'), firstSheet: null });
    emu.loadBundle(bundle);
    emu.addSheet(SHEET, [['客户名称', '开票金额', '利润', '逾期天数'], ...CUSTOMERS.slice(1)]);
    const o = await open(emu);
    const flag = o.page.locator('[data-missing-column="revenue"]');
    expect(await flag.textContent()).toContain('重新计算不会评级');
    expect(await o.page.locator('[data-missing-column]').count()).toBe(1);
    await o.page.selectOption('#f-dimensions-0-headers', { label: '开票金额' });
    await flag.waitFor({ state: 'detached' });
    expect(o.pageErrors).toEqual([]);
  });

  it('shows a customer named like HTML as characters and runs nothing', async () => {
    const o = await open(workbook());
    await o.page.fill('#f-dimensions-0-weight', '200');
    const example = o.page.locator('[data-testid="examples"] .name', { hasText: HTML_NAME });
    await example.waitFor();
    expect(await example.textContent()).toBe(HTML_NAME);
    expect(await o.page.locator('img').count()).toBe(0);
    expect(o.external).toEqual([]);
    expect(o.dialogs).toEqual([]);
    expect(o.pageErrors).toEqual([]);
  });

  it('saves through the server: the sheet gets the new tiers and row colours', async () => {
    const emu = workbook();
    expect(tierColumn(emu)).toEqual(['A', 'B', 'D', 'D', 'B', '数据不足', '数据有误']);
    expect(emu.effectiveBackground(SHEET, 'A3')).toBe(TIER_COLOURS.B);
    const o = await open(emu);
    await o.page.fill('#f-dimensions-0-weight', '200');
    await o.page.click('button.primary');
    await o.page.waitForFunction(() => document.querySelector('#h-preview')?.textContent === '预览（与已保存一致）');
    expect(tierColumn(emu)).toEqual(['A', 'A', 'C', 'D', 'C', '数据不足', '数据有误']);
    expect(emu.effectiveBackground(SHEET, 'A3')).toBe(TIER_COLOURS.A);
    expect(emu.effectiveBackground(SHEET, 'A6')).toBe(TIER_COLOURS.C);
    expect(await o.page.textContent('[data-testid="save-status"]')).toContain('A');
    const saveCall = o.calls.find(c => c.fn === 'saveSettings');
    // The settings, and false: unreadable stored settings are not to be replaced without the user's confirmation.
    expect(saveCall?.args).toHaveLength(2);
    expect(saveCall?.args[1]).toBe(false);
    expect(saveCall?.args[0]).toMatchObject({ dimensions: [{ id: 'revenue', weight: 200 }, {}, {}] });
    // The saved settings are the new baseline: the preview shows no moves.
    expect(await o.page.textContent('[data-testid="moves-up"]')).toBe('0');
  });

  it('shows a validation error next to its field and does not send invalid settings', async () => {
    const o = await open(workbook());
    await o.page.fill('#f-dimensions-1-weight', '-5');
    const error = o.page.locator('#e-dimensions-1-weight');
    await error.waitFor();
    expect(await error.textContent()).toBe('维度 2「利润」的权重必须是 ≥ 0 的数字');
    expect(await o.page.getAttribute('#f-dimensions-1-weight', 'aria-invalid')).toBe('true');
    await o.page.click('button.primary');
    expect(await o.page.textContent('[data-testid="save-status"]')).toBe('请先修正标红的项目再保存。');
    expect(o.calls.map(c => c.fn)).toEqual(['getSidebarData']);
  });

  it('keeps text that is not a number in its box, says so, and refuses to save', async () => {
    const o = await open(workbook());
    await o.page.fill('#f-dimensions-0-weight', '5o');
    const error = o.page.locator('#e-dimensions-0-weight');
    await error.waitFor();
    expect(await error.textContent()).toBe('请输入数字');
    expect(await o.page.inputValue('#f-dimensions-0-weight')).toBe('5o');
    await o.page.click('button.primary');
    expect(await o.page.textContent('[data-testid="save-status"]')).toBe('请先修正标红的项目再保存。');
    expect(o.calls.map(c => c.fn)).toEqual(['getSidebarData']);
  });

  it('works from the keyboard: Tab to a preset, Enter applies it and the preview follows', async () => {
    const o = await open(workbook());
    let focused = '';
    for (let i = 0; i < 10 && focused !== 'preset-trading'; i++) {
      await o.page.keyboard.press('Tab');
      focused = await o.page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('preset-trading');
    await o.page.keyboard.press('Enter');
    await o.page.waitForFunction(
      () => document.querySelector('#preset-trading')?.getAttribute('aria-pressed') === 'true',
    );
    expect(await o.page.textContent('[data-dimension="profit"] legend')).toBe('利润');
    expect(await o.page.textContent('#h-preview')).toBe('预览（尚未保存）');
  });

  it("puts the server's validation issues next to their fields", async () => {
    const emu = workbook();
    const o = await open(emu);
    const message = { zh: '等级 2「B」的名称与前面的名称重复', en: 'Tier 2 "B": name repeats an earlier name' };
    o.setBackend((fn, args) =>
      fn === 'saveSettings'
        ? { ok: true, value: { ok: false, issues: [{ path: 'tiers.1.name', code: 'duplicate_name', message }] } }
        : emu.scriptRun(fn, ...args),
    );
    await o.page.fill('#f-dimensions-0-weight', '60');
    await o.page.click('button.primary');
    const error = o.page.locator('#e-tiers-1-name');
    await error.waitFor();
    expect(await error.textContent()).toBe(message.zh);
    expect(await o.page.textContent('[data-testid="save-status"]')).toBe('服务器拒绝了这些设置，请看标红的项目。');
  });

  it('shows an issue about the whole document (no field path) above the save button', async () => {
    const emu = workbook();
    const o = await open(emu);
    const message = { zh: '设置太大，无法保存', en: 'Settings are too large to store' };
    o.setBackend((fn, args) =>
      fn === 'saveSettings'
        ? { ok: true, value: { ok: false, issues: [{ path: '', code: 'too_large', message }] } }
        : emu.scriptRun(fn, ...args),
    );
    await o.page.fill('#f-dimensions-0-weight', '60');
    await o.page.click('button.primary');
    const error = o.page.locator('footer.savebar #e-');
    await error.waitFor();
    expect(await error.textContent()).toBe(message.zh);
  });

  it('keeps unsaved edits and says why when the server call fails, then saves them on retry', async () => {
    const emu = workbook();
    const o = await open(emu);
    o.setBackend(() => ({
      ok: false,
      error: { name: 'ScriptError', message: 'Exception: Service Spreadsheets failed' },
    }));
    await o.page.fill('#f-dimensions-0-weight', '200');
    await o.page.click('button.primary');
    const status = o.page.locator('[data-testid="save-status"]');
    await o.page.waitForFunction(
      () => document.querySelector('[data-testid="save-status"]')?.getAttribute('role') === 'alert',
    );
    expect(await status.textContent()).toBe('保存失败，修改仍保留在这里：Exception: Service Spreadsheets failed');
    expect(await o.page.inputValue('#f-dimensions-0-weight')).toBe('200');
    expect(await o.page.textContent('[data-testid="moves-up"]')).toBe('2');
    expect(tierColumn(emu)[1]).toBe('B');

    o.setBackend(emulatorBackend(emu));
    await o.page.click('button.primary');
    await o.page.waitForFunction(() => document.querySelector('#h-preview')?.textContent === '预览（与已保存一致）');
    expect(tierColumn(emu)[1]).toBe('A');
  });

  it('discards unsaved edits back to the saved settings', async () => {
    const o = await open(workbook());
    await o.page.fill('#f-dimensions-0-weight', '200');
    await o.page.waitForFunction(() => document.querySelector('[data-testid="moves-up"]')?.textContent === '2');
    await o.page.click('text=放弃修改');
    await o.page.waitForFunction(() => document.querySelector('[data-testid="moves-up"]')?.textContent === '0');
    // The field shows the saved weight once it re-renders (the preview may update first on a loaded machine).
    await o.page.waitForFunction(
      () => (document.querySelector('#f-dimensions-0-weight') as HTMLInputElement | null)?.value === '50',
      undefined,
      { timeout: 5000 },
    );
    expect(await o.page.inputValue('#f-dimensions-0-weight')).toBe('50');
    expect(await o.page.textContent('#h-preview')).toBe('预览（与已保存一致）');
  });

  it('says why there is no preview when the server finds no customer table, and still edits', async () => {
    const emu = new Emulator({ locale: 'en_US', timeZone: 'Asia/Shanghai', firstSheet: 'Notes' });
    emu.loadBundle(bundle);
    const o = await openPage(browser, { backend: emulatorBackend(emu) });
    opened.push(o);
    const notice = o.page.locator('.preview .notice');
    await notice.waitFor();
    const data = emu.scriptRun('getSidebarData');
    const problem =
      data.ok && typeof data.value === 'object' && data.value !== null ? Reflect.get(data.value, 'tableProblem') : null;
    expect(await notice.first().textContent()).toBe(Reflect.get(problem ?? {}, 'en'));
    expect(await o.page.locator('.preview .bars').count()).toBe(0);
    await o.page.fill('#f-dimensions-0-weight', '60');
    expect(await o.page.textContent('label[for="f-dimensions-0-weight"]')).toBe('Weight (55%)');
  });

  it('shows English bar labels whole and says how many more customers move than it lists', async () => {
    // 30 customers whose revenue climbs while their overdue days climb too: a heavier revenue weight moves many.
    const rows = Array.from({ length: 30 }, (_, i) => [`Customer ${i + 1}`, 60_000 * (i + 1), 20_000, 3 * i]);
    const emu = new Emulator({ locale: 'en_US', timeZone: 'Asia/Shanghai', firstSheet: null });
    emu.loadBundle(bundle);
    emu.addSheet('Customers', [
      ['Customer', 'Revenue', 'Profit', 'Overdue days'],
      ...rows,
      ['No revenue', '', 1_000, 0],
      ['Bad revenue', 'lots', 1_000, 0],
    ]);
    expect(emu.scriptRun('recomputeTiers').ok).toBe(true);
    const o = await open(emu);
    await o.page.fill('#f-dimensions-0-weight', '400');
    await o.page.waitForSelector('[data-testid="examples"]');
    const up = Number(await o.page.textContent('[data-testid="moves-up"]'));
    const down = Number(await o.page.textContent('[data-testid="moves-down"]'));
    const listed = await o.page.locator('[data-testid="examples"] li:not(.more)').count();
    expect(up + down).toBeGreaterThan(listed);
    expect(await o.page.textContent('[data-testid="examples-more"]')).toBe(`and ${up + down - listed} more`);
    const labels = await o.page.$$eval('.bar-label', els =>
      els.map(el => ({ text: el.textContent ?? '', cut: el.scrollWidth > el.clientWidth + 1 })),
    );
    expect(labels.map(l => l.text)).toEqual(expect.arrayContaining(['insufficient data', 'data problems']));
    expect(labels.filter(l => l.cut)).toEqual([]);
  });

  it('switches the language', async () => {
    const o = await open(workbook());
    await o.page.click('button.lang');
    expect(await o.page.textContent('h1')).toBe('Customer tier settings');
    expect(await o.page.textContent('#h-preview')).toBe('Preview (same as saved)');
    expect(await o.page.getAttribute('html', 'lang')).toBe('en');
  });
});
