// A linear-chain CRF trained by averaged stochastic gradient ascent on the log-likelihood (Lafferty
// et al. 2001; averaging as in Xu 2011), over the same encoded features, dropout and run
// averaging as the perceptron (perceptron.ts). Where the perceptron moves the weights only on a
// wrong label, the CRF moves every label by how far its probability is from the truth, so the
// many right-but-unsure decisions train too. The result is the same kind of weight table: decoding
// (Viterbi) and the model file do not change.
import { LABEL_COUNT } from './labels.ts';
import type { TaggerModel } from './model.ts';
import {
  averagedWeights, drawDropout, runWeights, seededRandom, shuffle, sumEmissions, trainAveraged, updateFeatures,
  type EncodedSentence, type PerceptronOptions, type TrainingSentence,
} from './perceptron.ts';
import { ALLOWED_TRANSITIONS as ALLOWED } from './viterbi.ts';

const L = LABEL_COUNT;
const START = L;
/** Gradients smaller than this are skipped: confident tokens cost nothing. */
const NEGLIGIBLE = 1e-3;

export interface CrfOptions extends PerceptronOptions {
  /** Step size of each gradient update (constant; the averaging does the annealing). */
  learningRate: number;
}

export function trainCrf(sentences: readonly TrainingSentence[], options: CrfOptions): TaggerModel {
  return trainAveraged(sentences, options, trainRun);
}

function logSumExp(values: Float64Array, from: number, count: number): number {
  let largest = -Infinity;
  for (let k = 0; k < count; k++) if (values[from + k] > largest) largest = values[from + k];
  if (largest === -Infinity) return largest;
  let sum = 0;
  for (let k = 0; k < count; k++) sum += Math.exp(values[from + k] - largest);
  return largest + Math.log(sum);
}

function trainRun(keys: Int32Array, encoded: readonly EncodedSentence[], featureCount: number, options: CrfOptions): { weights: Float32Array; transitions: Float32Array } {
  const run = runWeights(keys.length);
  const { transitions, transitionSums } = run;
  const longest = Math.max(1, ...encoded.map((s) => s.length));
  const emissions = new Float64Array(longest * L);
  const alpha = new Float64Array(longest * L);
  const beta = new Float64Array(longest * L);
  const terms = new Float64Array(L + 1);
  const gradient = new Float64Array(longest * L);
  const transitionGradient = new Float64Array((L + 1) * L);
  const random = seededRandom(options.seed);
  const order = encoded.map((_, i) => i);
  const dropout = options.dropout ?? 0;
  const hidden = new Uint8Array(longest * featureCount);
  const rate = options.learningRate;
  let step = 1;

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const sentence = encoded[index];
      const n = sentence.length;
      if (n === 0) continue;
      drawDropout(hidden, n * featureCount, dropout, random);
      sumEmissions(sentence, featureCount, hidden, run.weights, emissions);
      // Forward and backward in log space; moves BIO forbids have no weight.
      for (let label = 0; label < L; label++) {
        alpha[label] = ALLOWED[START * L + label] ? transitions[START * L + label] + emissions[label] : -Infinity;
      }
      for (let i = 1; i < n; i++) {
        for (let label = 0; label < L; label++) {
          for (let previous = 0; previous < L; previous++) {
            terms[previous] = ALLOWED[previous * L + label] ? alpha[(i - 1) * L + previous] + transitions[previous * L + label] : -Infinity;
          }
          alpha[i * L + label] = logSumExp(terms, 0, L) + emissions[i * L + label];
        }
      }
      for (let label = 0; label < L; label++) beta[(n - 1) * L + label] = 0;
      for (let i = n - 2; i >= 0; i--) {
        for (let label = 0; label < L; label++) {
          for (let next = 0; next < L; next++) {
            terms[next] = ALLOWED[label * L + next] ? transitions[label * L + next] + emissions[(i + 1) * L + next] + beta[(i + 1) * L + next] : -Infinity;
          }
          beta[i * L + label] = logSumExp(terms, 0, L);
        }
      }
      const logZ = logSumExp(alpha, (n - 1) * L, L);
      const w = sentence.weight * rate;
      transitionGradient.fill(0);
      for (let i = 0; i < n; i++) {
        const gold = sentence.labels[i];
        for (let label = 0; label < L; label++) {
          const p = Math.exp(alpha[i * L + label] + beta[i * L + label] - logZ);
          gradient[i * L + label] = (label === gold ? 1 : 0) - p;
        }
        if (i === 0) {
          for (let label = 0; label < L; label++) transitionGradient[START * L + label] += gradient[label];
        } else {
          transitionGradient[sentence.labels[i - 1] * L + gold] += 1;
          for (let previous = 0; previous < L; previous++) {
            const a = alpha[(i - 1) * L + previous];
            if (a === -Infinity) continue;
            for (let label = 0; label < L; label++) {
              if (!ALLOWED[previous * L + label]) continue;
              transitionGradient[previous * L + label] -= Math.exp(a + transitions[previous * L + label] + emissions[i * L + label] + beta[i * L + label] - logZ);
            }
          }
        }
      }
      for (let i = 0; i < n; i++) {
        for (let label = 0; label < L; label++) {
          const g = gradient[i * L + label];
          if (g < NEGLIGIBLE && g > -NEGLIGIBLE) continue;
          updateFeatures(run, sentence, featureCount, hidden, i, label, w * g, step);
        }
      }
      for (let k = 0; k < transitions.length; k++) {
        const g = transitionGradient[k];
        if (g === 0) continue;
        transitions[k] += w * g;
        transitionSums[k] += step * w * g;
      }
      step++;
    }
  }
  return averagedWeights(run, step);
}
