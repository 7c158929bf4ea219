// Quality floor for the light stemmer (STYLE.md rule 6): agreement with the golden Arabic stemmer
// corpus must not fall below FLOOR. Measured 0.5391 on 1,165 words (node --import tsx eval/stemmer.ts);
// the gold stems are deeper than a light stemmer's (verb prefixes, the ك pronoun), so the floor
// sits a little under the measurement rather than near 1. Raising it is a commit; lowering it is
// a decision written in the commit message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureStemmerAgreement, stemmerGoldAvailable, stemmerGoldDir } from '../../eval/stemmer.ts';

const FLOOR = 0.52;

test('light stemmer agreement with the stemmer gold stays above the floor', (t) => {
  const dir = stemmerGoldDir();
  if (!stemmerGoldAvailable(dir)) {
    if (process.env.CI === 'true') assert.fail(`stemmer gold missing at ${dir}`);
    t.skip(`stemmer gold missing at ${dir}`);
    return;
  }
  const { agreement, words, cases } = measureStemmerAgreement(dir);
  const misses = cases.filter((c) => c.ourStem !== c.goldStem).slice(0, 10).map((c) => `${c.word}: gold ${c.goldStem}, ours ${c.ourStem}`);
  assert.ok(agreement >= FLOOR, `agreement ${agreement.toFixed(4)} on ${words} words < floor ${FLOOR}\nfirst misses:\n${misses.join('\n')}\nhelp: run node --import tsx eval/stemmer.ts --misses; rules in src/text/stem-data.ts and src/text/clitic-data.ts`);
});
