// Loads the built add-on (dist/Code.js) into a fresh emulator, the way Apps Script runs it.
import { readFileSync } from 'node:fs';
import { Emulator, type EmulatorOptions } from '../../emulator/index.ts';

const bundle = readFileSync('dist/Code.js', 'utf8');

/**
 * A new emulator with the built bundle loaded and the document opened (onOpen in LIMITED mode, as for a user who
 * has used the add-on in this file); `now` is fixed so dates and periods are deterministic.
 */
export function loadAddon(options: EmulatorOptions = {}): Emulator {
  const emu = new Emulator({ now: () => new Date('2026-11-26T02:00:00Z'), ...options });
  emu.loadBundle(bundle);
  emu.runOnOpen('LIMITED');
  return emu;
}

/** The cells of a rectangle as a 2D array of values (what getValues would return). */
export function valuesOf(emu: Emulator, sheetName: string): unknown[][] {
  return emu.snapshot(sheetName).values;
}
