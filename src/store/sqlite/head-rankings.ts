// Rankings of the archive's commonest words, worked out ahead of time by a server.
//
// A search for one word that many articles hold (1% of them or more) is the dearest search there is:
// FTS5's bm25() walks the word's whole postings list twice (once to count them for the IDF, once
// to score each hit, reading each hit's length from the docsize table), about half a microsecond a
// hit, so 6 ms for عام (15,000 articles) against 0.3 ms for a rare word. One word is also what
// people most often type. A server therefore ranks each such word once, with the same SQL the
// search itself runs, keeps its best HEAD_HITS_KEPT hits and its total, and answers those
// searches from memory: exactly what the SQL would give, as long as the archive has not changed.
//
// A server keeps every hit's score for each such word too: a search for several words is ranked by
// summing them (summed-ranks.ts), which spares bm25() its walk over those words' long lists.
//
// "Not changed" is SQLite's data_version, which moves whenever another connection commits (the
// read connection never writes). A change drops every ranking at once; they are worked out again
// REWARM_AFTER_MS after a search notices it, and a change during that work gives it up until
// later, so a running crawl does not make every worker rank thousands of words after each batch.
import type Database from 'better-sqlite3';
import type { AllHits } from './all-hits.ts';
import { BODY_WEIGHT, TITLE_WEIGHT } from './summary-sql.ts';

/**
 * Words held by at least this share of the articles are ranked ahead of time, and never words in
 * fewer than HEAD_MIN_ARTICLES (on a small archive every search is cheap). SaudiNewsNet: 1% is 307
 * articles, 3,036 words. Measured in one process on distinct queries from titles, CPU per search
 * page against keeping words in 1,000+ articles: 300+ −13% (page 2: −15%), 100+ −8% (−16%) for
 * 40% more memory and time.
 */
const HEAD_MIN_SHARE = 0.01;
const HEAD_MIN_ARTICLES = 100;
/**
 * Ranks kept at most, commonest words first (12 bytes each: rowid and rank). SaudiNewsNet keeps
 * 3,955,346 (48 MB a process); a much larger archive keeps its commonest words up to this.
 */
const MAX_KEPT_RANKS = 6_000_000;
/** Hits kept for each: ten pages of ten, or the API's largest page. */
export const HEAD_HITS_KEPT = 100;
/** The ranking yields to the event loop this often, so requests are answered while it runs. */
const SLICE_MS = 4;
/** How long after a change is noticed the rankings are worked out again. */
const REWARM_AFTER_MS = 30_000;

/** One word's best hits, best first (rank as bm25() gives it: lower is better), and how many there are. */
export interface HeadRanking extends AllHits {
  total: number;
}

/** Every hit of one word searched alone, rowids ascending, with its rank. */
export interface KeyRanks {
  rowids: Int32Array;
  ranks: Float64Array;
}

interface HeadWord {
  best: HeadRanking;
  all: KeyRanks;
}

export class HeadRankings {
  private rankings = new Map<string, HeadWord>();
  /** The data_version the rankings were worked out at. */
  private version: number | undefined;
  private warming = false;
  private wanted = false;
  private closed = false;
  private rewarm: NodeJS.Timeout | undefined;
  private versionStatement: Database.Statement | undefined;
  private countStatement: Database.Statement | undefined;
  private ranksStatement: Database.Statement | undefined;

  /**
   * `ftsMatch` turns a key into the MATCH expression the search itself uses for it; `minArticles`
   * is lowered only by tests, to rank the words of a small archive.
   */
  constructor(
    private readonly db: () => Database.Database,
    private readonly ftsMatch: (key: string) => string,
    private readonly minArticles?: number,
  ) {}

  /** The key's best hits if they are worked out for the archive as it is now. */
  get(key: string): HeadRanking | undefined {
    return this.fresh() ? this.rankings.get(key)?.best : undefined;
  }

  /**
   * For each key, in order, every hit's rank if the key is a head word, else undefined; undefined
   * altogether when the rankings are not worked out for the archive as it is now.
   */
  allRanks(keys: readonly string[]): Array<KeyRanks | undefined> | undefined {
    return this.fresh() ? keys.map((key) => this.rankings.get(key)?.all) : undefined;
  }

  /** How many articles hold each key, from the index's own counts (one lookup each); only while fresh. */
  articleCounts(keys: readonly string[]): number[] {
    this.countStatement ??= this.db().prepare('SELECT doc FROM temp.article_term_counts WHERE term = ?').pluck();
    const statement = this.countStatement;
    return keys.map((key) => (statement.get(key) as number | undefined) ?? 0);
  }

  /** Every hit of a key searched alone, worked out now: for the words that are not kept. */
  ranksNow(key: string): KeyRanks {
    this.ranksStatement ??= keyRanksStatement(this.db());
    return keyRanks(this.ranksStatement, this.ftsMatch(key));
  }

