// Wording about the document itself: an add-on sheet's name already taken by a user's sheet, the add-on's storage
// (document properties) being full, and edits held back while another run had the document, in Chinese and English.
import type { LocalText } from '../settings-schema.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });

export const DOCUMENT_WORDS = {
  /** A user's sheet has the add-on sheet's name: it is left alone and the add-on's sheet gets `used`. */
  nameTaken: (wanted: string, used: string) =>
    t(
      `已有一张名为「${wanted}」的工作表，它不是插件建立的，插件不会改动它。插件自己的表建在「${used}」。`,
      `A sheet named "${wanted}" already exists and was not made by the add-on, so the add-on leaves it untouched. The add-on's own sheet is "${used}".`,
    ),
  /** A write to document properties was refused (value or store over Apps Script's limit); `what` was not kept. */
  storageFull: (what: LocalText) =>
    t(
      `插件在本文档中的存储空间已满，无法保存${what.zh}。表格已更新；如果问题持续，请联系管理员清理插件的文档属性。`,
      `The add-on's storage in this document is full, so ${what.en} could not be saved. The sheet was updated; if this keeps happening, ask your administrator to clear the add-on's document properties.`,
    ),
  colourMemory: t('着色规则记录', 'the record of its colour rules'),
  settings: t('设置', 'the settings'),
  pending: t('待处理的修改记录', 'the note of edits to apply'),
  sheetRecord: t('插件工作表记录', 'the record of its sheets'),
  /** onEdit met another run holding the document: the edit is kept and applied when that run ends or at the next. */
  editPending: t(
    '客户分级正在处理另一项操作。您的修改已保留，会在该操作结束后（或下一次运行时）自动应用。',
    'Customer Tiers is busy with another run. Your edit is kept and will be applied when that run ends (or at the next run).',
  ),
} as const;
