// Dedup quality on real data has a floor (STYLE.md rule 6): the engine runs over the three
// SaudiNewsNet days the hand-labelled pairs come from, and its scores must stay above
// quality-floor.json. Needs ../shared/data; fails without it in CI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { saudiNewsNetAvailable } from '../../eval/dedup/saudinewsnet.ts';
import { readPairs, runEngine, scorePairs } from '../../eval/dedup/score.ts';

const FLOOR = JSON.parse(readFileSync(new URL('./quality-floor.json', import.meta.url), 'utf8')) as { precision: number; recall: number; purity: number };
const available = saudiNewsNetAvailable();

test('dedup precision, recall and story purity stay above the floor on the labelled SaudiNewsNet pairs', { skip: !available && process.env.CI !== 'true' ? 'no ../shared/data/saudinewsnet here' : false }, () => {
  assert.ok(available, 'help: ../shared/data/saudinewsnet/*.zip is missing; CI must have it');
  const score = scorePairs(readPairs(), runEngine());
  const report = `precision=${score.precision.toFixed(3)} recall=${score.recall.toFixed(3)} purity=${score.purity.toFixed(3)}`;
  assert.ok(score.precision >= FLOOR.precision, `duplicate precision fell below ${FLOOR.precision}: ${report}; help: thresholds in src/dedup/config.ts, errors with node --import tsx eval/dedup/score.ts --errors`);
  assert.ok(score.recall >= FLOOR.recall, `duplicate recall fell below ${FLOOR.recall}: ${report}`);
  assert.ok(score.purity >= FLOOR.purity, `story purity fell below ${FLOOR.purity}: ${report}`);
});
