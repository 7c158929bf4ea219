// Batch ingest through the worker pool: every input accounted for, in order, nothing lost.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { ingestPaths, type ItemReport } from './ingest.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function record(i: number): string {
  if (i % 50 === 7) return JSON.stringify({ title: `سجل بلا نص ${i}` });
  return JSON.stringify({
    source: i % 2 ? 'الأفق' : 'المساء',
    url: `https://example.test/news/${i}`,
    title: `خبر رقم ${i} عن الطقس في المدينة`,
    content: `الرياض – قال المتحدث باسم الهيئة إن الخبر رقم ${i} يتناول الطقس.\n\nوأضاف أن درجات الحرارة سترتفع ${i % 9} درجات.`,
  });
}

describe('ingestPaths with worker threads', () => {
  it('ingests 450 records in input order, rejects the bad ones by line, and is idempotent', async () => {
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, `${Array.from({ length: 450 }, (_, i) => record(i)).join('\n')}\n`);
    const store = new SqliteStore(join(dir, 'pool.db'));
    const reports: ItemReport[] = [];
    const summary = await ingestPaths([file], store, { workers: 2, batchSize: 64, onItem: (r) => reports.push(r) });
    const bad = Array.from({ length: 450 }, (_, i) => i).filter((i) => i % 50 === 7).length;
    assert.deepEqual(summary, { ingested: 450 - bad, duplicates: 0, rejected: bad });
    const rejectedLines = reports.filter((r) => r.status === 'rejected').map((r) => Number(r.origin.split(':').pop()));
    assert.deepEqual(rejectedLines, Array.from({ length: 450 }, (_, i) => i).filter((i) => i % 50 === 7).map((i) => i + 1));
    const ingestedLines = reports.filter((r) => r.status === 'ingested').map((r) => Number(r.origin.split(':').pop()));
    assert.deepEqual(ingestedLines, [...ingestedLines].sort((a, b) => a - b), 'reports come in input order');
    assert.equal((await store.stats()).articles, 450 - bad);

    const again = await ingestPaths([file], store, { workers: 2 });
    assert.deepEqual(again, { ingested: 0, duplicates: 450 - bad, rejected: bad });
    await store.close();
  });

  it('gives the same articles with and without workers', async () => {
    const file = join(dir, 'same.jsonl');
    writeFileSync(file, `${Array.from({ length: 260 }, (_, i) => record(i + 1000)).join('\n')}\n`);
    const a = new SqliteStore(join(dir, 'a.db'));
    const b = new SqliteStore(join(dir, 'b.db'));
    await ingestPaths([file], a, { workers: 0 });
    await ingestPaths([file], b, { workers: 2 });
    const idsA = (await a.listArticles({ limit: 1000 })).items.map((i) => i.id).sort();
    const idsB = (await b.listArticles({ limit: 1000 })).items.map((i) => i.id).sort();
    assert.deepEqual(idsA, idsB);
    const one = idsA[0];
    const { firstSeenAt: _a, ...fromA } = (await a.getArticle(one))!;
    const { firstSeenAt: _b, ...fromB } = (await b.getArticle(one))!;
    assert.deepEqual(fromA, fromB);
    // Worker threads compress the raw input and encode the fingerprint themselves (the first 200
    // documents go inline, the rest through the pool): the store must keep the same of both.
    const fingerprintsA = await a.getFingerprints(idsA);
    const fingerprintsB = await b.getFingerprints(idsA);
    for (const id of idsA) {
      const rawA = (await a.getRaw((await a.getArticle(id))!.rawId!))!;
      const rawB = (await b.getRaw((await b.getArticle(id))!.rawId!))!;
      assert.deepEqual(Buffer.from(rawB.bytes), Buffer.from(rawA.bytes), id);
      assert.deepEqual(fingerprintsB.get(id), fingerprintsA.get(id), id);
    }
    await a.close();
    await b.close();
    // A worker sends back the deflated bytes only, with their size: the stored sizes are the same.
    const sizes = (name: string) => {
      const db = new Database(join(dir, name), { readonly: true });
      try { return db.prepare('SELECT id, size FROM raw_documents ORDER BY id').all(); } finally { db.close(); }
    };
    assert.deepEqual(sizes('b.db'), sizes('a.db'));
  });
});
