// Features of a token in context, as hashes. The same code makes them for training and at run
// time, so the model sees exactly what it was trained on. Each token is described once (its
// attributes); a feature is a template id mixed with one or two neighbours' attributes.
import { foldWord, splitClitics } from './normalize.ts';
import { hashString, mix } from './hash.ts';
import { NAME_LINKS, ORGANISATION_HEADS, PERSON_TITLES, PLACE_HEADS, REPORTING_VERBS } from './vocabulary.ts';

/** What the unlabelled corpus taught us about words (clusters, frequency, mined lists). */
export interface WordLexicon {
  /**
   * Cluster ids from coarse to fine, three per clustering (clusters.ts CLUSTERINGS, one after the
   * other), or undefined for a word the corpus did not have.
   */
  clustersOf(word: string): readonly number[] | undefined;
  /** 0 = unseen, then roughly log2 of the count. */
  frequencyBucketOf(word: string): number;
  /** Which mined name lists hold the word, e.g. 'PER' or 'LOC+ORG'; '' for none. */
  listsOf(word: string): string;
}

export const EMPTY_LEXICON: WordLexicon = {
  clustersOf: () => undefined,
  frequencyBucketOf: () => 0,
  listsOf: () => '',
};

const enum Attr {
  Word, Core, Prefix, Suffix1, Suffix2, Suffix3, Start2, Start3, Shape, ClusterCoarse, ClusterMid, ClusterFine,
  Trigger, Lists, Frequency, CoreFrequency,
  /** Letters at the ends of the core (clitics off) and of the whole folded word (Abdul-Hamid & Darwish 2010). */
  Start1, Start4, Suffix4, WordStart1, WordStart2, WordStart3, WordStart4, WordStart5, WordEnd1, WordEnd2, WordEnd3,
  WordEnd4, WordEnd5,
  /** Filled by the second pass: how the first pass labelled the same word elsewhere in the document. */
  Document,
  /** The second and third clusterings (clusters.ts): syntactic (±1) and topical (±5), coarse to fine. */
  SyntacticCoarse, SyntacticMid, SyntacticFine, TopicalCoarse, TopicalMid, TopicalFine,
  Count,
}
export const DOCUMENT_ATTRIBUTE = Attr.Document;
/** The levels of the second and third clusterings, after the first one's three. */
const ADDED_CLUSTER_LEVELS = Attr.TopicalFine - Attr.SyntacticCoarse + 1;
export const CORE_ATTRIBUTE = Attr.Core;
export const ATTRIBUTE_COUNT = Attr.Count;

const foldedSet = (words: readonly string[]) => new Set(words.map(foldWord));
const TRIGGERS: ReadonlyArray<[string, ReadonlySet<string>]> = [
  ['title', foldedSet(PERSON_TITLES)],
  ['org', foldedSet(ORGANISATION_HEADS)],
  ['place', foldedSet(PLACE_HEADS)],
  ['says', foldedSet(REPORTING_VERBS)],
  ['link', foldedSet(NAME_LINKS)],
];

function triggerOf(folded: string, core: string, definiteCore: string): string {
  for (const [name, words] of TRIGGERS) {
    if (words.has(folded) || words.has(core) || words.has(definiteCore)) return name;
  }
  return '';
}

function shapeOf(token: string): string {
  let arabic = 0, latin = 0, digit = 0, other = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x06ff) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if ((c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669)) digit++;
    else other++;
  }
  const kind = arabic > 0 ? (other + digit + latin > 0 ? 'a+' : 'a') : latin > 0 ? 'l' : digit > 0 ? 'd' : token;
  const length = token.length <= 2 ? 's' : token.length <= 4 ? 'm' : token.length <= 7 ? 'l' : 'x';
  return kind + length;
}

export const NO_DOCUMENT_EVIDENCE = hashString('', Attr.Document);

/** The key the mined lists use for a word: clitics off, the article kept (وللسراج → السراج). */
export function listKeyOf(token: string, lexicon: WordLexicon): string {
  const { core, definite } = splitClitics(foldWord(token), (word) => lexicon.frequencyBucketOf(word));
  return definite ? 'ال' + core : core;
}

