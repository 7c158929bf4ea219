// Schema migrations for the PostgreSQL store, applied in order; the schema_version table records
// how far a database has come. The tables mirror the SQLite store's (src/store/sqlite/migrations.ts)
// so both read back the same archive; what differs is the search index (a tsvector of our own
// search-profile tokens, see search-index.ts) and the jobs table that workers share. Text that is
// sorted or compared as a range is COLLATE "C" (code point order, as SQLite compares), whatever
// collation the database was created with.

export const POSTGRES_MIGRATIONS: readonly string[] = [
  // 1: articles, raw inputs, search index, entities, mentions, quotes, stories, fingerprints, jobs.
  `
  CREATE TABLE raw_documents (
    id           text PRIMARY KEY,
    origin       text NOT NULL,
    format       text NOT NULL,
    url          text,
    content_type text,
    charset      text,
    fetched_at   text,
    size         integer NOT NULL,
    deflated     bytea NOT NULL
  );

  CREATE TABLE articles (
    rid           bigserial PRIMARY KEY,
    id            text NOT NULL UNIQUE,
    url           text,
    source        text COLLATE "C",
    title         text NOT NULL,
    standfirst    text,
    dateline      text,
    published_at  text,
    first_seen_at text NOT NULL,
    -- publication date, else first seen; UTC ISO so that string order is time order
    sort_date     text COLLATE "C" NOT NULL,
    text          text NOT NULL,
    -- the rest of the Article (authors, section, diagnostics, annotations…) as JSON text, kept verbatim
    data          text NOT NULL,
    raw_id        text,
    story_id      text,
    duplicate_of  text,
    -- Jaccard similarity to the copy this one duplicates
    duplicate_similarity real
  );
  CREATE INDEX articles_by_date ON articles (sort_date DESC, rid DESC);
  CREATE INDEX articles_by_source ON articles (source, sort_date DESC);
  CREATE INDEX articles_by_url ON articles (url);
  CREATE INDEX articles_by_story ON articles (story_id, sort_date);
  CREATE INDEX articles_by_duplicate ON articles (duplicate_of);

  -- Our own search-profile tokens: title positions weighted A, body positions D (never display text).
  -- tf holds BM25's weighted frequency (3 x title + body) of the tokens where it is not 1, so
  -- ranking reads a small map instead of walking the positions (see search-index.ts).
  CREATE TABLE article_terms (
    rid     bigint PRIMARY KEY REFERENCES articles (rid),
    doc_len integer NOT NULL,
    terms   tsvector NOT NULL,
    tf      jsonb NOT NULL DEFAULT '{}'
  );
  CREATE INDEX article_terms_gin ON article_terms USING gin (terms);

  -- Documents and tokens in the index, for BM25's N and average length. Several slots, so that
  -- concurrent writers do not queue on one row.
  CREATE TABLE search_totals (
    slot   integer PRIMARY KEY,
    docs   bigint NOT NULL,
    tokens bigint NOT NULL
  );

  CREATE TABLE entities (
    id         text COLLATE "C" PRIMARY KEY,
    type       text NOT NULL,
    canonical  text NOT NULL,
    name_key   text NOT NULL,
    -- the name's last word (search key), so a surname alone finds its full name (partial-names.ts)
    last_word  text NOT NULL DEFAULT '',
    variants   jsonb NOT NULL DEFAULT '[]',
    roles      jsonb NOT NULL DEFAULT '[]',
    mentions   integer NOT NULL DEFAULT 0,
    articles   integer NOT NULL DEFAULT 0,
    first_seen text,
    last_seen  text
  );
  CREATE INDEX entities_by_type ON entities (type, mentions DESC);
  CREATE INDEX entities_by_mentions ON entities (mentions DESC);
  CREATE INDEX entities_by_last_word ON entities (type, last_word);

  CREATE TABLE mentions (
    article_rid bigint NOT NULL REFERENCES articles (rid),
    entity_id   text NOT NULL,
    count       integer NOT NULL,
    day         text COLLATE "C" NOT NULL,
    PRIMARY KEY (entity_id, article_rid)
  );
  CREATE INDEX mentions_by_article ON mentions (article_rid);

  CREATE TABLE quotes (
    rid               bigserial PRIMARY KEY,
    article_rid       bigint NOT NULL REFERENCES articles (rid),
    start             integer NOT NULL,
    "end"             integer NOT NULL,
    text              text NOT NULL,
    direct            boolean NOT NULL,
    cue               text,
    speaker_text      text,
    speaker_entity_id text,
    speaker_canonical text,
    speaker_role      text,
    speaker_key       text,
    -- ids of the entities mentioned inside the quote: quotes "about" an entity
    about             text[] NOT NULL DEFAULT '{}'
  );
  CREATE INDEX quotes_by_article ON quotes (article_rid);
  CREATE INDEX quotes_by_speaker_entity ON quotes (speaker_entity_id);
  CREATE INDEX quotes_by_about ON quotes USING gin (about);

  CREATE TABLE stories (
    id         text COLLATE "C" PRIMARY KEY,
    title      text NOT NULL,
    first_seen text COLLATE "C" NOT NULL,
    last_seen  text COLLATE "C" NOT NULL,
    size       integer NOT NULL,
    sources    jsonb NOT NULL DEFAULT '[]',
    -- the clusterer's own state (centroid…), so clustering resumes where it stopped
    state      text
  );
  CREATE INDEX stories_by_last_seen ON stories (last_seen DESC);

  -- Near-duplicate fingerprints (src/dedup codec), beside the articles to keep article rows small.
  CREATE TABLE fingerprints (
    article_rid bigint PRIMARY KEY REFERENCES articles (rid),
    data        text NOT NULL
  );

  -- The clustering engine's shared state (term document frequencies…), by key.
  CREATE TABLE dedup_state (
    key   text PRIMARY KEY,
    value text NOT NULL
  );

  -- Work for marsad worker processes (src/queue): taken with FOR UPDATE SKIP LOCKED under a lease.
  CREATE TABLE jobs (
    id          bigserial PRIMARY KEY,
    kind        text NOT NULL,
    state       text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
    payload     bytea NOT NULL,
    attempts    integer NOT NULL DEFAULT 0,
    leased_by   text,
    lease_until timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    -- when the current (last) attempt began
    started_at  timestamptz,
    finished_at timestamptz,
    result      jsonb,
    error       text
  );
  CREATE INDEX jobs_open ON jobs (id) WHERE state IN ('queued', 'running');
  `,
  // 2: the crawl frontier (as SQLite's migration 5): every URL the crawler knows and what became of
  // it, so a stopped crawl or watcher resumes without fetching again what it already stored.
  `
  CREATE TABLE crawl_urls (
    url             text COLLATE "C" PRIMARY KEY,
    kind            text NOT NULL,
    source          text,
    discovered_from text,
    discovered_at   text COLLATE "C" NOT NULL,
    state           text NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    next_fetch_at   text COLLATE "C" NOT NULL,
    fetched_at      text,
    status          integer,
    etag            text,
    last_modified   text,
    article_id      text,
    error           text
  );
  CREATE INDEX crawl_urls_due ON crawl_urls (state, next_fetch_at);
  CREATE INDEX raw_documents_by_origin ON raw_documents (origin);
  `,
  // 3: alerts (as SQLite's migration 6; src/alerts): saved searches, their matches, and the webhook
  // outbox. While any alert exists, the trigger puts the articles an INSERT stored in the inbox,
  // in that INSERT's transaction; matching empties the inbox in the transaction that records the
  // matches.
  `
  CREATE TABLE alerts (
    name       text COLLATE "C" PRIMARY KEY,
    query      text NOT NULL,
    entity_id  text,
    webhook    text,
    created_at text NOT NULL,
    -- articles stored before the alert (rid up to this) never match it
    after_rid  bigint NOT NULL
  );
  CREATE TABLE alert_inbox (
    rid bigint PRIMARY KEY
  );
  CREATE FUNCTION marsad_alert_inbox() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF EXISTS (SELECT 1 FROM alerts) THEN
      INSERT INTO alert_inbox (rid) SELECT rid FROM stored_articles ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
  END $fn$;
  CREATE TRIGGER articles_to_alert_inbox AFTER INSERT ON articles REFERENCING NEW TABLE AS stored_articles
    FOR EACH STATEMENT EXECUTE FUNCTION marsad_alert_inbox();
  CREATE TABLE alert_matches (
    alert      text COLLATE "C" NOT NULL,
    article_id text COLLATE "C" NOT NULL,
    matched_at text COLLATE "C" NOT NULL,
    PRIMARY KEY (alert, article_id)
  );
  CREATE INDEX alert_matches_latest ON alert_matches (alert, matched_at DESC);
  -- One row per match of an alert with a webhook: pending until the receiver answers 2xx (sent) or
  -- delivery is given up (failed). A claimed row's next_attempt_at is its lease.
  CREATE TABLE alert_deliveries (
    alert           text COLLATE "C" NOT NULL,
    article_id      text COLLATE "C" NOT NULL,
    state           text NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at text COLLATE "C" NOT NULL,
    last_error      text,
    sent_at         text,
    PRIMARY KEY (alert, article_id)
  );
  CREATE INDEX alert_deliveries_due ON alert_deliveries (state, next_attempt_at);
  `,
  // 4: less work per stored article (issue #8: PostgreSQL CPU per document).
  // • The foreign keys from the per-article tables to articles cost a row-level trigger and a
  //   lookup per row (about 23 per article: its mentions, quotes, index row, fingerprint) and
  //   guarded nothing: those rows are written only in the transaction that inserted the article,
  //   with the rid its INSERT returned, and articles are never deleted.
  // • lz4 instead of pglz for the large values written once per article or per placement (the
  //   text, the rest of the Article as JSON, its search vector and fingerprint, the clustering
  //   vocabulary): several times cheaper to compress and to read back, for a few percent more
  //   space. A server built without lz4 keeps pglz.
  `
  ALTER TABLE article_terms DROP CONSTRAINT IF EXISTS article_terms_rid_fkey;
  ALTER TABLE mentions DROP CONSTRAINT IF EXISTS mentions_article_rid_fkey;
  ALTER TABLE quotes DROP CONSTRAINT IF EXISTS quotes_article_rid_fkey;
  ALTER TABLE fingerprints DROP CONSTRAINT IF EXISTS fingerprints_article_rid_fkey;
  DO $lz4$ BEGIN
    ALTER TABLE articles ALTER COLUMN text SET COMPRESSION lz4, ALTER COLUMN data SET COMPRESSION lz4;
    ALTER TABLE article_terms ALTER COLUMN terms SET COMPRESSION lz4;
    ALTER TABLE fingerprints ALTER COLUMN data SET COMPRESSION lz4;
    ALTER TABLE dedup_state ALTER COLUMN value SET COMPRESSION lz4;
    ALTER TABLE stories ALTER COLUMN state SET COMPRESSION lz4;
  EXCEPTION WHEN feature_not_supported THEN NULL;
  END $lz4$;
  `,
  // 5: name keys in code point order, for the partial-name rule's prefix lookups (partial-name-lookup.ts).
  `
  CREATE INDEX IF NOT EXISTS entities_by_name_key ON entities ((name_key COLLATE "C"));
  `,
];

