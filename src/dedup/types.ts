// The dedup engine's plain data. Everything here is JSON-serialisable except the MinHash
// signature and shingle hashes (Uint32Arrays; see codec.ts for storage).

export interface DedupInput {
  id: string;
  title: string;
  /** Display text: paragraphs joined by blank lines. */
  text: string;
  source?: string;
  /** ISO 8601; the earliest publisher is decided on this, else on firstSeenAt. */
  publishedAt?: string;
  firstSeenAt: string;
  entityIds?: string[];
}

export interface Fingerprint {
  minhash: Uint32Array;
  /** Distinct word 3-gram shingles of the body (after boilerplate lines are dropped). */
  shingleCount: number;
  /** Their 32-bit hashes, sorted ascending (exact containment between two articles). */
  shingles: Uint32Array;
  /** One 64-bit hex hash per body paragraph, in order. */
  paragraphHashes: string[];
  /** Content terms (stop words out, light stem) by descending count, at most MAX_TERMS. */
  terms: string[];
  termCounts: number[];
  titleTerms: string[];
}

export interface DuplicateMatch {
  /** The earliest publisher of the duplicate group after this article joined it. When it is the
   *  new article itself (it predates the group), `reassigned` lists the ids that now point to it. */
  duplicateOf: string;
  /** The indexed article this one matched best. */
  matchedId: string;
  /** Jaccard similarity of the shingle sets (0–1). */
  similarity: number;
  /** Share of the shorter text's shingles found in the longer (0–1). */
  containment: number;
  /** Paragraph indexes of the new article not in the matched one (added), and of the matched one
   *  not in the new article (removed). */
  differingParagraphs: { added: number[]; removed: number[] };
  /** Ids whose duplicateOf must become the new article's id; empty unless the new article is the
   *  earliest publisher of the group. */
  reassigned: string[];
}

export interface StoryAssignment {
  storyId: string;
  isNew: boolean;
  /** Similarity to the story that was joined (1 when joined through a duplicate), 0 for a new story. */
  similarity: number;
}

export interface StoryState {
  id: string;
  /** The most central headline. */
  title: string;
  firstSeen: string;
  lastSeen: string;
  articleIds: string[];
  sources: string[];
  /** Sum of the member article vectors, truncated to its strongest terms. */
  centroid: Array<[string, number]>;
  /** Term vector of the headline chosen as title (to keep choosing the most central one). */
  titleVector: Array<[string, number]>;
  entityCounts: Array<[string, number]>;
}

export interface VocabularyState {
  documents: number;
  /** Hashed document frequencies (Uint32 little-endian), base64. */
  frequencies: string;
}