/** The hashes of a token's attributes. Seeds keep equal strings of different attributes apart. */
export function describeToken(token: string, lexicon: WordLexicon): Int32Array {
  const out = new Int32Array(ATTRIBUTE_COUNT);
  const folded = foldWord(token);
  const { prefix, core, definite } = splitClitics(folded, (word) => lexicon.frequencyBucketOf(word));
  const definiteCore = definite ? 'ال' + core : core;
  const clusters = lexicon.clustersOf(folded) ?? lexicon.clustersOf(definiteCore) ?? lexicon.clustersOf(core);
  out[Attr.Word] = hashString(folded, Attr.Word);
  out[Attr.Core] = hashString(core, Attr.Core);
  out[Attr.Prefix] = hashString(prefix, Attr.Prefix);
  out[Attr.Suffix1] = hashString(core.slice(-1), Attr.Suffix1);
  out[Attr.Suffix2] = hashString(core.slice(-2), Attr.Suffix2);
  out[Attr.Suffix3] = hashString(core.slice(-3), Attr.Suffix3);
  out[Attr.Start2] = hashString(core.slice(0, 2), Attr.Start2);
  out[Attr.Start3] = hashString(core.slice(0, 3), Attr.Start3);
  out[Attr.Shape] = hashString(shapeOf(token), Attr.Shape);
  out[Attr.Start1] = hashString(core.slice(0, 1), Attr.Start1);
  out[Attr.Start4] = hashString(core.slice(0, 4), Attr.Start4);
  out[Attr.Suffix4] = hashString(core.slice(-4), Attr.Suffix4);
  for (let length = 1; length <= 5; length++) {
    out[Attr.WordStart1 + length - 1] = hashString(folded.slice(0, length), Attr.WordStart1 + length - 1);
    out[Attr.WordEnd1 + length - 1] = hashString(folded.slice(-length), Attr.WordEnd1 + length - 1);
  }
  out[Attr.ClusterCoarse] = hashString(clusters ? 'c' + clusters[0] : '-', Attr.ClusterCoarse);
  out[Attr.ClusterMid] = hashString(clusters ? 'c' + clusters[1] : '-', Attr.ClusterMid);
  out[Attr.ClusterFine] = hashString(clusters ? 'c' + clusters[2] : '-', Attr.ClusterFine);
  for (let level = 0; level < ADDED_CLUSTER_LEVELS; level++) {
    const cluster = clusters?.[3 + level];
    out[Attr.SyntacticCoarse + level] = hashString(cluster === undefined ? '-' : 'c' + cluster, Attr.SyntacticCoarse + level);
  }
  out[Attr.Trigger] = hashString(triggerOf(folded, core, definiteCore), Attr.Trigger);
  out[Attr.Lists] = hashString(lexicon.listsOf(definiteCore), Attr.Lists);
  out[Attr.Frequency] = hashString(String(lexicon.frequencyBucketOf(folded)), Attr.Frequency);
  out[Attr.CoreFrequency] = hashString((definite ? 'd' : 'n') + lexicon.frequencyBucketOf(core), Attr.CoreFrequency);
  out[Attr.Document] = NO_DOCUMENT_EVIDENCE;
  return out;
}

/** A template: one attribute at one offset, or a pair of (attribute, offset). */
type Part = readonly [Attr, number];
const unigram = (attr: Attr, offset: number): readonly Part[] => [[attr, offset]];
const pair = (a: Part, b: Part): readonly Part[] => [a, b];

