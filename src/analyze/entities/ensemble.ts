// A linear ensemble of taggers over the same features: the average of their weight tables is one
// weight table, so decoding with it costs what decoding one model costs (a few more rows).
import { LABEL_COUNT } from './labels.ts';
import { TaggerModel } from './model.ts';

const L = LABEL_COUNT;

/** The model whose every feature weight and transition is the mean of the models' (a missing row counts as 0). */
export function averageModels(models: readonly TaggerModel[]): TaggerModel {
  const rowOf = new Map<number, number>();
  for (const model of models) for (const key of model.keys) if (!rowOf.has(key)) rowOf.set(key, rowOf.size);
  const keys = new Int32Array(rowOf.size);
  for (const [key, row] of rowOf) keys[row] = key;
  const weights = new Float32Array(keys.length * L);
  const transitions = new Float32Array(models[0].transitions.length);
  for (const model of models) {
    model.keys.forEach((key, row) => {
      const into = rowOf.get(key)! * L;
      for (let label = 0; label < L; label++) weights[into + label] += model.weights[row * L + label] / models.length;
    });
    model.transitions.forEach((value, i) => { transitions[i] += value / models.length; });
  }
  return new TaggerModel(keys, weights, transitions);
}
