// A person named by one word only (a surname alone: السراج) takes the id and canonical name of the
// one full name the archive holds with that last word, or of one far more mentioned than any other.
// Both stores apply it to a batch of new articles in order, each article seeing what the archive
// held when the batch began plus what the articles before it name (followed in memory), so the
// stories the ingest places (which read entity ids) and the articles stored agree, and SQLite and
// PostgreSQL give the same ids for the same input.
import type { Article, EntityMention } from '../core/types.ts';
import { lastNameWord, nameKey } from './name-keys.ts';

/** A surname alone goes to the most mentioned full name only when it has this many times the next one's mentions. */
const DOMINANT_NAME_FACTOR = 3;

/** A stored person the rule may choose: a full name (more than one name word) and how often it is mentioned. */
export interface StoredFullName {
  id: string;
  canonical: string;
  lastWord: string;
  mentions: number;
}

/** What the rule asks the archive, each store in its own SQL. */
export interface SurnameLookup {
  /** Which of these entity ids the archive holds. */
  storedIds(ids: string[]): Promise<Set<string>>;
  /** The stored people with more than one name word whose last word is one of these. */
  fullNamesEndingWith(lastWords: string[]): Promise<StoredFullName[]>;
}

interface KnownEntity extends StoredFullName {
  isFullName: boolean;
}

function isFullName(name: string): boolean {
  return nameKey(name).trim().includes(' ');
}

/** PER mentions named by one word, grouped by entity id. */
function singleWordGroups(article: Article): Map<string, EntityMention[]> {
  const singles = new Map<string, EntityMention[]>();
  for (const m of article.entities ?? []) {
    if (m.type !== 'PER' || !m.entityId || (m.canonical ?? m.text).trim().includes(' ')) continue;
    singles.set(m.entityId, [...(singles.get(m.entityId) ?? []), m]);
  }
  return singles;
}

/** Rewrites the entity ids and canonical names of the given (new) articles in place, in order. */
export async function resolveSurnames(lookup: SurnameLookup, articles: readonly Article[]): Promise<void> {
  const singleIds = new Set<string>();
  const lastWords = new Set<string>();
  for (const article of articles) {
    for (const [id, mentions] of singleWordGroups(article)) {
      singleIds.add(id);
      lastWords.add(lastNameWord(mentions[0].canonical ?? mentions[0].text));
    }
  }
  if (singleIds.size === 0) return;
  const stored = await lookup.storedIds([...singleIds]);
  const candidates = await lookup.fullNamesEndingWith([...lastWords].filter((word) => word !== ''));
  const known = new Map<string, KnownEntity>(candidates.map((c) => [c.id, { ...c, isFullName: true }]));
  const exists = new Set([...stored, ...known.keys()]);

  for (const article of articles) {
    for (const [id, mentions] of singleWordGroups(article)) {
      if (exists.has(id)) continue;
      const lastWord = lastNameWord(mentions[0].canonical ?? mentions[0].text);
      const [best, next] = [...known.values()]
        .filter((e) => e.id !== id && e.isFullName && e.lastWord === lastWord)
        .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
      if (!best || (next && best.mentions < DOMINANT_NAME_FACTOR * next.mentions)) continue;
      for (const m of mentions) { m.entityId = best.id; m.canonical = best.canonical; }
    }
    // What this article writes is what the next one sees.
    for (const m of article.entities ?? []) {
      if (!m.entityId || m.type !== 'PER') continue;
      let entity = known.get(m.entityId);
      if (!entity) {
        const canonical = m.canonical ?? m.text;
        entity = { id: m.entityId, canonical, lastWord: lastNameWord(canonical), isFullName: isFullName(canonical), mentions: 0 };
        known.set(m.entityId, entity);
      }
      entity.mentions++;
      exists.add(m.entityId);
    }
  }
}
