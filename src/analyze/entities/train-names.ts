// `node --import tsx src/analyze/entities/train-names.ts [--pairs FILE]`: learns the name-variant
// scorer (name-variants.ts) from `a<TAB>b<TAB>same` pairs and writes models/ner/name-variants.json.
// First it scores itself honestly: trained on the even-numbered pairs, tested on the odd ones, and
// the other way round; then it trains on all pairs.
//   1. Edit costs: each pair is aligned (cheapest edits), and every edit counted among same-name
//      and different-name pairs; an edit common among the same (ي added, ج for غ) becomes cheap,
//      one common among different names dear. Twice, the second time aligned with the first costs.
//   2. A logistic model over the pair's features (name-variants.ts), fitted by gradient descent;
//      the threshold is the one with the best F1 on the training pairs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { modelDirectory } from './model-files.ts';
import { NAME_VARIANTS_FILE, NameVariantScorer, endInDifferentVowels, operationKey, pairFeatures, type ComparedWord, type NameVariantParameters } from './name-variants.ts';
import { prepareName } from './names.ts';

export interface NamePair {
  a: ComparedWord;
  b: ComparedWord;
  same: boolean;
}

const COST_ROUNDS = 2;
/** Operations never seen cost this much (a substitution seen equally often in both kinds costs 1). */
const UNSEEN_COST = 1.5;
const COST_RANGE = { min: 0.05, max: 2 };
/** Add-one counts over this many pseudo-operations keep rare edits near cost 1. */
const SMOOTHING = 100;
const EPOCHS = 1500;
const LEARNING_RATE = 2;
const L2 = 1e-4;

/** Pairs of one-word names from a pairs file (other lines are skipped). */
export function readNamePairs(content: string): NamePair[] {
  const pairs: NamePair[] = [];
  for (const line of content.split('\n').slice(1)) {
    const [a, b, same] = line.replace(/\r$/, '').split('\t');
    if (!a || !b || (same !== '0' && same !== '1')) continue;
    const x = prepareName(a);
    const y = prepareName(b);
    if (x.words.length !== 1 || y.words.length !== 1) continue;
    pairs.push({ a: { folded: x.words[0], skeleton: x.skeletons[0] }, b: { folded: y.words[0], skeleton: y.skeletons[0] }, same: same === '1' });
  }
  return pairs;
}

export function trainNameVariants(pairs: readonly NamePair[]): NameVariantParameters {
  const costs = learnCosts(pairs);
  const scorer = new NameVariantScorer({ costs, unseenCost: UNSEEN_COST, weights: [], threshold: 0.5 });
  const features = pairs.map(({ a, b }) => pairFeatures(a, b, scorer.learnedDistance(a.folded, b.folded)));
  // Pairs the final-vowel rule decides are left out of the fit: the scorer never asks the model about them.
  const modelled = pairs.map((_, i) => i).filter((i) => !endInDifferentVowels(pairs[i].a, pairs[i].b));
  const weights = fitLogistic(modelled.map((i) => features[i]), modelled.map((i) => (pairs[i].same ? 1 : 0)));
  const probabilities = features.map((f, i) => (endInDifferentVowels(pairs[i].a, pairs[i].b) ? 0 : logistic(weights, f)));
  // Rounded as the file keeps them, so every figure printed is the file's.
  return {
    costs: Object.fromEntries(Object.entries(costs).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([key, cost]) => [key, +cost.toFixed(4)])),
    unseenCost: UNSEEN_COST,
    weights: weights.map((w) => +w.toFixed(5)),
    threshold: bestThreshold(probabilities, pairs),
  };
}

export function scoreNameVariants(parameters: NameVariantParameters, pairs: readonly NamePair[]): { precision: number; recall: number; f1: number } {
  const scorer = new NameVariantScorer(parameters);
  return f1Of(pairs.map(({ a, b }) => scorer.probability(a, b) >= parameters.threshold), pairs);
}

function learnCosts(pairs: readonly NamePair[]): Record<string, number> {
  let costs: Record<string, number> = {};
  for (let round = 0; round < COST_ROUNDS; round++) {
    const cost = (x: string, y: string) => costs[operationKey(x, y)] ?? 1;
    const same = new Map<string, number>();
    const different = new Map<string, number>();
    let sameTotal = 0;
    let differentTotal = 0;
    for (const pair of pairs) {
      for (const operation of cheapestEdits(pair.a.folded, pair.b.folded, cost)) {
        const counts = pair.same ? same : different;
        counts.set(operation, (counts.get(operation) ?? 0) + 1);
        if (pair.same) sameTotal++; else differentTotal++;
      }
    }
    const next: Record<string, number> = {};
    for (const operation of new Set([...same.keys(), ...different.keys()])) {
      const logSame = Math.log(((same.get(operation) ?? 0) + 1) / (sameTotal + SMOOTHING));
      const logDifferent = Math.log(((different.get(operation) ?? 0) + 1) / (differentTotal + SMOOTHING));
      next[operation] = Math.max(COST_RANGE.min, Math.min(COST_RANGE.max, 1 + (logDifferent - logSame) / 2));
    }
    costs = next;
  }
  return costs;
}

