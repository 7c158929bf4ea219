// Near-duplicates and stories at ingest, through the real pipeline and store: wire copies point at
// the earliest publisher, copies share a story, clustering resumes across separate ingests, and
// degenerate input (1,000 identical articles, one-word articles) neither crashes nor chains.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { ingestPaths } from './ingest.ts';
import { ArchiveClustering } from './clustering.ts';
import { prepareForStore, processDocument } from './process.ts';
import { RelatedFinder } from './related.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-clustering-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const WIRE = [
  'الدوحة (وكالة أنباء الواحة) – أعلنت وزارة الزراعة، الأحد، خطة لزراعة مليون شجرة نخيل في المناطق الشرقية خلال خمس سنوات بكلفة 80 مليون دولار.',
  'وقال وزير الزراعة حمد الكواري إن الخطة تهدف إلى وقف زحف الرمال على القرى وتوفير فرص عمل للمزارعين الشباب في المنطقة.',
  'وأضاف أن الوزارة ستوزع الشتلات مجانا على المزارعين المسجلين، وستقيم مشاتل جديدة في ثلاث محافظات قبل نهاية العام.',
  'وتعاني المناطق الشرقية منذ سنوات من موجات جفاف متتالية أدت إلى تراجع المساحات المزروعة بنسبة كبيرة وهجرة عدد من السكان.',
];

function record(source: string, url: string, date: string, title: string, paragraphs: string[]): string {
  return JSON.stringify({ source, url, date_extracted: date, title, content: paragraphs.join('\n\n') });
}

describe('clustering at ingest', () => {
  const db = join(dir, 'stories.db');

  it('a wire copy with a byline and a dropped paragraph is a duplicate of the earliest publisher, in the same story', async () => {
    const first = join(dir, 'day1.jsonl');
    // The later copy is listed first: the earliest publisher is decided by date, not input order.
    writeFileSync(first, [
      record('ب', 'https://b.example/2', '2026-05-03 12:00:00', 'مليون نخلة لوقف زحف الرمال', ['كتب: سامي علي', ...WIRE.slice(0, 3)]),
      record('أ', 'https://a.example/1', '2026-05-03 08:00:00', 'خطة لزراعة مليون نخلة في الشرق', WIRE),
    ].join('\n'));
    const store = new SqliteStore(db);
    await ingestPaths([first], store, { workers: 0 });
    const [copy, original] = await Promise.all(['https://b.example/2', 'https://a.example/1'].map(async (url) => {
      const page = await store.listArticles({ limit: 10 });
      return store.getArticle(page.items.find((i) => i.url === url)!.id);
    }));
    assert.equal(copy!.duplicateOf, original!.id);
    assert.equal(original!.duplicateOf, undefined);
    assert.equal(copy!.storyId, original!.storyId);
    const story = await store.getStory(original!.storyId!);
    assert.deepEqual(story!.articles.map((a) => a.source), ['أ', 'ب'], 'time order, first publisher first');
    await store.close();
  });

  it('a later ingest resumes the same groups and stories; a follow-up story is not a duplicate', async () => {
    const second = join(dir, 'day2.jsonl');
    writeFileSync(second, [
      record('ج', 'https://c.example/3', '2026-05-03 15:00:00', 'الزراعة: مليون نخلة خلال خمس سنوات', [WIRE[0], WIRE[1], WIRE[3]]),
      record('أ', 'https://a.example/4', '2026-05-04 09:00:00', 'مزارعون يرحبون بخطة النخيل ويطالبون بالمياه', [
        'الأحساء – رحب مزارعون في المناطق الشرقية بخطة الوزارة، لكنهم قالوا إن المياه هي المشكلة الأولى قبل الشتلات.',
        'وقال المزارع سالم المري إن الآبار جفت في قريته، وإن أي شجرة جديدة تحتاج إلى ري منتظم في الصيف الطويل.',
        WIRE[3],
        'وطالب المزارعون بحفر آبار جديدة وبناء خزانات قبل توزيع الشتلات في الخريف المقبل، كما طالبوا بدعم أسعار الوقود.',
      ]),
    ].join('\n'));
    const store = new SqliteStore(db);
    await ingestPaths([second], store, { workers: 0 });
    const items = (await store.listArticles({ limit: 10 })).items;
    const byUrl = async (url: string) => store.getArticle(items.find((i) => i.url === url)!.id);
    const original = await byUrl('https://a.example/1');
    const thirdCopy = await byUrl('https://c.example/3');
    const followUp = await byUrl('https://a.example/4');
    assert.equal(thirdCopy!.duplicateOf, original!.id, 'the copy from a later run joins the group');
    assert.equal(thirdCopy!.storyId, original!.storyId);
    assert.equal(followUp!.duplicateOf, undefined, 'reusing one background paragraph is not copying');
    const related = await new RelatedFinder(store).find(original!);
    assert.deepEqual(related.filter((r) => r.reason === 'duplicate').map((r) => r.id).sort(),
      [items.find((i) => i.url === 'https://b.example/2')!.id, thirdCopy!.id].sort());
    assert.ok(related.some((r) => r.id === followUp!.id), 'the follow-up is related');
    assert.equal((await store.stats()).duplicates, 2);
    await store.close();
  });

  it('1,000 identical articles and one-word articles: one group, no crash, no giant story of unrelated articles', async () => {
    const file = join(dir, 'flood.jsonl');
    const lines: string[] = [];
    for (let i = 0; i < 1000; i++) lines.push(record('ن', `https://n.example/${i}`, '2026-06-01 10:00:00', 'بيان', WIRE));
    for (let i = 0; i < 30; i++) lines.push(record('ك', `https://k.example/${i}`, '2026-06-01 10:00:00', `كلمة ${i}`, [`كلمة${i}`]));
    writeFileSync(file, lines.join('\n'));
    const store = new SqliteStore(join(dir, 'flood.db'));
    const summary = await ingestPaths([file], store, { workers: 2 });
    assert.equal(summary.ingested, 1030);
    const stats = await store.stats();
    assert.equal(stats.duplicates, 999);
    const stories = await store.listStories({ limit: 3 });
    assert.equal(stories.items[0].size, 1000);
    assert.equal(stories.items[1].size, 1, 'one-word articles do not chain into a story');
    await store.close();
  });

  it('with no duplicate details kept in memory, the stored fingerprints are read back and the copy is still found', async () => {
    const file = join(dir, 'original.jsonl');
    writeFileSync(file, record('أ', 'https://a.example/10', '2026-07-01 08:00:00', 'خطة لزراعة مليون نخلة في الشرق', WIRE));
    const store = new SqliteStore(join(dir, 'recall.db'));
    await ingestPaths([file], store, { workers: 0 });
    const [original] = (await store.listArticles({ limit: 1 })).items;
    const clustering = await ArchiveClustering.open(store, { recentDetails: 0 });
    const line = record('ب', 'https://b.example/11', '2026-07-01 12:00:00', 'مليون نخلة لوقف زحف الرمال', ['كتب: سامي علي', ...WIRE.slice(0, 3)]);
    const raw = { origin: 'copy.jsonl:1', bytes: Buffer.from(line), format: 'record' as const };
    const copy = prepareForStore(processDocument(raw), raw);
    await clustering.place([copy]);
    assert.equal(copy.article.duplicateOf, original.id);
    await store.close();
  });
});
