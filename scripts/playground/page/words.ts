// The playground page's own words (its toolbar and messages), in Chinese and English. The add-on's words come
// from the add-on itself through the emulator.
import type { PlaygroundLang } from '../protocol.ts';

const WORDS = {
  title: { zh: '客户分级 Customer Tiers · 本地试用', en: 'Customer Tiers · playground' },
  extensions: { zh: '扩展程序', en: 'Extensions' },
  language: { zh: '语言', en: 'Language' },
  reset: { zh: '重置示例', en: 'Reset' },
  import: { zh: '导入 CSV/XLSX…', en: 'Import CSV/XLSX…' },
  export: { zh: '导出 XLSX', en: 'Export XLSX' },
  close: { zh: '关闭', en: 'Close' },
  ok: { zh: '确定', en: 'OK' },
  error: { zh: '出错了', en: 'Something went wrong' },
  moreRows: { zh: '另有 {n} 行未显示', en: '{n} more rows not shown' },
  working: { zh: '处理中…', en: 'Working…' },
  hint: {
    zh: '双击或直接输入可编辑单元格；回车保存，Esc 取消。',
    en: 'Double-click or type to edit a cell; Enter saves, Esc cancels.',
  },
} as const satisfies Record<string, Readonly<Record<PlaygroundLang, string>>>;

/** A word of the page in `lang`. */
export function word(key: keyof typeof WORDS, lang: PlaygroundLang): string {
  return WORDS[key][lang];
}
