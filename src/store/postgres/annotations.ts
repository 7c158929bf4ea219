// Writes the annotations of newly stored articles into entities, mentions and quotes, with the
// same merging rules as the SQLite store (src/store/sqlite/annotations.ts). Several workers write
// at once, so an entity is merged by one upsert per batch, and the upserts go in id order: two
// batches naming the same entities then lock them in the same order and never deadlock.
import type pg from 'pg';
import type { Article, EntityMention } from '../../core/types.ts';
import { lastNameWord, nameKey } from '../name-keys.ts';

/** Bounds the variant and role lists of one entity, however many articles spell it. */
export const MAX_VARIANTS = 40;
export const MAX_ROLES = 20;

export interface StoredArticle {
  rid: string;
  article: Article;
  /** YYYY-MM-DD of the sort date, for timelines. */
  day: string;
}

interface EntityUpdate {
  id: string;
  type: string;
  canonical: string;
  variants: string[];
  roles: string[];
  mentions: number;
  articles: number;
  firstSeen: string;
  lastSeen: string;
}

interface Mention {
  entityId: string;
  rid: string;
  count: number;
  day: string;
}

function addBounded(list: string[], value: string, max: number): void {
  if (list.length < max && !list.includes(value)) list.push(value);
}

function collectEntities(stored: StoredArticle[]): { entities: EntityUpdate[]; mentions: Mention[] } {
  const entities = new Map<string, EntityUpdate>();
  const mentions: Mention[] = [];
  for (const { rid, article, day } of stored) {
    const perArticle = new Map<string, number>();
    for (const m of article.entities ?? []) {
      if (!m.entityId) continue;
      perArticle.set(m.entityId, (perArticle.get(m.entityId) ?? 0) + 1);
      let entity = entities.get(m.entityId);
      if (!entity) {
        entity = { id: m.entityId, type: m.type, canonical: m.canonical ?? m.text, variants: [], roles: [], mentions: 0,
          articles: 0, firstSeen: day, lastSeen: day };
        entities.set(m.entityId, entity);
      }
      entity.mentions++;
      addBounded(entity.variants, m.text, MAX_VARIANTS);
      if (m.role) addBounded(entity.roles, m.role, MAX_ROLES);
      if (day < entity.firstSeen) entity.firstSeen = day;
      if (day > entity.lastSeen) entity.lastSeen = day;
    }
    for (const [entityId, count] of perArticle) {
      entities.get(entityId)!.articles++;
      mentions.push({ entityId, rid, count, day });
    }
  }
  const ordered = [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entities: ordered, mentions };
}

function quoteAbout(entities: EntityMention[], start: number, end: number): string[] {
  const ids = entities.filter((e) => e.entityId && e.start >= start && e.end <= end).map((e) => e.entityId!);
  return [...new Set(ids)];
}

export async function writeAnnotations(client: pg.PoolClient, stored: StoredArticle[]): Promise<void> {
  const { entities, mentions } = collectEntities(stored);
  if (entities.length > 0) {
    await client.query(`INSERT INTO entities (id, type, canonical, name_key, variants, roles, mentions, articles, first_seen, last_seen,
        last_word)
      SELECT id, type, canonical, name_key, variants::jsonb, roles::jsonb, mentions, articles, first_seen, last_seen, last_word
      FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::text[], $10::text[],
        $11::text[]) AS e(id, type, canonical, name_key, variants, roles, mentions, articles, first_seen, last_seen, last_word)
      ORDER BY id COLLATE "C"
      ON CONFLICT (id) DO UPDATE SET
        -- Most batches add no new spelling or role: the containment test spares the merge then.
        variants = CASE WHEN entities.variants @> EXCLUDED.variants THEN entities.variants
          ELSE marsad_merge_list(entities.variants, EXCLUDED.variants, ${MAX_VARIANTS}) END,
        roles = CASE WHEN entities.roles @> EXCLUDED.roles THEN entities.roles
          ELSE marsad_merge_list(entities.roles, EXCLUDED.roles, ${MAX_ROLES}) END,
        mentions = entities.mentions + EXCLUDED.mentions,
        articles = entities.articles + EXCLUDED.articles,
        first_seen = least(entities.first_seen, EXCLUDED.first_seen),
        last_seen = greatest(entities.last_seen, EXCLUDED.last_seen)`,
    [
      entities.map((e) => e.id), entities.map((e) => e.type), entities.map((e) => e.canonical),
      entities.map((e) => nameKey(e.canonical)), entities.map((e) => JSON.stringify(e.variants)),
      entities.map((e) => JSON.stringify(e.roles)), entities.map((e) => e.mentions), entities.map((e) => e.articles),
      entities.map((e) => e.firstSeen), entities.map((e) => e.lastSeen), entities.map((e) => lastNameWord(e.canonical)),
    ]);
    await client.query(`INSERT INTO mentions (article_rid, entity_id, count, day)
      SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[]) ON CONFLICT DO NOTHING`,
    [mentions.map((m) => m.rid), mentions.map((m) => m.entityId), mentions.map((m) => m.count), mentions.map((m) => m.day)]);
  }
  await writeQuotes(client, stored);
}

async function writeQuotes(client: pg.PoolClient, stored: StoredArticle[]): Promise<void> {
  const rows: unknown[][] = Array.from({ length: 12 }, () => []);
  for (const { rid, article } of stored) {
    for (const quote of article.quotes ?? []) {
      const speaker = quote.speaker;
      const values = [
        rid, quote.start, quote.end, quote.text, quote.direct, quote.cue ?? null, speaker?.text ?? null,
        speaker?.entityId ?? null, speaker?.canonical ?? null, speaker?.role ?? null,
        speaker ? nameKey(`${speaker.canonical ?? ''} ${speaker.text}`) : null,
        // An array of arrays cannot be bound as one parameter: about travels as a space-joined string.
        quoteAbout(article.entities ?? [], quote.start, quote.end).join(' '),
      ];
      values.forEach((value, i) => rows[i].push(value));
    }
  }
  if (rows[0].length === 0) return;
  await client.query(`INSERT INTO quotes (article_rid, start, "end", text, direct, cue, speaker_text, speaker_entity_id,
      speaker_canonical, speaker_role, speaker_key, about)
    SELECT r, s, e, t, d, c, st, se, sc, sr, sk, CASE WHEN ab = '' THEN '{}'::text[] ELSE string_to_array(ab, ' ') END
    FROM unnest($1::bigint[], $2::int[], $3::int[], $4::text[], $5::boolean[], $6::text[], $7::text[], $8::text[], $9::text[],
      $10::text[], $11::text[], $12::text[]) WITH ORDINALITY AS q(r, s, e, t, d, c, st, se, sc, sr, sk, ab, ord)
    ORDER BY ord`, rows);
}
