// `node --import tsx src/analyze/entities/train-names.ts [--pairs FILE]`: learns the name-variant
// scorer (name-variants.ts) from `a<TAB>b<TAB>same` pairs and writes models/ner/name-variants.json.
// First it scores itself honestly: trained on the even-numbered pairs, tested on the odd ones, and
// the other way round; then it trains on all pairs.
//   1. Edit costs: each pair is aligned (cheapest edits), and every edit counted among same-name
//      and different-name pairs; an edit common among the same (ي added, ج for غ) becomes cheap,
//      one common among different names dear. Twice, the second time aligned with the first costs.
//   2. Boosted trees over the pair's features (name-variants.ts, boosted-trees.ts): they learn how
//      the distances combine (a one-letter change weighs more in a short name) where a logistic
//      model only added them up. Threshold 0.5: the trees fit their training pairs too closely for
//      a threshold tuned on those pairs to mean much. Pairs that a rule decides (different final
//      vowels, a whole added syllable: name-variant-features.ts) are not shown to the trees.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { modelDirectory } from './model-files.ts';
import { fitBoostedTrees } from './boosted-trees.ts';
import { NAME_VARIANTS_FILE, NameVariantScorer, operationKey, type ComparedWord, type NameVariantParameters } from './name-variants.ts';
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
const THRESHOLD = 0.5;

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
  const scorer = new NameVariantScorer({ costs, unseenCost: UNSEEN_COST, trees: { base: 0, rate: 0, trees: [] }, threshold: THRESHOLD });
  // Pairs a rule decides (final vowels, an added syllable) are left out of the fit: the scorer never asks the trees about them.
  const modelled = pairs.filter((pair) => !scorer.decidedByRule(pair.a, pair.b));
  const features = modelled.map(({ a, b }) => scorer.features(a, b));
  const trees = fitBoostedTrees(features, modelled.map((pair) => (pair.same ? 1 : 0)));
  // Leaf values rounded as the file keeps them, so every figure printed is the file's (cuts are
  // kept whole: a cut is often a feature's own value, and rounding it would move that value across).
  const rounded = (x: number) => +x.toFixed(5);
  const leavesRounded = (nodes: number[]) => nodes.map((x, i) => (i % 5 === 4 ? rounded(x) : x));
  return {
    costs: Object.fromEntries(Object.entries(costs).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([key, cost]) => [key, +cost.toFixed(4)])),
    unseenCost: UNSEEN_COST,
    trees: { base: rounded(trees.base), rate: trees.rate, trees: trees.trees.map(leavesRounded) },
    threshold: THRESHOLD,
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

/** The model file: JSON, one line per cost and per tree (a number a line would be 20,000 lines). */
function parametersFile({ costs, unseenCost, trees, threshold }: NameVariantParameters): string {
  const costLines = Object.entries(costs).map(([key, cost]) => `  ${JSON.stringify(key)}: ${cost}`);
  const treeLines = trees.trees.map((nodes) => `   ${JSON.stringify(nodes)}`);
  return [
    '{',
    ` "costs": {\n${costLines.join(',\n')}\n },`,
    ` "unseenCost": ${unseenCost},`,
    ` "trees": {\n  "base": ${trees.base},\n  "rate": ${trees.rate},\n  "trees": [\n${treeLines.join(',\n')}\n  ]\n },`,
    ` "threshold": ${threshold}`,
    '}',
    '',
  ].join('\n');
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
  writeFileSync(join(modelDirectory(), NAME_VARIANTS_FILE), parametersFile(parameters));
  console.log(`wrote ${join(modelDirectory(), NAME_VARIANTS_FILE)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
