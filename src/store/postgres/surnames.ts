// A person named by one word only (a surname alone: السراج) takes the id and canonical name of the
// one full name the archive holds with that last word, or of one far more mentioned than any other:
// the SQLite store's rule (src/store/sqlite/annotations.ts, resolveAgainstArchive). SQLite applies
// it article by article, each seeing the entities the earlier ones wrote; here a batch is written
// by a few set-wise statements, so the batch's own entities are followed in memory, article by
// article, on top of what the database held when the batch began.
import type pg from 'pg';
import type { Article, EntityMention } from '../../core/types.ts';
import { lastNameWord, nameKey } from '../name-keys.ts';

/** A surname alone goes to the most mentioned full name only when it has this many times the next one's mentions. */
const DOMINANT_NAME_FACTOR = 3;

interface KnownEntity {
  id: string;
  type: string;
  canonical: string;
  lastWord: string;
  isFullName: boolean;
  mentions: number;
}

export function lastWordOf(name: string): string {
  return lastNameWord(name);
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
export async function resolveSurnames(client: pg.PoolClient, articles: Article[]): Promise<void> {
  const singleIds = new Set<string>();
  const lastWords = new Set<string>();
  for (const article of articles) {
    for (const [id, mentions] of singleWordGroups(article)) {
      singleIds.add(id);
      lastWords.add(lastWordOf(mentions[0].canonical ?? mentions[0].text));
    }
  }
  if (singleIds.size === 0) return;
  const { rows: stored } = await client.query<{ id: string }>('SELECT id FROM entities WHERE id = ANY ($1::text[])', [[...singleIds]]);
  const { rows: candidates } = await client.query<{ id: string; type: string; canonical: string; last_word: string; mentions: number }>(
    `SELECT id, type, canonical, last_word, mentions FROM entities
     WHERE type = 'PER' AND last_word = ANY ($1::text[]) AND strpos(btrim(name_key), ' ') > 0`, [[...lastWords]]);
  const known = new Map<string, KnownEntity>(candidates.map((c) => [c.id, {
    id: c.id, type: c.type, canonical: c.canonical, lastWord: c.last_word, isFullName: true, mentions: c.mentions,
  }]));
  const exists = new Set([...stored.map((r) => r.id), ...known.keys()]);

  for (const article of articles) {
    for (const [id, mentions] of singleWordGroups(article)) {
      if (exists.has(id)) continue;
      const lastWord = lastWordOf(mentions[0].canonical ?? mentions[0].text);
      const [best, next] = [...known.values()]
        .filter((e) => e.id !== id && e.type === 'PER' && e.isFullName && e.lastWord === lastWord)
        .sort((a, b) => b.mentions - a.mentions);
      if (!best || (next && best.mentions < DOMINANT_NAME_FACTOR * next.mentions)) continue;
      for (const m of mentions) { m.entityId = best.id; m.canonical = best.canonical; }
    }
    // What this article writes is what the next one sees.
    for (const m of article.entities ?? []) {
      if (!m.entityId) continue;
      let entity = known.get(m.entityId);
      if (!entity) {
        const canonical = m.canonical ?? m.text;
        entity = { id: m.entityId, type: m.type, canonical, lastWord: lastWordOf(canonical), isFullName: isFullName(canonical), mentions: 0 };
        known.set(m.entityId, entity);
      }
      entity.mentions++;
      exists.add(m.entityId);
    }
  }
}
