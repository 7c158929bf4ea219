// Every threshold and bound of the dedup engine, in one place, with the reason for its value.
// The decision thresholds were chosen on eval/dedup/pairs.tsv after those labels were committed.

/** MinHash signature length; 128 gives a Jaccard estimate within about ±0.04. */
export const MINHASH_SIZE = 128;
/** LSH bands × rows = MINHASH_SIZE. Two rows a band make a pair with Jaccard 0.3 a candidate
 *  with probability 0.997, so short copies contained in long reports are still found. */
export const LSH_ROWS = 2;
export const LSH_BANDS = MINHASH_SIZE / LSH_ROWS;
/** Word n-gram length of the shingles. */
export const SHINGLE_WORDS = 3;

/** Bounds that keep a 5 MB article in bounded time: only this much display text is read… */
export const MAX_TEXT_CHARS = 400_000;
/** …at most this many words are shingled… */
export const MAX_SHINGLE_WORDS = 20_000;
/** …at most this many paragraphs are hashed, and at most this many distinct terms are kept. */
export const MAX_PARAGRAPHS = 400;
export const MAX_TERMS = 600;

/** Fewer shingles than this is too little evidence to call two texts copies (one-word articles). */
export const MIN_SHINGLES = 8;

/** An LSH bucket holds at most this many articles: 1,000 identical articles stop growing it,
 *  and the first ones in it are enough to find the copies. */
export const MAX_BUCKET_SIZE = 48;
/** At most this many distinct candidates are compared for one new article. */
export const MAX_CANDIDATES = 256;

/** Duplicate rule (eval/dedup/README.md): at least this share of the shorter text's shingles is
 *  in the longer (exact, not estimated)… */
export const DUPLICATE_MIN_CONTAINMENT = 0.68;
/** …the shorter is not a small excerpt of the longer… */
export const DUPLICATE_MIN_LENGTH_RATIO = 0.3;
/** …and it brings almost no rare terms of its own. Templates (the same SPA notice for another
 *  soldier or head of state, a forecast for another day) share most shingles but not their
 *  names: a term in at most RARE_TERM_MAX_SHARE of the documents seen is rare, and the shorter
 *  text may have at most NOVEL_RARE_TERM_SHARE of its terms rare and absent from the longer. */
export const RARE_TERM_MAX_SHARE = 0.005;
/** A term seen in at most this many documents is rare however few documents there are yet. */
export const RARE_TERM_MIN_DOCUMENTS = 2;
export const NOVEL_RARE_TERM_SHARE = 0.05;

/**
 * A candidate is compared exactly (its shingles loaded, from memory or the store) only when the
 * MinHash estimate of the pair's Jaccard is at most this far below the least Jaccard a copy of
 * their lengths can have (containment DUPLICATE_MIN_CONTAINMENT of the shorter). With 128 hashes
 * the estimate's standard deviation is at most 0.044, so 0.2 is 4.5 of them: on all of
 * SaudiNewsNet the lowest a true copy came was 0.11 below, and every decision stayed the same.
 */
export const EXACT_COMPARISON_MARGIN = 0.2;
/**
 * Exact shingles, term hashes and paragraph hashes (~6 KB an article) are kept for this many
 * recently added or used articles; older ones are read back from the store when a new article
 * may copy them. Holding them for the whole memory horizon took ~90 MB at 14,000 articles.
 * On SaudiNewsNet, 2,000 leaves ~10,000 loads for 30,671 articles (about 0.5 s in all).
 */
export const RECENT_DETAILS = 2_000;

/** Hashed document-frequency table: 2^18 counters (1 MB), bounded whatever the vocabulary. */
export const DOCUMENT_FREQUENCY_BITS = 18;

/** Story clustering. */
export const STORY_WINDOW_DAYS = 3;
export const ARTICLE_VECTOR_TERMS = 30;
export const CENTROID_TERMS = 60;
/** No single term may carry more than this share of an article vector, so one boilerplate or
 *  very frequent word cannot glue unrelated articles together. */
export const MAX_TERM_WEIGHT = 0.45;
/** Title terms count this many times in the term frequencies. */
export const TITLE_TERM_BOOST = 2;
export const STORY_JOIN_SIMILARITY = 0.4;
/** Share of the story score given to shared entities when both sides have entities. */
export const ENTITY_WEIGHT = 0.25;
export const STORY_ENTITY_LIMIT = 30;
/** Stories scored exactly per article, the best by a first pass over the term index… */
export const MAX_STORY_CANDIDATES = 24;
/** …which skips terms held by more live stories than this (too common to tell stories apart). */
export const MAX_POSTING_SCAN = 400;
/** Only the article's strongest terms are looked up in the term index. */
export const CANDIDATE_TERMS = 15;
/** Prune expired stories from the term index every this many articles. */
export const PRUNE_EVERY = 2_000;

/**
 * Memory: the engine keeps in memory only what is within this many days of the newest article
 * it has seen — the same days the stores restore when an ingest starts (RESTORE_DAYS), so a long
 * run or a months-long watch behaves as if restarted now and then, and its memory stays bounded.
 * Wire copies and running stories live within days of each other.
 */
export const MEMORY_HORIZON_DAYS = 7;
/** Articles are checked against the horizon every this many insertions; the index is compacted
 *  when at least this share of it is older than the horizon (compaction rebuilds the buckets). */
export const HORIZON_CHECK_EVERY = 2_000;
export const HORIZON_COMPACT_SHARE = 0.2;
/** The newest time counted is at most this far past the wall clock, so one article with a bogus
 *  future date cannot push everything else out of memory. */
export const MAX_FUTURE_MS = 86_400_000;

/** Related articles. */
export const RELATED_LIMIT = 10;
export const RELATED_MIN_SCORE = 0.12;