const BASE_TEMPLATES: ReadonlyArray<readonly Part[]> = [
  ...[Attr.Word, Attr.Core, Attr.Prefix, Attr.Suffix1, Attr.Suffix2, Attr.Suffix3, Attr.Start2, Attr.Start3, Attr.Shape,
    Attr.ClusterCoarse, Attr.ClusterMid, Attr.ClusterFine, Attr.Trigger, Attr.Frequency, Attr.CoreFrequency]
    .map((attr) => unigram(attr, 0)),
  ...[-2, -1, 1, 2].flatMap((offset) => [unigram(Attr.Word, offset), unigram(Attr.ClusterMid, offset), unigram(Attr.Trigger, offset)]),
  ...[-1, 1].flatMap((offset) => [unigram(Attr.Core, offset), unigram(Attr.ClusterFine, offset), unigram(Attr.ClusterCoarse, offset),
    unigram(Attr.Shape, offset), unigram(Attr.Frequency, offset), unigram(Attr.Suffix2, offset)]),
  pair([Attr.Prefix, 0], [Attr.ClusterMid, 0]),
  pair([Attr.Frequency, 0], [Attr.Suffix2, 0]),
  ...[Attr.Start1, Attr.Start4, Attr.Suffix4, Attr.WordStart1, Attr.WordStart2, Attr.WordStart3, Attr.WordStart4, Attr.WordStart5,
    Attr.WordEnd1, Attr.WordEnd2, Attr.WordEnd3, Attr.WordEnd4, Attr.WordEnd5].map((attr) => unigram(attr, 0)),
  ...[-1, 1].flatMap((offset) => [unigram(Attr.Start3, offset), unigram(Attr.Suffix3, offset), unigram(Attr.Suffix4, offset),
    unigram(Attr.WordStart2, offset), unigram(Attr.WordEnd3, offset)]),
  ...clusterFamily(Attr.SyntacticCoarse, Attr.SyntacticMid, Attr.SyntacticFine),
  ...clusterFamily(Attr.TopicalCoarse, Attr.TopicalMid, Attr.TopicalFine),
];

/** The templates of one more clustering: its three levels here, the middle one at ±1 and ±2, the finest at ±1. */
function clusterFamily(coarse: Attr, mid: Attr, fine: Attr): ReadonlyArray<readonly Part[]> {
  return [
    unigram(coarse, 0), unigram(mid, 0), unigram(fine, 0),
    ...[-2, -1, 1, 2].map((offset) => unigram(mid, offset)),
    ...[-1, 1].map((offset) => unigram(fine, offset)),
  ];
}

/**
 * The second pass adds what the first pass said elsewhere: in the same document, and over the
 * whole unlabelled corpus (the lexicon's lists), alone and with the neighbours'.
 */
const NEIGHBOUR_PAIRS: ReadonlyArray<readonly Part[]> = [
  pair([Attr.Word, -1], [Attr.Word, 0]),
  pair([Attr.Word, 0], [Attr.Word, 1]),
  pair([Attr.ClusterMid, -1], [Attr.ClusterMid, 0]),
  pair([Attr.ClusterMid, 0], [Attr.ClusterMid, 1]),
  pair([Attr.Trigger, -1], [Attr.ClusterCoarse, 0]),
];

const DOCUMENT_TEMPLATES: ReadonlyArray<readonly Part[]> = [
  ...BASE_TEMPLATES,
  ...NEIGHBOUR_PAIRS,
  unigram(Attr.Lists, 0), unigram(Attr.Lists, -1), unigram(Attr.Lists, 1),
  pair([Attr.Lists, 0], [Attr.Lists, 1]),
  pair([Attr.Lists, -1], [Attr.Lists, 0]),
  pair([Attr.Lists, 0], [Attr.Document, 0]),
  unigram(Attr.Document, 0), unigram(Attr.Document, -1), unigram(Attr.Document, 1),
  pair([Attr.Document, 0], [Attr.Document, 1]),
  pair([Attr.Document, -1], [Attr.Document, 0]),
  pair([Attr.Document, 0], [Attr.ClusterCoarse, 0]),
];

const PADDING_BEFORE = describePadding('<s>');
const PADDING_AFTER = describePadding('</s>');
const BIAS = hashString('bias', 9999);

function describePadding(mark: string): Int32Array {
  const out = new Int32Array(ATTRIBUTE_COUNT);
  for (let a = 0; a < ATTRIBUTE_COUNT; a++) out[a] = hashString(mark, a);
  return out;
}

/**
 * A list of templates flattened into typed arrays: the hot loop reads numbers, not tuples.
 * Templates that read one token only (every part at the same offset, none reading the document
 * evidence) are "local": their weights can be summed once per word type and offset (word-types.ts).
 * The others ("contextual": two neighbours, or the per-occurrence document evidence) are hashed
 * at every position.
 */
