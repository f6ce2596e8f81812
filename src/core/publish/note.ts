// "published B · now A" in front of the live Why (issue 15 part 2): under a review cycle the live Tier keeps moving
// (and keeps its colour), and the Why says which tier benefits still follow until the next publication.
import { customerKey } from '../customers.ts';
import type { Lang } from '../locale.ts';
import type { OutputCells } from '../pipeline.ts';
import { tierIndexer } from '../tier-names.ts';
import { PUBLISH_WORDS } from '../wording/publish.ts';

/**
 * The output rows with the note where a customer's live tier differs from its published one (`published`: tier name
 * by `customerKey`). Rows of customers not published, blank rows and equal tiers are returned as they are.
 */
export function withPublishedNotes(
  outputs: readonly OutputCells[],
  names: readonly unknown[],
  published: ReadonlyMap<string, string>,
  tierNames: readonly string[],
  lang: Lang,
): OutputCells[] {
  const indexOf = tierIndexer(tierNames);
  return outputs.map((row, i) => {
    const [live, score, why] = row;
    const frozen = published.get(customerKey(names[i]));
    if (live === '' || frozen === undefined || indexOf(frozen) === indexOf(live)) return row;
    const note = PUBLISH_WORDS.differs(frozen, live)[lang];
    return [live, score, `${note}${PUBLISH_WORDS.joiner[lang]}${why}`];
  });
}
