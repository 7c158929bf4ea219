// The SQLite adapter of the Store port (better-sqlite3). One connection writes, in one short
// transaction per batch (STYLE.md rule 12); reads go through their own connection so a long
// search never waits on an ingest, and WAL lets both run at once.
import { resolvePartialNames, type PartialNameLookup } from '../partial-names.ts';
import { sqlitePartialNameLookup } from './partial-name-lookup.ts';
import Database from 'better-sqlite3';
import { MarsadError } from '../../core/errors.ts';
import type { Article } from '../../core/types.ts';
import type { ParsedQuery } from '../../search/query.ts';
import { toSortDate } from '../dates.ts';
import type { Fingerprint, VocabularyState } from '../../dedup/index.ts';
import type {
  ArticleSummary, ArticleToStore, BatchExtras, ClusteringState, CoMention, EntityListOptions, EntitySummary, ListOptions, Page, PutResult,
  QuoteListOptions, QuoteRecord, RawListOptions, RawRecord, WriterLease, SearchOptions, SearchPage, SourceCount, Stats, Store, StoryDetail,
  StoryListOptions, StorySummary, TimelinePoint,
} from '../port.ts';
import type { AlertStore } from '../alerts-port.ts';
import type { CrawlFrontier } from '../frontier-port.ts';
import { AnnotationWriter } from './annotations.ts';
import { ClusteringWriter, getFingerprints, loadClusteringState, loadVocabulary, saveVocabulary } from './clustering.ts';
import { SqliteArchiveReader } from './archive-reader.ts';
import { SQLITE_MIGRATIONS, SQLITE_SCHEMA_VERSION } from './migrations.ts';
import { SqliteAlerts } from './alerts.ts';
import { SqliteFrontier } from './frontier.ts';
import { acquireWriterLock } from './writer-lock.ts';
import { SqliteSearch } from './search.ts';
import { BODY_WEIGHT, clampLimit, clampOffset, cleanSummary, filterClauses, SUMMARY_COLUMNS, TITLE_WEIGHT } from './summary-sql.ts';
import { articleFromRow, articleToRow, rawFromRow, rawSizeOf, storedFingerprint, storedRawBytes, type ArticleRow, type RawRow } from '../rows.ts';

/** Page cache of a read connection (KiB). */
const READER_CACHE_KIB = 32_000;
/**
 * Page cache of the writer (KiB). An ingest writes new pages and reads few back (the operating
 * system caches the file anyway): measured on all of SaudiNewsNet, 8 MB against 32 MB made the
 * ingest's peak RSS 24–38 MB smaller at no cost in CPU (53.1 / 53.8 s against 55.4 / 55.5 s).
 */
const WRITER_CACHE_KIB = 8_000;
/** How much of the file a read connection maps into memory (address space, not memory used). */
const READER_MMAP_BYTES = 2 ** 31;
/**
 * The search index is merged whole after an ingest of at least this many articles that is also
 * at least this share of the archive: the merge costs about as much as writing a tenth of the
 * archive again (SaudiNewsNet: 0.37 s for 30,671 articles), so it is paid for by large ingests.
 */
const TIDY_MIN_ARTICLES = 1_000;
const TIDY_MIN_SHARE = 0.2;

