// Session, Utilities and Logger: locale and time zone, the user, date formatting, UUIDs, and sleep on the virtual clock.

import { randomUUID } from 'node:crypto';
import type { Runtime } from '../runtime.ts';
import { formatDatePattern, isDate } from '../values.ts';

/** A Session user. Simple triggers and custom functions may not see the email (empty string), as documented. */
export class EmuUser {
  constructor(
    readonly _rt: Runtime,
    readonly _email: string,
  ) {}
  getEmail(): string {
    const mode = this._rt.current.authMode;
    return mode === 'FULL' ? this._email : '';
  }
}

/** Session. */
export class EmuSession {
  constructor(
    readonly _rt: Runtime,
    readonly _locale: () => string,
    readonly _timeZone: () => string,
    readonly _email: string,
  ) {}
  getActiveUserLocale(): string {
    return this._locale();
  }
  getScriptTimeZone(): string {
    return this._timeZone();
  }
  getActiveUser(): EmuUser {
    return this._rt.expose(new EmuUser(this._rt, this._email), 'User', () => 'free');
  }
  getEffectiveUser(): EmuUser {
    return this._rt.expose(new EmuUser(this._rt, this._email), 'User', () => 'free');
  }
  getTemporaryActiveUserKey(): string {
    return `key-${Buffer.from(this._email).toString('base64url')}`;
  }
}

/** Utilities. */
export class EmuUtilities {
  constructor(readonly _rt: Runtime) {}

  /** formatDate(date, timeZone, 'yyyy-MM-dd HH:mm') with SimpleDateFormat letters y M d H h m s a E. */
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date))
      throw this._rt.error(
        "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
      );
    return formatDatePattern(date, timeZone, format);
  }
  getUuid(): string {
    return randomUUID();
  }
  /** Advances the virtual clock; returns at once. */
  sleep(milliseconds: number): void {
    this._rt.advance(milliseconds);
  }
  base64Encode(data: string): string {
    return Buffer.from(String(data), 'utf8').toString('base64');
  }
  base64Decode(encoded: string): number[] {
    return [...Buffer.from(String(encoded), 'base64')].map(b => (b > 127 ? b - 256 : b));
  }
}

/** Logger: lines are kept on the emulator (emu.logs). */
export class EmuLogger {
  constructor(readonly _lines: string[]) {}
  log(format: unknown, ...values: unknown[]): this {
    let text = String(format);
    for (const v of values) text = text.replace(/%s/u, String(v));
    this._lines.push(text);
    return this;
  }
}
