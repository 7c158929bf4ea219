// Averaged structured perceptron over BIO label sequences (Collins 2002), decoded with Viterbi.
// Training sentences are turned into weight-row indexes once; each epoch only adds and subtracts.
// Two regularisers, both measured on the dev split (MODEL_CARD.md): feature dropout while training,
// and several runs with different seeds averaged into one model (a linear ensemble costs nothing
// at run time: it is one weight table).
import type { FeatureSet } from './features.ts';
import { LABEL_COUNT } from './labels.ts';
import { TaggerModel } from './model.ts';
import { viterbi } from './viterbi.ts';

const L = LABEL_COUNT;

export interface TrainingSentence {
  tokens: readonly Int32Array[];
  labels: ArrayLike<number>;
  /** How much a mistake on this sentence moves the weights (default 1; machine-labelled text less). */
  weight?: number;
}

export interface EncodedSentence {
  length: number;
  rows: Int32Array;
  labels: Uint8Array;
  weight: number;
}

export interface PerceptronOptions {
  features: FeatureSet;
  epochs: number;
  /** Features seen fewer times than this in training get no weight. */
  minFeatureCount: number;
  seed: number;
  /**
   * Share of a sentence's features hidden at each training step: with its strongest feature (often
   * the word itself) sometimes missing, the model learns the context and the word's shape too.
   */
  dropout?: number;
  /** Runs with seeds seed, seed + 101, … whose averaged weights make the model (default 1). */
  runs?: number;
  /**
   * Rows whose weights all stay under this are dropped (default: only those near zero). Averaging
   * runs leaves many features with a fraction of one update: dropping them under 1 halves the
   * model (memory, lookups) at no measured cost in F1.
   */
  minWeight?: number;
  /** Called after each epoch with the averaged model so far, e.g. to score the dev split. */
  onEpoch?: (epoch: number, model: TaggerModel) => void;
}

export function trainPerceptron(sentences: readonly TrainingSentence[], options: PerceptronOptions): TaggerModel {
  return trainAveraged(sentences, options, trainRun);
}

/** One training run of a learner over encoded sentences: its (averaged) weights and transitions. */
export type RunTrainer<O extends PerceptronOptions> =
  (keys: Int32Array, encoded: readonly EncodedSentence[], featureCount: number, options: O) => { weights: Float32Array; transitions: Float32Array };

/**
 * `options.runs` runs of a learner, each with its own shuffling seed, averaged into one weight
 * table and pruned: shared by the perceptron and the CRF so both are averaged the same way.
 */
export function trainAveraged<O extends PerceptronOptions>(sentences: readonly TrainingSentence[], options: O, train: RunTrainer<O>): TaggerModel {
  const { keys, encoded } = encodeSentences(sentences, options);
  const runs = Math.max(1, options.runs ?? 1);
  const weights = new Float32Array(keys.length * L);
  const transitions = new Float32Array((L + 1) * L);
  for (let run = 0; run < runs; run++) {
    const model = train(keys, encoded, options.features.count, { ...options, seed: options.seed + run * RUN_SEED_STEP });
    for (let i = 0; i < weights.length; i++) weights[i] += model.weights[i] / runs;
    for (let i = 0; i < transitions.length; i++) transitions[i] += model.transitions[i] / runs;
  }
  return pruned(keys, weights, transitions, options.minWeight ?? NEAR_ZERO);
}

const RUN_SEED_STEP = 101;
const NEAR_ZERO = 1e-3;

/** The feature rows of every training token (−1 for a feature below minFeatureCount), and each row's hash. */
function encodeSentences(sentences: readonly TrainingSentence[], options: PerceptronOptions): { keys: Int32Array; encoded: EncodedSentence[] } {
  const featureSet = options.features;
  const featureCount = featureSet.count;
  const counts = new Map<number, number>();
  const scratch = new Int32Array(featureCount);
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.tokens.length; i++) {
      featureSet.write(sentence.tokens, i, scratch);
      for (const hash of scratch) counts.set(hash, (counts.get(hash) ?? 0) + 1);
    }
  }
  const rowOfHash = new Map<number, number>();
  for (const [hash, count] of counts) if (count >= options.minFeatureCount) rowOfHash.set(hash, rowOfHash.size);
  counts.clear();
  const keys = new Int32Array(rowOfHash.size);
  for (const [hash, row] of rowOfHash) keys[row] = hash;

  const encoded: EncodedSentence[] = sentences.map((sentence) => {
    const rows = new Int32Array(sentence.tokens.length * featureCount);
    for (let i = 0; i < sentence.tokens.length; i++) {
      featureSet.write(sentence.tokens, i, scratch);
      for (let f = 0; f < featureCount; f++) rows[i * featureCount + f] = rowOfHash.get(scratch[f]) ?? -1;
    }
    return { length: sentence.tokens.length, rows, labels: Uint8Array.from(sentence.labels), weight: sentence.weight ?? 1 };
  });
  rowOfHash.clear();
  return { keys, encoded };
}

/** A run's weights and their step-weighted sums, from which the averaged weights are taken. */
export interface RunWeights {
  weights: Float32Array;
  weightSums: Float64Array;
  transitions: Float32Array;
  transitionSums: Float64Array;
}