function migrate(db: Database.Database, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SQLITE_SCHEMA_VERSION) {
    throw new MarsadError('database',
      `schema version ${version} is newer than this Marsad understands (${SQLITE_SCHEMA_VERSION}); upgrade Marsad`, path);
  }
  for (let v = version; v < SQLITE_SCHEMA_VERSION; v++) {
    db.transaction(() => {
      const migration = SQLITE_MIGRATIONS[v];
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

function openConnection(path: string, readonly: boolean): Database.Database {
  try {
    const db = new Database(path, { readonly, fileMustExist: readonly });
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('busy_timeout = 5000');
    db.pragma(`cache_size = -${readonly ? READER_CACHE_KIB : WRITER_CACHE_KIB}`);
    // Readers map the file instead of copying pages into their own cache: every `marsad serve`
    // worker then shares one copy of the hot pages (search pages: about 10–20% less CPU each).
    if (readonly) db.pragma(`mmap_size = ${READER_MMAP_BYTES}`);
    return db;
  } catch (error) {
    throw new MarsadError('database', `cannot open the database: ${(error as Error).message}`, path);
  }
}

/** Raw inputs read per query while iterating them all. */
const RAW_PAGE = 200;


export class SqliteStore implements Store {
  readonly path: string;
  readonly frontier: CrawlFrontier;
  readonly alerts: AlertStore;
  private readonly writer: Database.Database;
  private reader: Database.Database | undefined;
  private readonly archive = new SqliteArchiveReader(() => this.read);
  private annotations: AnnotationWriter | undefined;
  private partialNames: PartialNameLookup | undefined;
  private clustering: ClusteringWriter | undefined;
  private readonly searching = new SqliteSearch(() => this.read);
  /** Articles written since the search index was last merged whole (tidyAfterIngest). */
  private writtenSinceTidy = 0;

  constructor(path: string) {
    this.path = path;
    this.writer = openConnection(path, false);
    migrate(this.writer, path);
    this.frontier = new SqliteFrontier(this.writer);
    this.alerts = new SqliteAlerts(this.writer, () => this.read);
  }

  /** Reads use their own connection; an in-memory database has only one. */
  private get read(): Database.Database {
    if (this.path === ':memory:' || this.path === '') return this.writer;
    this.reader ??= openConnection(this.path, true);
    return this.reader;
  }

  async resolveEntities(articles: Article[]): Promise<void> {
    this.partialNames ??= sqlitePartialNameLookup(this.writer);
    await resolvePartialNames(this.partialNames, articles);
  }

  async putArticles(batch: ArticleToStore[], extras: BatchExtras = {}): Promise<PutResult> {
    const result: PutResult = { ingested: [], duplicates: [] };
    const exists = this.writer.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
    // Before the articles are serialised, so their JSON holds the resolved entity ids; only the
    // articles this batch stores (the first of an id not stored yet).
    const firsts = new Map<string, Article>();
    for (const { article } of batch) if (!firsts.has(article.id) && !exists.get(article.id)) firsts.set(article.id, article);
    await this.resolveEntities([...firsts.values()]);
    const insertRaw = this.writer.prepare(`INSERT OR IGNORE INTO raw_documents
      (id, origin, format, url, content_type, charset, fetched_at, size, deflated)
      VALUES (@id, @origin, @format, @url, @contentType, @charset, @fetchedAt, @size, @deflated)`);
    const insertArticle = this.writer.prepare(`INSERT INTO articles
      (id, url, source, title, standfirst, dateline, published_at, first_seen_at, sort_date, text, data, raw_id, story_id, duplicate_of,
        duplicate_similarity)
      VALUES (@id, @url, @source, @title, @standfirst, @dateline, @published_at, @first_seen_at, @sort_date, @text, @data, @raw_id,
        @story_id, @duplicate_of, @duplicate_similarity)`);
    this.clustering ??= new ClusteringWriter(this.writer);
    const clustering = this.clustering;
    this.annotations ??= new AnnotationWriter(this.writer);
    const annotations = this.annotations;
    const insertTerms = this.writer.prepare('INSERT INTO article_terms (rowid, title, body) VALUES (?, ?, ?)');
    const seen = new Set<string>();
    const searchRows: Array<[rowid: number | bigint, title: string, body: string]> = [];
    this.writer.transaction(() => {
      for (const item of batch) {
        const { article } = item;
        if (seen.has(article.id) || exists.get(article.id)) {
          result.duplicates.push(article.id);
          continue;
        }
        seen.add(article.id);
        if (item.raw) {
          const raw = item.raw;
          insertRaw.run({
            id: raw.id, origin: raw.origin, format: raw.format, url: raw.url ?? null,
            contentType: raw.contentType ?? null, charset: raw.charset ?? null, fetchedAt: raw.fetchedAt ?? null,
            size: rawSizeOf(item, raw),
            deflated: storedRawBytes(item, raw),
          });
        }
        const row = articleToRow(article, toSortDate(article));
        const info = insertArticle.run({ ...row, duplicate_similarity: item.duplicateSimilarity ?? null });
        if (item.fingerprint) clustering.fingerprint(info.lastInsertRowid, storedFingerprint(item, item.fingerprint));
        searchRows.push([info.lastInsertRowid, item.titleTerms, item.bodyTerms]);
        annotations.write(info.lastInsertRowid, article, row.sort_date.slice(0, 10));
        result.ingested.push(article.id);
      }
      clustering.extras(extras);
      // The search rows go in last, one after another: FTS5 writes its pending terms out as a new
      // segment whenever another statement opens a savepoint (the alert-inbox trigger on articles
      // does), so interleaved with the articles a batch of 500 left dozens of small segments to merge.
      for (const [rowid, title, body] of searchRows) insertTerms.run(rowid, title, body);
    })();
    this.writtenSinceTidy += result.ingested.length;
    return result;
  }

  async loadClusteringState(): Promise<ClusteringState> {
    return loadClusteringState(this.writer);
  }

  async saveVocabulary(vocabulary: VocabularyState): Promise<void> {
    saveVocabulary(this.writer, vocabulary);
  }

  async loadVocabulary(): Promise<VocabularyState | undefined> {
    return loadVocabulary(this.read);
  }

  async getFingerprints(ids: string[]): Promise<Map<string, Fingerprint>> {
    return getFingerprints(this.read, ids);
  }

  async similarArticles(keys: string[], limit: number): Promise<Array<{ id: string; storyId?: string; duplicateOf?: string }>> {
    const unique = [...new Set(keys.filter((k) => k.length > 1))].slice(0, 24);
    if (unique.length === 0) return [];
    // Any of the keys (OR), each quoted: never FTS5 syntax from article text.
    const match = unique.map((k) => `"${k.replaceAll('"', '')}"`).join(' OR ');
    const rows = this.read.prepare(`SELECT a.id, a.story_id, a.duplicate_of FROM (
        SELECT rowid, bm25(article_terms, ${TITLE_WEIGHT}, ${BODY_WEIGHT}) AS rank FROM article_terms
        WHERE article_terms MATCH ? ORDER BY rank LIMIT ?) hits JOIN articles a ON a.rowid = hits.rowid ORDER BY hits.rank`)
      .all(match, clampLimit(limit, 20)) as Array<{ id: string; story_id: string | null; duplicate_of: string | null }>;
    return rows.map((r) => ({ id: r.id, storyId: r.story_id ?? undefined, duplicateOf: r.duplicate_of ?? undefined }));
  }

  /**
   * Merges the search index into one segment after an ingest that wrote a good share of the
   * archive: queries then read one segment per term. A full merge rewrites the whole index, so a
   * small ingest into a large archive (a crawl round) leaves it to the incremental merges.
   */
  async tidyAfterIngest(): Promise<void> {
    if (this.writtenSinceTidy < TIDY_MIN_ARTICLES) return;
    const articles = this.writer.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    if (this.writtenSinceTidy < TIDY_MIN_SHARE * articles) return;
    this.writer.prepare("INSERT INTO article_terms (article_terms, rank) VALUES ('optimize', 0)").run();
    this.writtenSinceTidy = 0;
  }

  async hasArticles(ids: string[]): Promise<Set<string>> {
    const stmt = this.read.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
    return new Set(ids.filter((id) => stmt.get(id)));
  }

  async getArticle(id: string): Promise<Article | undefined> {
    const row = this.read.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    return row ? articleFromRow(row) : undefined;
  }

  async getRaw(id: string): Promise<RawRecord | undefined> {
    const row = this.read.prepare('SELECT * FROM raw_documents WHERE id = ?').get(id) as RawRow | undefined;
    return row ? rawFromRow(row) : undefined;
  }

  async *rawDocuments(options: RawListOptions = {}): AsyncIterable<RawRecord> {
    const urlOnly = options.withUrlOnly ? 'AND url IS NOT NULL' : '';
    const page = this.read.prepare(`SELECT * FROM raw_documents WHERE id > ? ${urlOnly} ORDER BY id LIMIT ${RAW_PAGE}`);
    let after = '';
    for (;;) {
      const rows = page.all(after) as RawRow[];
      for (const row of rows) yield rawFromRow(row);
      if (rows.length < RAW_PAGE) return;
      after = rows[rows.length - 1].id;
    }
  }

  async listArticles(options: ListOptions = {}): Promise<Page<ArticleSummary>> {
    const { sql, params } = filterClauses(options);
    const where = sql.length ? `WHERE ${sql.join(' AND ')}` : '';
    const total = this.read.prepare(`SELECT count(*) FROM articles a ${where}`).pluck().get(...params) as number;
    const items = this.read.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a ${where}
      ORDER BY a.sort_date DESC, a.rowid DESC LIMIT ? OFFSET ?`)
      .all(...params, clampLimit(options.limit, 20), clampOffset(options.offset)) as ArticleSummary[];
    return { total, items: items.map(cleanSummary) };
  }

  async search(query: ParsedQuery, options: SearchOptions = {}): Promise<SearchPage> {
    return this.searching.search(query, options);
  }

  async searchFacets(query: ParsedQuery, options: SearchOptions = {}): Promise<SourceCount[]> {
    return this.searching.facets(query, options);
  }

  async sources(): Promise<SourceCount[]> {
    return this.read.prepare(`SELECT coalesce(source, '') AS source, count(*) AS articles
      FROM articles GROUP BY source ORDER BY articles DESC, source`).all() as SourceCount[];
  }

  async stats(): Promise<Stats> {
    const count = (sql: string): number => this.read.prepare(sql).pluck().get() as number;
    return {
      articles: count('SELECT count(*) FROM articles'),
      entities: count('SELECT count(*) FROM entities'),
      stories: count('SELECT count(*) FROM stories'),
      quotes: count('SELECT count(*) FROM quotes'),
      duplicates: count('SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL'),
      sources: count('SELECT count(DISTINCT source) FROM articles'),
      rawDocuments: count('SELECT count(*) FROM raw_documents'),
    };
  }

  listEntities(options?: EntityListOptions): Promise<Page<EntitySummary>> { return this.archive.listEntities(options); }
  getEntity(id: string): Promise<EntitySummary | undefined> { return this.archive.getEntity(id); }
  entityArticles(id: string, options?: ListOptions): Promise<Page<ArticleSummary>> { return this.archive.entityArticles(id, options); }
  entityTimeline(id: string): Promise<TimelinePoint[]> { return this.archive.entityTimeline(id); }
  coMentions(id: string, limit?: number): Promise<CoMention[]> { return this.archive.coMentions(id, limit); }
  listQuotes(options?: QuoteListOptions): Promise<Page<QuoteRecord>> { return this.archive.listQuotes(options); }
  listStories(options?: StoryListOptions): Promise<Page<StorySummary>> { return this.archive.listStories(options); }
  getStory(id: string): Promise<StoryDetail | undefined> { return this.archive.getStory(id); }

  async acquireClusteringWriter(): Promise<WriterLease> {
    return acquireWriterLock(this.path);
  }

  /** Ranks the commonest single words ahead of time (head-rankings.ts): a server calls it once it listens. */
  async warmSearch(): Promise<void> {
    // An in-memory archive reads on its writer connection, whose own commits data_version does not show.
    if (this.read === this.writer) return;
    await this.searching.warmHeadRankings();
  }

  async close(): Promise<void> {
    this.searching.close();
    this.reader?.close();
    this.writer.close();
  }
}
