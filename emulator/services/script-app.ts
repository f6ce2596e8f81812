// ScriptApp: AuthMode and trigger enums, installable triggers (time-driven, spreadsheet onEdit/onOpen/onChange) with the
// add-on limits: one trigger of each event type per user per document, time-driven at most hourly, 20 per user.

import type { Access, Runtime } from '../runtime.ts';
import { unwrap } from '../runtime.ts';

/** An installable trigger. */
export interface TriggerModel {
  readonly uid: string;
  readonly handler: string;
  readonly eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  readonly source: 'CLOCK' | 'SPREADSHEETS';
  readonly sourceId: string | null;
  readonly user: string;
  /** Clock triggers: interval in hours (24 per day, 168 per week) and optional hour of day. */
  readonly everyHours?: number;
  readonly atHour?: number;
  /**
   * One-off clock triggers (`after(ms)`, `at(date)`): the earliest time it may run (ms since the epoch). It runs once;
   * like Apps Script it stays listed after that (`spent`) until deleted.
   */
  readonly runAt?: number;
  spent?: boolean;
}

/** Where triggers live, shared with the emulator (which fires them). */
export interface TriggerHost {
  readonly triggers: TriggerModel[];
  readonly documentId: string;
  userEmail(): string;
  newUid(): string;
}

const EVENT_WORDS: Readonly<Record<TriggerModel['eventType'], string>> = {
  CLOCK: 'time-based',
  ON_OPEN: 'open',
  ON_EDIT: 'edit',
  ON_CHANGE: 'change',
  ON_FORM_SUBMIT: 'form submit',
};

const free = (): Access => 'free';
const trigger = (): Access => 'trigger';

/** A Trigger object. */
export class EmuTrigger {
  constructor(readonly _m: TriggerModel) {}
  getUniqueId(): string {
    return this._m.uid;
  }
  getHandlerFunction(): string {
    return this._m.handler;
  }
  getEventType(): string {
    return this._m.eventType;
  }
  getTriggerSource(): string {
    return this._m.source;
  }
  getTriggerSourceId(): string | null {
    return this._m.sourceId;
  }
}

