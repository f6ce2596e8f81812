// Endpoint of the printable policy dialog: the document as plain data (rendered as text by the page, never HTML).
import type { PolicyReply } from '../../core/sidebar-contract.ts';
import { userLang } from '../adapters/document/session.ts';
import { readPolicy } from '../adapters/policy/policy-sheet.ts';
import { currentServices } from '../adapters/table/recompute.ts';

/** The policy in the user's language, or why it cannot be built. */
export function getGradingPolicy(): PolicyReply {
  const lang = userLang();
  const policy = readPolicy(currentServices(), lang);
  return policy.ok ? { ok: true, lang, document: policy.document } : { ok: false, lang, message: policy.message[lang] };
}
