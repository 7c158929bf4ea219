// Schema migrations for the SQLite store, applied in order; PRAGMA user_version records how far
// a database has come. A database from a newer Marsad (user_version beyond the last migration)
// is refused rather than guessed at.

import type Database from 'better-sqlite3';
import { lastNameWord } from '../name-keys.ts';

/** A migration is SQL, or a function when rows must be rewritten by our own code. */
export type Migration = string | ((db: Database.Database) => void);

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  // 1: articles, their raw inputs, and the search index.
  `
  CREATE TABLE raw_documents (
    id           TEXT PRIMARY KEY,
    origin       TEXT NOT NULL,
    format       TEXT NOT NULL,
    url          TEXT,
    content_type TEXT,
    charset      TEXT,
    fetched_at   TEXT,
    size         INTEGER NOT NULL,
    deflated     BLOB NOT NULL
  );

  CREATE TABLE articles (
    rowid         INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    url           TEXT,
    source        TEXT,
    title         TEXT NOT NULL,
    standfirst    TEXT,
    dateline      TEXT,
    published_at  TEXT,
    first_seen_at TEXT NOT NULL,
    -- publication date, else first seen; UTC ISO so that string order is time order
    sort_date     TEXT NOT NULL,
    text          TEXT NOT NULL,
    -- the rest of the Article (authors, section, diagnostics, annotations…) as JSON
    data          TEXT NOT NULL,
    raw_id        TEXT REFERENCES raw_documents(id)
  );
  CREATE INDEX articles_by_date ON articles(sort_date DESC);
  CREATE INDEX articles_by_source ON articles(source, sort_date DESC);
  CREATE INDEX articles_by_url ON articles(url);

  -- Contentless: the index holds our own search-profile terms (space-joined keys), never display text.
  CREATE VIRTUAL TABLE article_terms USING fts5(
    title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
  );
  `,
  // 2: entities and their mentions, quotes, stories; an article's story and the copy it duplicates.
  `
  ALTER TABLE articles ADD COLUMN story_id TEXT;
  ALTER TABLE articles ADD COLUMN duplicate_of TEXT;
  CREATE INDEX articles_by_story ON articles(story_id, sort_date);
  CREATE INDEX articles_by_duplicate ON articles(duplicate_of);

  CREATE TABLE entities (
    id         TEXT PRIMARY KEY,
    type       TEXT NOT NULL,
    canonical  TEXT NOT NULL,
    -- the canonical name's search keys, so a name typed in any spelling finds the entity
    name_key   TEXT NOT NULL,
    variants   TEXT NOT NULL DEFAULT '[]',
    roles      TEXT NOT NULL DEFAULT '[]',
    mentions   INTEGER NOT NULL DEFAULT 0,
    articles   INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen  TEXT
  );
  CREATE INDEX entities_by_type ON entities(type, mentions DESC);
  CREATE INDEX entities_by_mentions ON entities(mentions DESC);
  CREATE INDEX entities_by_name ON entities(name_key);

  CREATE TABLE mentions (
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid),
    entity_id     TEXT NOT NULL,
    count         INTEGER NOT NULL,
    day           TEXT NOT NULL,
    PRIMARY KEY (entity_id, article_rowid)
  ) WITHOUT ROWID;
  CREATE INDEX mentions_by_article ON mentions(article_rowid);

  CREATE TABLE quotes (
    rowid             INTEGER PRIMARY KEY,
    article_rowid     INTEGER NOT NULL REFERENCES articles(rowid),
    start             INTEGER NOT NULL,
    end               INTEGER NOT NULL,
    text              TEXT NOT NULL,
    direct            INTEGER NOT NULL,
    cue               TEXT,
    speaker_text      TEXT,
    speaker_entity_id TEXT,
    speaker_canonical TEXT,
    speaker_role      TEXT,
    speaker_key       TEXT,
    -- ids of the entities mentioned inside the quote, space-separated: quotes "about" an entity
    about             TEXT NOT NULL DEFAULT ''
  );
  CREATE INDEX quotes_by_article ON quotes(article_rowid);
  CREATE INDEX quotes_by_speaker_entity ON quotes(speaker_entity_id);

  CREATE TABLE stories (
    id         TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen  TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sources    TEXT NOT NULL DEFAULT '[]',
    -- the clusterer's own state (centroid…), so clustering resumes where it stopped
    state      TEXT
  );
  CREATE INDEX stories_by_last_seen ON stories(last_seen DESC);
  `,
  // 3: near-duplicate fingerprints (their own table keeps article rows small) and the clustering
  // engine's shared state (term document frequencies).
  `
  ALTER TABLE articles ADD COLUMN duplicate_similarity REAL;
  CREATE TABLE fingerprints (
    article_rowid INTEGER PRIMARY KEY REFERENCES articles(rowid),
    data          TEXT NOT NULL
  );
  CREATE TABLE dedup_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // 4: an entity's last name word (skeleton), so a surname alone (السراج) finds its full name.
  (db) => {
    db.exec("ALTER TABLE entities ADD COLUMN last_word TEXT NOT NULL DEFAULT ''");
    const update = db.prepare('UPDATE entities SET last_word = ? WHERE id = ?');
    for (const row of db.prepare('SELECT id, canonical FROM entities').all() as Array<{ id: string; canonical: string }>) {
      update.run(lastNameWord(row.canonical), row.id);
    }
    db.exec('CREATE INDEX entities_by_last_word ON entities(type, last_word)');
  },
  // 5: the crawl frontier: every URL the crawler knows, what it is and what became of it, so a
  // stopped crawl or watcher resumes without fetching again what it already stored.
  `
  CREATE TABLE crawl_urls (
    url             TEXT PRIMARY KEY,
    kind            TEXT NOT NULL,
    source          TEXT,
    discovered_from TEXT,
    discovered_at   TEXT NOT NULL,
    state           TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_fetch_at   TEXT NOT NULL,
    fetched_at      TEXT,
    status          INTEGER,
    etag            TEXT,
    last_modified   TEXT,
    article_id      TEXT,
    error           TEXT
  );
  CREATE INDEX crawl_urls_due ON crawl_urls(state, next_fetch_at);
  -- A fetched page's raw input is stored under the URL it was fetched from: how a crawl that was
  -- killed between storing an article and marking its URL done knows not to fetch it again.
  CREATE INDEX raw_documents_by_origin ON raw_documents(origin);
  `,
  // 6: alerts (src/alerts): saved searches, their matches, and the webhook outbox. While any alert
  // exists, the trigger puts each stored article in the inbox within the transaction that stores
  // it; matching empties the inbox in the transaction that records the matches.
  `
  CREATE TABLE alerts (
    name        TEXT PRIMARY KEY,
    query       TEXT NOT NULL,
    entity_id   TEXT,
    webhook     TEXT,
    created_at  TEXT NOT NULL,
    -- articles stored before the alert (rowid up to this) never match it
    after_rowid INTEGER NOT NULL
  );
  CREATE TABLE alert_inbox (
    article_rowid INTEGER PRIMARY KEY
  );
  CREATE TRIGGER articles_to_alert_inbox AFTER INSERT ON articles WHEN EXISTS (SELECT 1 FROM alerts)
  BEGIN
    INSERT OR IGNORE INTO alert_inbox (article_rowid) VALUES (NEW.rowid);
  END;
  CREATE TABLE alert_matches (
    alert      TEXT NOT NULL,
    article_id TEXT NOT NULL,
    matched_at TEXT NOT NULL,
    PRIMARY KEY (alert, article_id)
  ) WITHOUT ROWID;
  CREATE INDEX alert_matches_latest ON alert_matches(alert, matched_at DESC);
  -- One row per match of an alert with a webhook: pending until the receiver answers 2xx (sent) or
  -- delivery is given up (failed). A claimed row's next_attempt_at is its lease.
  CREATE TABLE alert_deliveries (
    alert           TEXT NOT NULL,
    article_id      TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error      TEXT,
    sent_at         TEXT,
    PRIMARY KEY (alert, article_id)
  ) WITHOUT ROWID;
  CREATE INDEX alert_deliveries_due ON alert_deliveries(state, next_attempt_at);
  `,
  // 7: the search index merges its segments 8 at a time instead of 4: fewer merges while writing
  // (8,000 SaudiNewsNet articles: 0.257 → 0.231 ms of store CPU per article), and a large ingest
  // ends with one full merge (SqliteStore.tidyAfterIngest) that leaves queries faster than before.
  `
  INSERT INTO article_terms (article_terms, rank) VALUES ('automerge', 8);
  `,
];

export const SQLITE_SCHEMA_VERSION = SQLITE_MIGRATIONS.length;
