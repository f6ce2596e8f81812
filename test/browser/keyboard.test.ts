// The settings sidebar from the keyboard alone: Tab reaches every control, in the order they are shown, and each
// one shows a focus ring that it does not have otherwise. One browser; one sidebar page, tabbed through once.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator/index.ts';
import { emulatorBackend, launchChromium, type OpenedPage, openPage, readBuilt } from './harness.ts';

let browser: Browser;
let sidebar: OpenedPage;

beforeAll(async () => {
  browser = await launchChromium();
  const emu = new Emulator({ locale: 'zh_CN', timeZone: 'Asia/Shanghai', firstSheet: null });
  emu.loadBundle(await readBuilt('Code.js'));
  emu.addSheet('客户', [
    ['客户名称', '销售额', '利润', '逾期天数'],
    ['华东机电', 1_200_000, 260_000, 0],
    ['南方贸易', 250_000, 30_000, 100],
    ['北辰五金', 80_000, 5_000, 45],
  ]);
  sidebar = await openPage(browser, { backend: emulatorBackend(emu), height: 700 });
  await sidebar.page.waitForSelector('.preview .bars');
});

afterAll(async () => {
  await sidebar?.close();
  await browser?.close();
});

/** What a focus ring is drawn with. */
type Ring = { outline: string; boxShadow: string };

/** One stop of the Tab walk: the control, where it is, what covers it (if anything), its ring. */
type Stop = { key: string; top: number; bottom: number; left: number; hiddenBy: string; ring: Ring };

describe('Sidebar keyboard use', () => {
  it('reaches every control with Tab, in the order shown, each with a visible focus ring', async () => {
    const { page } = sidebar;
    // Every control a user can operate, in document order, each tagged so the walk can name it.
    const controls = await page.$$eval(
      'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])',
      els =>
        els
          .filter(el => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0)
          .map((el, i) => {
            el.setAttribute('data-kb', String(i));
            const style = getComputedStyle(el);
            return {
              key: String(i),
              ring: { outline: `${style.outlineStyle} ${style.outlineWidth}`, boxShadow: style.boxShadow },
            };
          }),
    );
    expect(controls.length).toBeGreaterThan(20);
    expect(await page.$$eval('[tabindex]', els => els.filter(el => el.tabIndex > 0).length)).toBe(0);

    const stops: Stop[] = [];
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < controls.length + 5; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        if (!(el instanceof HTMLElement) || !el.hasAttribute('data-kb')) return null;
        const box = el.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        const style = getComputedStyle(el);
        return {
          key: el.getAttribute('data-kb') ?? '',
          top: box.top + window.scrollY,
          bottom: box.bottom + window.scrollY,
          left: box.left,
          hiddenBy:
            hit !== null && (hit === el || el.contains(hit)) ? '' : `${el.id} under ${hit?.outerHTML.slice(0, 60)}`,
          ring: { outline: `${style.outlineStyle} ${style.outlineWidth}`, boxShadow: style.boxShadow },
        };
      });
      if (stop === null || stops.some(s => s.key === stop.key)) break; // left the page or wrapped around
      stops.push(stop);
    }

    // Reachable: every control, in document order (no positive tabindex reorders them).
    expect(stops.map(s => s.key)).toEqual(controls.map(c => c.key));
    const unringed = stops.filter(s => {
      const before = controls.find(c => c.key === s.key)?.ring;
      const drawn = !s.ring.outline.startsWith('none') || s.ring.boxShadow !== 'none';
      return !drawn || (before?.outline === s.ring.outline && before?.boxShadow === s.ring.boxShadow);
    });
    expect(unringed.map(s => s.key)).toEqual([]);
    // Visible when focused (not under the sticky preview or save bar), and in reading order: each control is on the
    // line of the one before it and to its right, or on a line below.
    expect(stops.map(s => s.hiddenBy).filter(Boolean)).toEqual([]);
    const outOfOrder = stops.filter((s, i) => {
      const prev = stops[i - 1];
      if (prev === undefined) return false;
      const sameLine = s.top < prev.bottom && prev.top < s.bottom;
      return sameLine ? s.left < prev.left : s.top < prev.top;
    });
    expect(outOfOrder.map(s => s.key)).toEqual([]);
  });
});