/** The edits (operationKey) of a cheapest alignment of a with b under `cost`; matches are not edits. */
function cheapestEdits(a: string, b: string, cost: (x: string, y: string) => number): string[] {
  const n = a.length;
  const m = b.length;
  const total = new Float64Array((n + 1) * (m + 1));
  const move = new Uint8Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = 1; i <= n; i++) { total[at(i, 0)] = total[at(i - 1, 0)] + cost(a[i - 1], ''); move[at(i, 0)] = 1; }
  for (let j = 1; j <= m; j++) { total[at(0, j)] = total[at(0, j - 1)] + cost('', b[j - 1]); move[at(0, j)] = 2; }
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const substitute = total[at(i - 1, j - 1)] + (a[i - 1] === b[j - 1] ? 0 : cost(a[i - 1], b[j - 1]));
      const drop = total[at(i - 1, j)] + cost(a[i - 1], '');
      const add = total[at(i, j - 1)] + cost('', b[j - 1]);
      if (substitute <= drop && substitute <= add) total[at(i, j)] = substitute;
      else if (drop <= add) { total[at(i, j)] = drop; move[at(i, j)] = 1; }
      else { total[at(i, j)] = add; move[at(i, j)] = 2; }
    }
  }
  const edits: string[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const step = move[at(i, j)];
    if (step === 0 && i > 0 && j > 0) {
      if (a[i - 1] !== b[j - 1]) edits.push(operationKey(a[i - 1], b[j - 1]));
      i--; j--;
    } else if (step === 1 || j === 0) { edits.push(operationKey(a[i - 1], '')); i--; }
    else { edits.push(operationKey('', b[j - 1])); j--; }
  }
  return edits;
}

function logistic(weights: readonly number[], features: readonly number[]): number {
  let z = 0;
  for (let k = 0; k < weights.length; k++) z += weights[k] * features[k];
  return 1 / (1 + Math.exp(-z));
}

/** Batch gradient descent on the log loss with a little L2: a handful of features, so this converges. */
function fitLogistic(features: readonly number[][], labels: readonly number[]): number[] {
  const d = features[0]?.length ?? 0;
  const weights = new Array<number>(d).fill(0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const gradient = new Float64Array(d);
    features.forEach((f, i) => {
      const error = logistic(weights, f) - labels[i];
      for (let k = 0; k < d; k++) gradient[k] += error * f[k];
    });
    for (let k = 0; k < d; k++) weights[k] -= (LEARNING_RATE * gradient[k]) / features.length + L2 * weights[k];
  }
  return weights;
}

function bestThreshold(probabilities: readonly number[], pairs: readonly NamePair[]): number {
  let best = { threshold: 0.5, f1: -1 };
  for (let step = 20; step <= 80; step += 2) {
    const threshold = step / 100;
    const { f1 } = f1Of(probabilities.map((p) => p >= threshold), pairs);
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return best.threshold;
}

function f1Of(predicted: readonly boolean[], pairs: readonly NamePair[]): { precision: number; recall: number; f1: number } {
  let tp = 0, fp = 0, fn = 0;
  predicted.forEach((same, i) => {
    if (same && pairs[i].same) tp++;
    else if (same) fp++;
    else if (pairs[i].same) fn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function main(): void {
  const at = process.argv.indexOf('--pairs');
  const file = at >= 0 ? process.argv[at + 1] : resolve(process.cwd(), '../shared/data/names/name-variants-dev.tsv');
  const pairs = readNamePairs(readFileSync(file, 'utf8'));
  const even = pairs.filter((_, i) => i % 2 === 0);
  const odd = pairs.filter((_, i) => i % 2 === 1);
  const show = (s: { precision: number; recall: number; f1: number }) => `P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)}`;
  console.log(`trained on even pairs, odd pairs: ${show(scoreNameVariants(trainNameVariants(even), odd))}`);
  console.log(`trained on odd pairs, even pairs: ${show(scoreNameVariants(trainNameVariants(odd), even))}`);
  const parameters = trainNameVariants(pairs);
  console.log(`trained on all ${pairs.length} pairs, same pairs: ${show(scoreNameVariants(parameters, pairs))}`);
  writeFileSync(join(modelDirectory(), NAME_VARIANTS_FILE), JSON.stringify(parameters, null, 1) + '\n');
  console.log(`wrote ${join(modelDirectory(), NAME_VARIANTS_FILE)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
