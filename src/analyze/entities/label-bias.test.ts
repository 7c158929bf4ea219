import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BIAS_GRID, biasedTransitions, NO_BIAS, tuneLabelBias } from './label-bias.ts';
import { ENTITY_TYPES, LABEL_COUNT, LABELS } from './labels.ts';

const L = LABEL_COUNT;

test('a type\'s bias is added to every transition into its B and I labels, in units of the largest transition, and nowhere else', () => {
  const transitions = Float32Array.from({ length: (L + 1) * L }, (_, i) => (i % 7) - 3);
  const bias = ENTITY_TYPES.map((type) => (type === 'ORG' ? 0.2 : 0));
  const out = biasedTransitions(transitions, bias);
  for (let previous = 0; previous <= L; previous++) {
    for (let label = 0; label < L; label++) {
      const at = previous * L + label;
      const expected = LABELS[label].endsWith('-ORG') ? transitions[at] + 0.2 * 3 : transitions[at];
      assert.ok(Math.abs(out[at] - expected) < 1e-6, `${previous} → ${LABELS[label]}: ${out[at]}, want ${expected} (label-bias.ts)`);
    }
  }
});

test('tuning keeps a bias only where it raises the score: a flat score leaves every type at 0', () => {
  assert.deepEqual(tuneLabelBias(() => 0.7).bias, [...NO_BIAS]);
});

test('tuning finds each type\'s best grid value when the types do not interact', () => {
  const wanted = [-0.05, 0, 0.2, 0.1];
  assert.ok(wanted.every((value) => BIAS_GRID.includes(value)));
  const { bias, score } = tuneLabelBias((trial) => -trial.reduce((sum, value, t) => sum + (value - wanted[t]) ** 2, 0));
  assert.deepEqual(bias, wanted);
  assert.ok(Math.abs(score) < 1e-12, `best score ${score}`);
});
