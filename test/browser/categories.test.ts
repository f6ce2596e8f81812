import { describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator/index.ts';
import { browserForFile, emulatorBackend, type OpenedPage } from './harness.ts';

const SHEET = '客户';
const CUSTOMERS = [
  ['客户名称', '销售额', '利润', '逾期天数', '账期'],
  ['华东机电', 1_200_000, 260_000, 0, '款到发货'],
  ['南方贸易', 600_000, 120_000, 0, '赊销'],
  ['北辰五金', 600_000, 120_000, 0, '月结 45 天'],
  ['西湖包装', 250_000, 30_000, 10, 'ＣＯＤ'],
];

const session = browserForFile();

function workbook(): Emulator {
  const emu = new Emulator({
    locale: 'zh_CN',
    timeZone: 'Asia/Shanghai',
    now: () => new Date('2026-03-05T04:00:00Z'),
    firstSheet: null,
  });
  emu.loadBundle(session.bundle());
  emu.addSheet(SHEET, CUSTOMERS);
  const graded = emu.scriptRun('recomputeTiers');
  if (!graded.ok) throw new Error(`recomputeTiers failed: ${graded.error.message}`);
  return emu;
}

async function counts(o: OpenedPage): Promise<Record<string, string>> {
  const entries = await o.page.$$eval('[data-testid^="count-"]', els =>
    els.map(el => [el.getAttribute('data-testid')?.slice(6) ?? '', el.textContent ?? '']),
  );
  return Object.fromEntries(entries);
}

/** The Tier column (after the five input columns) of each data row. */
function tiers(emu: Emulator): unknown[] {
  return emu
    .snapshot(SHEET)
    .values.slice(1)
    .map(row => row[5]);
}

describe('Sidebar word table (browser)', () => {
  it('adds payment terms by words, edits the table, refuses a repeated word and saves', async () => {
    const emu = workbook();
    // Saved settings (factory preset) do not read the terms column yet.
    expect(tiers(emu)).toEqual(['A', 'A', 'A', 'B']);
    const o = await session.open({ backend: emulatorBackend(emu) });
    await o.page.waitForSelector('.preview .bars');

    await o.page.click('[data-add-payment-terms]');
    const words = '#f-dimensions-3-normalisation-categories-0-words';
    await o.page.waitForSelector(words);
    expect(await o.page.inputValue(words)).toBe(
      '款到发货、预付、预付款、现款、先款后货、Cash in advance、Prepaid、Prepayment、CIA',
    );
    // '月结 45 天' is not a word of the table: that row is Check data in the preview.
    await o.page.waitForFunction(() => document.querySelector('[data-testid="count-inv"]')?.textContent === '1');

    // A new category, first with a word another category already has: refused under the field, save refused.
    await o.page.click('[data-categories="3"] > button.link');
    const added = '#f-dimensions-3-normalisation-categories-7-words';
    await o.page.fill(added, '月结45天、预付');
    const error = o.page.locator('#e-dimensions-3-normalisation-categories-7-words-1');
    await error.waitFor();
    expect(await error.textContent()).toContain('「预付」已在前面的类别中出现');
    expect(await o.page.getAttribute(added, 'aria-invalid')).toBe('true');
    await o.page.click('button.primary');
    expect(await o.page.textContent('[data-testid="save-status"]')).toBe('请先修正标红的项目再保存。');

    // Synonyms typed with a trailing separator stay in the box; the score is typed next to them.
    await o.page.fill(added, '月结45天、Net 45、');
    expect(await o.page.inputValue(added)).toBe('月结45天、Net 45、');
    await error.waitFor({ state: 'detached' });
    await o.page.fill('#f-dimensions-3-normalisation-categories-7-score', '60');
    await o.page.waitForFunction(() => document.querySelector('[data-testid="count-inv"]') === null);

    await o.page.click('button.primary');
    await o.page.waitForFunction(() => document.querySelector('#h-preview')?.textContent === '预览（与已保存一致）');
    const save = o.calls.find(c => c.fn === 'saveSettings');
    expect(save?.args[0]).toMatchObject({
      dimensions: [{}, {}, {}, { id: 'payment_terms', valueType: 'category', weight: 10 }],
    });
    const sent = save?.args[0] as { dimensions: { normalisation: { categories: unknown[] } }[] } | undefined;
    const saved = sent?.dimensions[3];
    expect(saved?.normalisation.categories[7]).toEqual({ words: ['月结45天', 'Net 45'], score: 60 });
    // Graded on the server with the words (weight 10 of 110): 赊销 drops 南方贸易 from 87 to 79.1, B; 月结45天 (60)
    // keeps 北辰五金 in A at 84.5.
    expect(tiers(emu)).toEqual(['A', 'B', 'A', 'B']);
    expect(o.pageErrors).toEqual([]);
    expect(o.external).toEqual([]);
  });

  it('gives every word and score box a label', async () => {
    const o = await session.open({ backend: emulatorBackend(workbook()) });
    await o.page.waitForSelector('.preview .bars');
    await o.page.click('[data-add-payment-terms]');
    await o.page.waitForSelector('[data-categories]');
    const unlabelled = await o.page.$$eval('[data-categories] input', els =>
      els.filter(el => (el as HTMLInputElement).labels?.length === 0).map(el => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    expect(await counts(o)).toMatchObject({ inv: '1' });
  });
});
