// Quality floors (STYLE.md rule 6): raising a floor is a commit; lowering it is a decision
// written in the commit message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EntityRecognizer } from './recognizer.ts';
import { LABELS } from './labels.ts';
import { splitHoldout } from './split.ts';
import { parseConll } from './conll.ts';
import { evaluateNer } from '../../cli/commands/eval-ner.ts';
import { evaluateNames } from '../../cli/commands/eval-names.ts';
import floors from './floors.json' with { type: 'json' };

const DATA = resolve(process.cwd(), '../shared/data');

function readOrSkip(path: string, skip: (why: string) => void): string | undefined {
  if (existsSync(path)) return readFileSync(path, 'utf8');
  assert.notEqual(process.env.CI, 'true', `missing ${path}: CI needs ../shared/data`);
  skip(`missing ${path}`);
  return undefined;
}

test(`NER F1 on the ANERcorp holdout (the first 10%, never trained on) stays at or above ${floors.nerHoldoutF1}`, (t) => {
  const content = readOrSkip(`${DATA}/anercorp/anercorp-train.txt`, (why) => t.skip(why));
  if (!content) return;
  const { holdout } = splitHoldout(parseConll(content));
  const holdoutText = holdout.map((s) => s.tokens.map((token, i) => `${token} ${LABELS[s.labels[i]]}`).join('\n')).join('\n');
  const result = evaluateNer(holdoutText, EntityRecognizer.load());
  assert.ok(result.f1 >= floors.nerHoldoutF1, `holdout F1 ${result.f1.toFixed(3)} < floor ${floors.nerHoldoutF1} (floors.json); retrain with npm run train:ner`);
});

test(`name-variant F1 on the dev pairs stays at or above ${floors.namesF1}`, (t) => {
  const content = readOrSkip(`${DATA}/names/name-variants-dev.tsv`, (why) => t.skip(why));
  if (!content) return;
  const result = evaluateNames(content);
  assert.ok(result.f1 >= floors.namesF1, `names F1 ${result.f1.toFixed(3)} < floor ${floors.namesF1} (floors.json); rules in names.ts`);
});
