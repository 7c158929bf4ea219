// Reading the archive by entity, speaker and story (the ArchiveReader half of the Store port).
import type Database from 'better-sqlite3';
import { nameKeyParts } from '../name-keys.ts';
import type {
  ArchiveReader, ArticleSummary, CoMention, EntityListOptions, EntitySummary, ListOptions, Page, QuoteListOptions,
  QuoteRecord, StoryDetail, StoryListOptions, StorySummary, TimelinePoint,
} from '../port.ts';
import { dateBound } from '../dates.ts';
import { clampLimit, clampOffset } from '../limits.ts';


interface EntityRow {
  id: string; type: string; canonical: string; variants: string; roles: string;
  mentions: number; articles: number; first_seen: string | null; last_seen: string | null;
}

function entityFromRow(row: EntityRow): EntitySummary {
  const entity: EntitySummary = {
    id: row.id, type: row.type, canonical: row.canonical, variants: JSON.parse(row.variants), roles: JSON.parse(row.roles),
    mentions: row.mentions, articles: row.articles,
  };
  if (row.first_seen) entity.firstSeen = row.first_seen;
  if (row.last_seen) entity.lastSeen = row.last_seen;
  return entity;
}

function dropNulls<T extends object>(row: T): T {
  for (const key of Object.keys(row) as (keyof T)[]) if (row[key] === null) delete row[key];
  return row;
}

const SUMMARY = `a.id, a.title, a.source, a.url, a.published_at AS publishedAt, a.first_seen_at AS firstSeenAt,
  a.standfirst, a.dateline`;

export class SqliteArchiveReader implements ArchiveReader {
  constructor(private readonly db: () => Database.Database) {}

