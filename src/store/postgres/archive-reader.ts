// Reading the archive by entity, speaker and story on PostgreSQL: the same answers, in the same
// order, as src/store/sqlite/archive-reader.ts. Text is ordered with COLLATE "C" (code point
// order, as SQLite compares), whatever collation the database was created with.
import type pg from 'pg';
import { dateBound } from '../dates.ts';
import { nameKeyParts } from '../name-keys.ts';
import type {
  ArchiveReader, ArticleSummary, CoMention, EntityListOptions, EntitySummary, ListOptions, Page, QuoteListOptions,
  QuoteRecord, StoryDetail, StoryListOptions, StorySummary, TimelinePoint,
} from '../port.ts';
import { clampLimit, clampOffset, dropNulls, Params, SUMMARY_COLUMNS } from './sql.ts';

interface EntityRow {
  id: string; type: string; canonical: string; variants: string[]; roles: string[];
  mentions: number; articles: number; first_seen: string | null; last_seen: string | null;
}

const ENTITY_COLUMNS = 'e.id, e.type, e.canonical, e.variants, e.roles, e.mentions, e.articles, e.first_seen, e.last_seen';

function entityFromRow(row: EntityRow): EntitySummary {
  const entity: EntitySummary = {
    id: row.id, type: row.type, canonical: row.canonical, variants: row.variants, roles: row.roles,
    mentions: row.mentions, articles: row.articles,
  };
  if (row.first_seen) entity.firstSeen = row.first_seen;
  if (row.last_seen) entity.lastSeen = row.last_seen;
  return entity;
}

export class PostgresArchiveReader implements ArchiveReader {
  constructor(private readonly pool: pg.Pool) {}

