// The playground page's own words (its toolbar and messages), read from the wording catalogue. The add-on's words
// come from the add-on itself through the emulator.
import { PLAYGROUND_WORDS } from '../../../src/core/wording/playground.ts';
import type { PlaygroundLang } from '../protocol.ts';

/** A word of the page in `lang`. */
export function word(key: keyof typeof PLAYGROUND_WORDS, lang: PlaygroundLang): string {
  return PLAYGROUND_WORDS[key][lang];
}