  /** True when rankings are kept and the archive has not changed since they were worked out. */
  fresh(): boolean {
    if (this.rankings.size === 0) return false;
    if (this.dataVersion() === this.version) return true;
    this.rankings = new Map();
    this.scheduleRewarm();
    return false;
  }

  /** Works the rankings out, yielding to the event loop between slices; resolves when done or given up. */
  async warm(): Promise<void> {
    this.wanted = true;
    if (this.warming || this.closed) return;
    this.warming = true;
    try {
      await this.rankAll();
    } finally {
      this.warming = false;
    }
  }

  /** Stops any ranking in progress and any planned one: the connection is about to close. */
  close(): void {
    this.closed = true;
    clearTimeout(this.rewarm);
    this.rankings = new Map();
  }

  private async rankAll(): Promise<void> {
    const db = this.db();
    db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_term_counts USING fts5vocab(main, article_terms, row)');
    const version = this.dataVersion();
    // Commonest first: they cost the most to rank on demand.
    const articles = db.prepare('SELECT count(*) FROM article_terms_docsize').pluck().get() as number;
    const minArticles = this.minArticles ?? Math.max(HEAD_MIN_ARTICLES, Math.ceil(articles * HEAD_MIN_SHARE));
    const counted = db.prepare('SELECT term, doc FROM temp.article_term_counts WHERE doc >= ? ORDER BY doc DESC, term')
      .raw().all(minArticles) as Array<[string, number]>;
    const keys: string[] = [];
    let ranksKept = 0;
    for (const [term, documents] of counted) {
      if (ranksKept + documents > MAX_KEPT_RANKS) break;
      keys.push(term);
      ranksKept += documents;
    }
    const ranks = keyRanksStatement(db);
    const built = new Map<string, HeadWord>();
    let sliceStart = performance.now();
    for (const key of keys) {
      // Every ranking must come from one state of the archive: a commit in between gives up this round.
      if (this.closed || this.dataVersion() !== version) return this.scheduleRewarm();
      const all = keyRanks(ranks, this.ftsMatch(key));
      built.set(key, { all, best: bestOf(all, HEAD_HITS_KEPT) });
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    if (this.closed || this.dataVersion() !== version) return this.scheduleRewarm();
    this.rankings = built;
    this.version = version;
  }

  private scheduleRewarm(): void {
    if (!this.wanted || this.closed) return;
    clearTimeout(this.rewarm);
    // unref: a planned ranking never keeps a process alive.
    this.rewarm = setTimeout(() => void this.warm().catch(() => {}), REWARM_AFTER_MS).unref();
  }

  private dataVersion(): number {
    this.versionStatement ??= this.db().prepare('PRAGMA data_version').pluck();
    return this.versionStatement.get() as number;
  }
}

/**
 * Every hit of one key searched alone, with the rank bm25() gives it there, rowids ascending. Two
 * JSON arrays: a row per hit into JavaScript costs more than ranking them (JSON keeps a double exactly).
 */
function keyRanks(statement: Database.Statement, match: string): KeyRanks {
  const [rowidsJson, ranksJson] = statement.get(match) as [string, string];
  const rowids = JSON.parse(rowidsJson) as number[];
  const ranks = JSON.parse(ranksJson) as number[];
  // A binary search over the rowids must not rest on the aggregate keeping its subquery's order unchecked.
  for (let i = 1; i < rowids.length; i++) {
    if (rowids[i] <= rowids[i - 1]) {
      const order = rowids.map((_, j) => j).sort((a, b) => rowids[a] - rowids[b]);
      return { rowids: Int32Array.from(order, (j) => rowids[j]), ranks: Float64Array.from(order, (j) => ranks[j]) };
    }
  }
  return { rowids: Int32Array.from(rowids), ranks: Float64Array.from(ranks) };
}

function keyRanksStatement(db: Database.Database): Database.Statement {
  // bm25() only works in the FTS query's own row: the subquery is not flattened into the aggregate
  // because of its ORDER BY, which FTS5 gives for free (it walks a list in rowid order).
  return db.prepare(`SELECT json_group_array(rid), json_group_array(rank) FROM (
      SELECT rowid AS rid, bm25(article_terms, ${TITLE_WEIGHT}, ${BODY_WEIGHT}) AS rank FROM article_terms
      WHERE article_terms MATCH ? ORDER BY rowid)`).raw();
}

/** The best `kept` hits, in the search's order: lower rank first, then the newer (higher) rowid. */
function bestOf(all: KeyRanks, kept: number): HeadRanking {
  const order = Array.from(all.rowids.keys()).sort((a, b) => all.ranks[a] - all.ranks[b] || all.rowids[b] - all.rowids[a]).slice(0, kept);
  return { total: all.rowids.length, rowids: order.map((i) => all.rowids[i]), ranks: order.map((i) => all.ranks[i]) };
}
