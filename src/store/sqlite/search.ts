// The SQLite store's search: ranking with FTS5's BM25, counting, and hits per outlet. Search SQL
// differs only in which filters are set, never in user text (values are bound), so a few prepared
// statements serve every query.
import type Database from 'better-sqlite3';
import type { ParsedQuery } from '../../search/query.ts';
import { toFtsMatch } from '../../search/query.ts';
import type { RankedHit, SearchOptions, SearchPage, SourceCount } from '../port.ts';
import { allHitsFromJson, requiredClauses, type AllHits } from './all-hits.ts';
import { HeadRankings, HEAD_HITS_KEPT, type HeadRanking } from './head-rankings.ts';
import { summedRanking } from './summed-ranks.ts';
import { HitOutlets } from './hit-outlets.ts';
import { Utf8TextDecoder } from './utf8-text.ts';
import { BODY_WEIGHT, clampLimit, clampOffset, cleanSummary, filterClauses, SUMMARY_COLUMNS, TITLE_WEIGHT } from './summary-sql.ts';

/** Every combination of search filters, with room to spare: the SQL texts are a small fixed set. */
const SEARCH_STATEMENTS_KEPT = 32;

/** Ranking every row of a word costs this many times walking its postings list (summedHits). */
const RANK_TO_WALK_COST = 20;

/** The hits' text as UTF-8 bytes, decoded in JavaScript (utf8-text.ts says why). */
const TEXT_BYTES = 'CAST(a.text AS BLOB) AS text';

/** A search's SQL pieces and bound values, as both ways of ranking use them. */
interface RankingSql {
  match: string;
  join: string;
  where: string;
  params: unknown[];
  rank: string;
  limit: number;
  offset: number;
}

export class SqliteSearch {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly hitOutlets: HitOutlets;
  private readonly texts = new Utf8TextDecoder();
  /** Rankings of the commonest single words, when a server asked for them (warmHeadRankings). */
  private readonly headRankings: HeadRankings;

  /**
   * `db` is the store's read connection, opened when first asked for. `headMinArticles` is lowered
   * only by tests (see head-rankings.ts).
   */
  constructor(private readonly db: () => Database.Database, headMinArticles?: number) {
    this.hitOutlets = new HitOutlets(db);
    const match = (key: string) => toFtsMatch({ raw: key, terms: [key], phrases: [], excluded: [] });
    this.headRankings = new HeadRankings(db, match, headMinArticles);
  }

  /** Ranks the commonest single words ahead of time (head-rankings.ts); for a long-running reader. */
  warmHeadRankings(): Promise<void> {
    return this.headRankings.warm();
  }

  close(): void {
    this.headRankings.close();
  }

  search(query: ParsedQuery, options: SearchOptions = {}): SearchPage {
    const match = toFtsMatch(query);
    const { sql, params } = filterClauses(options);
    // Rank on the index alone (joining articles only when a filter needs its columns), then read
    // the full rows of just the page of hits: reading every match's text would cost more than ranking.
    const join = sql.length > 0 ? 'JOIN articles a ON a.rowid = article_terms.rowid' : '';
    const where = ['article_terms MATCH ?', ...sql].join(' AND ');
    const rank = `bm25(article_terms, ${TITLE_WEIGHT}, ${BODY_WEIGHT})`;
    const limit = clampLimit(options.limit, 10);
    const offset = clampOffset(options.offset);
    try {
      const head = this.headRanking(query, options, limit, offset);
      if (head) return { total: head.total, items: this.pageOfHits(head, offset, limit) };
      // One key's hits are its whole postings list, counted cheaply; several keys' are counted by
      // walking their shared postings again, so those are ranked whole in one pass (all-hits.ts).
      if (requiredClauses(query) > 1) return this.searchAllHits({ match, join, where, params, rank, limit, offset }, query, options);
      const items = this.statement(`WITH hits AS (
          SELECT article_terms.rowid AS rid, ${rank} AS rank FROM article_terms ${join}
          WHERE ${where} ORDER BY rank, article_terms.rowid DESC LIMIT ? OFFSET ?)
        SELECT ${SUMMARY_COLUMNS}, ${TEXT_BYTES}, -hits.rank AS score
        FROM hits JOIN articles a ON a.rowid = hits.rid ORDER BY hits.rank, hits.rid DESC`)
        .all(match, ...params, limit, offset) as RankedHit[];
      // A page that came back short holds the last hit, so the hits are counted already; a count
      // walks every term's whole list again, which for a rare word beside a common one is most of the work.
      const lastPage = items.length < limit && (items.length > 0 || offset === 0);
      const total = lastPage ? offset + items.length
        : this.statement(`SELECT count(*) FROM article_terms ${join} WHERE ${where}`, { pluck: true }).get(match, ...params) as number;
      return { total, items: items.map((row) => this.withText(row)) };
    } catch (error) {
      // Our MATCH expressions are built from quoted keys, so this is a bug or a damaged index, not user input.
      throw new Error(`search failed for ${JSON.stringify(match)}: ${(error as Error).message}`);
    }
  }

