// Quality floor (STYLE.md rule 6) on our quote annotations of SaudiNewsNet articles
// (eval/quotes/annotations.jsonl, guidelines in eval/quotes/README.md). Raising a floor is a
// commit; lowering it is a decision written in the commit message. The articles are read from
// ../shared/data (never copied into the repo); missing data fails under CI=true.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findQuotes } from './index.ts';
import { readAnnotations, loadDatasetArticles, scoreAll } from '../../../eval/quotes/scoring.ts';
import floor from './floor.json' with { type: 'json' };

const DATASET = resolve(process.cwd(), '../shared/data/saudinewsnet');

test(`quotes on the annotated SaudiNewsNet articles: precision ≥ ${floor.precision}, recall ≥ ${floor.recall}, speaker ≥ ${floor.speaker}`, (t) => {
  if (!existsSync(DATASET)) {
    assert.notEqual(process.env.CI, 'true', `missing ${DATASET}: CI needs ../shared/data`);
    return t.skip(`missing ${DATASET}`);
  }
  const annotations = readAnnotations();
  assert.ok(annotations.length >= 60, 'at least 60 annotated articles');
  const score = scoreAll(annotations, loadDatasetArticles(DATASET, annotations), (article) => findQuotes(article.content, { title: article.title }));
  const line = `precision=${score.precision.toFixed(3)} recall=${score.recall.toFixed(3)} speaker=${score.speaker.toFixed(3)}`;
  const help = 'see the misses with: node --import tsx eval/quotes/score.ts --verbose';
  assert.ok(score.precision >= floor.precision, `${line}: precision below the floor in floor.json; ${help}`);
  assert.ok(score.recall >= floor.recall, `${line}: recall below the floor in floor.json; ${help}`);
  assert.ok(score.speaker >= floor.speaker, `${line}: speaker accuracy below the floor in floor.json; ${help}`);
});
