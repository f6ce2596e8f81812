// Each benefit on its own rhythm, run by the built bundle on the emulator: log statuses, =QUOTA_LEFT and the overview
// with the preset's trainings (A once a quarter, B once a half-year, C once a year); a stored version-1 document (one
// period for everything) reads with its meaning unchanged; the sidebar's per-tier periods are validated on the server.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../../emulator/index.ts';
import { loadAddon, valuesOf } from '../../../support/addon.ts';

const CUSTOMERS = [
  ['Customer', 'Revenue', 'Tier', 'Score', 'Why'],
  ['Acme', 2_000_000, 'A', 90, ''],
  ['Bolt', 500_000, 'B', 70, ''],
  ['Cord', 100_000, 'C', 50, ''],
];
const SETTINGS_KEY = 'customerTiers.settings';

function setUp(locale = 'en_US'): Emulator {
  const emu = loadAddon({ locale, firstSheet: null });
  emu.addSheet('Customers', CUSTOMERS);
  emu.runMenuItem('setUpBenefitLog');
  return emu;
}

function enter(emu: Emulator, rows: unknown[][], sheet = 'Benefit log') {
  emu.userEdit(
    sheet,
    `A2:E${rows.length + 1}`,
    rows.map(r => [...r, ...new Array(5 - r.length).fill('')]),
  );
}

/** [remaining, status] of the log's entry rows. */
function statuses(emu: Emulator, sheet = 'Benefit log'): unknown[][] {
  return valuesOf(emu, sheet)
    .slice(1)
    .filter(r => r.slice(0, 5).some(c => c !== ''))
    .map(r => [r[5], r[6]]);
}

function sidebarSettings(emu: Emulator): Record<string, unknown> & { benefits: Record<string, unknown>[] } {
  const result = emu.scriptRun('getSidebarData');
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { settings: Record<string, unknown> & { benefits: Record<string, unknown>[] } }).settings;
}

