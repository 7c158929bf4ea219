// Per word type, what tagging needs computed once: the token's attribute hashes (features.ts) and,
// for each model, the summed weights of the templates that read only that token, at each offset
// they read it from. Tagging a token then costs a few vector additions plus the handful of
// contextual templates, instead of ~90 hash-table lookups. The table belongs to one tagger and is
// bounded: between documents, once it holds more than `limit` types, it keeps the most used
// `keep` of them (news vocabulary is Zipfian: the kept words are most of every next article).
import { ATTRIBUTE_COUNT, PADDING, describeToken, type FeatureSet, type WordLexicon } from './features.ts';
import { LABEL_COUNT } from './labels.ts';
import type { TaggerModel } from './model.ts';
import { wordFacts, type WordFacts } from './word-facts.ts';

const L = LABEL_COUNT;
const A = ATTRIBUTE_COUNT;
/** Rows 0 and 1 are the padding before and after a sentence. */
export const PADDING_BEFORE_ROW = 0;
export const PADDING_AFTER_ROW = 1;
const FIRST_WORD_ROW = 2;
const INITIAL_CAPACITY = 4096;
/** ~430 bytes a type: 50,000 types are ~21 MB and miss ~9% of SaudiNewsNet's tokens once warm. */
export const DEFAULT_WORD_TYPE_LIMIT = 50_000;
const KEPT_SHARE = 0.6;

/** A model with the feature set it reads, as the table sums it. */
export interface ScoredModel {
  model: TaggerModel;
  features: FeatureSet;
}

export class WordTypeTable {
  private readonly rowOfWord = new Map<string, number>();
  /** How often each row was asked for, to choose what stays when the table is full. */
  private uses = new Int32Array(INITIAL_CAPACITY);
  private size = FIRST_WORD_ROW;
  private capacity = INITIAL_CAPACITY;
  /** ATTRIBUTE_COUNT hashes per row. */
  attributes = new Int32Array(INITIAL_CAPACITY * A);
  /** Per model: LABEL_COUNT scores per (row, local offset), rows × localOffsets.length × L. */
  readonly vectors: Float32Array[];
  private readonly hashes = new Int32Array(512);
  /** Per row: the word, and its facts for the steps after tagging (made on first request). */
  private readonly words: string[] = ['', ''];
  private readonly facts: Array<WordFacts | undefined> = [];

  constructor(private readonly lexicon: WordLexicon, private readonly models: readonly ScoredModel[],
    private readonly limit = DEFAULT_WORD_TYPE_LIMIT) {
    this.vectors = models.map(({ features }) => new Float32Array(INITIAL_CAPACITY * features.localOffsets.length * L));
    this.fill(PADDING_BEFORE_ROW, PADDING.before);
    this.fill(PADDING_AFTER_ROW, PADDING.after);
  }

  get types(): number {
    return this.size - FIRST_WORD_ROW;
  }

  /** Call before a document's rows are taken: rows stay valid until the next call. */
  beginDocument(): void {
    if (this.size - FIRST_WORD_ROW > this.limit) this.keepMostUsed(Math.floor(this.limit * KEPT_SHARE));
  }

  rowOf(word: string): number {
    const known = this.rowOfWord.get(word);
    if (known !== undefined) { this.uses[known]++; return known; }
    if (this.size === this.capacity) this.resize(this.capacity * 2);
    const row = this.size++;
    this.fill(row, describeToken(word, this.lexicon));
    this.uses[row] = 1;
    this.words[row] = word;
    this.facts[row] = undefined;
    this.rowOfWord.set(word, row);
    return row;
  }

  /** The facts (word-facts.ts) of the word at `row`. */
  factsOf(row: number): WordFacts {
    return (this.facts[row] ??= wordFacts(this.words[row], this.lexicon));
  }

  /** Compacts the table to its `keep` most used words; their counts are halved so old favourites can age out. */
  private keepMostUsed(keep: number): void {
    const entries = [...this.rowOfWord].sort((a, b) => this.uses[b[1]] - this.uses[a[1]]).slice(0, keep);
    entries.sort((a, b) => a[1] - b[1]);
    const widths = this.models.map(({ features }) => features.localOffsets.length * L);
    this.rowOfWord.clear();
    let next = FIRST_WORD_ROW;
    for (const [word, row] of entries) {
      // Ascending rows: row >= next, so moving down never overwrites a row still to be moved.
      this.attributes.copyWithin(next * A, row * A, row * A + A);
      this.vectors.forEach((vectors, m) => vectors.copyWithin(next * widths[m], row * widths[m], (row + 1) * widths[m]));
      this.uses[next] = this.uses[row] >> 1;
      this.words[next] = word;
      this.facts[next] = this.facts[row];
      this.rowOfWord.set(word, next++);
    }
    this.size = next;
    this.words.length = next;
    this.facts.length = next;
  }

  private fill(row: number, description: Int32Array): void {
    this.attributes.set(description, row * A);
    this.models.forEach(({ model, features }, m) => {
      const offsets = features.localOffsets.length;
      const vectors = this.vectors[m];
      for (let k = 0; k < offsets; k++) {
        const base = (row * offsets + k) * L;
        vectors.fill(0, base, base + L);
        const count = features.writeLocal(description, k, this.hashes);
        for (let f = 0; f < count; f++) model.addWeights(this.hashes[f], vectors, base);
      }
    });
  }

  private resize(capacity: number): void {
    const attributes = new Int32Array(capacity * A);
    attributes.set(this.attributes.subarray(0, Math.min(this.size, capacity) * A));
    this.attributes = attributes;
    const uses = new Int32Array(capacity);
    uses.set(this.uses.subarray(0, Math.min(this.size, capacity)));
    this.uses = uses;
    this.models.forEach(({ features }, m) => {
      const width = features.localOffsets.length * L;
      const vectors = new Float32Array(capacity * width);
      vectors.set(this.vectors[m].subarray(0, Math.min(this.size, capacity) * width));
      this.vectors[m] = vectors;
    });
    this.capacity = capacity;
  }
}
