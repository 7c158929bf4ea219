// Stories are placed on the entity ids the articles are stored with: a surname alone that the
// archive resolves to a full name counts as that person in the story too (src/store/partial-names.ts).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { ingestPaths } from './ingest.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-entity-ids-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const records = [
  { source: 'الأفق', url: 'https://example.test/1', title: 'فايز السراج يلتقي المبعوث الأممي في طرابلس',
    content: 'طرابلس – التقى رئيس المجلس الرئاسي الليبي فايز السراج المبعوث الأممي في طرابلس اليوم لبحث الأزمة.\n\nوقال فايز السراج إن الحوار مستمر.' },
  { source: 'المساء', url: 'https://example.test/2', title: 'السراج يبحث مع الوفد الأوروبي الأزمة الليبية',
    content: 'طرابلس – بحث السراج مع الوفد الأوروبي في طرابلس الأزمة الليبية والحوار السياسي.\n\nوأكد السراج أن الحوار مستمر.' },
];

it('a surname alone that the archive resolves counts in its story as the full name it was stored with', async () => {
  const file = join(dir, 'two.jsonl');
  writeFileSync(file, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const store = new SqliteStore(join(dir, 'a.db'));
  await ingestPaths([file], store, { workers: 0, batchSize: 1 });
  const { items } = await store.listArticles({ limit: 10 });
  const [first, second] = await Promise.all(['https://example.test/1', 'https://example.test/2']
    .map(async (url) => (await store.getArticle(items.find((a) => a.url === url)!.id))!));
  const fullName = first.entities?.find((e) => e.type === 'PER' && e.text === 'فايز السراج');
  assert.ok(fullName?.entityId, 'the recogniser finds فايز السراج in the first article');
  const surname = second.entities?.filter((e) => e.type === 'PER' && e.text === 'السراج') ?? [];
  assert.ok(surname.length > 0, 'the recogniser finds السراج in the second article');
  assert.ok(surname.every((e) => e.entityId === fullName.entityId), 'stored with the full name\'s id');
  const stored = new Set([first, second].flatMap((a) => (a.entities ?? []).map((e) => e.entityId)));
  const { stories } = await store.loadClusteringState();
  const counted = stories.flatMap((s) => s.entityCounts.map(([id]) => id));
  assert.ok(counted.includes(fullName.entityId!));
  assert.deepEqual(counted.filter((id) => !stored.has(id)), [], 'stories count only ids the articles are stored with');
  await store.close();
});
