// Generators shared by the dedup property tests (not used by the engine).
import fc from 'fast-check';

export const STEMS = ['سراج', 'حكوم', 'وفاق', 'طرابلس', 'ليبيا', 'مجلس', 'رئاس', 'نفط', 'بنغازي', 'جيش', 'حوار', 'امم', 'متحد', 'اتفاق', 'صخيرات', 'برلمان', 'طبرق', 'مصرف', 'مركزي', 'انتخاب'];
/** Enough distinct terms that an article has more than ARTICLE_VECTOR_TERMS of them. */
export const TERMS = STEMS.flatMap((stem) => [stem, `${stem}ات`, `${stem}ين`]);

/**
 * The term fields of a fingerprint. Repeated terms (which fingerprints never make, but stored
 * data could hold) are allowed, so what weighs them must merge them.
 */
export const fingerprintTerms = fc.record({
  terms: fc.array(fc.constantFrom(...TERMS), { maxLength: 50 }),
  counts: fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 50 }),
  titleTerms: fc.array(fc.constantFrom(...TERMS), { maxLength: 8 }),
}).map(({ terms, counts, titleTerms }) => ({ terms, termCounts: counts.slice(0, terms.length), titleTerms }));
