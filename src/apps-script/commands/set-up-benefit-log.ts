// Menu command "Set up benefit log": creates or updates the log's headers, dropdowns and statuses.
import type { LocalText } from '../../core/ledger/index.ts';
import { withDocumentLock } from '../adapters/document/lock.ts';
import { userLang } from '../adapters/document/session.ts';
import { setUpBenefitLog } from '../adapters/ledger/log-sheet.ts';
import { toast, toastBusy } from './feedback.ts';

/** Menu: Set up benefit log. */
export function setUpBenefitLogCommand(): void {
  const spreadsheet = SpreadsheetApp.getActive();
  const lang = userLang();
  const properties = PropertiesService.getDocumentProperties();
  const locked = withDocumentLock(() => setUpBenefitLog(spreadsheet, lang, { properties }));
  if (!locked.ok) {
    toastBusy(lang);
    return;
  }
  const { created, customers, entries } = locked.value;
  const text: LocalText = {
    zh: `${created ? '已创建' : '已更新'}「权益使用记录」表，检查了 ${entries} 条记录。${customers ? '' : '未找到客户表：请先「重新计算等级」，客户下拉列表稍后再设置。'}`,
    en: `${created ? 'Created' : 'Updated'} the "Benefit log" sheet; checked ${entries} entries.${customers ? '' : ' No customer table found: run "Recompute tiers" first, then set up the log again for the Customer dropdown.'}`,
  };
  toast(text[lang], lang, 10);
}
