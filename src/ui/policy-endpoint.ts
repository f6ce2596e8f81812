// The policy dialog's side of google.script.run: loads the policy document and checks its shape before rendering.
import type { PolicyReply } from '../core/sidebar-contract.ts';
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
