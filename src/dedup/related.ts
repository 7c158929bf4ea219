// Related articles for one article, from candidates the store supplies (its story's members,
// search hits on its title terms, articles sharing its entities): same story first, then by
// content similarity and shared entities. Copies of the article itself are not "related"; the
// reader sees them as "also at N outlets".
import type { Fingerprint } from './types.ts';
import { ENTITY_WEIGHT, RELATED_LIMIT, RELATED_MIN_SCORE } from './config.ts';
import { type SparseVector, type TermRarity, articleVector, dot } from './term-weights.ts';

export interface RelatedCandidate {
  id: string;
  storyId?: string;
  /** The candidate's duplicate-group original (null or absent when it is an original). */
  duplicateOf?: string | null;
  fp: Pick<Fingerprint, 'terms' | 'termCounts' | 'titleTerms'>;
  entityIds?: string[];
}

export interface RelatedArticle {
  id: string;
  reason: 'same-story' | 'similar';
  score: number;
}

export interface RelatedOptions {
  limit?: number;
  /** Term rarity, e.g. StoryClusterer.idf; without it every term weighs the same. */
  idf?: (term: string) => number;
}

export function relatedArticles(article: RelatedCandidate, candidates: Iterable<RelatedCandidate>, options: RelatedOptions = {}): RelatedArticle[] {
  const weigh = weigher(options.idf);
  const target = weigh(article);
  const group = article.duplicateOf ?? article.id;
  const seen = new Set<string>([article.id]);
  const sameStory: RelatedArticle[] = [];
  const similar: RelatedArticle[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.id)) continue;
    seen.add(candidate.id);
    if ((candidate.duplicateOf ?? candidate.id) === group) continue;
    const score = round(combinedScore(target, weigh(candidate), article.entityIds, candidate.entityIds));
    if (article.storyId !== undefined && candidate.storyId === article.storyId) sameStory.push({ id: candidate.id, reason: 'same-story', score });
    else if (score >= RELATED_MIN_SCORE) similar.push({ id: candidate.id, reason: 'similar', score });
  }
  const byScore = (a: RelatedArticle, b: RelatedArticle) => b.score - a.score || (a.id < b.id ? -1 : 1);
  return [...sameStory.sort(byScore), ...similar.sort(byScore)].slice(0, options.limit ?? RELATED_LIMIT);
}

function combinedScore(a: SparseVector, b: SparseVector, entitiesA: string[] = [], entitiesB: string[] = []): number {
  const cosine = dot(a, b);
  if (entitiesA.length === 0 || entitiesB.length === 0) return cosine;
  const setA = new Set(entitiesA);
  const setB = new Set(entitiesB);
  const shared = [...setA].filter((id) => setB.has(id)).length;
  const jaccard = shared / (setA.size + setB.size - shared);
  return (1 - ENTITY_WEIGHT) * cosine + ENTITY_WEIGHT * jaccard;
}

const EVERY_TERM_ALIKE: TermRarity = { idf: () => 1 };

function weigher(idf?: (term: string) => number): (candidate: RelatedCandidate) => SparseVector {
  const rarity: TermRarity = idf ? { idf } : EVERY_TERM_ALIKE;
  return (candidate) => articleVector(candidate.fp, rarity);
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
