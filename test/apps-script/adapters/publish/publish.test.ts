// Menu "Publish tiers for this period" on the emulator with the built bundle, in en and zh: refused without a review
// cycle; the record sheet; a value change moves the live tier while the Why names both; log statuses, =QUOTA_LEFT
// and notices follow the published tier; publishing again is asked; without a cycle everything stays live.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../../emulator/index.ts';
import { loadAddon, valuesOf } from '../../../support/addon.ts';

const TABLE = [
  ['Customer', 'Revenue', 'Profit', 'Overdue days'],
  ['Acme', 2_000_000, 400_000, 0],
  ['Bolt', 600_000, 100_000, 0],
  ['Cord', 150_000, 20_000, 30],
];
const LOG = "'Benefit log'!A2:E100";

function setUp(locale: 'en_US' | 'zh_CN', cycle: 'quarter' | null): Emulator {
  const emu = loadAddon({ locale, firstSheet: null });
  emu.addSheet('Customers', TABLE);
  emu.runMenuItem('recomputeTiers');
  if (cycle) {
    const read = emu.scriptRun('getSidebarData');
    if (!read.ok) throw new Error(read.error.message);
    const { settings } = read.value as { settings: Record<string, unknown> };
    const saved = emu.scriptRun('saveSettings', { ...settings, reviewCycle: cycle });
    expect(saved.ok && (saved.value as { ok: boolean }).ok).toBe(true);
  }
  return emu;
}

/** Acme's revenue and profit fall: its live tier moves from A to B. */
function acmeFalls(emu: Emulator): void {
  emu.userEdit('Customers', 'B2:C2', [[100_000, 10_000]]);
}

const acme = (emu: Emulator) => valuesOf(emu, 'Customers')[1] ?? [];

describe('apps-script/commands/publish-tiers', () => {
  it('refuses without a review cycle and writes nothing', () => {
    const emu = setUp('en_US', null);
    emu.runMenuItem('publishTiers');
    expect(emu.ui.alerts.at(-1)?.prompt).toMatch(/^No review cycle is set/u);
    expect(emu.workbook.sheets.some(s => s.name === 'Published tiers')).toBe(false);
  });

  it('publishes the quarter’s tiers; the live tier moves and the Why shows both; quotas follow the published tier', () => {
    const emu = setUp('en_US', 'quarter');
    emu.runMenuItem('setUpBenefitLog');
    emu.runMenuItem('publishTiers');
    expect(emu.toasts.at(-1)?.message).toBe(
      'Published the tiers for 2026 Q4: 3 customers. Benefits and quotas follow the published tiers.',
    );
    expect(valuesOf(emu, 'Published tiers')).toEqual([
      ['Publication', 'Review period', 'Published on', 'Published by', 'Customer', 'Tier'],
      [1, '2026 Q4', '2026-11-26', 'user@example.com', 'Acme', 'A'],
      [1, '2026 Q4', '2026-11-26', 'user@example.com', 'Bolt', 'A'],
      [1, '2026 Q4', '2026-11-26', 'user@example.com', 'Cord', 'C'],
    ]);
    acmeFalls(emu);
    expect(acme(emu)[4]).toBe('B');
    expect(String(acme(emu)[6])).toMatch(/^published A · now B; B: /u);
    expect(String(valuesOf(emu, 'Customers')[2]?.[6])).toMatch(/^A: /u); // Bolt unchanged: no note
    // The yearly sample budget counts A (¥3,000 a year) from the publication on, 36 of 365 days, and the live B
    // (¥1,000) before it: ¥1,197.26, where live tiers alone give B's ¥1,000 (last test).
    emu.userEdit('Benefit log', 'A2:E2', [['2026-11-26', 'Acme', 'Free samples', 1100, '']]);
    expect(valuesOf(emu, 'Benefit log')[1]?.slice(5, 7)).toEqual([97.26, 'OK']);
    emu.userEdit('Customers', 'J1', [[`=QUOTA_LEFT("Acme", "Free samples", ${LOG})`]]);
    expect(valuesOf(emu, 'Customers')[0]?.[9]).toBe(97.26);
    emu.runMenuItem('writeCustomerNotices');
    expect(valuesOf(emu, 'Customer notices')[1]?.slice(0, 3)).toEqual(['Acme', '', 'A']);
  });

  it('adds a line to the add-on log when the document has one', () => {
    const emu = setUp('en_US', 'quarter');
    emu.runMenuItem('toggleAutomaticUpdates');
    emu.fireTimeTriggers();
    emu.runMenuItem('publishTiers');
    expect(valuesOf(emu, 'Add-on log').at(-1)?.slice(1)).toEqual([
      'Publish tiers for this period',
      'OK',
      'Published tiers for 2026 Q4: 3 customers (user@example.com)',
    ]);
  });

  it('asks before publishing again in the same period; yes publishes the tiers of now and clears the note', () => {
    const emu = setUp('en_US', 'quarter');
    emu.runMenuItem('publishTiers');
    acmeFalls(emu);
    emu.ui.nextAlertResponse = 'NO';
    emu.runMenuItem('publishTiers');
    expect(emu.ui.alerts.at(-1)?.prompt).toMatch(/^Tiers for 2026 Q4 were already published on 2026-11-26/u);
    expect(valuesOf(emu, 'Published tiers').length).toBe(4);
    emu.ui.nextAlertResponse = 'YES';
    emu.runMenuItem('publishTiers');
    const rows = valuesOf(emu, 'Published tiers');
    expect(rows.slice(4).map(r => [r[0], r[4], r[5]])).toEqual([
      [2, 'Acme', 'B'],
      [2, 'Bolt', 'A'],
      [2, 'Cord', 'C'],
    ]);
    expect(String(acme(emu)[6])).toMatch(/^B: /u);
  });

  it('works in Chinese: menu, record sheet, toast and the Why note', () => {
    const emu = setUp('zh_CN', 'quarter');
    expect(emu.ui.menus.at(-1)?.items.map(i => ('caption' in i ? i.caption : ''))).toContain('发布本期等级');
    emu.runMenuItem('publishTiers');
    expect(emu.toasts.at(-1)?.message).toBe('已发布 2026 年第 4 季度 的等级：3 位客户。权益与额度按已发布等级计算。');
    expect(valuesOf(emu, '已发布等级')[0]).toEqual(['发布编号', '评级期', '发布日期', '发布人', '客户', '等级']);
    acmeFalls(emu);
    expect(String(acme(emu)[6])).toMatch(/^已发布 A · 当前 B；/u);
  });

  it('without a cycle the live tier rules, even with an earlier publication on record', () => {
    const emu = setUp('en_US', 'quarter');
    emu.runMenuItem('setUpBenefitLog');
    emu.runMenuItem('publishTiers');
    const read = emu.scriptRun('getSidebarData');
    if (!read.ok) throw new Error(read.error.message);
    const { reviewCycle: _, ...settings } = (read.value as { settings: Record<string, unknown> }).settings;
    emu.scriptRun('saveSettings', settings);
    acmeFalls(emu);
    expect(String(acme(emu)[6])).toMatch(/^B: /u);
    emu.userEdit('Benefit log', 'A2:E2', [['2026-11-26', 'Acme', 'Free samples', 1100, '']]);
    expect(valuesOf(emu, 'Benefit log')[1]?.slice(5, 7)).toEqual([-100, 'Over quota by ¥100']);
  });
});