export class FeatureSet {
  readonly count: number;
  /** A hash of the templates and attributes: a model trained on other features must not load. */
  readonly signature: string;
  /** The distinct offsets local templates read, e.g. [-2, -1, 0, 1, 2]. */
  readonly localOffsets: Int32Array;
  /** Template indexes of the contextual templates. */
  readonly contextual: Int32Array;
  private readonly templateStart: Int32Array;
  private readonly partAttribute: Int32Array;
  private readonly partOffset: Int32Array;
  /** For each local offset (as in localOffsets), the template indexes that read it. */
  private readonly localAt: Int32Array[];

  constructor(private readonly templates: ReadonlyArray<readonly Part[]>) {
    this.count = templates.length + 1;
    this.signature = (hashString(JSON.stringify([ATTRIBUTE_COUNT, templates])) >>> 0).toString(36);
    const starts = [0];
    for (const parts of templates) starts.push(starts[starts.length - 1] + parts.length);
    this.templateStart = Int32Array.from(starts);
    this.partAttribute = Int32Array.from(templates.flatMap((parts) => parts.map((part) => part[0])));
    this.partOffset = Int32Array.from(templates.flatMap((parts) => parts.map((part) => part[1])));
    const isLocal = (parts: readonly Part[]) => parts.every(([attr, offset]) => offset === parts[0][1] && attr !== Attr.Document);
    const offsets = [...new Set(templates.filter(isLocal).map((parts) => parts[0][1]))].sort((a, b) => a - b);
    this.localOffsets = Int32Array.from(offsets);
    this.localAt = offsets.map((offset) => Int32Array.from(templates.flatMap((parts, t) => (isLocal(parts) && parts[0][1] === offset ? [t] : []))));
    this.contextual = Int32Array.from(templates.flatMap((parts, t) => (isLocal(parts) ? [] : [t])));
  }

  /** Writes the `count` feature hashes of position `i` into `out` (the reference path: training). */
  write(tokens: readonly Int32Array[], i: number, out: Int32Array): void {
    out[0] = BIAS;
    const n = tokens.length;
    for (let t = 0; t < this.templates.length; t++) {
      let h = t + 1;
      for (let p = this.templateStart[t]; p < this.templateStart[t + 1]; p++) {
        const j = i + this.partOffset[p];
        const token = j < 0 ? PADDING_BEFORE : j >= n ? PADDING_AFTER : tokens[j];
        h = mix(h, token[this.partAttribute[p]]);
      }
      out[t + 1] = h;
    }
  }

  /**
   * The hashes of the local templates at localOffsets[offsetIndex], read from the one token that
   * sits there; returns how many were written. The bias goes with offset 0.
   */
  writeLocal(token: Int32Array, offsetIndex: number, out: Int32Array): number {
    let written = 0;
    if (this.localOffsets[offsetIndex] === 0) out[written++] = BIAS;
    for (const t of this.localAt[offsetIndex]) {
      let h = t + 1;
      for (let p = this.templateStart[t]; p < this.templateStart[t + 1]; p++) h = mix(h, token[this.partAttribute[p]]);
      out[written++] = h;
    }
    return written;
  }

  /**
   * The hash of contextual template `t` at position `i` of a sentence given as word-type rows of
   * `attributes` (ATTRIBUTE_COUNT numbers per row) from `first` to `first + n`; `evidence` holds
   * each position's document attribute (from `first` too).
   */
  contextualHash(t: number, i: number, n: number, rows: Int32Array, first: number, attributes: Int32Array, evidence: Int32Array): number {
    let h = t + 1;
    for (let p = this.templateStart[t]; p < this.templateStart[t + 1]; p++) {
      const j = i + this.partOffset[p];
      const attr = this.partAttribute[p];
      let value: number;
      if (j < 0) value = PADDING_BEFORE[attr];
      else if (j >= n) value = PADDING_AFTER[attr];
      else if (attr === Attr.Document) value = evidence[first + j];
      else value = attributes[rows[first + j] * ATTRIBUTE_COUNT + attr];
      h = mix(h, value);
    }
    return h;
  }
}

/** The descriptions sentences are padded with (before the first token, after the last). */
export const PADDING = { before: PADDING_BEFORE, after: PADDING_AFTER } as const;

export const BASE_FEATURES = new FeatureSet(BASE_TEMPLATES);
export const DOCUMENT_FEATURES = new FeatureSet(DOCUMENT_TEMPLATES);
