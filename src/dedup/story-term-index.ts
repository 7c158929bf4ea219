// The story clusterer's term index. A term gets a small integer id while some indexed story's
// centroid holds it (the id is given back when its last story leaves), and each term's posting
// lists the slots of those stories with the term's centroid weight. All postings live in one
// pair of typed arrays, each in a block of a power-of-two size: no object, Map or boxed number
// per term or entry, so the index is a few MB the garbage collector never has to walk.
//
// A posting keeps its entries in the order they were added, as a Map would: a story's partial
// score is first touched in that order, and between equally scored stories the first touched is
// the one kept (topStories in story-clusterer.ts), so the order decides ties.

const FIRST_TERM_CAPACITY = 1024;
const FIRST_ARENA_CAPACITY = 16_384;

export class StoryTermIndex {
  private readonly idByTerm = new Map<string, number>();
  private readonly termById: string[] = [];
  private readonly freeIds: number[] = [];
  /** By term id: where its posting starts in the arena, its entries, and its block's size. */
  private start = new Int32Array(FIRST_TERM_CAPACITY);
  private size = new Int32Array(FIRST_TERM_CAPACITY);
  private capacity = new Int32Array(FIRST_TERM_CAPACITY);
  /** The arena: story slots and centroid weights, block after block. */
  private slots: Int32Array;
  private weights: Float64Array;
  private top = 0;
  /** Entries in the blocks postings hold (the rest of the arena below `top` is free blocks). */
  private held = 0;
  /** Blocks given back, by log2 of their size, for the next posting of that size. */
  private freeBlocks: number[][] = [];

  /** `arenaCapacity`: the arena's smallest size (tests make it tiny to rebuild it often). */
  constructor(private readonly arenaCapacity = FIRST_ARENA_CAPACITY) {
    this.slots = new Int32Array(arenaCapacity);
    this.weights = new Float64Array(arenaCapacity);
  }

  /** The id of a term some indexed story holds, or -1. */
  idOf(term: string): number {
    return this.idByTerm.get(term) ?? -1;
  }

  /** The id of a term, given one if it has none yet (releaseIfUnused gives it back if no story takes it). */
  intern(term: string): number {
    const known = this.idByTerm.get(term);
    if (known !== undefined) return known;
    const id = this.freeIds.pop() ?? this.termById.length;
    this.idByTerm.set(term, id);
    this.termById[id] = term;
    if (id >= this.start.length) this.growTerms();
    return id;
  }

  term(id: number): string {
    return this.termById[id];
  }

  /** One past the largest id given so far (to size arrays indexed by id). */
  get idLimit(): number {
    return this.termById.length;
  }

  /** How many stories hold the term. */
  postingSize(id: number): number {
    return this.size[id];
  }

  /** The term's posting as [slot, weight] pairs, in order. */
  entries(id: number): Array<[slot: number, weight: number]> {
    const entries: Array<[number, number]> = [];
    for (let k = this.start[id]; k < this.start[id] + this.size[id]; k++) entries.push([this.slots[k], this.weights[k]]);
    return entries;
  }

  /**
   * Adds `weight` × the term's centroid weight to the score of every story holding the term, and
   * notes in `touched`, in posting order, the stories that had no score yet.
   */
  accumulate(id: number, weight: number, scores: Float64Array, touched: number[]): void {
    const slots = this.slots;
    const weights = this.weights;
    for (let k = this.start[id], end = k + this.size[id]; k < end; k++) {
      const slot = slots[k];
      if (scores[slot] === 0) touched.push(slot);
      scores[slot] += weight * weights[k];
    }
  }

  /** Sets a story's weight for a term: in place when it is there, else appended. */
  set(id: number, slot: number, weight: number): void {
    const at = this.positionOf(id, slot);
    if (at >= 0) { this.weights[at] = weight; return; }
    if (this.size[id] === this.capacity[id]) this.growPosting(id);
    const end = this.start[id] + this.size[id];
    this.slots[end] = slot;
    this.weights[end] = weight;
    this.size[id]++;
  }

  /** Takes a story out of a term's posting (keeping the others' order); a term no story holds
   *  any more gives its id back. */
  remove(id: number, slot: number): void {
    const at = this.positionOf(id, slot);
    if (at >= 0) {
      const end = this.start[id] + this.size[id];
      this.slots.copyWithin(at, at + 1, end);
      this.weights.copyWithin(at, at + 1, end);
      this.size[id]--;
    }
    this.fitOrRelease(id);
  }

