// Entity resolution: mentions that name one thing get one entityId and one canonical name —
// spelling variants (وليامز / ويليامز), partial names (السراج → فايز السراج), an organisation's
// acronym and full name — while different people stay apart (محمد بن سلمان ≠ محمد بن نايف).
import type { EntityMention, EntityType } from '../../core/types.ts';
import { ORGANISATION_ALIASES } from './acronyms.ts';
import type { CommonWords } from './common-words.ts';
import { compareNames, comparePreparedNames, defaultCommonWords, defaultNameScorer, entityKey, isPartOfPreparedName, nameSkeleton, prepareName, spelledAlike, type PreparedName } from './names.ts';
import { foldWord, stripMarks } from './normalize.ts';

const ALIAS_TO_FULL: ReadonlyMap<string, string> = new Map(
  ORGANISATION_ALIASES.flatMap(([full, ...aliases]) => [full, ...aliases].map((alias) => [foldWord(alias), full] as const)),
);

/** The name a mention stands for: marks out, and an organisation's acronym as its full name. */
export function canonicalName(text: string, type: EntityType): string {
  const plain = stripMarks(text).replace(/\s+/g, ' ').trim();
  if (type === 'ORG' || type === 'MISC') {
    const folded = foldWord(plain);
    const full = ALIAS_TO_FULL.get(folded) ?? ALIAS_TO_FULL.get(folded.replace(/^ال/, ''));
    if (full) return full;
  }
  return plain;
}

/**
 * Whether two names of one type can be one entity's spellings. The learned scorer knows people's
 * names as they are transliterated, vowels coming and going; places, organisations and the rest
 * are spelled by convention (names.ts spelledAlike), where the scorer alone would take سروج or
 * السويداء for سوريا.
 */
function mayBeSpellingsOf(type: EntityType, a: PreparedName, b: PreparedName, common: CommonWords): boolean {
  if (type !== 'PER' && !spelledAlike(a, b)) return false;
  return comparePreparedNames(a, b, defaultNameScorer(), common).same;
}

interface Cluster {
  type: EntityType;
  name: PreparedName;
  members: number[];
}

/**
 * Fills entityId and canonical on every mention (in place) and returns them. `common`: the words
 * that are names in their own right (common-words.ts), the recogniser's when it found the mentions.
 */
export function resolveMentions(mentions: EntityMention[], common: CommonWords = defaultCommonWords()): EntityMention[] {
  const names = mentions.map((m) => canonicalName(m.canonical ?? m.text, m.type));
  const prepared = new Map<string, PreparedName>();
  const prepare = (name: string) => {
    let out = prepared.get(name);
    if (!out) { out = prepareName(name); prepared.set(name, out); }
    return out;
  };
  const words = names.map(wordCount);
  const order = mentions.map((_, i) => i).sort((a, b) => words[b] - words[a] || a - b);
  const clusters: Cluster[] = [];
  // A name written again goes where it went the first time when that was by being the same name
  // (clusters made since then come later in the list, so `find` would stop at the same one).
  const sameNameCluster = new Map<string, Cluster>();
  for (const index of order) {
    const type = mentions[index].type;
    const name = prepare(names[index]);
    const key = `${type}:${name.folded}`;
    const known = sameNameCluster.get(key);
    if (known) { known.members.push(index); continue; }
    const same = clusters.find((c) => c.type === type && (c.name.folded === name.folded || mayBeSpellingsOf(type, c.name, name, common)));
    const partOf = same || type !== 'PER' ? [] : clusters.filter((c) => c.type === type && isPartOfPreparedName(name, c.name, common));
    // A part that fits two different full names (two people called السراج) joins neither.
    const target = same ?? (partOf.length === 1 ? partOf[0] : undefined);
    if (target) target.members.push(index);
    else clusters.push({ type, name, members: [index] });
    if (same) sameNameCluster.set(key, same);
    else if (!target) sameNameCluster.set(key, clusters[clusters.length - 1]);
  }
  for (const cluster of clusters) {
    const canonical = mostCommonSpelling(cluster, names);
    const id = entityKey(canonical, cluster.type, common);
    for (const member of cluster.members) {
      mentions[member].canonical = canonical;
      mentions[member].entityId = id;
    }
  }
  return mentions;
}

/** Among the longest names of a cluster, the spelling written most often (first seen on ties). */
function mostCommonSpelling(cluster: Cluster, names: readonly string[]): string {
  const longest = Math.max(...cluster.members.map((m) => wordCount(names[m])));
  const counts = new Map<string, number>();
  for (const member of [...cluster.members].sort((a, b) => a - b)) {
    if (wordCount(names[member]) === longest) counts.set(names[member], (counts.get(names[member]) ?? 0) + 1);
  }
  let best = names[cluster.members[0]];
  let bestCount = 0;
  for (const [name, count] of counts) if (count > bestCount) { best = name; bestCount = count; }
  return best;
}

function wordCount(name: string): number {
  return name.split(' ').filter(Boolean).length;
}

export interface ArchiveEntity {
  id: string;
  type: EntityType;
  canonical: string;
}

/**
 * Across the archive: which stored entities are one. Returns, for each id that should merge into
 * another, the id it merges into (the entity seen first wins). Blocking on the first letters of
 * the skeleton keeps this near-linear.
 */
export function resolveNames(entities: readonly ArchiveEntity[]): Map<string, string> {
  const merged = new Map<string, string>();
  const blocks = new Map<string, ArchiveEntity[]>();
  for (const entity of entities) {
    const skeleton = nameSkeleton(canonicalName(entity.canonical, entity.type));
    const block = `${entity.type}:${skeleton.split(' ').length}:${skeleton.slice(0, 1)}`;
    const candidates = blocks.get(block) ?? [];
    const match = candidates.find((c) => compareNames(canonicalName(c.canonical, c.type), canonicalName(entity.canonical, entity.type)).same);
    if (match && match.id !== entity.id) merged.set(entity.id, merged.get(match.id) ?? match.id);
    else { candidates.push(entity); blocks.set(block, candidates); }
  }
  return merged;
}
