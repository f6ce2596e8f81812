// SpreadsheetApp.getUi(): add-on and custom menus, alerts and prompts answered by the test script, sidebars and
// dialogs. Everything shown is recorded on `UiLog` (emu.ui) for tests and the playground.

import type { Access, Runtime } from '../runtime.ts';
import { unwrap } from '../runtime.ts';
import { EmuHtmlOutput } from './html.ts';

/** A menu entry as recorded. */
export type MenuEntry =
  | { readonly type: 'item'; readonly caption: string; readonly functionName: string }
  | { readonly type: 'separator' }
  | { readonly type: 'submenu'; readonly caption: string; readonly items: readonly MenuEntry[] };

/** A menu added to the UI. `addon` menus appear under Extensions > add-on name. */
export interface MenuRecord {
  readonly title: string;
  readonly addon: boolean;
  readonly items: readonly MenuEntry[];
}

/** An alert or prompt shown, with the button the test script answered. */
export interface AlertRecord {
  readonly kind: 'alert' | 'prompt';
  readonly title: string;
  readonly prompt: string;
  readonly buttons: string;
  readonly response: string;
  readonly responseText?: string;
}

/** A sidebar or dialog shown. */
export interface DialogRecord {
  readonly kind: 'sidebar' | 'modal' | 'modeless';
  readonly title: string;
  readonly content: string;
  readonly width: number;
  readonly height: number;
}

/** Button names per ButtonSet; the first is the default answer. */
const BUTTON_SETS: Readonly<Record<string, readonly string[]>> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** What the UI showed, and scripted answers for the next alerts/prompts. */
export class UiLog {
  menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  /** Answers for the next alerts, in order ('YES', 'NO', 'OK', 'CANCEL', 'CLOSE'); default is the set's first button. */
  readonly alertResponses: string[] = [];
  /** Answers for the next prompts: button and text. */
  readonly promptResponses: Array<{ button: string; text: string }> = [];

  /** Scripts the answer to the next alert. */
  set nextAlertResponse(button: string) {
    this.alertResponses.push(button);
  }

  /** The last sidebar shown, if any. */
  get sidebar(): DialogRecord | undefined {
    return this.dialogs.filter(d => d.kind === 'sidebar').at(-1);
  }
}

const menuAccess = (): Access => 'menu';
const uiAccess = (method: string): Access => (method === 'createAddonMenu' || method === 'createMenu' ? 'menu' : 'ui');

/** A menu being built. */
export class EmuMenu {
  readonly _items: MenuEntry[] = [];

  constructor(
    readonly _rt: Runtime,
    readonly _log: UiLog,
    readonly _title: string,
    readonly _addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): this {
    this._items.push({ type: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this._items.push({ type: 'separator' });
    return this;
  }
  addSubMenu(menu: EmuMenu): this {
    const sub = unwrap(menu);
    this._items.push({ type: 'submenu', caption: sub._title, items: [...sub._items] });
    return this;
  }
  /** Adds (or replaces, by title) this menu in the UI. */
  addToUi(): void {
    const record: MenuRecord = { title: this._title, addon: this._addon, items: [...this._items] };
    this._log.menus = [...this._log.menus.filter(m => m.title !== this._title), record];
  }
}

/** The Ui object. */
export class EmuUi {
  readonly ButtonSet = Object.freeze({
    OK: 'OK',
    OK_CANCEL: 'OK_CANCEL',
    YES_NO: 'YES_NO',
    YES_NO_CANCEL: 'YES_NO_CANCEL',
  });
  readonly Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });

  constructor(
    readonly _rt: Runtime,
    readonly _log: UiLog,
    readonly _addonName: string,
  ) {}

  /** @internal */
  static _expose(rt: Runtime, log: UiLog, addonName: string): EmuUi {
    return rt.expose(new EmuUi(rt, log, addonName), 'Ui', uiAccess);
  }

  createAddonMenu(): EmuMenu {
    return this._rt.expose(new EmuMenu(this._rt, this._log, this._addonName, true), 'Menu', menuAccess);
  }
  createMenu(caption: string): EmuMenu {
    return this._rt.expose(new EmuMenu(this._rt, this._log, String(caption), false), 'Menu', menuAccess);
  }
  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons); returns the scripted Button. */
  alert(a: string, b?: string, c?: string): string {
    const [title, prompt, buttons] = c !== undefined ? [a, b ?? '', c] : b !== undefined ? ['', a, b] : ['', a, 'OK'];
    const allowed = BUTTON_SETS[buttons] ?? ['OK'];
    const scripted = this._log.alertResponses.shift();
    const response = scripted ?? allowed[0] ?? 'OK';
    if (scripted !== undefined && scripted !== 'CLOSE' && !allowed.includes(scripted)) {
      throw this._rt.error(`Emulator: scripted alert answer ${scripted} is not a button of ${buttons}`);
    }
    this._log.alerts.push({ kind: 'alert', title: String(title), prompt: String(prompt), buttons, response });
    return response;
  }
  /** prompt(prompt) | prompt(prompt, buttons) | prompt(title, prompt, buttons); returns a PromptResponse. */
  prompt(a: string, b?: string, c?: string): EmuPromptResponse {
    const [title, prompt, buttons] = c !== undefined ? [a, b ?? '', c] : b !== undefined ? ['', a, b] : ['', a, 'OK'];
    const scripted = this._log.promptResponses.shift() ?? { button: BUTTON_SETS[buttons]?.[0] ?? 'OK', text: '' };
    this._log.alerts.push({
      kind: 'prompt',
      title: String(title),
      prompt: String(prompt),
      buttons,
      response: scripted.button,
      responseText: scripted.text,
    });
    return this._rt.expose(new EmuPromptResponse(scripted.button, scripted.text), 'PromptResponse', () => 'free');
  }
  showSidebar(html: EmuHtmlOutput): void {
    this._show('sidebar', html, null);
  }
  showModalDialog(html: EmuHtmlOutput, title: string): void {
    this._show('modal', html, title);
  }
  showModelessDialog(html: EmuHtmlOutput, title: string): void {
    this._show('modeless', html, title);
  }
  /** @internal */
  _show(kind: DialogRecord['kind'], html: EmuHtmlOutput, title: string | null): void {
    const out = unwrap(html);
    if (!(out instanceof EmuHtmlOutput)) throw this._rt.error('Emulator: expected an HtmlOutput from HtmlService');
    this._log.dialogs.push({
      kind,
      title: title ?? out._title,
      content: out._content,
      // Sidebars are always 300 px wide in Sheets, whatever setWidth says (docs/apps-script.md: HTML service and the sidebar).
      width: kind === 'sidebar' ? 300 : out._width,
      height: out._height,
    });
  }
}

/** Ui.prompt's answer. */
export class EmuPromptResponse {
  constructor(
    readonly _button: string,
    readonly _text: string,
  ) {}
  getSelectedButton(): string {
    return this._button;
  }
  getResponseText(): string {
    return this._text;
  }
}