/** Zeroed weights for `rows` feature rows (and the sentence-start transitions). */
export function runWeights(rows: number): RunWeights {
  return {
    weights: new Float32Array(rows * L), weightSums: new Float64Array(rows * L),
    transitions: new Float32Array((L + 1) * L), transitionSums: new Float64Array((L + 1) * L),
  };
}

/** Hides each feature of the first `cells` with probability `dropout` for this update (1 = hidden). */
export function drawDropout(hidden: Uint8Array, cells: number, dropout: number, random: () => number): void {
  if (dropout > 0) for (let k = 0; k < cells; k++) hidden[k] = random() < dropout ? 1 : 0;
}

/** Fills the sentence's n × LABEL_COUNT emission scores with the weights of its visible features. */
export function sumEmissions(sentence: EncodedSentence, featureCount: number, hidden: Uint8Array, weights: Float32Array, emissions: Float32Array | Float64Array): void {
  const n = sentence.length;
  emissions.fill(0, 0, n * L);
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < featureCount; f++) {
      const row = sentence.rows[i * featureCount + f];
      if (row < 0 || hidden[i * featureCount + f]) continue;
      for (let label = 0; label < L; label++) emissions[i * L + label] += weights[row * L + label];
    }
  }
}

/** Adds `delta` to one label of every visible feature at a position (and step × delta to the sums). */
export function updateFeatures(run: RunWeights, sentence: EncodedSentence, featureCount: number, hidden: Uint8Array,
  position: number, label: number, delta: number, step: number): void {
  const base = position * featureCount;
  for (let f = 0; f < featureCount; f++) {
    const row = sentence.rows[base + f];
    if (row < 0 || hidden[base + f]) continue;
    run.weights[row * L + label] += delta;
    run.weightSums[row * L + label] += step * delta;
  }
}

/** The averaged weights after `step` updates: each weight minus its step-weighted sum over step. */
export function averagedWeights(run: RunWeights, step: number): { weights: Float32Array; transitions: Float32Array } {
  const weights = new Float32Array(run.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = run.weights[i] - run.weightSums[i] / step;
  const transitions = new Float32Array(run.transitions.length);
  for (let i = 0; i < transitions.length; i++) transitions[i] = run.transitions[i] - run.transitionSums[i] / step;
  return { weights, transitions };
}

/** One averaged-perceptron run over encoded sentences; its weights are not pruned. */
function trainRun(keys: Int32Array, encoded: readonly EncodedSentence[], featureCount: number, options: PerceptronOptions): { weights: Float32Array; transitions: Float32Array } {
  const run = runWeights(keys.length);
  const { transitions, transitionSums } = run;
  const longest = Math.max(1, ...encoded.map((s) => s.length));
  const emissions = new Float32Array(longest * L);
  const scores = new Float64Array(longest * L);
  const backPointers = new Uint8Array(longest * L);
  const predicted = new Uint8Array(longest);
  const random = seededRandom(options.seed);
  const order = encoded.map((_, i) => i);
  const dropout = options.dropout ?? 0;
  const hidden = new Uint8Array(longest * featureCount);
  let step = 1;

  const update = (sentence: EncodedSentence, position: number, label: number, delta: number) =>
    updateFeatures(run, sentence, featureCount, hidden, position, label, delta, step);
  const updateTransition = (previous: number, label: number, delta: number) => {
    transitions[previous * L + label] += delta;
    transitionSums[previous * L + label] += step * delta;
  };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const sentence = encoded[index];
      const n = sentence.length;
      drawDropout(hidden, n * featureCount, dropout, random);
      sumEmissions(sentence, featureCount, hidden, run.weights, emissions);
      viterbi(emissions, n, transitions, predicted, scores, backPointers);
      for (let i = 0; i < n; i++) {
        const gold = sentence.labels[i];
        const guess = predicted[i];
        const goldPrevious = i === 0 ? L : sentence.labels[i - 1];
        const guessPrevious = i === 0 ? L : predicted[i - 1];
        const w = sentence.weight;
        if (gold !== guess) {  update(sentence, i, gold, w); update(sentence, i, guess, -w); }
        if (gold !== guess || goldPrevious !== guessPrevious) {
          updateTransition(goldPrevious, gold, w);
          updateTransition(guessPrevious, guess, -w);
        }
      }
      step++;
    }
    if (options.onEpoch) {
      const averaged = averagedWeights(run, step);
      options.onEpoch(epoch, pruned(keys, averaged.weights, averaged.transitions, NEAR_ZERO));
    }
  }
  return averagedWeights(run, step);
}

/** Drops the rows whose weights all stayed under `minWeight` in size: they change (almost) no decision. */
function pruned(keys: Int32Array, weights: Float32Array, transitions: Float32Array, minWeight: number): TaggerModel {
  const keep: number[] = [];
  for (let row = 0; row < keys.length; row++) {
    let largest = 0;
    for (let label = 0; label < L; label++) largest = Math.max(largest, Math.abs(weights[row * L + label]));
    if (largest >= minWeight) keep.push(row);
  }
  const keptKeys = new Int32Array(keep.length);
  const keptWeights = new Float32Array(keep.length * L);
  keep.forEach((row, i) => {
    keptKeys[i] = keys[row];
    keptWeights.set(weights.subarray(row * L, row * L + L), i * L);
  });
  return new TaggerModel(keptKeys, keptWeights, transitions);
}

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state / 0x100000000;
  };
}

export function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}
