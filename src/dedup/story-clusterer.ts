// Incremental story clustering: each article joins the most similar live story (within a time
// window of the story's articles) or starts one. Similarity is to the story centroid — never to a
// single member — so a chain of pairwise-similar articles cannot drift into one giant story.
import type { DedupInput, Fingerprint, StoryAssignment, StoryState, VocabularyState } from './types.ts';
import {
  CANDIDATE_TERMS, CENTROID_TERMS, ENTITY_WEIGHT, MAX_FUTURE_MS, MAX_POSTING_SCAN, MAX_STORY_CANDIDATES, MEMORY_HORIZON_DAYS,
  PRUNE_EVERY, STORY_ENTITY_LIMIT, STORY_JOIN_SIMILARITY, STORY_WINDOW_DAYS,
} from './config.ts';
import { articleTime } from './duplicate-index.ts';
import { hashHex64 } from './hash.ts';
import { DocumentFrequencies, type SparseVector, articleVector, documentTerms, dot, headlineVector, truncate } from './term-weights.ts';

const DAY_MS = 86_400_000;
const WINDOW_MS = STORY_WINDOW_DAYS * DAY_MS;
const HORIZON_MS = MEMORY_HORIZON_DAYS * DAY_MS;

interface LiveStory {
  id: string;
  /** Position in `bySlot`; the term index refers to stories by slot (numbers are cheap keys). */
  slot: number;
  title: string;
  firstSeen: number;
  lastSeen: number;
  articleIds: string[];
  sources: Set<string>;
  centroid: SparseVector;
  centroidNorm: number;
  titleVector: SparseVector;
  entityCounts: Map<string, number>;
  /** Whether the story's terms are in the term index (false once it left the window). */
  indexed: boolean;
  /** A story that left the window keeps its vectors in compact arrays (its maps are emptied);
   *  joining it again (a late copy, an out-of-order article) thaws them. */
  frozen?: { centroid: CompactVector; titleVector: CompactVector };
}

interface CompactVector { terms: string[]; weights: Float32Array }

const NO_TERMS: SparseVector = new Map();

function compact(vector: SparseVector): CompactVector {
  return { terms: [...vector.keys()], weights: Float32Array.from(vector.values()) };
}

function expand(vector: CompactVector): SparseVector {
  return new Map(vector.terms.map((term, i) => [term, vector.weights[i]]));
}

export interface AssignOptions {
  /** The article this one copies (from DuplicateIndex): a copy always joins its original's story. */
  duplicateOf?: string;
}

export class StoryClusterer {
  private readonly live = new Map<string, LiveStory>();
  private readonly storyOfArticle = new Map<string, string>();
  /** Stories by slot; a story forgotten beyond the memory horizon leaves its slot free for reuse. */
  private readonly bySlot: Array<LiveStory | undefined> = [];
  private readonly freeSlots: number[] = [];
  /** Term → slots of the live stories whose centroid holds it, with the term's centroid weight. */
  private readonly postings = new Map<string, Map<number, number>>();
  /** Scratch space for scoring: partial dot product per slot. */
  private scores = new Float64Array(1024);
  private readonly frequencies: DocumentFrequencies;
  private clock = Number.NEGATIVE_INFINITY;
  private sincePrune = 0;

  constructor(frequencies = new DocumentFrequencies()) {
    this.frequencies = frequencies;
  }

  assign(input: DedupInput, fp: Fingerprint, options: AssignOptions = {}): StoryAssignment {
    const known = this.storyOfArticle.get(input.id);
    if (known !== undefined) return { storyId: known, isNew: false, similarity: 1 };
    const time = articleTime(input);
    if (time !== Number.MAX_SAFE_INTEGER) this.clock = Math.max(this.clock, time);
    this.frequencies.addDocument(documentTerms(fp));
    const vector = articleVector(fp, this.frequencies);
    const headline = headlineVector(fp, this.frequencies);
    if (++this.sincePrune >= PRUNE_EVERY) this.prune();

    const viaCopy = options.duplicateOf !== undefined ? this.storyOfArticle.get(options.duplicateOf) : undefined;
    if (viaCopy !== undefined) {
      this.join(this.live.get(viaCopy)!, input, vector, headline, time);
      return { storyId: viaCopy, isNew: false, similarity: 1 };
    }
    const best = this.bestStory(input, vector, time);
    if (best !== null && best.similarity >= STORY_JOIN_SIMILARITY) {
      this.join(best.story, input, vector, headline, time);
      return { storyId: best.story.id, isNew: false, similarity: best.similarity };
    }
    const story = this.start(input, vector, headline, time);
    return { storyId: story.id, isNew: true, similarity: 0 };
  }

  storyOf(articleId: string): string | undefined {
    return this.storyOfArticle.get(articleId);
  }

  story(storyId: string): StoryState | undefined {
    const story = this.live.get(storyId);
    return story === undefined ? undefined : toState(story);
  }

  *stories(): Iterable<StoryState> {
    for (const story of this.live.values()) yield toState(story);
  }

  /** Inverse document frequency as this clusterer has learned it (for relatedArticles). */
  idf(term: string): number {
    return this.frequencies.idf(term);
  }

