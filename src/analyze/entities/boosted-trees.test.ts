import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boostedProbability, CompiledTrees, fitBoostedTrees } from './boosted-trees.ts';

test('boosted trees learn a decision that needs two features together (either alone says nothing)', () => {
  // Yes when x is small and y is small, or x is large and y is large, the cut on x off-centre (a
  // centred one would give a greedy first split nothing to gain): no weighted sum of x and y separates that.
  const rows: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < 400; i++) {
    const x = (i % 20) / 20;
    const y = Math.floor(i / 20) / 20;
    rows.push([x, y]);
    labels.push((x < 0.25) === (y < 0.5) ? 1 : 0);
  }
  const model = fitBoostedTrees(rows, labels, { trees: 50, depth: 2, rate: 0.3, minLeaf: 5, bins: 32 });
  const wrong = rows.filter((row, i) => (boostedProbability(model, row) >= 0.5 ? 1 : 0) !== labels[i]).length;
  assert.equal(wrong, 0, `${wrong} of ${rows.length} rows on the wrong side`);
});

test('compiled trees score exactly as the trees they were made from', () => {
  const rows: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < 300; i++) {
    const x = ((i * 37) % 101) / 101;
    const y = ((i * 53) % 97) / 97;
    rows.push([x, y, x * y]);
    labels.push(x + y * y > 0.8 ? 1 : 0);
  }
  const model = fitBoostedTrees(rows, labels, { trees: 40, depth: 3, rate: 0.2, minLeaf: 5, bins: 16 });
  const compiled = new CompiledTrees(model);
  for (const row of rows) assert.equal(compiled.probability(row), boostedProbability(model, row));
});