describe('apps-script ledger rhythm', () => {
  it('lets an A customer take one training a quarter, not the year’s four in one quarter', () => {
    const emu = setUp();
    enter(emu, [
      ['2026-07-02', 'Acme', 'Free product training', 1],
      ['2026-08-02', 'Acme', 'Free product training', 1],
      ['2026-10-02', 'Acme', 'Free product training', 1],
      ['2026-11-02', 'Acme', 'Free product training', 1],
      ['2026-02-02', 'Cord', 'Free product training', 1],
      ['2026-09-02', 'Cord', 'Free product training', 1],
    ]);
    expect(statuses(emu)).toEqual([
      [0, 'OK'],
      [-1, 'Over quota by 1 time'],
      [0, 'OK'],
      [-1, 'Over quota by 1 time'],
      [0, 'OK'],
      [-1, 'Over quota by 1 time'],
    ]);
  });

  it('answers =QUOTA_LEFT in the period of the day asked about', () => {
    const emu = setUp();
    enter(emu, [
      ['2026-10-02', 'Acme', 'Free product training', 1],
      ['2026-08-02', 'Bolt', 'Free product training', 1],
    ]);
    const log = "'Benefit log'!A2:E100";
    emu.userEdit('Customers', 'H1:H4', [
      [`=QUOTA_LEFT("Acme", "Free product training", ${log})`],
      [`=QUOTA_LEFT("Acme", "Free product training", ${log}, "2026-09-30")`],
      [`=QUOTA_LEFT("Bolt", "training", ${log})`],
      [`=QUOTA_LEFT("Bolt", "training", ${log}, "2026-06-30")`],
    ]);
    expect(valuesOf(emu, 'Customers').map(r => r[7])).toEqual([0, 1, 0, 1]);
  });

  it('shows each customer’s period in the overview, in Chinese too', () => {
    const emu = setUp('zh_CN');
    enter(
      emu,
      [
        ['2026-10-02', 'Acme', '免费产品培训', 1],
        ['2026-02-02', 'Cord', '免费产品培训', 1],
      ],
      '权益使用记录',
    );
    emu.runMenuItem('refreshQuotaOverview');
    const values = valuesOf(emu, '额度概览');
    expect(values[0]?.[0]).toBe('额度概览 · 各权益按各自周期，截至 2026-11-26');
    const column = values[1]?.indexOf('免费产品培训 · 周期') ?? -1;
    expect(column).toBeGreaterThan(1);
    expect(values.slice(2, 5).map(r => r.slice(column, column + 4))).toEqual([
      ['每季度 1 次 · 2026 年第 4 季度', 1, 1, 0],
      ['每半年 1 次 · 2026 年下半年', 1, 0, 1],
      ['每年 1 次 · 2026 年', 1, 1, 0],
    ]);
  });

  it('reads a stored version-1 document (one quarterly period for all) with its meaning unchanged', () => {
    const emu = setUp();
    const current = sidebarSettings(emu);
    const { fiscalYearStartMonth: _, ...rest } = current;
    const v1 = {
      ...rest,
      version: 1,
      period: { length: 'quarter', fiscalYearStartMonth: 2 },
      benefits: current.benefits.map(({ periods: __, ...b }) =>
        b.id === 'samples' ? { ...b, allowance: [900, 300, 150, 0] } : b,
      ),
    };
    emu.gas.PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, JSON.stringify(v1));
    // Quarters from February: Nov–Jan is one quarter, Aug–Oct the one before.
    enter(emu, [
      ['2026-10-31', 'Acme', 'Free samples', 800],
      ['2026-11-01', 'Acme', 'Free samples', 800],
      ['2026-11-02', 'Acme', 'Free samples', 200],
    ]);
    expect(statuses(emu)).toEqual([
      [100, 'OK'],
      [100, 'OK'],
      [-100, 'Over quota by ¥100'],
    ]);
    const migrated = sidebarSettings(emu);
    expect(migrated).toMatchObject({ version: 2, fiscalYearStartMonth: 2 });
    expect(migrated.benefits.map(b => b.periods)).toEqual(
      current.benefits.map(() => ['quarter', 'quarter', 'quarter', 'quarter']),
    );
  });

  it('saves per-tier periods from the sidebar after validating them again on the server', () => {
    const emu = setUp();
    const settings = sidebarSettings(emu);
    const withPeriods = (periods: unknown) => ({
      ...settings,
      benefits: settings.benefits.map(b => (b.id === 'samples' ? { ...b, periods } : b)),
    });
    const bad = emu.scriptRun('saveSettings', withPeriods(['year', 'weekly', 'year', 'year']));
    expect(bad).toMatchObject({ ok: true, value: { ok: false, issues: [{ path: 'benefits.0.periods.1' }] } });
    const short = emu.scriptRun('saveSettings', withPeriods(['year', 'year']));
    expect(short).toMatchObject({
      ok: true,
      value: { ok: false, issues: [{ path: 'benefits.0.periods', code: 'periods_length' }] },
    });
    expect(emu.gas.PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY)).toBeNull();
    enter(emu, [
      ['2026-11-02', 'Bolt', 'Free samples', 100],
      ['2026-11-03', 'Bolt', 'Free samples', 100],
    ]);
    expect(statuses(emu)).toEqual([
      [900, 'OK'],
      [800, 'OK'],
    ]);
    // B's ¥1,000 now renews monthly: the log is judged again on the next edit.
    const saved = emu.scriptRun('saveSettings', withPeriods(['year', 'month', 'year', 'year']));
    expect(saved).toMatchObject({ ok: true, value: { ok: true } });
    enter(emu, [
      ['2026-10-02', 'Bolt', 'Free samples', 1000],
      ['2026-11-03', 'Bolt', 'Free samples', 100],
    ]);
    expect(statuses(emu)).toEqual([
      [0, 'OK'],
      [900, 'OK'],
    ]);
  });
});
