// The dedup engine: fingerprints, near-duplicate groups (earliest publisher, differing
// paragraphs), incremental story clusters and related articles. Pure and store-independent: each
// class holds its own state, which the store persists (StoryState, VocabularyState, fingerprints).
export type { DedupInput, Fingerprint, DuplicateMatch, StoryAssignment, StoryState, VocabularyState } from './types.ts';
export { fingerprint, shingleOverlap } from './fingerprint.ts';
export { DuplicateIndex, articleTime, type DuplicateIndexRow, type DuplicateGroup } from './duplicate-index.ts';
export { StoryClusterer, type AssignOptions } from './story-clusterer.ts';
export { relatedArticles, type RelatedCandidate, type RelatedArticle, type RelatedOptions } from './related.ts';
export { encodeFingerprint, decodeFingerprint } from './codec.ts';
