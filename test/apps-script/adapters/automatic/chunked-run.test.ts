// The daily run in parts, end to end on the emulator with a forced small time budget: each part stops before the
// next step, stores its position and leaves one time-driven trigger that continues it; the last part brings the daily
// trigger back. The result equals a run in one go; a second start while it continues says so.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../../emulator/index.ts';
import { setAutomaticUpdates } from '../../../../src/apps-script/adapters/automatic/daily-run.ts';
import { loadAddon, valuesOf } from '../../../support/addon.ts';

const CUSTOMERS = [
  ['Customer', 'Revenue', 'Profit', 'Overdue days'],
  ['Acme', 2_000_000, 400_000, 0],
  ['Bolt', 300_000, 50_000, 20],
  ['Cord', 80_000, 9_000, 45],
];
const BUDGET_KEY = 'customerTiers.chunkBudgetMs';
const POSITION_KEY = 'customerTiers.dailyRun';

function setUp(budgetMs: number | null): Emulator {
  const emu = loadAddon({ locale: 'en_US', firstSheet: null });
  emu.addSheet('Customers', CUSTOMERS);
  emu.runMenuItem('recomputeTiers');
  emu.runMenuItem('setUpBenefitLog');
  emu.userEdit('Benefit log', 'A2:E2', [['2026-03-01', 'Acme', 'Free samples', 100, '']]);
  // Bolt's revenue drops after the last grading: the daily run's recompute must pick it up.
  emu.userEdit('Customers', 'B3', [[20_000]]);
  emu.runMenuItem('toggleAutomaticUpdates');
  const properties = emu.gas.PropertiesService.getDocumentProperties();
  if (budgetMs !== null) properties.setProperty(BUDGET_KEY, String(budgetMs));
  return emu;
}

const clocks = (emu: Emulator) => emu.triggers.filter(t => t.eventType === 'CLOCK').map(t => t.handler);
const logRows = (emu: Emulator) => valuesOf(emu, 'Add-on log').filter(r => r[0] !== '');
const position = (emu: Emulator) => emu.gas.PropertiesService.getDocumentProperties().getProperty(POSITION_KEY);

describe('daily run in parts', () => {
  it('runs one step per execution under a zero budget, one trigger at a time, and ends as a run in one go', () => {
    const emu = setUp(0);
    const runs: string[][] = [];
    for (let part = 0; part < 6 && runs.at(-1)?.[0] !== 'runDailyUpdate'; part++) {
      const records = emu.fireTimeTriggers();
      expect(records.map(r => r.status)).toEqual(['completed']);
      // An add-on keeps one time-driven trigger per user and document: the follow-up, or the daily one when done.
      expect(clocks(emu)).toHaveLength(1);
      runs.push(clocks(emu));
      emu.rt.advance(61_000);
    }
    // Three steps: two pauses, then the last part restores the daily trigger.
    expect(runs).toEqual([['continueDailyUpdate'], ['continueDailyUpdate'], ['runDailyUpdate']]);
    expect(position(emu)).toBeNull();
    const rows = logRows(emu).slice(1);
    expect(rows.map(r => r[2])).toEqual(['Continuing', 'Continuing', 'OK']);
    expect(rows[0]?.[3]).toMatch(/^Recompute tiers: 3 customers; 1 of 3 steps done; continues in a follow-up run/u);
    expect(rows[1]?.[3]).toMatch(/Quota overview: .*; 2 of 3 steps done/u);

    const whole = setUp(null);
    whole.fireTimeTriggers();
    const done = logRows(whole).slice(1);
    expect(done.map(r => r[2])).toEqual(['OK']);
    // The last part's record lists every step, as the run in one go does.
    expect(rows[2]?.[3]).toBe(done[0]?.[3]);
    for (const sheet of ['Customers', 'Quota overview', 'Tier history', 'Benefit log']) {
      expect(valuesOf(emu, sheet)).toEqual(valuesOf(whole, sheet));
    }
  });

  it('says a second start while the run continues, and changes nothing', () => {
    const emu = setUp(0);
    emu.fireTimeTriggers();
    const before = position(emu);
    expect(before).not.toBeNull();
    // The daily handler started again (from the editor, or by google.script.run): it only says why it stops.
    expect(emu.scriptRun('runDailyUpdate').ok).toBe(true);
    expect(logRows(emu).at(-1)?.slice(2)).toEqual([
      'Skipped',
      'the previous daily update is still running in parts (1 of 3 steps done); this start changed nothing',
    ]);
    expect(position(emu)).toBe(before);
    expect(clocks(emu)).toEqual(['continueDailyUpdate']);
  });

  it('turning automatic updates off stops a run in parts; on again while it continues adds no second trigger', () => {
    const emu = setUp(0);
    emu.fireTimeTriggers();
    emu.runMenuItem('toggleAutomaticUpdates');
    expect(clocks(emu)).toEqual([]);
    expect(position(emu)).toBeNull();

    const again = setUp(0);
    again.fireTimeTriggers();
    const { SpreadsheetApp, ScriptApp } = again.gas;
    // Turning on (as the daily handler does) while the follow-up waits keeps just the follow-up.
    expect(setAutomaticUpdates(true, SpreadsheetApp.getActive(), ScriptApp)).toEqual({ on: true, removed: 0 });
    expect(clocks(again)).toEqual(['continueDailyUpdate']);
  });

  it('keeps a run in one execution under the default budget', () => {
    const emu = setUp(null);
    emu.fireTimeTriggers();
    expect(clocks(emu)).toEqual(['runDailyUpdate']);
    expect(
      logRows(emu)
        .slice(1)
        .map(r => r[2]),
    ).toEqual(['OK']);
  });
});
