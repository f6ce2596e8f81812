// Builds the set of exposed Apps Script globals for one emulator (what the bundle's node:vm context sees).

import type { Access, Runtime } from '../runtime.ts';
import { EmuSpreadsheetApp, spreadsheetAppAccess } from '../spreadsheet/app.ts';
import { EmuCharts } from '../spreadsheet/charts.ts';
import type { SheetsContext } from '../spreadsheet/context.ts';
import { type CacheStore, EmuCacheService } from './cache.ts';
import { EmuHtmlService } from './html.ts';
import { EmuLockService, type LockTable } from './lock.ts';
import { EmuPropertiesService, type PropertyStore, propertiesServiceAccess } from './properties.ts';
import { EmuScriptApp, scriptAppAccess, type TriggerHost } from './script-app.ts';
import { EmuLogger, EmuSession, EmuUtilities } from './session.ts';
import { EmuUi, type UiLog } from './ui.ts';

/** Everything `buildGlobals` needs. */
export interface GlobalsInput {
  readonly rt: Runtime;
  readonly ctx: SheetsContext;
  readonly ui: UiLog;
  readonly addonName: string;
  readonly flush: () => void;
  readonly properties: {
    readonly document: PropertyStore;
    readonly user: PropertyStore;
    readonly script: PropertyStore;
  };
  readonly caches: { readonly document: CacheStore; readonly user: CacheStore; readonly script: CacheStore };
  readonly locks: LockTable;
  readonly triggers: TriggerHost;
  readonly distDir: string;
  readonly userEmail: string;
  readonly userLocale: string;
  readonly logs: string[];
}

/** The Apps Script globals, each an exposed (counted, strict) service object. */
export interface EmuGlobals {
  readonly SpreadsheetApp: EmuSpreadsheetApp;
  readonly PropertiesService: EmuPropertiesService;
  readonly CacheService: EmuCacheService;
  readonly LockService: EmuLockService;
  readonly ScriptApp: EmuScriptApp;
  readonly Session: EmuSession;
  readonly HtmlService: EmuHtmlService;
  readonly Utilities: EmuUtilities;
  readonly Logger: EmuLogger;
  readonly Charts: EmuCharts;
}

const free = (): Access => 'free';

/** @internal */
export function buildGlobals(input: GlobalsInput): EmuGlobals {
  const { rt, ctx } = input;
  const ui = (): EmuUi => EmuUi._expose(rt, input.ui, input.addonName);
  return {
    SpreadsheetApp: rt.expose(new EmuSpreadsheetApp(ctx, ui, input.flush), 'SpreadsheetApp', spreadsheetAppAccess),
    PropertiesService: rt.expose(
      new EmuPropertiesService(rt, input.properties),
      'PropertiesService',
      propertiesServiceAccess,
    ),
    CacheService: rt.expose(new EmuCacheService(rt, input.caches), 'CacheService', () => 'cache'),
    LockService: rt.expose(new EmuLockService(rt, input.locks), 'LockService', () => 'lock'),
    ScriptApp: rt.expose(new EmuScriptApp(rt, input.triggers), 'ScriptApp', scriptAppAccess),
    Session: rt.expose(
      new EmuSession(
        rt,
        () => input.userLocale,
        () => rt.scriptTimeZone,
        input.userEmail,
      ),
      'Session',
      free,
    ),
    HtmlService: rt.expose(new EmuHtmlService(rt, input.distDir), 'HtmlService', free),
    Utilities: rt.expose(new EmuUtilities(rt), 'Utilities', free),
    Logger: rt.expose(new EmuLogger(input.logs), 'Logger', free),
    Charts: rt.expose(new EmuCharts(), 'Charts', free),
  };
}
