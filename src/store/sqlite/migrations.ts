// Schema migrations for the SQLite store, applied in order; PRAGMA user_version records how far
// a database has come. A database from a newer Marsad (user_version beyond the last migration)
// is refused rather than guessed at.

export const SQLITE_MIGRATIONS: readonly string[] = [
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
];

export const SQLITE_SCHEMA_VERSION = SQLITE_MIGRATIONS.length;
