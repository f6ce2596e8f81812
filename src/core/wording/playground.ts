// Wording of the local playground (scripts/playground/): its page's toolbar and messages and the names of the
// emulated workbook. The add-on's own words reach the page through the emulator.
import type { LocalText } from '../settings-schema.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });

/** The playground page's words, and the workbook it starts with. `{n}` is filled in by the page. */
export const PLAYGROUND_WORDS = {
  title: t('客户分级 Customer Tiers · 本地试用', 'Customer Tiers · playground'),
  extensions: t('扩展程序', 'Extensions'),
  language: t('语言', 'Language'),
  /** Each language's own name, for the language picker: `languageNames.zh` is '中文' on both pages. */
  languageNames: t('中文', 'English'),
  reset: t('重置示例', 'Reset'),
  import: t('导入 CSV/XLSX…', 'Import CSV/XLSX…'),
  export: t('导出 XLSX', 'Export XLSX'),
  close: t('关闭', 'Close'),
  /** Names the region of the selected cell's name and content, above the grid. */
  formulaBar: t('编辑栏', 'Formula bar'),
  ok: t('确定', 'OK'),
  error: t('出错了', 'Something went wrong'),
  moreRows: t('另有 {n} 行未显示', '{n} more rows not shown'),
  working: t('处理中…', 'Working…'),
  hint: t(
    '双击或直接输入可编辑单元格；回车保存，Esc 取消。',
    'Double-click or type to edit a cell; Enter saves, Esc cancels.',
  ),
  scriptError: t('脚本出错', 'Script error'),
  spreadsheetName: t('客户分级示例', 'Customer Tiers sample'),
  /** The name Google Sheets gives the first sheet of a new spreadsheet in each locale. */
  firstSheet: t('工作表1', 'Sheet1'),
} as const;