export const POSTGRES_SCHEMA_VERSION = POSTGRES_MIGRATIONS.length;

/** Functions the queries call; replaced on every start (CREATE OR REPLACE), so they need no migration. */
export const POSTGRES_FUNCTIONS = `
-- Merges an entity's variant or role list the way the SQLite store does: stored order first, new
-- values appended in order, at most max_len of them.
CREATE OR REPLACE FUNCTION marsad_merge_list(stored jsonb, added jsonb, max_len integer) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT coalesce(jsonb_agg(value ORDER BY ord), '[]'::jsonb) FROM (
    SELECT value, ord FROM (
      SELECT value, ord FROM jsonb_array_elements(stored) WITH ORDINALITY AS s(value, ord)
      UNION ALL
      SELECT value, 1000000 + ord FROM jsonb_array_elements(added) WITH ORDINALITY AS a(value, ord)
      WHERE NOT stored @> jsonb_build_array(value)
    ) merged ORDER BY ord LIMIT greatest(max_len, jsonb_array_length(stored))
  ) kept
$fn$;

-- The weighted frequency of a phrase in a row, as FTS5's BM25 counts it (fts5_aux.c): its hits in
-- the title x title_weight plus its hits in the body x body_weight. A phrase is its tokens, and it
-- occurs where they sit at consecutive positions. Single tokens never come here (tf has them).
CREATE OR REPLACE FUNCTION marsad_phrase_freq(v tsvector, toks text[], title_weight float8, body_weight float8) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  WITH hits AS (
    SELECT u.lexeme, p.pos, p.w
    FROM unnest(v) AS u CROSS JOIN LATERAL unnest(u.positions, u.weights) AS p(pos, w)
    WHERE u.lexeme = ANY (toks)
  )
  SELECT coalesce(sum(CASE h.w WHEN 'A' THEN title_weight ELSE body_weight END), 0)
  FROM hits h
  WHERE h.lexeme = toks[1] AND NOT EXISTS (
    SELECT 1 FROM generate_series(2, cardinality(toks)) AS j
    WHERE NOT EXISTS (SELECT 1 FROM hits h2 WHERE h2.lexeme = toks[j] AND h2.pos = h.pos + j - 1))
$fn$;
`;
