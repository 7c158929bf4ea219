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
import { DocumentFrequencies, type SparseVector } from './term-weights.ts';
import { ArticleWeigher } from './article-weigher.ts';
import { ArticleTerms, type Centroid, type CompactVector, centroidNorm, compactCentroid, emptyCentroid, expandCentroid, truncateCentroid } from './centroid.ts';
import { StoryTermIndex } from './story-term-index.ts';

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
  /** Over the term index's ids, which only indexed stories hold (a frozen story's is empty). */
  centroid: Centroid;
  centroidNorm: number;
  titleVector: SparseVector;
  entityCounts: Map<string, number>;
  /** Whether the story's terms are in the term index (false once it left the window). */
  indexed: boolean;
  /** A story that left the window keeps its vectors in compact arrays (its maps are emptied);
   *  joining it again (a late copy, an out-of-order article) thaws them. */
  frozen?: { centroid: CompactVector; titleVector: CompactVector };
}

const NO_TERMS: SparseVector = new Map();
/** The centroid of a frozen story; never written to, since join thaws a story first. */
const FROZEN: Centroid = Object.freeze({ ids: [], weights: [] }) as unknown as Centroid;

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
  /** Term → slots of the indexed stories whose centroid holds it, with the term's centroid weight. */
  private readonly terms = new StoryTermIndex();
  /** The article being placed, spread out by term id (cleared after each). */
  private readonly article = new ArticleTerms(this.terms);
  /** Scratch space for scoring: partial dot product per slot. */
  private scores = new Float64Array(1024);
  /** Centroid norms by slot, beside the scores: ranking hundreds of scored stories then reads
   *  two dense arrays instead of hundreds of story objects scattered over the heap. */
  private norms = new Float64Array(1024);
  private readonly frequencies: DocumentFrequencies;
  private readonly weigher: ArticleWeigher;
  private clock = Number.NEGATIVE_INFINITY;
  private sincePrune = 0;

  constructor(frequencies = new DocumentFrequencies()) {
    this.frequencies = frequencies;
    this.weigher = new ArticleWeigher(frequencies);
  }

  assign(input: DedupInput, fp: Fingerprint, options: AssignOptions = {}): StoryAssignment {
    const known = this.storyOfArticle.get(input.id);
    if (known !== undefined) return { storyId: known, isNew: false, similarity: 1 };
    const time = articleTime(input);
    if (time !== Number.MAX_SAFE_INTEGER) this.clock = Math.max(this.clock, time);
    const { vector, headline } = this.weigher.countAndWeigh(fp);
    // Pruning releases term ids, so the article is spread out over the ids after it.
    if (++this.sincePrune >= PRUNE_EVERY) this.prune();
    this.article.load(vector.terms, vector.weights);
    try {
      return this.place(input, headline, time, options);
    } finally {
      this.article.clear();
    }
  }

  private place(input: DedupInput, headline: SparseVector, time: number, options: AssignOptions): StoryAssignment {
    const viaCopy = options.duplicateOf !== undefined ? this.storyOfArticle.get(options.duplicateOf) : undefined;
    if (viaCopy !== undefined) {
      this.join(this.live.get(viaCopy)!, input, headline, time);
      return { storyId: viaCopy, isNew: false, similarity: 1 };
    }
    const best = this.bestStory(input, time);
    if (best !== null && best.similarity >= STORY_JOIN_SIMILARITY) {
      this.join(best.story, input, headline, time);
      return { storyId: best.story.id, isNew: false, similarity: best.similarity };
    }
    const story = this.start(input, headline, time);
    return { storyId: story.id, isNew: true, similarity: 0 };
  }

  storyOf(articleId: string): string | undefined {
    return this.storyOfArticle.get(articleId);
  }

  story(storyId: string): StoryState | undefined {
    const story = this.live.get(storyId);
    return story === undefined ? undefined : toState(story, this.terms);
  }

  *stories(): Iterable<StoryState> {
    for (const story of this.live.values()) yield toState(story, this.terms);
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
    // Centroids get term ids only when indexed, which waits for the clock of all the stories.
    const centroids = new Map<LiveStory, SparseVector>();
    for (const state of restored) {
      const centroid = new Map(state.centroid);
      const story: LiveStory = {
        id: state.id, slot: clusterer.bySlot.length, title: state.title, firstSeen: parseTime(state.firstSeen), lastSeen: parseTime(state.lastSeen),
        articleIds: [...state.articleIds], sources: new Set(state.sources), centroid: FROZEN, centroidNorm: norm(centroid),
        titleVector: new Map(state.titleVector), entityCounts: new Map(state.entityCounts), indexed: false,
      };
      clusterer.noteNorm(story);
      centroids.set(story, centroid);
      clusterer.live.set(story.id, story);
      clusterer.bySlot.push(story);
      for (const id of story.articleIds) clusterer.storyOfArticle.set(id, story.id);
      if (story.lastSeen !== Number.MAX_SAFE_INTEGER) clusterer.clock = Math.max(clusterer.clock, story.lastSeen);
    }
    for (const [story, centroid] of centroids) {
      if (clusterer.inWindow(story, clusterer.clock)) {
        story.centroid = { ids: [...centroid.keys()].map((term) => clusterer.terms.intern(term)), weights: [...centroid.values()] };
        clusterer.index(story);
      } else {
        story.frozen = { centroid: compact(centroid), titleVector: compact(story.titleVector) };
        story.titleVector = NO_TERMS;
      }
    }
    return clusterer;
  }

  private bestStory(input: DedupInput, time: number): { story: LiveStory; similarity: number } | null {
    let best: { story: LiveStory; similarity: number } | null = null;
    for (const story of this.candidateStories()) {
      if (!this.inWindow(story, time)) continue;
      const similarity = this.similarity(story, input);
      if (best === null || similarity > best.similarity) best = { story, similarity };
    }
    return best;
  }

  private similarity(story: LiveStory, input: DedupInput): number {
    const cosine = story.centroidNorm === 0 ? 0 : this.article.dot(story.centroid) / story.centroidNorm;
    const entities = input.entityIds ?? [];
    if (entities.length === 0 || story.entityCounts.size === 0) return cosine;
    const shared = new Set(entities.filter((id) => story.entityCounts.has(id))).size / new Set(entities).size;
    return (1 - ENTITY_WEIGHT) * cosine + ENTITY_WEIGHT * shared;
  }

  /** Term-at-a-time partial scores over the term index (skipping terms so common that their
   *  posting list is huge), then the best few are scored exactly. */
  private candidateStories(): LiveStory[] {
    const touched: number[] = [];
    const scores = this.scores;
    const { ids, weights } = this.article;
    // The vector is sorted by weight: the telling terms come first.
    for (let i = 0; i < ids.length && i < CANDIDATE_TERMS; i++) {
      if (ids[i] < 0 || this.terms.postingSize(ids[i]) > MAX_POSTING_SCAN) continue;
      this.terms.accumulate(ids[i], weights[i], scores, touched);
    }
    const best = topSlots(touched, scores, this.norms, MAX_STORY_CANDIDATES);
    for (const slot of touched) scores[slot] = 0;
    return best.map((slot) => this.bySlot[slot]!); // only indexed stories are scored, and they are never forgotten
  }

  private noteNorm(story: LiveStory): void {
    if (this.norms.length <= story.slot) {
      const norms = new Float64Array(Math.max(story.slot + 1, this.norms.length * 2));
      norms.set(this.norms);
      this.norms = norms;
      this.scores = new Float64Array(norms.length); // all zeros between articles
    }
    this.norms[story.slot] = story.centroidNorm;
  }

  private inWindow(story: LiveStory, time: number): boolean {
    return time <= story.lastSeen + WINDOW_MS && time >= story.firstSeen - WINDOW_MS;
  }

  private start(input: DedupInput, headline: SparseVector, time: number): LiveStory {
    const story: LiveStory = {
      id: 'story-' + hashHex64(input.id), slot: this.freeSlots.pop() ?? this.bySlot.length, title: input.title, firstSeen: time, lastSeen: time, articleIds: [],
      sources: new Set(), centroid: emptyCentroid(), centroidNorm: 0, titleVector: headline, entityCounts: new Map(), indexed: false,
    };
    this.live.set(story.id, story);
    this.bySlot[story.slot] = story;
    this.join(story, input, headline, time);
    return story;
  }

  private join(story: LiveStory, input: DedupInput, headline: SparseVector, time: number): void {
    if (story.frozen) this.thaw(story);
    story.articleIds.push(input.id);
    this.storyOfArticle.set(input.id, story.id);
    if (input.source) story.sources.add(input.source);
    if (time !== Number.MAX_SAFE_INTEGER) {
      story.firstSeen = Math.min(story.firstSeen, time);
      story.lastSeen = story.lastSeen === Number.MAX_SAFE_INTEGER ? time : Math.max(story.lastSeen, time);
    }
    for (const id of new Set(input.entityIds ?? [])) story.entityCounts.set(id, (story.entityCounts.get(id) ?? 0) + 1);
    if (story.entityCounts.size > STORY_ENTITY_LIMIT) story.entityCounts = topEntries(story.entityCounts, STORY_ENTITY_LIMIT);

    // The centroid is summed in place and truncated to its strongest terms.
    this.article.internAll();
    this.article.addTo(story.centroid);
    const dropped = truncateCentroid(story.centroid, CENTROID_TERMS, this.terms);
    story.centroidNorm = centroidNorm(story.centroid);
    this.noteNorm(story);
    if (story.indexed) {
      // Only the article's terms changed weight and only dropped terms leave the term index
      // (a dropped term new to the story was never in it, and gives its id back if no story holds it).
      for (const id of dropped) this.terms.remove(id, story.slot);
      const { ids, weights } = story.centroid;
      for (let j = 0; j < ids.length; j++) if (this.article.has(ids[j])) this.terms.set(ids[j], story.slot, weights[j]);
    } else {
      for (const id of dropped) this.terms.releaseIfUnused(id);
      this.index(story);
    }

    // The title is the headline whose own terms are closest to the centroid («عاجل» loses to a
    // headline that names what happened).
    if (story.articleIds.length > 1 && input.title.trim() !== '') {
      const closeness = this.article.headlineDots(headline, story.titleVector, story.centroid);
      if (closeness.a > closeness.b) { story.title = input.title; story.titleVector = headline; }
    }
  }

  private index(story: LiveStory): void {
    const { ids, weights } = story.centroid;
    for (let j = 0; j < ids.length; j++) this.terms.set(ids[j], story.slot, weights[j]);
    story.indexed = true;
  }

  /** Takes stories out of the term index, keeping their vectors compact until they are joined again. */
  private freeze(stories: LiveStory[]): void {
    // Compacted first: the term strings are gone once their last story leaves the index.
    for (const story of stories) story.frozen = { centroid: compactCentroid(story.centroid, this.terms), titleVector: compact(story.titleVector) };
    this.terms.removeStories(stories.map((story) => ({ slot: story.slot, ids: story.centroid.ids })));
    for (const story of stories) {
      story.indexed = false;
      story.centroid = FROZEN;
      story.titleVector = NO_TERMS;
    }
  }

  private thaw(story: LiveStory): void {
    if (!story.frozen) return;
    story.centroid = expandCentroid(story.frozen.centroid, this.terms);
    story.titleVector = expand(story.frozen.titleVector);
    story.frozen = undefined;
  }

  /**
   * Stories that ended more than a window before the latest article leave the term index; those
   * that ended beyond the memory horizon are forgotten (the store keeps them), as a restart would.
   */
  private prune(): void {
    this.sincePrune = 0;
    const forgetBefore = Math.min(this.clock, Date.now() + MAX_FUTURE_MS) - HORIZON_MS;
    const leaving: LiveStory[] = [];
    for (const story of this.live.values()) if (story.indexed && story.lastSeen + WINDOW_MS + DAY_MS < this.clock) leaving.push(story);
    this.freeze(leaving);
    for (const story of this.live.values()) if (!story.indexed && story.lastSeen < forgetBefore) this.forget(story);
  }

  private forget(story: LiveStory): void {
    this.live.delete(story.id);
    for (const id of story.articleIds) this.storyOfArticle.delete(id);
    this.bySlot[story.slot] = undefined;
    this.freeSlots.push(story.slot);
  }
}

