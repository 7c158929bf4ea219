// `marsad ingest` into PostgreSQL builds the archive it builds into SQLite: the same articles with
// the same near-duplicate groups and stories, the same entities and counts, also when a second
// ingest resumes the clustering from what the first one stored.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ingestPaths } from '../../pipeline/ingest.ts';
import { requirePostgres, startTestPostgres, type TestPostgres } from '../pg-test-server.ts';
import { SqliteStore } from '../sqlite/sqlite-store.ts';
import { PostgresStore } from './postgres-store.ts';
import { archiveSnapshot, requireSample, SAMPLE_NOW, writeSampleJsonl } from './test-data.ts';

const skip = requirePostgres().skip || requireSample().skip;

describe('ingest into PostgreSQL and into SQLite', { skip }, () => {
  let server: TestPostgres;
  let dir: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-ingest-agree-'));
    writeSampleJsonl(join(dir, 'first.jsonl'), 200);
    writeSampleJsonl(join(dir, 'second.jsonl'), 200, 200);
    server = await startTestPostgres();
  });
  after(async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the same archive from the same input, and after a second ingest that resumes clustering', async () => {
    const sqlite = new SqliteStore(join(dir, 'archive.db'));
    const postgres = await PostgresStore.open(server.url);
    for (const part of ['first.jsonl', 'second.jsonl']) {
      for (const store of [sqlite, postgres]) await ingestPaths([join(dir, part)], store, { now: SAMPLE_NOW, workers: 0 });
      const [expected, actual] = await Promise.all([archiveSnapshot(sqlite), archiveSnapshot(postgres)]);
      assert.ok(expected.stats.stories > 0 && expected.stats.duplicates > 0, 'the sample has stories and wire copies');
      assert.deepEqual(actual.ids, expected.ids, part);
      assert.deepEqual(actual.articles, expected.articles, `${part}: articles whole, with their stories and duplicate groups`);
      assert.deepEqual(actual.entities, expected.entities, part);
      assert.deepEqual(actual.stories, expected.stories, part);
      assert.deepEqual(actual.stats, expected.stats, part);
      assert.deepEqual(await postgres.loadVocabulary(), await sqlite.loadVocabulary(), part);
    }
    await sqlite.close();
    await postgres.close();
  });
});
