// Word clusters learned from unlabelled text, so a name the labelled data never showed still looks
// like the names it did. Each word gets a context vector (PPMI over its neighbours at ±1 and ±2, or
// another window), squeezed to a few dimensions by a randomised SVD, then spherical k-means gives
// the fine clusters and k-means over their centroids the coarser ones.
import { ARTICLE_BREAK, type WordCorpus } from './corpus.ts';

export interface ClusterOptions {
  vocabulary: number;
  minCount: number;
  contextsNear: number;
  contextsFar: number;
  dimensions: number;
  /** Cluster counts from coarse to fine. */
  levels: readonly number[];
  iterations: number;
  seed: number;
  /** The far contexts are the words at ±2 … ±farReach (default 2). */
  farReach?: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  vocabulary: 50000, minCount: 5, contextsNear: 1000, contextsFar: 300, dimensions: 100,
  levels: [40, 200, 600], iterations: 10, seed: 11,
};

/**
 * The clusterings the tagger reads, each a feature family of its own (three levels each): one
 * clustering's mistakes are not the next one's, so together they say more (a cluster ensemble).
 * The default (±1, ±2); a syntactic one (±1 only: what a word's neighbours are); a topical one
 * (few near contexts, many far ones up to ±5: what a word's article is about).
 */
export const CLUSTERINGS: readonly ClusterOptions[] = [
  DEFAULT_CLUSTER_OPTIONS,
  { ...DEFAULT_CLUSTER_OPTIONS, contextsFar: 0, seed: 23 },
  { ...DEFAULT_CLUSTER_OPTIONS, contextsNear: 300, contextsFar: 2000, farReach: 5, seed: 37 },
];

export interface WordClusters {
  words: string[];
  /** For each level (coarse → fine), the cluster of each word. */
  levels: Int32Array[];
}

export interface WordVectors {
  /** The vocabulary, most frequent first. */
  words: string[];
  /** `dimensions` numbers per word, unit length. */
  vectors: Float32Array;
  dimensions: number;
}

export function clusterWords(corpus: WordCorpus, options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): WordClusters {
  return clusterVectors(wordVectors(corpus, options), options);
}

/** Context vectors of the `vocabulary` most frequent words (PPMI at ±1, ±2, reduced by SVD). */
export function wordVectors(corpus: WordCorpus, options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): WordVectors {
  const byCount = [...corpus.counts.keys()].sort((a, b) => corpus.counts[b] - corpus.counts[a]);
  const vocabulary = byCount.filter((id) => corpus.counts[id] >= options.minCount).slice(0, options.vocabulary);
  const row = new Int32Array(corpus.words.length).fill(-1);
  vocabulary.forEach((id, r) => { row[id] = r; });
  const near = options.contextsNear;
  const far = options.contextsFar;
  const contextOf = new Int32Array(corpus.words.length).fill(-1);
  byCount.slice(0, near).forEach((id, c) => { contextOf[id] = c; });
  const width = 2 * near + 2 * far;
  const cooccurrence = new Uint16Array(vocabulary.length * width);
  const stream = corpus.stream;
  const add = (r: number, column: number) => {
    const index = r * width + column;
    if (cooccurrence[index] < 65535) cooccurrence[index]++;
  };
  for (let i = 0; i < stream.length; i++) {
    const id = stream[i];
    if (id < 0 || row[id] < 0) continue;
    const r = row[id];
    const left = i > 0 ? stream[i - 1] : ARTICLE_BREAK;
    const right = i + 1 < stream.length ? stream[i + 1] : ARTICLE_BREAK;
    if (left >= 0 && contextOf[left] >= 0) add(r, contextOf[left]);
    if (right >= 0 && contextOf[right] >= 0) add(r, near + contextOf[right]);
    const reach = options.farReach ?? 2;
    for (let distance = 2, open = left >= 0; open && distance <= reach && i - distance >= 0; distance++) {
      const word = stream[i - distance];
      if (word < 0) break;
      if (contextOf[word] >= 0 && contextOf[word] < far) add(r, 2 * near + contextOf[word]);
    }
    for (let distance = 2, open = right >= 0; open && distance <= reach && i + distance < stream.length; distance++) {
      const word = stream[i + distance];
      if (word < 0) break;
      if (contextOf[word] >= 0 && contextOf[word] < far) add(r, 2 * near + far + contextOf[word]);
    }
  }
  const vectors = projectPpmi(cooccurrence, vocabulary.length, width, options);
  return { words: vocabulary.map((id) => corpus.words[id]), vectors, dimensions: options.dimensions };
}

/** Spherical k-means at the finest level, then k-means over its centroids for each coarser level. */
export function clusterVectors({ words, vectors, dimensions }: WordVectors, options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): WordClusters {
  const random = seededRandom(options.seed);
  const levels: Int32Array[] = [];
  const finest = options.levels[options.levels.length - 1];
  const fine = sphericalKMeans(vectors, words.length, dimensions, finest, options.iterations, random);
  levels.unshift(fine.assignment);
  for (let level = options.levels.length - 2; level >= 0; level--) {
    const parents = sphericalKMeans(fine.centroids, finest, dimensions, options.levels[level], options.iterations * 2, random);
    levels.unshift(Int32Array.from(fine.assignment, (cluster) => parents.assignment[cluster]));
  }
  return { words, levels };
}

