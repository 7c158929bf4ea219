// STYLE.md rule 6: main-text extraction quality has a floor. Marsad's extraction runs over the
// trafilatura evaluation set (../shared/data) and the F1 must not fall below the pinned floor.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadGold, readPageBytes } from './eval/dataset.ts';
import { MarsadRunner } from './eval/marsad-runner.ts';
import { addCounts, countSnippets, scores, type Counts } from './eval/score.ts';

const DATASET = resolve(process.cwd(), '../shared/data/extraction-trafilatura');
const FLOOR_FILE = new URL('./quality-floor.json', import.meta.url);

test('main-text F1 on the trafilatura set stays above the pinned floor', (t) => {
  if (!existsSync(resolve(DATASET, 'ground-truth.json'))) {
    assert.notEqual(process.env.CI, 'true', `evaluation data missing at ${DATASET}; CI must have ../shared/data`);
    t.skip(`evaluation data missing at ${DATASET}`);
    return;
  }
  const floor = JSON.parse(readFileSync(FLOOR_FILE, 'utf8')) as { f1: number };
  const runner = new MarsadRunner();
  const counts: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  const gold = loadGold(DATASET);
  for (const page of gold) {
    addCounts(counts, countSnippets(page, runner.run(readPageBytes(DATASET, page.file), page.url).text));
  }
  const s = scores(counts);
  const summary = `precision=${s.precision.toFixed(3)} recall=${s.recall.toFixed(3)} f1=${s.f1.toFixed(3)} pages=${gold.length}`;
  t.diagnostic(summary);
  assert.ok(
    s.f1 >= floor.f1,
    `extraction F1 ${s.f1.toFixed(3)} fell below the floor ${floor.f1} (${summary}).\n` +
      'help: run `marsad eval extract --dataset ../shared/data/extraction-trafilatura` and look at the pages that changed; ' +
      'the floor lives in src/extract/html/quality-floor.json',
  );
});
