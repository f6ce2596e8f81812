import { describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator/index.ts';
import { screenshotPath } from '../../scripts/lib/chromium.ts';
import { defaultSettings } from '../../src/core/presets.ts';
import { axeViolations } from './axe.ts';
import { browserForFile, emulatorBackend, type OpenedPage } from './harness.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';
const session = browserForFile();

function workbook(locale: 'zh_CN' | 'en_US'): Emulator {
  const emu = new Emulator({ locale, timeZone: 'Asia/Shanghai', now: () => new Date('2026-11-26T02:00:00Z') });
  emu.loadBundle(session.bundle());
  const lang = locale === 'zh_CN' ? 'zh' : 'en';
  const settings = defaultSettings('factory', lang);
  const training = settings.benefits[1];
  if (training) training.label = { zh: HOSTILE, en: HOSTILE };
  const saved = emu.scriptRun('saveSettings', settings);
  if (!saved.ok) throw new Error(saved.error.message);
  return emu;
}

async function open(emu: Emulator): Promise<OpenedPage> {
  const o = await session.open({ backend: emulatorBackend(emu), pageName: 'Policy', width: 820, height: 640 });
  await o.page.waitForSelector('h1');
  return o;
}

describe('Grading policy dialog (browser)', () => {
  for (const locale of ['zh_CN', 'en_US'] as const) {
    it(`shows every article of the saved policy as text, in the user's language (${locale})`, async () => {
      const emu = workbook(locale);
      const reply = emu.scriptRun('getGradingPolicy');
      if (!reply.ok) throw new Error(reply.error.message);
      const { document: policy } = reply.value as {
        document: { title: string; articles: { heading: string; paragraphs: string[] }[] };
      };
      const o = await open(emu);
      expect(await o.page.textContent('h1')).toBe(policy.title);
      expect(await o.page.$$eval('h2', els => els.map(el => el.textContent))).toEqual(
        policy.articles.map(a => a.heading),
      );
      const shown = await o.page.$$eval('.article p', els => els.map(el => el.textContent));
      expect(shown).toEqual(policy.articles.flatMap(a => a.paragraphs));
      // The benefit named like markup is shown as its text, and no element was made from it.
      expect(shown.join('\n')).toContain(HOSTILE);
      expect(await o.page.$$('img')).toEqual([]);
      expect(await o.page.evaluate(() => document.documentElement.lang)).toBe(locale === 'zh_CN' ? 'zh-CN' : 'en');
      expect(await o.page.title()).toBe(policy.title);
      expect(await axeViolations(o.page, `policy ${locale} filled`)).toEqual([]);
      expect(o.calls.map(c => c.fn)).toEqual(['getGradingPolicy']);
      expect(o.external).toEqual([]);
      expect(o.pageErrors).toEqual([]);
    });
  }

  it('prints to an A4 PDF without the toolbar, keeping each article on one page', async () => {
    const o = await open(workbook('zh_CN'));
    await o.page.emulateMedia({ media: 'print' });
    expect(await o.page.isVisible('.toolbar button')).toBe(false);
    const breaks = await o.page.$$eval('.article', els => els.map(el => getComputedStyle(el).breakInside));
    expect(new Set(breaks)).toEqual(new Set(['avoid']));
    const pdf = await o.page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Chromium writes one "/Type /Page" object per page: the policy takes one or two A4 pages, never a page per line.
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/gu)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    await o.page.emulateMedia({ media: 'screen' });
    await o.page.screenshot({ path: screenshotPath('policy.png'), fullPage: true });
  });

  it('opens the browser print dialog from its button, reachable by keyboard', async () => {
    const o = await open(workbook('en_US'));
    await o.page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await o.page.keyboard.press('Tab');
    expect(await o.page.evaluate(() => document.activeElement?.textContent)).toBe('Print / save as PDF');
    await o.page.keyboard.press('Enter');
    expect(await o.page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  it('says why when the stored settings cannot be read, and shows no policy', async () => {
    const emu = workbook('en_US');
    emu.gas.PropertiesService.getDocumentProperties().setProperty('customerTiers.settings', 'not json');
    emu.gas.PropertiesService.getDocumentProperties().deleteProperty('customerTiers.settings.lastGood');
    const o = await session.open({ backend: emulatorBackend(emu), pageName: 'Policy', width: 820, height: 640 });
    await o.page.waitForSelector('[role="alert"]');
    expect(await o.page.textContent('[role="alert"]')).toMatch(/settings/i);
    expect(await axeViolations(o.page, 'policy error')).toEqual([]);
    expect(await o.page.$$('h1')).toEqual([]);
  });
});

describe('Customer notices dialog (browser)', () => {
  function graded(): Emulator {
    const emu = new Emulator({
      locale: 'zh_CN',
      timeZone: 'Asia/Shanghai',
      now: () => new Date('2026-11-26T02:00:00Z'),
      firstSheet: null,
    });
    emu.loadBundle(session.bundle());
    emu.runOnOpen('LIMITED');
    emu.addSheet('客户', [
      ['客户名称', '业务员', '销售额', '利润', '逾期天数'],
      ['华东机电', '王芳', 1_200_000, 260_000, 0],
      [HOSTILE, '李雷', 250_000, 30_000, 100],
      ['北辰五金', '', 80_000, 5_000, 45],
    ]);
    emu.runMenuItem('recomputeTiers');
    emu.runMenuItem('writeCustomerNotices');
    return emu;
  }

  it('shows each letter as text and prints one letter per A4 page', async () => {
    const emu = graded();
    const o = await session.open({ backend: emulatorBackend(emu), pageName: 'Notices', width: 820, height: 640 });
    await o.page.waitForSelector('.notice');
    const letters = await o.page.$$eval('.notice .letter', els => els.map(el => el.textContent));
    expect(letters).toHaveLength(3);
    expect(letters[0]).toMatch(/^尊敬的华东机电：/u);
    expect(letters[1]).toContain(`尊敬的${HOSTILE}：`);
    expect(await o.page.$$('img')).toEqual([]);
    expect(await axeViolations(o.page, 'notices zh filled')).toEqual([]);
    // The salesperson is named only where the table has one.
    expect(await o.page.$$eval('.notice', els => els.map(el => el.querySelectorAll('dt').length))).toEqual([3, 3, 2]);
    await o.page.emulateMedia({ media: 'print' });
    expect(await o.page.isVisible('.toolbar button')).toBe(false);
    const pdf = await o.page.pdf({ preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/gu)?.length ?? 0;
    expect(pages).toBe(3);
    expect(o.pageErrors).toEqual([]);
    expect(o.external).toEqual([]);
  });

  it('says there are no notices yet when the menu command has not run', async () => {
    const emu = new Emulator({ locale: 'en_US', now: () => new Date('2026-11-26T02:00:00Z') });
    emu.loadBundle(session.bundle());
    const o = await session.open({ backend: emulatorBackend(emu), pageName: 'Notices', width: 820, height: 640 });
    await o.page.waitForFunction(() => !document.getElementById('app')?.textContent?.includes('Reading'));
    expect(o.calls.map(c => c.fn)).toEqual(['getCustomerNotices']);
    expect(await o.page.textContent('#app')).toBe('No notices yet: choose "Customer notices" in the menu first.');
  });
});
