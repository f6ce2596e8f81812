// How any text the add-on writes quotes a user's value: a short prefix, never the whole cell, so a Why or a status
// stays readable and can never pass Sheets' 50,000-character cell limit because of what it quotes.

/** Characters of a user's value a message quotes before cutting it with '…'. */
const QUOTE_MAX = 40;

/** At most `max` characters of `text` (a surrogate pair is never split), with '…' when it was cut. */
export function clip(text: string, max = QUOTE_MAX): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/u.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