  /** Takes several stories out at once (stories leaving the window): each of their terms'
   *  postings is filtered once, keeping the others' order, instead of once a story. */
  removeStories(stories: ReadonlyArray<{ slot: number; ids: readonly number[] }>): void {
    const leaving = new Set<number>();
    const terms = new Set<number>();
    for (const { slot, ids } of stories) {
      leaving.add(slot);
      for (const id of ids) terms.add(id);
    }
    for (const id of terms) {
      const start = this.start[id];
      let kept = start;
      for (let k = start, end = start + this.size[id]; k < end; k++) {
        if (leaving.has(this.slots[k])) continue;
        this.slots[kept] = this.slots[k];
        this.weights[kept] = this.weights[k];
        kept++;
      }
      this.size[id] = kept - start;
      this.fitOrRelease(id);
    }
    // After a quiet spell the index may hold a fraction of what it did: give the arena back.
    if (this.held * 4 < this.slots.length && this.slots.length > this.arenaCapacity) this.rebuildArena();
  }

  /** A posting that lost most of its stories moves to a smaller block; an empty one gives its
   *  term's id back. */
  private fitOrRelease(id: number): void {
    const size = this.size[id];
    let capacity = this.capacity[id];
    while (size > 0 && size * 4 <= capacity) capacity /= 2;
    if (capacity !== this.capacity[id]) this.moveBlock(id, capacity);
    this.releaseIfUnused(id);
  }

  /** Gives an interned term's id back when no story holds the term. */
  releaseIfUnused(id: number): void {
    if (this.size[id] > 0) return;
    const term = this.termById[id];
    if (term === undefined || this.idByTerm.get(term) !== id) return;
    if (this.capacity[id] > 0) this.freeBlock(this.start[id], this.capacity[id]);
    this.capacity[id] = 0;
    this.idByTerm.delete(term);
    this.termById[id] = '';
    this.freeIds.push(id);
  }

  private positionOf(id: number, slot: number): number {
    const slots = this.slots;
    for (let k = this.start[id], end = k + this.size[id]; k < end; k++) if (slots[k] === slot) return k;
    return -1;
  }

  private growPosting(id: number): void {
    this.moveBlock(id, this.capacity[id] === 0 ? 1 : this.capacity[id] * 2);
  }

  private moveBlock(id: number, capacity: number): void {
    const oldCapacity = this.capacity[id];
    const start = this.allocate(capacity);
    const oldStart = this.start[id]; // read after allocate, which may have moved every block
    this.slots.copyWithin(start, oldStart, oldStart + this.size[id]);
    this.weights.copyWithin(start, oldStart, oldStart + this.size[id]);
    if (oldCapacity > 0) this.freeBlock(oldStart, oldCapacity);
    this.start[id] = start;
    this.capacity[id] = capacity;
  }

  private allocate(capacity: number): number {
    this.held += capacity;
    const reused = this.freeBlocks[Math.log2(capacity)]?.pop();
    if (reused !== undefined) return reused;
    if (this.top + capacity > this.slots.length) this.rebuildArena();
    const start = this.top;
    this.top += capacity;
    return start;
  }

  private freeBlock(start: number, capacity: number): void {
    this.held -= capacity;
    (this.freeBlocks[Math.log2(capacity)] ??= []).push(start);
  }

  /**
   * Copies the held blocks, without the free ones between them, into an arena half as big again
   * (grown or shrunk): free blocks of one size never serve another, and stories come and go, so
   * without this the arena would only grow. After a rebuild at least a third of it is allocated
   * before the next one, so its cost is constant an entry.
   */
  private rebuildArena(): void {
    const length = Math.max(this.arenaCapacity, Math.ceil(this.held * 1.5));
    const slots = new Int32Array(length);
    const weights = new Float64Array(length);
    let top = 0;
    for (let id = 0; id < this.termById.length; id++) {
      const capacity = this.capacity[id];
      if (capacity === 0) continue;
      const from = this.start[id];
      slots.set(this.slots.subarray(from, from + this.size[id]), top);
      weights.set(this.weights.subarray(from, from + this.size[id]), top);
      this.start[id] = top;
      top += capacity;
    }
    this.slots = slots;
    this.weights = weights;
    this.top = top;
    this.freeBlocks = [];
  }

  private growTerms(): void {
    const size = this.start.length * 2;
    this.start = grown(this.start, size);
    this.size = grown(this.size, size);
    this.capacity = grown(this.capacity, size);
  }
}

/** A copy of a typed array in a bigger one of the same kind (the rest zeros). */
export function grown<T extends Float64Array | Int32Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (size: number) => T)(size);
  bigger.set(array);
  return bigger;
}
