// Menu command "Turn automatic updates on/off": installs or removes the one daily trigger of this user and document.
import type { LocalText } from '../../core/ledger/index.ts';
import { toggleAutomaticUpdates } from '../adapters/automatic/daily-run.ts';
import { userLang } from '../adapters/document/session.ts';
import { alertText } from './feedback.ts';

/** Menu: Turn automatic updates on/off. */
export function toggleAutomaticUpdatesCommand(): void {
  const lang = userLang();
  const { on } = toggleAutomaticUpdates(SpreadsheetApp.getActive());
  const text: LocalText = on
    ? {
        zh: '自动更新已开启：每天重新计算等级、刷新额度概览，结果记录在「插件日志」表。',
        en: 'Automatic updates are on: every day tiers are recomputed and the quota overview refreshed; each run is recorded in the "Add-on log" sheet.',
      }
    : { zh: '自动更新已关闭。', en: 'Automatic updates are off.' };
  alertText(text[lang], lang);
}