  async listEntities(options: EntityListOptions = {}): Promise<Page<EntitySummary>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (options.type) { where.push('type = ?'); params.push(options.type); }
    for (const part of options.name ? nameKeyParts(options.name) : []) { where.push('instr(name_key, ?) > 0'); params.push(part); }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db().prepare(`SELECT count(*) FROM entities ${clause}`).pluck().get(...params) as number;
    const rows = this.db().prepare(`SELECT * FROM entities ${clause} ORDER BY mentions DESC, id LIMIT ? OFFSET ?`)
      .all(...params, clampLimit(options.limit, 20), clampOffset(options.offset)) as EntityRow[];
    return { total, items: rows.map(entityFromRow) };
  }

  async getEntity(id: string): Promise<EntitySummary | undefined> {
    const row = this.db().prepare('SELECT * FROM entities WHERE id = ?').get(id) as EntityRow | undefined;
    return row ? entityFromRow(row) : undefined;
  }

  async entityArticles(id: string, options: ListOptions = {}): Promise<Page<ArticleSummary>> {
    const total = this.db().prepare('SELECT count(*) FROM mentions WHERE entity_id = ?').pluck().get(id) as number;
    const items = this.db().prepare(`SELECT ${SUMMARY} FROM mentions m JOIN articles a ON a.rowid = m.article_rowid
      WHERE m.entity_id = ? ORDER BY a.sort_date DESC LIMIT ? OFFSET ?`)
      .all(id, clampLimit(options.limit, 20), clampOffset(options.offset)) as ArticleSummary[];
    return { total, items: items.map(dropNulls) };
  }

  async entityTimeline(id: string): Promise<TimelinePoint[]> {
    return this.db().prepare('SELECT day, sum(count) AS mentions FROM mentions WHERE entity_id = ? GROUP BY day ORDER BY day')
      .all(id) as TimelinePoint[];
  }

  async coMentions(id: string, limit = 10): Promise<CoMention[]> {
    const rows = this.db().prepare(`SELECT e.*, count(*) AS together FROM mentions m1
      JOIN mentions m2 ON m2.article_rowid = m1.article_rowid AND m2.entity_id != m1.entity_id
      JOIN entities e ON e.id = m2.entity_id
      WHERE m1.entity_id = ? GROUP BY m2.entity_id ORDER BY together DESC, e.mentions DESC LIMIT ?`)
      .all(id, clampLimit(limit, 10)) as Array<EntityRow & { together: number }>;
    return rows.map((row) => ({ ...entityFromRow(row), together: row.together }));
  }

  async listQuotes(options: QuoteListOptions = {}): Promise<Page<QuoteRecord>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (options.entityId) { where.push('q.speaker_entity_id = ?'); params.push(options.entityId); }
    if (options.aboutEntityId) { where.push("instr(' ' || q.about || ' ', ?) > 0"); params.push(` ${options.aboutEntityId} `); }
    for (const part of options.speaker ? nameKeyParts(options.speaker) : []) { where.push('instr(q.speaker_key, ?) > 0'); params.push(part); }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db().prepare(`SELECT count(*) FROM quotes q ${clause}`).pluck().get(...params) as number;
    const rows = this.db().prepare(`SELECT q.*, a.id AS article_id, a.title AS article_title, a.source,
        coalesce(a.published_at, a.first_seen_at) AS published_at
      FROM quotes q JOIN articles a ON a.rowid = q.article_rowid ${clause}
      ORDER BY a.sort_date DESC, q.start LIMIT ? OFFSET ?`)
      .all(...params, clampLimit(options.limit, 20), clampOffset(options.offset)) as Array<Record<string, unknown>>;
    return { total, items: rows.map(quoteFromRow) };
  }

  async listStories(options: StoryListOptions = {}): Promise<Page<StorySummary>> {
    const where = options.since ? 'WHERE last_seen >= ?' : '';
    const params = options.since ? [dateBound(options.since, 'from')] : [];
    const total = this.db().prepare(`SELECT count(*) FROM stories ${where}`).pluck().get(...params) as number;
    const rows = this.db().prepare(`SELECT id, title, first_seen, last_seen, size, sources FROM stories ${where}
      ORDER BY size DESC, last_seen DESC LIMIT ? OFFSET ?`)
      .all(...params, clampLimit(options.limit, 20), clampOffset(options.offset)) as Array<Record<string, unknown>>;
    return { total, items: rows.map(storyFromRow) };
  }

  async getStory(id: string): Promise<StoryDetail | undefined> {
    const row = this.db().prepare('SELECT id, title, first_seen, last_seen, size, sources FROM stories WHERE id = ?').get(id) as
      | Record<string, unknown> | undefined;
    if (!row) return undefined;
    const articles = this.db().prepare(`SELECT a.id, a.url, a.title, a.source, coalesce(a.published_at, a.first_seen_at) AS publishedAt,
        a.duplicate_of AS duplicateOf
      FROM articles a WHERE a.story_id = ? ORDER BY a.sort_date, a.rowid`).all(id) as StoryDetail['articles'];
    return { ...storyFromRow(row), articles: articles.map(dropNulls) };
  }
}

function quoteFromRow(row: Record<string, unknown>): QuoteRecord {
  const quote: QuoteRecord = {
    articleId: row.article_id as string, articleTitle: row.article_title as string,
    text: row.text as string, start: row.start as number, end: row.end as number, direct: row.direct === 1,
  };
  if (row.source) quote.source = row.source as string;
  if (row.published_at) quote.publishedAt = row.published_at as string;
  if (row.cue) quote.cue = row.cue as string;
  if (row.speaker_text) {
    quote.speaker = dropNulls({
      text: row.speaker_text as string, entityId: (row.speaker_entity_id as string) ?? undefined,
      canonical: (row.speaker_canonical as string) ?? undefined, role: (row.speaker_role as string) ?? undefined,
    });
    for (const key of Object.keys(quote.speaker) as (keyof typeof quote.speaker)[]) if (quote.speaker[key] === undefined) delete quote.speaker[key];
  }
  return quote;
}

function storyFromRow(row: Record<string, unknown>): StorySummary {
  return {
    id: row.id as string, title: row.title as string, firstSeen: row.first_seen as string, lastSeen: row.last_seen as string,
    size: row.size as number, sources: JSON.parse(row.sources as string) as string[],
  };
}