  vocabulary(): VocabularyState {
    return this.frequencies.toState();
  }

  /** Rebuilds from stored story states. Without the vocabulary state, term rarity is
   *  approximated from the stored centroids until new articles refine it. */
  static restore(states: Iterable<StoryState>, vocabulary?: VocabularyState): StoryClusterer {
    const restored = [...states];
    const frequencies = vocabulary ? DocumentFrequencies.fromState(vocabulary) : new DocumentFrequencies();
    if (!vocabulary) for (const state of restored) frequencies.addDocument(state.centroid.map(([term]) => term));
    const clusterer = new StoryClusterer(frequencies);
    for (const state of restored) {
      const centroid = new Map(state.centroid);
      const story: LiveStory = {
        id: state.id, slot: clusterer.bySlot.length, title: state.title, firstSeen: parseTime(state.firstSeen), lastSeen: parseTime(state.lastSeen),
        articleIds: [...state.articleIds], sources: new Set(state.sources), centroid, centroidNorm: norm(centroid),
        titleVector: new Map(state.titleVector), entityCounts: new Map(state.entityCounts), indexed: false,
      };
      clusterer.live.set(story.id, story);
      clusterer.bySlot.push(story);
      for (const id of story.articleIds) clusterer.storyOfArticle.set(id, story.id);
      if (story.lastSeen !== Number.MAX_SAFE_INTEGER) clusterer.clock = Math.max(clusterer.clock, story.lastSeen);
    }
    for (const story of clusterer.live.values()) {
      if (clusterer.inWindow(story, clusterer.clock)) clusterer.index(story); else freeze(story);
    }
    return clusterer;
  }

  private bestStory(input: DedupInput, vector: SparseVector, time: number): { story: LiveStory; similarity: number } | null {
    let best: { story: LiveStory; similarity: number } | null = null;
    for (const story of this.candidateStories(vector)) {
      if (!this.inWindow(story, time)) continue;
      const similarity = this.similarity(story, input, vector);
      if (best === null || similarity > best.similarity) best = { story, similarity };
    }
    return best;
  }

  private similarity(story: LiveStory, input: DedupInput, vector: SparseVector): number {
    const cosine = story.centroidNorm === 0 ? 0 : dot(vector, story.centroid) / story.centroidNorm;
    const entities = input.entityIds ?? [];
    if (entities.length === 0 || story.entityCounts.size === 0) return cosine;
    const shared = new Set(entities.filter((id) => story.entityCounts.has(id))).size / new Set(entities).size;
    return (1 - ENTITY_WEIGHT) * cosine + ENTITY_WEIGHT * shared;
  }

  /** Term-at-a-time partial scores over the term index (skipping terms so common that their
   *  posting list is huge), then the best few are scored exactly. */
  private candidateStories(vector: SparseVector): LiveStory[] {
    const touched: number[] = [];
    if (this.scores.length < this.bySlot.length) this.scores = new Float64Array(this.bySlot.length * 2);
    const scores = this.scores;
    let scanned = 0;
    for (const [term, weight] of vector) {
      if (++scanned > CANDIDATE_TERMS) break; // the vector is sorted by weight: the telling terms come first
      const posting = this.postings.get(term);
      if (posting === undefined || posting.size > MAX_POSTING_SCAN) continue;
      for (const [slot, centroidWeight] of posting) {
        if (scores[slot] === 0) touched.push(slot);
        scores[slot] += weight * centroidWeight;
      }
    }
    const best = topStories(touched, scores, this.bySlot, MAX_STORY_CANDIDATES);
    for (const slot of touched) scores[slot] = 0;
    return best;
  }

  private inWindow(story: LiveStory, time: number): boolean {
    return time <= story.lastSeen + WINDOW_MS && time >= story.firstSeen - WINDOW_MS;
  }

  private start(input: DedupInput, vector: SparseVector, headline: SparseVector, time: number): LiveStory {
    const story: LiveStory = {
      id: 'story-' + hashHex64(input.id), slot: this.freeSlots.pop() ?? this.bySlot.length, title: input.title, firstSeen: time, lastSeen: time, articleIds: [],
      sources: new Set(), centroid: new Map(), centroidNorm: 0, titleVector: headline, entityCounts: new Map(), indexed: false,
    };
    this.live.set(story.id, story);
    this.bySlot[story.slot] = story;
    this.join(story, input, vector, headline, time);
    return story;
  }

