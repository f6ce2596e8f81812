// The printable dialogs' side of google.script.run (grading policy, customer notices): each loads its document once
// and checks its shape before rendering.
import type { NoticesReply, PolicyReply } from '../core/sidebar-contract.ts';
import { NOTICE_WORDS } from '../core/wording/notices.ts';
import { POLICY_WORDS } from '../core/wording/policy.ts';
import { type CallResult, callServer, prop, type ScriptRunner } from './endpoints.ts';

/** Loads the policy once; a reply of the wrong shape is a failed call. */
export async function fetchPolicy(runner: ScriptRunner | null): Promise<CallResult<PolicyReply>> {
  const reply = await callServer(runner, 'getGradingPolicy');
  if (!reply.ok) return reply;
  return isPolicyReply(reply.value) ? { ok: true, value: reply.value } : { ok: false, message: POLICY_WORDS.badReply };
}

const isText = (x: unknown): x is string => typeof x === 'string';
const isTextList = (x: unknown): x is string[] => Array.isArray(x) && x.every(isText);

function isPolicyReply(x: unknown): x is PolicyReply {
  const lang = prop(x, 'lang');
  if (lang !== 'zh' && lang !== 'en') return false;
  if (prop(x, 'ok') === false) return isText(prop(x, 'message'));
  const doc = prop(x, 'document');
  const articles = prop(doc, 'articles');
  return (
    prop(x, 'ok') === true &&
    isText(prop(doc, 'title')) &&
    isText(prop(doc, 'stamp')) &&
    isTextList(prop(doc, 'signatures')) &&
    Array.isArray(articles) &&
    articles.every(a => isText(prop(a, 'heading')) && isTextList(prop(a, 'paragraphs')))
  );
}

/** Loads the notices once; a reply of the wrong shape is a failed call. */
export async function fetchNotices(runner: ScriptRunner | null): Promise<CallResult<NoticesReply>> {
  const reply = await callServer(runner, 'getCustomerNotices');
  if (!reply.ok) return reply;
  return isNoticesReply(reply.value) ? { ok: true, value: reply.value } : { ok: false, message: NOTICE_WORDS.badReply };
}

function isNoticesReply(x: unknown): x is NoticesReply {
  const lang = prop(x, 'lang');
  const notices = prop(x, 'notices');
  return (
    (lang === 'zh' || lang === 'en') &&
    typeof prop(x, 'total') === 'number' &&
    Array.isArray(notices) &&
    notices.every(n => ['customer', 'salesperson', 'tier', 'text'].every(key => isText(prop(n, key))))
  );
}
