// The bundle's Date follows the script's time zone (appsscript.json), whatever the Node process's zone is.
import { afterEach, describe, expect, it } from 'vitest';
import { Emulator } from '../index.ts';

const BUNDLE = `
function localDay() {
  var d = new Date(2026, 2, 5);
  return [d.toISOString(), new Date('2026-03-05T20:00:00Z').getDate(), new Date().getHours(), Session.getScriptTimeZone()];
}
function tick() { return new Date().getHours(); }
`;

const hostZone = process.env.TZ;

afterEach(() => {
  if (hostZone === undefined) delete process.env.TZ;
  else process.env.TZ = hostZone;
});

function run(processZone: string, options: { scriptTimeZone?: string; timeZone?: string } = {}) {
  process.env.TZ = processZone;
  const emu = new Emulator({ now: () => new Date('2026-03-05T02:00:00Z'), ...options });
  emu.loadBundle(BUNDLE);
  const result = emu.scriptRun('localDay');
  return { result, after: process.env.TZ, hostHours: new Date('2026-03-05T02:00:00Z').getHours() };
}

describe('script time zone', () => {
  it.each(['UTC', 'America/New_York', 'Asia/Kolkata'])('is appsscript.json’s zone when Node runs in %s', zone => {
    const { result, after, hostHours } = run(zone);
    expect(result).toEqual({ ok: true, value: ['2026-03-04T16:00:00.000Z', 6, 10, 'Asia/Shanghai'] });
    // Test code outside executions keeps the process zone.
    expect(after).toBe(zone);
    expect(hostHours).toBe(new Date('2026-03-05T02:00:00Z').getHours());
  });

  it('can be set apart from the spreadsheet zone', () => {
    const { result } = run('UTC', { scriptTimeZone: 'America/Los_Angeles', timeZone: 'Asia/Shanghai' });
    expect(result).toEqual({ ok: true, value: ['2026-03-05T08:00:00.000Z', 5, 18, 'America/Los_Angeles'] });
  });

  it('gives time-driven trigger events the script zone’s wall clock', () => {
    process.env.TZ = 'UTC';
    const emu = new Emulator({ now: () => new Date('2026-03-05T20:30:00Z') });
    emu.loadBundle(`${BUNDLE}\nvar seen = null; function onTick(e) { seen = [e.hour, e['day-of-month'], e.timezone]; }
      function arm() { ScriptApp.newTrigger('onTick').timeBased().everyDays(1).create(); } function last() { return seen; }`);
    expect(emu.scriptRun('arm').ok).toBe(true);
    emu.fireTimeTriggers();
    expect(emu.scriptRun('last')).toEqual({ ok: true, value: [4, 6, 'Asia/Shanghai'] });
  });

  it('reads and shows typed cell dates in the spreadsheet zone, apart from the script zone', () => {
    process.env.TZ = 'UTC';
    const emu = new Emulator({ timeZone: 'Europe/Berlin', scriptTimeZone: 'America/Los_Angeles' });
    emu.loadBundle(
      `${BUNDLE}\nfunction cell() { var v = SpreadsheetApp.getActiveSheet().getRange('A1').getValue(); return [v.toISOString(), v.getDate()]; }`,
    );
    emu.userEdit('Sheet1', 'A1', [['2026-03-05']]);
    // Midnight in Berlin is still 4 March in Los Angeles, where the script's Date lives.
    expect(emu.scriptRun('cell')).toEqual({ ok: true, value: ['2026-03-04T23:00:00.000Z', 4] });
    expect(emu.services.SpreadsheetApp.getActiveSheet().getRange('A1').getDisplayValue()).toBe('2026-03-05');
  });
});
