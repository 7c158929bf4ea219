// The Store port's contract: one suite every adapter runs (STYLE.md rule 7), so SQLite and
// PostgreSQL behave the same. An adapter's test file calls runStoreContract with a factory.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../core/types.ts';
import { parseQuery } from '../search/query.ts';
import { indexTerms } from '../search/index-terms.ts';
import type { ArticleToStore, Store } from './port.ts';

function article(id: string, fields: Partial<Article> = {}): Article {
  const paragraphs = fields.paragraphs ?? ['فقرة أولى عن ليبيا.', 'فقرة ثانية عن الانتخابات.'];
  return {
    id, title: `عنوان ${id}`, authors: [], language: 'ar', paragraphs, text: paragraphs.join('\n\n'),
    diagnostics: [], firstSeenAt: '2026-01-01T00:00:00.000Z', ...fields,
  };
}

function item(a: Article): ArticleToStore {
  return {
    article: a,
    raw: { id: `raw-${a.id}`, origin: `${a.id}.txt`, format: 'text', bytes: new TextEncoder().encode(a.text) },
    titleTerms: indexTerms(a.title),
    bodyTerms: indexTerms(a.text),
  };
}

export function runStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    it('stores an article and reads it back whole', async () => {
      const store = await open();
      const a = article('a1', { source: 'الأفق', url: 'https://x.example/1', authors: ['ليلى حداد'], section: 'اقتصاد',
        standfirst: 'موجز', dateline: 'طرابلس', publishedAt: '2026-02-03T10:00:00Z', paragraphs: ['واحد', 'اثنان'] });
      a.text = a.paragraphs.join('\n\n');
      assert.deepEqual(await store.putArticles([item(a)]), { ingested: ['a1'], duplicates: [] });
      const back = await store.getArticle('a1');
      assert.deepEqual(back, a);
      await store.close();
    });

    it('the same article twice is stored once and counted as a duplicate', async () => {
      const store = await open();
      await store.putArticles([item(article('d1'))]);
      const second = await store.putArticles([item(article('d1')), item(article('d2')), item(article('d2'))]);
      assert.deepEqual(second, { ingested: ['d2'], duplicates: ['d1', 'd2'] });
      assert.equal((await store.stats()).articles, 2);
      await store.close();
    });

    it('keeps the raw input so an article can be re-extracted', async () => {
      const store = await open();
      const a = article('r1');
      await store.putArticles([item(a)]);
      const raw = await store.getRaw('raw-r1');
      assert.ok(raw);
      assert.equal(new TextDecoder().decode(raw.bytes), a.text);
      assert.equal(raw.origin, 'r1.txt');
      await store.close();
    });

    it('counts a query\'s hits per outlet, ignoring the outlet filter but not the dates', async () => {
      const store = await open();
      await store.putArticles([
        item(article('f1', { source: 'أ', publishedAt: '2026-01-01T00:00:00Z' })),
        item(article('f2', { source: 'ب', publishedAt: '2026-01-03T00:00:00Z' })),
        item(article('f3', { source: 'أ', publishedAt: '2026-01-05T00:00:00Z' })),
        item(article('f4', { source: 'ب', publishedAt: '2026-01-05T00:00:00Z', paragraphs: ['لا شيء هنا عن ذلك البلد.'] })),
      ]);
      assert.deepEqual(await store.searchFacets(parseQuery('ليبيا'), { source: 'ب' }), [{ source: 'أ', articles: 2 }, { source: 'ب', articles: 1 }]);
      assert.deepEqual(await store.searchFacets(parseQuery('ليبيا'), { from: '2026-01-02' }), [{ source: 'أ', articles: 1 }, { source: 'ب', articles: 1 }]);
      assert.deepEqual(await store.searchFacets(parseQuery('كوكب')), []);
      await store.close();
    });

    it('outlets a search counts on the way, when the store does, are the facets of the same query and dates', async () => {
      const store = await open();
      await store.putArticles(['أ', 'ب', 'أ', 'ج', 'أ'].map((source, i) => item(article(`o${i}`, { source, publishedAt: `2026-01-0${i + 1}T00:00:00Z` }))));
      const query = parseQuery('ليبيا الانتخابات');
      for (const options of [{}, { from: '2026-01-03' }]) {
        const page = await store.search(query, { ...options, limit: 2, outletCountsUpTo: 100 });
        assert.equal(page.total, options.from ? 3 : 5);
        if (page.outlets) assert.deepEqual(page.outlets, await store.searchFacets(query, options));
      }
      await store.close();
    });

    it('iterates every kept raw input in id order, or only those fetched from a URL', async () => {
      const store = await open();
      const fetched = item(article('w1'));
      fetched.raw = { ...fetched.raw!, url: 'https://x.example/w1', contentType: 'text/html', fetchedAt: '2026-01-02T00:00:00Z' };
      await store.putArticles([item(article('w2')), fetched, item(article('w3'))]);
      const all = [];
      for await (const raw of store.rawDocuments()) all.push(raw.id);
      assert.deepEqual(all, ['raw-w1', 'raw-w2', 'raw-w3']);
      const withUrl = [];
      for await (const raw of store.rawDocuments({ withUrlOnly: true })) withUrl.push(raw);
      assert.deepEqual(withUrl.map((r) => [r.id, r.url, r.contentType]), [['raw-w1', 'https://x.example/w1', 'text/html']]);
      assert.equal(new TextDecoder().decode(withUrl[0].bytes), fetched.article.text);
      await store.close();
    });

    it('lists newest first with filters by source and date', async () => {
      const store = await open();
      await store.putArticles([
        item(article('l1', { source: 'أ', publishedAt: '2026-01-01T00:00:00Z' })),
        item(article('l2', { source: 'ب', publishedAt: '2026-01-03T00:00:00Z' })),
        item(article('l3', { source: 'أ', publishedAt: '2026-01-05T00:00:00Z' })),
      ]);
      const all = await store.listArticles();
      assert.deepEqual(all.items.map((i) => i.id), ['l3', 'l2', 'l1']);
      assert.equal(all.total, 3);
      const fromA = await store.listArticles({ source: 'أ' });
      assert.deepEqual(fromA.items.map((i) => i.id), ['l3', 'l1']);
      const window = await store.listArticles({ from: '2026-01-02', to: '2026-01-03' });
      assert.deepEqual(window.items.map((i) => i.id), ['l2']);
      await store.close();
    });

    it('searches with BM25: a title hit ranks above a body hit, exclusions remove', async () => {
      const store = await open();
      await store.putArticles([
        item(article('s1', { title: 'الطقس اليوم', paragraphs: ['تحدث الوزير عن ليبيا مرة واحدة.'] })),
        item(article('s2', { title: 'ليبيا والانتخابات', paragraphs: ['ليبيا تستعد للانتخابات في ليبيا.'] })),
        item(article('s3', { title: 'الاقتصاد', paragraphs: ['لا ذكر للبلد هنا.'] })),
      ]);
      const hits = await store.search(parseQuery('ليبيا'));
      assert.equal(hits.total, 2);
      assert.deepEqual(hits.items.map((h) => h.id), ['s2', 's1']);
      assert.ok(hits.items[0].score > hits.items[1].score);
      const excluded = await store.search(parseQuery('ليبيا -الانتخابات'));
      assert.deepEqual(excluded.items.map((h) => h.id), ['s1']);
      await store.close();
    });

    it('merges an entity across articles: variants, roles, counts, timeline, co-mentions', async () => {
      const store = await open();
      const text1 = 'قال القائم بالأعمال ستيفاني وليامز إن فايز السراج التقى وليامز.';
      const text2 = 'وأعلنت ويليامز دعمها.';
      const a1 = article('e1', { paragraphs: [text1], publishedAt: '2026-03-01T09:00:00Z', entities: [
        { text: 'ستيفاني وليامز', type: 'PER', start: 20, end: 34, entityId: 'per:williams', canonical: 'ستيفاني وليامز', role: 'القائم بالأعمال' },
        { text: 'فايز السراج', type: 'PER', start: 38, end: 49, entityId: 'per:sarraj', canonical: 'فايز السراج' },
        { text: 'وليامز', type: 'PER', start: 56, end: 62, entityId: 'per:williams', canonical: 'ستيفاني وليامز' },
      ] });
      a1.text = text1;
      const a2 = article('e2', { paragraphs: [text2], publishedAt: '2026-03-02T09:00:00Z', entities: [
        { text: 'ويليامز', type: 'PER', start: 6, end: 13, entityId: 'per:williams', canonical: 'ستيفاني وليامز' },
      ] });
      a2.text = text2;
      await store.putArticles([item(a1), item(a2)]);
      const entity = await store.getEntity('per:williams');
      assert.ok(entity);
      assert.equal(entity.mentions, 3);
      assert.equal(entity.articles, 2);
      assert.deepEqual(entity.variants.sort(), ['ستيفاني وليامز', 'وليامز', 'ويليامز'].sort());
      assert.deepEqual(entity.roles, ['القائم بالأعمال']);
      assert.deepEqual(await store.entityTimeline('per:williams'), [{ day: '2026-03-01', mentions: 2 }, { day: '2026-03-02', mentions: 1 }]);
      assert.deepEqual((await store.entityArticles('per:williams')).items.map((i) => i.id), ['e2', 'e1']);
      const co = await store.coMentions('per:williams');
      assert.deepEqual(co.map((c) => [c.id, c.together]), [['per:sarraj', 1]]);
      const top = await store.listEntities({ type: 'PER' });
      assert.deepEqual(top.items.map((e) => e.id), ['per:williams', 'per:sarraj']);
      const byName = await store.listEntities({ name: 'السّرّاج' });
      assert.deepEqual(byName.items.map((e) => e.id), ['per:sarraj']);
      assert.equal((await store.stats()).entities, 2);
      await store.close();
    });

    it('a surname alone joins the one full name the archive knows; shared surnames stay apart', async () => {
      const store = await open();
      const mention = (text: string, entityId: string, canonical: string, start = 0) =>
        ({ text, type: 'PER' as const, start, end: start + text.length, entityId, canonical });
      const full = article('p1', { paragraphs: ['التقى فايز السراج الوفد.'], entities: [mention('فايز السراج', 'per:sarraj', 'فايز السراج', 6)] });
      full.text = full.paragraphs[0];
      const alone = article('p2', { paragraphs: ['وقال السرّاج إن اللقاء مهم.'], entities: [mention('السرّاج', 'per:alone', 'السرّاج', 5)] });
      alone.text = alone.paragraphs[0];
      await store.putArticles([item(full)]);
      await store.putArticles([item(alone)]);
      assert.equal((await store.getArticle('p2'))!.entities![0].entityId, 'per:sarraj');
      assert.equal((await store.getEntity('per:sarraj'))!.articles, 2);
      assert.equal(await store.getEntity('per:alone'), undefined);

      const first = article('p3', { paragraphs: ['محمد بن سلمان'], entities: [mention('محمد بن سلمان', 'per:mbs', 'محمد بن سلمان')] });
      const second = article('p4', { paragraphs: ['خالد بن سلمان'], entities: [mention('خالد بن سلمان', 'per:kbs', 'خالد بن سلمان')] });
      const surname = article('p5', { paragraphs: ['سلمان'], entities: [mention('سلمان', 'per:salman', 'سلمان')] });
      await store.putArticles([item(first), item(second)]);
      await store.putArticles([item(surname)]);
      assert.equal((await store.getArticle('p5'))!.entities![0].entityId, 'per:salman', 'two people share the name: no guess');
      await store.close();
    });

    it('a shorter form of a name joins the one longer name the archive knows: its first words, or its first and last', async () => {
      const store = await open();
      const mention = (text: string, entityId: string) => ({ text, type: 'PER' as const, start: 0, end: text.length, entityId, canonical: text });
      const saying = (id: string, name: string, entityId: string) => {
        const a = article(id, { paragraphs: [name], entities: [mention(name, entityId)] });
        a.text = name;
        return item(a);
      };
      await store.putArticles([saying('l1', 'عادل بن أحمد الجبير', 'per:jubeir'), saying('l2', 'سلمان بن عبدالعزيز آل سعود', 'per:king')]);
      // In one batch the later article sees the earlier one: عادل الجبير (first and last) and
      // سلمان بن عبدالعزيز (first words) join; محمد بن سلمان fits two longer names and joins neither.
      await store.putArticles([saying('l3', 'عادل الجبير', 'per:short-jubeir'), saying('l4', 'سلمان بن عبدالعزيز', 'per:short-king'),
        saying('l5', 'محمد بن سلمان بن عبدالعزيز', 'per:mbs'), saying('l6', 'محمد بن سلمان الدوسري', 'per:other'),
        saying('l7', 'محمد بن سلمان', 'per:short-mbs')]);
      const idOf = async (id: string) => (await store.getArticle(id))!.entities![0].entityId;
      assert.equal(await idOf('l3'), 'per:jubeir');
      assert.equal(await idOf('l4'), 'per:king');
      assert.equal(await idOf('l7'), 'per:short-mbs', 'two longer names start the same way: no guess');
      assert.equal((await store.getEntity('per:jubeir'))!.articles, 2);
      await store.close();
    });

    it('keeps quotes with their speakers, found by speaker in any spelling and by entity', async () => {
      const store = await open();
      const text = 'وقالت وليامز إن “الحل الدائم الوحيد لليبيا هو تجاوز المأزق”.';
      const a = article('q1', { paragraphs: [text], entities: [
        { text: 'وليامز', type: 'PER', start: 6, end: 12, entityId: 'per:williams', canonical: 'ستيفاني وليامز' },
        { text: 'لليبيا', type: 'LOC', start: 35, end: 41, entityId: 'loc:libya', canonical: 'ليبيا' },
      ], quotes: [
        { text: '“الحل الدائم الوحيد لليبيا هو تجاوز المأزق”', start: 16, end: 60, direct: true, cue: 'وقالت',
          speaker: { text: 'وليامز', entityId: 'per:williams', canonical: 'ستيفاني وليامز' } },
      ] });
      a.text = text;
      await store.putArticles([item(a)]);
      const bySpeaker = await store.listQuotes({ speaker: 'ستيفانى وليامز' });
      assert.equal(bySpeaker.total, 1);
      const quote = bySpeaker.items[0];
      assert.equal(quote.articleId, 'q1');
      assert.equal(quote.direct, true);
      assert.equal(quote.speaker?.canonical, 'ستيفاني وليامز');
      assert.equal((await store.listQuotes({ entityId: 'per:williams' })).total, 1);
      assert.equal((await store.listQuotes({ aboutEntityId: 'loc:libya' })).total, 1);
      assert.equal((await store.listQuotes({ aboutEntityId: 'per:williams' })).total, 0);
      assert.equal((await store.stats()).quotes, 1);
      await store.close();
    });

    it('counts what it holds', async () => {
      const store = await open();
      await store.putArticles([item(article('c1', { source: 'أ' })), item(article('c2', { source: 'ب' }))]);
      const stats = await store.stats();
      assert.equal(stats.articles, 2);
      assert.equal(stats.sources, 2);
      assert.equal(stats.rawDocuments, 2);
      assert.deepEqual((await store.sources()).map((s) => s.articles), [1, 1]);
      await store.close();
    });
  });
}
