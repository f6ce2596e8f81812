// Every text the wording catalogue holds or returns for its sample arguments, in both languages, against the
// reviewed copy in test/fixtures/wording.txt: a change to what users read shows as a diff there, and a slip (an
// argument dropped from a sentence, an emptied clause, a swapped branch) fails here. After an intended wording
// change, `npx vitest run test/core/wording/golden.test.ts -u` rewrites the copy for review.
import { expect, it } from 'vitest';
import { catalogueTexts } from '../../support/wording-catalogue.ts';

it('matches the reviewed wording, entry by entry', async () => {
  const texts = await catalogueTexts();
  const listing = texts.map(({ path, text }) => `${path}\n  zh: ${text.zh}\n  en: ${text.en}`).join('\n');
  await expect(`${listing}\n`).toMatchFileSnapshot('../../fixtures/wording.txt');
});
