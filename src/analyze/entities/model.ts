// The trained tagger: hashed feature weights in an open-addressing table, BIO transitions, and a
// Viterbi decoder. Stored as one gzipped binary file with a small JSON header.
import { gunzipSync, gzipSync } from 'node:zlib';
import type { FeatureSet } from './features.ts';
import { LABEL_COUNT } from './labels.ts';
import { viterbi } from './viterbi.ts';
import { PADDING_AFTER_ROW, PADDING_BEFORE_ROW } from './word-types.ts';

const L = LABEL_COUNT;
const MAGIC = 'marsad-ner-1';

export interface DecodeScratch {
  features: Int32Array;
  emissions: Float32Array;
  scores: Float64Array;
  backPointers: Uint8Array;
}

export function makeScratch(maxTokens: number): DecodeScratch {
  return {
    features: new Int32Array(256),
    emissions: new Float32Array(maxTokens * L),
    scores: new Float64Array(maxTokens * L),
    backPointers: new Uint8Array(maxTokens * L),
  };
}

/** Open addressing at up to this load: probes stay short and the key array small enough to stay in cache. */
const MAX_LOAD = 0.7;

export class TaggerModel {
  /** Feature hash per slot (0 = empty), linear probing. */
  private readonly slots: Int32Array;
  /** LABEL_COUNT weights per slot, beside the key's slot: a hit costs one more memory access, not two. */
  private readonly slotWeights: Float32Array;
  private readonly mask: number;

  constructor(readonly keys: Int32Array, readonly weights: Float32Array, readonly transitions: Float32Array) {
    let capacity = 1;
    while (capacity * MAX_LOAD < keys.length + 1) capacity <<= 1;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity);
    this.slotWeights = new Float32Array(capacity * L);
    for (let row = 0; row < keys.length; row++) {
      let slot = keys[row] & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = keys[row];
      this.slotWeights.set(weights.subarray(row * L, row * L + L), slot * L);
    }
  }

  /** The slot holding feature `hash`, or −1 if the model has no weight for it. */
  slotOf(hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const key = this.slots[slot];
      if (key === hash) return slot;
      if (key === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Labels for the described tokens of one sentence. */
  decode(featureSet: FeatureSet, tokens: readonly Int32Array[], scratch: DecodeScratch, out: Uint8Array): void {
    const n = tokens.length;
    const { features, emissions } = scratch;
    const weights = this.slotWeights;
    emissions.fill(0, 0, n * L);
    for (let i = 0; i < n; i++) {
      featureSet.write(tokens, i, features);
      const base = i * L;
      for (let f = 0; f < featureSet.count; f++) {
        const slot = this.slotOf(features[f]);
        if (slot < 0) continue;
        const w = slot * L;
        for (let label = 0; label < L; label++) emissions[base + label] += weights[w + label];
      }
    }
    viterbi(emissions, n, this.transitions, out, scratch.scores, scratch.backPointers);
  }

  /** Adds the weights of feature `hash` (if the model has it) to `into[base..base + LABEL_COUNT)`. */
  addWeights(hash: number, into: Float32Array, base: number): void {
    const slot = this.slotOf(hash);
    if (slot < 0) return;
    const w = slot * L;
    for (let label = 0; label < L; label++) into[base + label] += this.slotWeights[w + label];
  }

  /**
   * Labels for the tokens at rows[first .. first + n) of a word-type table (word-types.ts), whose
   * `vectors` already sum this model's local templates; only the contextual templates are hashed
   * here. Gives the labels `decode` gives for the same tokens.
   */
  decodeRows(featureSet: FeatureSet, vectors: Float32Array, attributes: Int32Array, rows: Int32Array, evidence: Int32Array,
    first: number, n: number, scratch: DecodeScratch, out: Uint8Array): void {
    const { emissions } = scratch;
    const weights = this.slotWeights;
    const offsets = featureSet.localOffsets;
    const offsetCount = offsets.length;
    const contextual = featureSet.contextual;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      for (let label = 0; label < L; label++) emissions[base + label] = 0;
      for (let k = 0; k < offsetCount; k++) {
        const j = i + offsets[k];
        const row = j < 0 ? PADDING_BEFORE_ROW : j >= n ? PADDING_AFTER_ROW : rows[first + j];
        const v = (row * offsetCount + k) * L;
        for (let label = 0; label < L; label++) emissions[base + label] += vectors[v + label];
      }
      for (let c = 0; c < contextual.length; c++) {
        const slot = this.slotOf(featureSet.contextualHash(contextual[c], i, n, rows, first, attributes, evidence));
        if (slot < 0) continue;
        const w = slot * L;
        for (let label = 0; label < L; label++) emissions[base + label] += weights[w + label];
      }
    }
    viterbi(emissions, n, this.transitions, out, scratch.scores, scratch.backPointers);
  }

  /** Weights quantised to 16 bits: the tagger's decisions do not need more. */
  serialize(metadata: Record<string, unknown>): Buffer {
    let largest = 0;
    for (const w of this.weights) largest = Math.max(largest, Math.abs(w));
    const scale = largest === 0 ? 1 : largest / 32767;
    const quantised = new Int16Array(this.weights.length);
    for (let i = 0; i < this.weights.length; i++) quantised[i] = Math.round(this.weights[i] / scale);
    const header = Buffer.from(JSON.stringify({ magic: MAGIC, rows: this.keys.length, labels: L, scale, ...metadata }));
    const headerLength = Buffer.alloc(4);
    headerLength.writeUInt32LE(header.length);
    return gzipSync(Buffer.concat([
      headerLength, header,
      Buffer.from(this.keys.buffer, this.keys.byteOffset, this.keys.byteLength),
      Buffer.from(quantised.buffer),
      Buffer.from(this.transitions.buffer, this.transitions.byteOffset, this.transitions.byteLength),
    ]), { level: 9 });
  }

  static deserialize(gzipped: Uint8Array): { model: TaggerModel; metadata: Record<string, unknown> } {
    const bytes = gunzipSync(gzipped);
    const headerLength = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as Record<string, unknown>;
    if (header.magic !== MAGIC || header.labels !== L) throw new Error(`not a ${MAGIC} model with ${L} labels`);
    const rows = header.rows as number;
    const scale = header.scale as number;
    let offset = 4 + headerLength;
    const copy = (length: number) => { const slice = bytes.subarray(offset, offset + length); offset += length; return new Uint8Array(slice).buffer; };
    const keys = new Int32Array(copy(rows * 4));
    const quantised = new Int16Array(copy(rows * L * 2));
    const transitions = new Float32Array(copy((L + 1) * L * 4));
    const weights = new Float32Array(quantised.length);
    for (let i = 0; i < quantised.length; i++) weights[i] = quantised[i] * scale;
    return { model: new TaggerModel(keys, weights, transitions), metadata: header };
  }
}
