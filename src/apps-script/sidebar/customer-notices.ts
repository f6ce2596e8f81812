// Endpoint of the printable notices dialog: the letters on the notices sheet as plain data (the page renders them
// as text). Capped, so a very long list never makes one huge google.script.run reply.
import type { NoticesReply } from '../../core/sidebar-contract.ts';
import { userLang } from '../adapters/document/session.ts';
import { readNotices } from '../adapters/notices/notices-sheet.ts';

/** Notices the dialog shows at most; the sheet holds them all. */
const DIALOG_LIMIT = 500;

/** The notices sheet's first letters, in the user's language, and how many there are. */
export function getCustomerNotices(): NoticesReply {
  const lang = userLang();
  const read = readNotices(SpreadsheetApp.getActive(), DIALOG_LIMIT);
  const notices = (read?.rows ?? []).map(([customer, salesperson, tier, text]) => ({
    customer,
    salesperson,
    tier,
    text,
  }));
  return { lang, notices, total: read?.total ?? 0 };
}