/** @internal Adds a trigger after checking the add-on limits. */
function install(rt: Runtime, host: TriggerHost, m: Omit<TriggerModel, 'uid' | 'user'>): EmuTrigger {
  const user = host.userEmail();
  const mine = host.triggers.filter(t => t.user === user);
  if (mine.length >= 20) {
    throw rt.error(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  }
  if (mine.some(t => t.eventType === m.eventType)) {
    throw rt.error(
      `This add-on has created too many ${EVENT_WORDS[m.eventType]} triggers in this document for this Google user account.`,
    );
  }
  const model: TriggerModel = { ...m, uid: host.newUid(), user };
  host.triggers.push(model);
  return rt.expose(new EmuTrigger(model), 'Trigger', free);
}

/** newTrigger(fn).timeBased(). */
export class EmuClockTriggerBuilder {
  private everyHoursValue: number | null = null;
  private atHourValue: number | null = null;
  private runAtValue: number | null = null;
  private tooFrequent = false;

  constructor(
    readonly _rt: Runtime,
    readonly _host: TriggerHost,
    readonly _handler: string,
  ) {}

  everyMinutes(_n: number): this {
    this.tooFrequent = true;
    return this;
  }
  everyHours(n: number): this {
    this.everyHoursValue = n;
    return this;
  }
  everyDays(n: number): this {
    this.everyHoursValue = 24 * n;
    return this;
  }
  everyWeeks(n: number): this {
    this.everyHoursValue = 168 * n;
    return this;
  }
  /**
   * A one-off run at least `ms` after now ("the actual duration may vary, but won't be less than your specified
   * minimum": ClockTriggerBuilder.after, developers.google.com/apps-script/reference/script/clock-trigger-builder).
   */
  after(ms: number): this {
    this.runAtValue = this._rt.now().getTime() + Math.max(0, Number(ms));
    return this;
  }
  /** A one-off run at `date` (ClockTriggerBuilder.at). */
  at(date: Date): this {
    this.runAtValue = new Date(date).getTime();
    return this;
  }
  atHour(hour: number): this {
    if (hour < 0 || hour > 23) throw this._rt.error('Emulator: atHour takes 0-23');
    this.atHourValue = hour;
    return this;
  }
  nearMinute(_minute: number): this {
    return this;
  }
  inTimezone(_timezone: string): this {
    return this;
  }
  create(): EmuTrigger {
    // Add-ons may run time-driven triggers at most once an hour (docs/apps-script.md: Installable triggers).
    if (this.tooFrequent || (this.everyHoursValue !== null && this.everyHoursValue < 1)) {
      throw this._rt.error('Add-ons may not create time-based triggers that run more often than once per hour.');
    }
    if (this.runAtValue !== null) {
      return install(this._rt, this._host, {
        handler: this._handler,
        eventType: 'CLOCK',
        source: 'CLOCK',
        sourceId: null,
        runAt: this.runAtValue,
      });
    }
    if (this.everyHoursValue === null)
      throw this._rt.error('Emulator: a time-based trigger needs everyHours/everyDays/everyWeeks, after or at');
    return install(this._rt, this._host, {
      handler: this._handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      everyHours: this.everyHoursValue,
      ...(this.atHourValue === null ? {} : { atHour: this.atHourValue }),
    });
  }
}

/** newTrigger(fn).forSpreadsheet(ss). */
export class EmuSpreadsheetTriggerBuilder {
  constructor(
    readonly _rt: Runtime,
    readonly _host: TriggerHost,
    readonly _handler: string,
    private _event: TriggerModel['eventType'] | null = null,
  ) {}

  onEdit(): this {
    this._event = 'ON_EDIT';
    return this;
  }
  onOpen(): this {
    this._event = 'ON_OPEN';
    return this;
  }
  onChange(): this {
    this._event = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): this {
    this._event = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): EmuTrigger {
    if (this._event === null)
      throw this._rt.error('Emulator: choose onEdit/onOpen/onChange/onFormSubmit before create()');
    return install(this._rt, this._host, {
      handler: this._handler,
      eventType: this._event,
      source: 'SPREADSHEETS',
      sourceId: this._host.documentId,
    });
  }
}

/** ScriptApp.newTrigger(fn). */
export class EmuTriggerBuilder {
  constructor(
    readonly _rt: Runtime,
    readonly _host: TriggerHost,
    readonly _handler: string,
  ) {}

  timeBased(): EmuClockTriggerBuilder {
    return this._rt.expose(
      new EmuClockTriggerBuilder(this._rt, this._host, this._handler),
      'ClockTriggerBuilder',
      trigger,
    );
  }
  /** Accepts the active Spreadsheet or its id. */
  forSpreadsheet(_sheet: unknown): EmuSpreadsheetTriggerBuilder {
    return this._rt.expose(
      new EmuSpreadsheetTriggerBuilder(this._rt, this._host, this._handler),
      'SpreadsheetTriggerBuilder',
      trigger,
    );
  }
}

/** ScriptApp. */
export class EmuScriptApp {
  readonly AuthMode = Object.freeze({
    NONE: 'NONE',
    CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
    LIMITED: 'LIMITED',
    FULL: 'FULL',
  });
  readonly EventType = Object.freeze({
    CLOCK: 'CLOCK',
    ON_OPEN: 'ON_OPEN',
    ON_EDIT: 'ON_EDIT',
    ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
    ON_CHANGE: 'ON_CHANGE',
    ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
  });
  readonly TriggerSource = Object.freeze({
    SPREADSHEETS: 'SPREADSHEETS',
    CLOCK: 'CLOCK',
    FORMS: 'FORMS',
    DOCUMENTS: 'DOCUMENTS',
    CALENDAR: 'CALENDAR',
  });
  readonly WeekDay = Object.freeze({
    MONDAY: 'MONDAY',
    TUESDAY: 'TUESDAY',
    WEDNESDAY: 'WEDNESDAY',
    THURSDAY: 'THURSDAY',
    FRIDAY: 'FRIDAY',
    SATURDAY: 'SATURDAY',
    SUNDAY: 'SUNDAY',
  });

  constructor(
    readonly _rt: Runtime,
    readonly _host: TriggerHost,
  ) {}

  /** @internal */
  _mine(): EmuTrigger[] {
    const user = this._host.userEmail();
    return this._host.triggers
      .filter(t => t.user === user)
      .map(t => this._rt.expose(new EmuTrigger(t), 'Trigger', free));
  }
  getProjectTriggers(): EmuTrigger[] {
    return this._mine();
  }
  getUserTriggers(_document: unknown): EmuTrigger[] {
    return this._mine().filter(t => unwrap(t)._m.source === 'CLOCK' || unwrap(t)._m.sourceId === this._host.documentId);
  }
  deleteTrigger(t: EmuTrigger): void {
    const target = unwrap(t);
    if (!(target instanceof EmuTrigger)) throw this._rt.error('Emulator: deleteTrigger needs a Trigger');
    const i = this._host.triggers.findIndex(x => x.uid === target._m.uid);
    if (i >= 0) this._host.triggers.splice(i, 1);
  }
  newTrigger(functionName: string): EmuTriggerBuilder {
    return this._rt.expose(
      new EmuTriggerBuilder(this._rt, this._host, String(functionName)),
      'TriggerBuilder',
      trigger,
    );
  }
  getScriptId(): string {
    return 'emulator-script-id';
  }
}

/** @internal Access rule of ScriptApp methods. */
export const scriptAppAccess = (method: string): Access => (method === 'getScriptId' ? 'free' : 'trigger');