  private join(story: LiveStory, input: DedupInput, vector: SparseVector, headline: SparseVector, time: number): void {
    if (story.frozen) thaw(story);
    story.articleIds.push(input.id);
    this.storyOfArticle.set(input.id, story.id);
    if (input.source) story.sources.add(input.source);
    if (time !== Number.MAX_SAFE_INTEGER) {
      story.firstSeen = Math.min(story.firstSeen, time);
      story.lastSeen = story.lastSeen === Number.MAX_SAFE_INTEGER ? time : Math.max(story.lastSeen, time);
    }
    for (const id of new Set(input.entityIds ?? [])) story.entityCounts.set(id, (story.entityCounts.get(id) ?? 0) + 1);
    if (story.entityCounts.size > STORY_ENTITY_LIMIT) story.entityCounts = topEntries(story.entityCounts, STORY_ENTITY_LIMIT);

    const before = story.centroid;
    const wasIndexed = story.indexed;
    const sum = new Map(before);
    for (const [term, weight] of vector) sum.set(term, (sum.get(term) ?? 0) + weight);
    story.centroid = truncate(sum, CENTROID_TERMS);
    story.centroidNorm = norm(story.centroid);
    // Only the terms that left the centroid come out of the term index; the rest are updated in place.
    if (wasIndexed) this.unindexTerms(story.slot, before.keys(), story.centroid);
    this.index(story);

    // The title is the headline whose own terms are closest to the centroid («عاجل» loses to a
    // headline that names what happened).
    if (story.articleIds.length > 1 && input.title.trim() !== '') {
      if (dot(headline, story.centroid) > dot(story.titleVector, story.centroid)) { story.title = input.title; story.titleVector = headline; }
    }
  }

  private index(story: LiveStory): void {
    for (const [term, weight] of story.centroid) {
      let posting = this.postings.get(term);
      if (!posting) this.postings.set(term, posting = new Map());
      posting.set(story.slot, weight);
    }
    story.indexed = true;
  }

  private unindex(story: LiveStory): void {
    this.unindexTerms(story.slot, story.centroid.keys());
    story.indexed = false;
  }

  /** Takes a story's slot out of the postings of these terms, except those `keep` holds. */
  private unindexTerms(slot: number, terms: Iterable<string>, keep?: SparseVector): void {
    for (const term of terms) {
      if (keep?.has(term)) continue;
      const posting = this.postings.get(term);
      if (!posting) continue;
      posting.delete(slot);
      if (posting.size === 0) this.postings.delete(term);
    }
  }

  /**
   * Stories that ended more than a window before the latest article leave the term index; those
   * that ended beyond the memory horizon are forgotten (the store keeps them), as a restart would.
   */
  private prune(): void {
    this.sincePrune = 0;
    const forgetBefore = Math.min(this.clock, Date.now() + MAX_FUTURE_MS) - HORIZON_MS;
    for (const story of this.live.values()) {
      if (story.indexed && story.lastSeen + WINDOW_MS + DAY_MS < this.clock) { this.unindex(story); freeze(story); }
      if (!story.indexed && story.lastSeen < forgetBefore) this.forget(story);
    }
  }

  private forget(story: LiveStory): void {
    this.live.delete(story.id);
    for (const id of story.articleIds) this.storyOfArticle.delete(id);
    this.bySlot[story.slot] = undefined;
    this.freeSlots.push(story.slot);
  }
}

/** The `limit` stories with the best partial cosine, without sorting every scored story. */
function topStories(slots: number[], scores: Float64Array, bySlot: Array<LiveStory | undefined>, limit: number): LiveStory[] {
  const best: Array<{ story: LiveStory; score: number }> = [];
  for (const slot of slots) {
    const story = bySlot[slot]!; // only indexed stories are scored, and they are never forgotten
    const score = scores[slot] / story.centroidNorm;
    if (best.length === limit && score <= best[limit - 1].score) continue;
    let at = best.length === limit ? limit - 1 : best.length;
    while (at > 0 && best[at - 1].score < score) { if (at < limit) best[at] = best[at - 1]; at--; }
    best[at] = { story, score };
  }
  return best.map((entry) => entry.story);
}

function freeze(story: LiveStory): void {
  story.frozen = { centroid: compact(story.centroid), titleVector: compact(story.titleVector) };
  story.centroid = NO_TERMS;
  story.titleVector = NO_TERMS;
}

function thaw(story: LiveStory): void {
  if (!story.frozen) return;
  story.centroid = expand(story.frozen.centroid);
  story.titleVector = expand(story.frozen.titleVector);
  story.frozen = undefined;
}

function norm(vector: SparseVector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

function topEntries(counts: Map<string, number>, limit: number): Map<string, number> {
  return new Map([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit));
}

function parseTime(value: string): number {
  const time = Date.parse(value);
  return Number.isNaN(time) ? Number.MAX_SAFE_INTEGER : time;
}

function iso(time: number): string {
  return time === Number.MAX_SAFE_INTEGER || !Number.isFinite(time) ? '' : new Date(time).toISOString();
}

function rounded(vector: SparseVector): Array<[string, number]> {
  return [...vector].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([term, weight]) => [term, Math.round(weight * 1e6) / 1e6]);
}

function toState(story: LiveStory): StoryState {
  const centroid = story.frozen ? expand(story.frozen.centroid) : story.centroid;
  const titleVector = story.frozen ? expand(story.frozen.titleVector) : story.titleVector;
  return {
    id: story.id, title: story.title, firstSeen: iso(story.firstSeen), lastSeen: iso(story.lastSeen),
    articleIds: [...story.articleIds], sources: [...story.sources].sort(), centroid: rounded(centroid),
    titleVector: rounded(titleVector), entityCounts: [...story.entityCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
  };
}
