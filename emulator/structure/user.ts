// Row and column edits made by the user in the Sheets UI: the same model change as the Apps Script methods, then
// installable onChange triggers with the matching changeType. No onEdit fires for them (Google's event objects guide:
// https://developers.google.com/apps-script/guides/triggers/events, "Change": EDIT, INSERT_ROW, INSERT_COLUMN,
// REMOVE_ROW, REMOVE_COLUMN, INSERT_GRID, REMOVE_GRID, FORMAT, OTHER).
import type { EditResult, Emulator } from '../executions.ts';
import { editStructure } from '../spreadsheet/sheet-structure.ts';
import type { StructureEdit } from './edit.ts';

/** The onChange changeType of an edit. Google lists no type for moving rows or columns: the emulator sends OTHER. */
function changeTypeOf(edit: StructureEdit): string {
  if (edit.kind === 'move') return 'OTHER';
  const noun = edit.dimension === 'ROWS' ? 'ROW' : 'COLUMN';
  return `${edit.kind === 'insert' ? 'INSERT' : 'REMOVE'}_${noun}`;
}

/** @internal Applies a user's structure edit, settles formulas, then runs installable onChange triggers (FULL). */
export function userStructureEdit(emu: Emulator, sheetName: string, edit: StructureEdit): EditResult {
  editStructure(emu._ctx, emu.sheetModel(sheetName), edit);
  emu.recalculate();
  const start = emu.executions.length;
  for (const t of emu.triggers.filter(x => x.eventType === 'ON_CHANGE')) {
    const e = { ...emu._event('FULL'), changeType: changeTypeOf(edit), triggerUid: t.uid };
    emu._tryExecute('installableTrigger', 'FULL', t.handler, [e], t.uid);
  }
  return { runs: emu.executions.slice(start).filter(x => x.kind !== 'customFunction') };
}
