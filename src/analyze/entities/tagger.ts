// Two passes over a document: the first tags each sentence alone; its labels become document
// evidence (document.ts) for the second. Token descriptions are cached per instance, bounded.
import { BASE_FEATURES, DOCUMENT_FEATURES, describeToken, type WordLexicon } from './features.ts';
import { withDocumentEvidence } from './document.ts';
import { LABEL_COUNT } from './labels.ts';
import { makeScratch, type DecodeScratch, type TaggerModel } from './model.ts';

const DESCRIPTION_CACHE_LIMIT = 200_000;

export class TwoPassTagger {
  private readonly descriptions = new Map<string, Int32Array>();
  private scratch: DecodeScratch = makeScratch(256);

  constructor(readonly first: TaggerModel, readonly second: TaggerModel | undefined, readonly lexicon: WordLexicon) {}

  describe(token: string): Int32Array {
    let description = this.descriptions.get(token);
    if (description) return description;
    description = describeToken(token, this.lexicon);
    if (this.descriptions.size >= DESCRIPTION_CACHE_LIMIT) this.descriptions.clear();
    this.descriptions.set(token, description);
    return description;
  }

  /** Labels (see labels.ts) for each sentence of one document. */
  tagDocument(sentences: readonly (readonly string[])[]): Uint8Array[] {
    const described = sentences.map((tokens) => tokens.map((token) => this.describe(token)));
    const firstLabels = this.firstPass(described);
    if (!this.second) return firstLabels;
    const withEvidence = withDocumentEvidence(described, firstLabels);
    return withEvidence.map((tokens) => this.decode(this.second!, DOCUMENT_FEATURES, tokens));
  }

  firstPass(described: readonly (readonly Int32Array[])[]): Uint8Array[] {
    return described.map((tokens) => this.decode(this.first, BASE_FEATURES, tokens));
  }

  private decode(model: TaggerModel, features: typeof BASE_FEATURES, tokens: readonly Int32Array[]): Uint8Array {
    if (tokens.length > this.scratch.backPointers.length / LABEL_COUNT) this.scratch = makeScratch(tokens.length * 2);
    const out = new Uint8Array(tokens.length);
    model.decode(features, tokens, this.scratch, out);
    return out;
  }
}