/** The slots of the `limit` stories with the best partial cosine, best first (on a tie, the one
 *  scored first), without sorting every scored story. */
function topSlots(slots: number[], scores: Float64Array, norms: Float64Array, limit: number): number[] {
  const best: number[] = [];
  const bestScores: number[] = [];
  for (const slot of slots) {
    const score = scores[slot] / norms[slot];
    if (best.length === limit && score <= bestScores[limit - 1]) continue;
    let at = best.length === limit ? limit - 1 : best.length;
    while (at > 0 && bestScores[at - 1] < score) {
      if (at < limit) { best[at] = best[at - 1]; bestScores[at] = bestScores[at - 1]; }
      at--;
    }
    best[at] = slot;
    bestScores[at] = score;
  }
  return best;
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

function rounded(vector: Iterable<[string, number]>): Array<[string, number]> {
  return [...vector].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([term, weight]) => [term, Math.round(weight * 1e6) / 1e6]);
}

function toState(story: LiveStory, terms: StoryTermIndex): StoryState {
  const centroid: Iterable<[string, number]> = story.frozen
    ? expand(story.frozen.centroid)
    : story.centroid.ids.map((id, j) => [terms.term(id), story.centroid.weights[j]]);
  const titleVector = story.frozen ? expand(story.frozen.titleVector) : story.titleVector;
  return {
    id: story.id, title: story.title, firstSeen: iso(story.firstSeen), lastSeen: iso(story.lastSeen),
    articleIds: [...story.articleIds], sources: [...story.sources].sort(), centroid: rounded(centroid),
    titleVector: rounded(titleVector), entityCounts: [...story.entityCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
  };
}