  /** Ranks every hit in one pass: the page is a slice of them, the total their number, the outlets counted from them. */
  private searchAllHits(ranking: RankingSql, query: ParsedQuery, options: SearchOptions): SearchPage {
    const { match, join, where, params, rank, limit, offset } = ranking;
    let hits = this.summedHits(query, ranking);
    if (hits === undefined) {
      const [rowidsJson, ranksJson] = this.statement(`SELECT json_group_array(rid), json_group_array(rank) FROM (
          SELECT article_terms.rowid AS rid, ${rank} AS rank FROM article_terms ${join}
          WHERE ${where} ORDER BY rank, article_terms.rowid DESC)`, { raw: true }).get(match, ...params) as [string, string];
      hits = allHitsFromJson(rowidsJson, ranksJson);
    }
    const page: SearchPage = { total: hits.rowids.length, items: this.pageOfHits(hits, offset, limit) };
    const countOutlets = !options.source && options.outletCountsUpTo !== undefined && hits.rowids.length <= options.outletCountsUpTo;
    const outlets = countOutlets ? this.hitOutlets.count(hits.rowids) : undefined;
    if (outlets) page.outlets = outlets;
    return page;
  }

  /**
   * Several words, none of them in a phrase, ranked by summing each word's own ranks (summed-ranks.ts)
   * when the server keeps those of the common ones and they hold most of the postings bm25() would
   * walk. Undefined when bm25() itself should rank.
   */
  private summedHits(query: ParsedQuery, ranking: RankingSql): AllHits | undefined {
    if (query.phrases.length > 0) return undefined;
    const kept = this.headRankings.allRanks(query.terms);
    if (kept === undefined || kept.every((ranks) => ranks === undefined)) return undefined;
    const rare = query.terms.filter((_, i) => kept[i] === undefined);
    const keptPostings = kept.reduce((sum, ranks) => sum + (ranks?.rowids.length ?? 0), 0);
    const rarePostings = this.headRankings.articleCounts(rare).reduce((sum, n) => sum + n, 0);
    // A rare word is ranked whole here, about 20 times bm25()'s cost a row for walking it (SaudiNewsNet:
    // 0.69 against 0.035 µs): worth it only when the kept words' walks are the larger part.
    if (rarePostings * RANK_TO_WALK_COST > keptPostings) return undefined;
    const { match, join, where, params } = ranking;
    const hits = JSON.parse(this.statement(`SELECT json_group_array(article_terms.rowid) FROM article_terms ${join} WHERE ${where}`, { pluck: true })
      .get(match, ...params) as string) as number[];
    const perKey = kept.map((ranks, i) => ranks ?? this.headRankings.ranksNow(query.terms[i]));
    // Each statement reads the archive as it is then: unchanged since the kept ranks were checked, all
    // read one state; a commit in between (a crawl writing) leaves the ranking to bm25().
    if (!this.headRankings.fresh()) return undefined;
    return summedRanking(hits, perKey);
  }

  /** A one-word search a head ranking answers: no filters, no exclusions, a page within the hits it keeps. */
  private headRanking(query: ParsedQuery, options: SearchOptions, limit: number, offset: number): HeadRanking | undefined {
    const plain = query.terms.length === 1 && query.phrases.length === 0 && query.excluded.length === 0
      && !options.source && !options.from && !options.to && offset + limit <= HEAD_HITS_KEPT;
    return plain ? this.headRankings.get(query.terms[0]) : undefined;
  }

  /** The rows of hits[offset, offset + limit), in rank order, scored. */
  private pageOfHits(hits: AllHits, offset: number, limit: number): RankedHit[] {
    const onPage = hits.rowids.slice(offset, offset + limit);
    if (onPage.length === 0) return [];
    const rows = this.statement(`SELECT ${SUMMARY_COLUMNS}, ${TEXT_BYTES}, page.key AS position
        FROM json_each(?) AS page JOIN articles a ON a.rowid = page.value ORDER BY page.key`)
      .all(JSON.stringify(onPage)) as Array<RankedHit & { position?: number }>;
    return rows.map((row) => {
      const position = row.position!;
      delete row.position;
      row.score = -hits.ranks[offset + position];
      return this.withText(row);
    });
  }

  /** A hit row as SQL gave it (text as bytes, NULLs) made a RankedHit. */
  private withText(row: RankedHit): RankedHit {
    const bytes = row.text as unknown;
    if (bytes instanceof Uint8Array) row.text = this.texts.decode(bytes);
    return cleanSummary(row);
  }

  facets(query: ParsedQuery, options: SearchOptions = {}): SourceCount[] {
    const match = toFtsMatch(query);
    const { sql, params } = filterClauses({ from: options.from, to: options.to });
    if (sql.length === 0) {
      // Without a date filter the index alone gives the hits, and the outlets are known by rowid. The
      // rowids come back as one JSON array: a row per hit into JavaScript cost 15% more than the whole pass.
      const rowids = JSON.parse(this.statement('SELECT json_group_array(rowid) FROM article_terms WHERE article_terms MATCH ?', { pluck: true })
        .get(match) as string) as number[];
      const counts = this.hitOutlets.count(rowids);
      if (counts !== undefined) return counts;
    }
    const where = ['article_terms MATCH ?', ...sql].join(' AND ');
    // Only the source column of each hit is read: the row's text (and its overflow pages) is not.
    return this.statement(`SELECT coalesce(a.source, '') AS source, count(*) AS articles
      FROM article_terms JOIN articles a ON a.rowid = article_terms.rowid WHERE ${where}
      GROUP BY a.source ORDER BY articles DESC, source`).all(match, ...params) as SourceCount[];
  }

  /**
   * Search SQL differs only in which filters are set, never in user text (values are bound), so a
   * few statements serve every query: prepared once on the read connection instead of per request.
   */
  private statement(sql: string, { pluck = false, raw = false } = {}): Database.Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db().prepare(sql);
      if (pluck) statement.pluck();
      if (raw) statement.raw();
      if (this.statements.size < SEARCH_STATEMENTS_KEPT) this.statements.set(sql, statement);
    }
    return statement;
  }
}
