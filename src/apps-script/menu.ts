// The Extensions → Customer Tiers menu. Built from a static list so it works in AuthMode.NONE, where the
// add-on may not read properties or sheets (docs/apps-script.md: Authorization modes).
import type { Lang } from '../core/locale.ts';
import { MENU_WORDS, type MenuWordKey } from '../core/wording/menu.ts';

/** A menu entry: its caption key and the global function (declared in main.ts) it runs. */
export type MenuEntry = { readonly caption: MenuWordKey; readonly handler: string } | 'separator';

const MENU: readonly MenuEntry[] = [
  { caption: 'menuOpenSettings', handler: 'openSettings' },
  { caption: 'menuRecompute', handler: 'recomputeTiers' },
  { caption: 'menuSnapshot', handler: 'saveSnapshot' },
  { caption: 'menuPublish', handler: 'publishTiers' },
  { caption: 'menuSummary', handler: 'showSummary' },
  { caption: 'menuPolicy', handler: 'showGradingPolicy' },
  { caption: 'menuNotices', handler: 'writeCustomerNotices' },
  { caption: 'menuServicePlan', handler: 'showServicePlan' },
  'separator',
  { caption: 'menuSetUpSamples', handler: 'setUpSampleSheets' },
  'separator',
  { caption: 'menuSetUpLedger', handler: 'setUpBenefitLog' },
  { caption: 'menuQuotaOverview', handler: 'refreshQuotaOverview' },
  { caption: 'menuToggleAutomatic', handler: 'toggleAutomaticUpdates' },
  'separator',
  { caption: 'menuHelp', handler: 'showHelp' },
];

/** Adds the add-on menu. Calls only Ui methods, so it is safe in every AuthMode. */
export function buildMenu(ui: GoogleAppsScript.Base.Ui, lang: Lang, entries: readonly MenuEntry[] = MENU): void {
  const menu = ui.createAddonMenu();
  for (const entry of entries) {
    if (entry === 'separator') menu.addSeparator();
    else menu.addItem(MENU_WORDS[entry.caption][lang], entry.handler);
  }
  menu.addToUi();
}