/**
 * PPMI with context smoothing (counts^0.75), kept sparse, then the top singular subspace by a
 * randomised range finder with one power iteration: rows of its orthonormal basis are the word
 * vectors (singular values weighted ^0), normalised. Projection alone leaves too much noise.
 */
export function projectPpmi(counts: Uint16Array, rows: number, width: number, options: ClusterOptions): Float32Array {
  const d = options.dimensions;
  const columnMass = new Float64Array(width);
  const rowMass = new Float64Array(rows);
  let nonZero = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < width; c++) {
      const n = counts[r * width + c];
      if (n === 0) continue;
      rowMass[r] += n;
      columnMass[c] += Math.pow(n, 0.75);
      nonZero++;
    }
  }
  let totalColumnMass = 0;
  for (const m of columnMass) totalColumnMass += m;
  const rowStart = new Int32Array(rows + 1);
  const columns = new Int32Array(nonZero);
  const values = new Float32Array(nonZero);
  let at = 0;
  for (let r = 0; r < rows; r++) {
    rowStart[r] = at;
    for (let c = 0; c < width; c++) {
      const n = counts[r * width + c];
      if (n === 0) continue;
      const pmi = Math.log((n / rowMass[r]) / (columnMass[c] / totalColumnMass));
      if (pmi <= 0) continue;
      columns[at] = c;
      values[at] = pmi;
      at++;
    }
  }
  rowStart[rows] = at;
  const random = seededRandom(options.seed + 1);
  const omega = new Float64Array(width * d);
  for (let i = 0; i < omega.length; i++) omega[i] = random() - 0.5;
  const times = (dense: Float64Array): Float64Array => {
    const out = new Float64Array(rows * d);
    for (let r = 0; r < rows; r++) {
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
        const v = values[e];
        const b = columns[e] * d;
        for (let k = 0; k < d; k++) out[r * d + k] += v * dense[b + k];
      }
    }
    return out;
  };
  const transposeTimes = (dense: Float64Array): Float64Array => {
    const out = new Float64Array(width * d);
    for (let r = 0; r < rows; r++) {
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
        const v = values[e];
        const b = columns[e] * d;
        for (let k = 0; k < d; k++) out[b + k] += v * dense[r * d + k];
      }
    }
    return out;
  };
  const range = times(transposeTimes(orthonormalise(times(omega), rows, d)));
  const basis = orthonormalise(range, rows, d);
  const vectors = new Float32Array(rows * d);
  for (let i = 0; i < vectors.length; i++) vectors[i] = basis[i];
  for (let r = 0; r < rows; r++) normalise(vectors, r * d, d);
  return vectors;
}

/** Modified Gram–Schmidt over the columns of a rows × d matrix. */
function orthonormalise(matrix: Float64Array, rows: number, d: number): Float64Array {
  for (let k = 0; k < d; k++) {
    for (let j = 0; j < k; j++) {
      let dot = 0;
      for (let r = 0; r < rows; r++) dot += matrix[r * d + k] * matrix[r * d + j];
      for (let r = 0; r < rows; r++) matrix[r * d + k] -= dot * matrix[r * d + j];
    }
    let norm = 0;
    for (let r = 0; r < rows; r++) norm += matrix[r * d + k] * matrix[r * d + k];
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < rows; r++) matrix[r * d + k] /= norm;
  }
  return matrix;
}

function normalise(vectors: Float32Array, base: number, d: number): void {
  let norm = 0;
  for (let k = 0; k < d; k++) norm += vectors[base + k] * vectors[base + k];
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < d; k++) vectors[base + k] /= norm;
}

function sphericalKMeans(vectors: Float32Array, rows: number, d: number, k: number, iterations: number, random: () => number) {
  const centroids = new Float32Array(k * d);
  // Seeds spread over the frequency range: the rows come sorted by frequency.
  for (let c = 0; c < k; c++) {
    const r = Math.min(rows - 1, Math.floor((c + random()) * rows / k));
    centroids.set(vectors.subarray(r * d, r * d + d), c * d);
  }
  const assignment = new Int32Array(rows);
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (let r = 0; r < rows; r++) {
      const base = r * d;
      let best = -Infinity;
      let bestCluster = 0;
      for (let c = 0; c < k; c++) {
        const cb = c * d;
        let dot = 0;
        for (let j = 0; j < d; j++) dot += vectors[base + j] * centroids[cb + j];
        if (dot > best) { best = dot; bestCluster = c; }
      }
      assignment[r] = bestCluster;
    }
    centroids.fill(0);
    const sizes = new Int32Array(k);
    for (let r = 0; r < rows; r++) {
      const cb = assignment[r] * d;
      sizes[assignment[r]]++;
      for (let j = 0; j < d; j++) centroids[cb + j] += vectors[r * d + j];
    }
    for (let c = 0; c < k; c++) {
      if (sizes[c] === 0) {
        const r = Math.floor(random() * rows);
        centroids.set(vectors.subarray(r * d, r * d + d), c * d);
      }
      normalise(centroids, c * d, d);
    }
  }
  return { assignment, centroids };
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state / 0x100000000;
  };
}