  private async rows<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query<T>(sql, params)).rows;
  }

  private async count(sql: string, params: unknown[]): Promise<number> {
    return (await this.rows<{ n: number }>(sql, params))[0].n;
  }

  async listEntities(options: EntityListOptions = {}): Promise<Page<EntitySummary>> {
    const params = new Params();
    const where: string[] = [];
    if (options.type) where.push(`e.type = ${params.add(options.type)}`);
    for (const part of options.name ? nameKeyParts(options.name) : []) where.push(`strpos(e.name_key, ${params.add(part)}) > 0`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = await this.count(`SELECT count(*)::int AS n FROM entities e ${clause}`, params.values);
    const rows = await this.rows<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entities e ${clause}
      ORDER BY e.mentions DESC, e.id COLLATE "C" LIMIT ${params.add(clampLimit(options.limit, 20))} OFFSET ${params.add(clampOffset(options.offset))}`,
    params.values);
    return { total, items: rows.map(entityFromRow) };
  }

  async getEntity(id: string): Promise<EntitySummary | undefined> {
    const [row] = await this.rows<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id = $1`, [id]);
    return row ? entityFromRow(row) : undefined;
  }

  async entityArticles(id: string, options: ListOptions = {}): Promise<Page<ArticleSummary>> {
    const total = await this.count('SELECT count(*)::int AS n FROM mentions WHERE entity_id = $1', [id]);
    const items = await this.rows<ArticleSummary>(`SELECT ${SUMMARY_COLUMNS} FROM mentions m JOIN articles a ON a.rid = m.article_rid
      WHERE m.entity_id = $1 ORDER BY a.sort_date DESC, a.rid DESC LIMIT $2 OFFSET $3`,
    [id, clampLimit(options.limit, 20), clampOffset(options.offset)]);
    return { total, items: items.map(dropNulls) };
  }

  async entityTimeline(id: string): Promise<TimelinePoint[]> {
    return this.rows<TimelinePoint>(`SELECT day, sum(count)::int AS mentions FROM mentions WHERE entity_id = $1
      GROUP BY day ORDER BY day COLLATE "C"`, [id]);
  }

  async coMentions(id: string, limit = 10): Promise<CoMention[]> {
    const rows = await this.rows<EntityRow & { together: number }>(`SELECT ${ENTITY_COLUMNS}, count(*)::int AS together FROM mentions m1
      JOIN mentions m2 ON m2.article_rid = m1.article_rid AND m2.entity_id != m1.entity_id
      JOIN entities e ON e.id = m2.entity_id
      WHERE m1.entity_id = $1 GROUP BY e.id ORDER BY together DESC, e.mentions DESC, e.id COLLATE "C" LIMIT $2`,
    [id, clampLimit(limit, 10)]);
    return rows.map((row) => ({ ...entityFromRow(row), together: row.together }));
  }

  async listQuotes(options: QuoteListOptions = {}): Promise<Page<QuoteRecord>> {
    const params = new Params();
    const where: string[] = [];
    if (options.entityId) where.push(`q.speaker_entity_id = ${params.add(options.entityId)}`);
    if (options.aboutEntityId) where.push(`${params.add(options.aboutEntityId)} = ANY (q.about)`);
    for (const part of options.speaker ? nameKeyParts(options.speaker) : []) where.push(`strpos(q.speaker_key, ${params.add(part)}) > 0`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = await this.count(`SELECT count(*)::int AS n FROM quotes q ${clause}`, params.values);
    const rows = await this.rows<Record<string, unknown>>(`SELECT q.*, a.id AS article_id, a.title AS article_title, a.source,
        coalesce(a.published_at, a.first_seen_at) AS published_at
      FROM quotes q JOIN articles a ON a.rid = q.article_rid ${clause}
      ORDER BY a.sort_date DESC, q.start, q.rid LIMIT ${params.add(clampLimit(options.limit, 20))} OFFSET ${params.add(clampOffset(options.offset))}`,
    params.values);
    return { total, items: rows.map(quoteFromRow) };
  }

  async listStories(options: StoryListOptions = {}): Promise<Page<StorySummary>> {
    const params = new Params();
    const where = options.since ? `WHERE last_seen >= ${params.add(dateBound(options.since, 'from'))}` : '';
    const total = await this.count(`SELECT count(*)::int AS n FROM stories ${where}`, params.values);
    const rows = await this.rows<Record<string, unknown>>(`SELECT id, title, first_seen, last_seen, size, sources FROM stories ${where}
      ORDER BY size DESC, last_seen DESC, id COLLATE "C"
      LIMIT ${params.add(clampLimit(options.limit, 20))} OFFSET ${params.add(clampOffset(options.offset))}`, params.values);
    return { total, items: rows.map(storyFromRow) };
  }

  async getStory(id: string): Promise<StoryDetail | undefined> {
    const [row] = await this.rows<Record<string, unknown>>('SELECT id, title, first_seen, last_seen, size, sources FROM stories WHERE id = $1', [id]);
    if (!row) return undefined;
    const articles = await this.rows<StoryDetail['articles'][number]>(`SELECT a.id, a.url, a.title, a.source,
        coalesce(a.published_at, a.first_seen_at) AS "publishedAt", a.duplicate_of AS "duplicateOf"
      FROM articles a WHERE a.story_id = $1 ORDER BY a.sort_date, a.rid`, [id]);
    return { ...storyFromRow(row), articles: articles.map(dropNulls) };
  }
}

function quoteFromRow(row: Record<string, unknown>): QuoteRecord {
  const quote: QuoteRecord = {
    articleId: row.article_id as string, articleTitle: row.article_title as string,
    text: row.text as string, start: row.start as number, end: row.end as number, direct: row.direct === true,
  };
  if (row.source) quote.source = row.source as string;
  if (row.published_at) quote.publishedAt = row.published_at as string;
  if (row.cue) quote.cue = row.cue as string;
  if (row.speaker_text) {
    const speaker: NonNullable<QuoteRecord['speaker']> = { text: row.speaker_text as string };
    if (row.speaker_entity_id) speaker.entityId = row.speaker_entity_id as string;
    if (row.speaker_canonical) speaker.canonical = row.speaker_canonical as string;
    if (row.speaker_role) speaker.role = row.speaker_role as string;
    quote.speaker = speaker;
  }
  return quote;
}

function storyFromRow(row: Record<string, unknown>): StorySummary {
  return {
    id: row.id as string, title: row.title as string, firstSeen: row.first_seen as string, lastSeen: row.last_seen as string,
    size: row.size as number, sources: row.sources as string[],
  };
}
