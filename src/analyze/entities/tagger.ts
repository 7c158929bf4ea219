// Two passes over a document: the first tags each sentence alone; its labels become document
// evidence (document.ts) for the second. Words are looked up once per type in a bounded table
// (word-types.ts) that holds their attributes and their local feature scores for both models.
import { ATTRIBUTE_COUNT, BASE_FEATURES, CORE_ATTRIBUTE, DOCUMENT_FEATURES, NO_DOCUMENT_EVIDENCE, type WordLexicon } from './features.ts';
import { documentEvidence } from './document.ts';
import { LABEL_COUNT } from './labels.ts';
import { makeScratch, type DecodeScratch, type TaggerModel } from './model.ts';
import { WordTypeTable, type ScoredModel } from './word-types.ts';
import type { WordFacts } from './word-facts.ts';

export interface TagOptions {
  /** Only the first pass (what mining the corpus needs). */
  firstPassOnly?: boolean;
}

export class TwoPassTagger {
  private readonly table: WordTypeTable;
  private scratch: DecodeScratch = makeScratch(256);

  constructor(readonly first: TaggerModel, readonly second: TaggerModel | undefined, readonly lexicon: WordLexicon, typeLimit?: number) {
    const models: ScoredModel[] = [{ model: first, features: BASE_FEATURES }];
    if (second) models.push({ model: second, features: DOCUMENT_FEATURES });
    this.table = new WordTypeTable(lexicon, models, typeLimit);
  }

  /**
   * Labels (labels.ts) for one document given as its words in order and where each sentence ends
   * (exclusive word indexes, ascending, the last one = words.length).
   */
  tag(words: readonly string[], sentenceEnds: ArrayLike<number>, options: TagOptions = {}): Uint8Array {
    return this.tagRows(this.rowsOf(words), sentenceEnds, options);
  }

  /** Starts a document: the table rows of its words, valid until the next call. */
  rowsOf(words: readonly string[]): Int32Array {
    const table = this.table;
    table.beginDocument();
    const rows = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) rows[i] = table.rowOf(words[i]);
    return rows;
  }

  /** The facts of the word at a row that rowsOf gave for the current document. */
  factsOf(row: number): WordFacts {
    return this.table.factsOf(row);
  }

  /** Labels for the document whose rows rowsOf just gave. */
  tagRows(rows: Int32Array, sentenceEnds: ArrayLike<number>, options: TagOptions = {}): Uint8Array {
    const n = rows.length;
    const evidence = new Int32Array(n).fill(NO_DOCUMENT_EVIDENCE);
    const firstLabels = this.decode(0, rows, evidence, sentenceEnds);
    if (!this.second || options.firstPassOnly) return firstLabels;
    const cores = new Int32Array(n);
    const attributes = this.table.attributes;
    for (let i = 0; i < n; i++) cores[i] = attributes[rows[i] * ATTRIBUTE_COUNT + CORE_ATTRIBUTE];
    documentEvidence(cores, firstLabels, evidence);
    return this.decode(1, rows, evidence, sentenceEnds);
  }

  /** Labels for each sentence of one document. */
  tagDocument(sentences: readonly (readonly string[])[], options: TagOptions = {}): Uint8Array[] {
    const ends: number[] = [];
    let total = 0;
    for (const sentence of sentences) ends.push(total += sentence.length);
    const labels = this.tag(sentences.flat(), ends, options);
    return ends.map((end, s) => labels.slice(s === 0 ? 0 : ends[s - 1], end));
  }

  private decode(modelIndex: number, rows: Int32Array, evidence: Int32Array, sentenceEnds: ArrayLike<number>): Uint8Array {
    const model = modelIndex === 0 ? this.first : this.second!;
    const features = modelIndex === 0 ? BASE_FEATURES : DOCUMENT_FEATURES;
    const labels = new Uint8Array(rows.length);
    let from = 0;
    for (let s = 0; s < sentenceEnds.length; s++) {
      const to = sentenceEnds[s];
      const n = to - from;
      if (n > 0) {
        if (n * LABEL_COUNT > this.scratch.backPointers.length) this.scratch = makeScratch(n * 2);
        model.decodeRows(features, this.table.vectors[modelIndex], this.table.attributes, rows, evidence, from, n,
          this.scratch, labels.subarray(from, to));
      }
      from = to;
    }
    return labels;
  }
}
