import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DuplicateIndex, decodeFingerprint, encodeFingerprint, fingerprint, type DedupInput } from './index.ts';

const FIXTURES = new URL('../../fixtures/dedup/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

function article(id: string, text: string, hoursAfter: number, extra: Partial<DedupInput> = {}): DedupInput {
  const firstSeenAt = new Date(Date.UTC(2015, 7, 4, 8) + hoursAfter * 3_600_000).toISOString();
  return { id, title: 'محطة تحلية جديدة في الرمال البيضاء', text, firstSeenAt, ...extra };
}

function indexWith(...articles: DedupInput[]): { index: DuplicateIndex; matches: ReturnType<DuplicateIndex['add']>[] } {
  const index = new DuplicateIndex();
  const matches = articles.map((a) => index.add(a, fingerprint(a)));
  return { index, matches };
}

const ORIGINAL = read('wire-copy/original.txt');

test('the same text at another URL is a duplicate of the first publisher', () => {
  const { matches } = indexWith(article('https://agency.example/1', ORIGINAL, 0), article('https://outlet.example/9', ORIGINAL, 3));
  assert.equal(matches[0], null);
  assert.equal(matches[1]?.duplicateOf, 'https://agency.example/1', 'help: wire-copy/original.txt at two URLs; rule in duplicate-index.ts');
  assert.equal(matches[1]?.similarity, 1);
  assert.deepEqual(matches[1]?.differingParagraphs, { added: [], removed: [] });
});

test('a copy with another byline and a boilerplate tail is a duplicate', () => {
  const { matches } = indexWith(article('agency', ORIGINAL, 0), article('outlet', read('wire-copy/byline-boilerplate.txt'), 2));
  assert.equal(matches[1]?.duplicateOf, 'agency', 'help: byline line and «رابط الخبر» tail are boilerplate (boilerplate.ts)');
  assert.deepEqual(matches[1]?.differingParagraphs, { added: [], removed: [] }, 'boilerplate lines are not counted as differing paragraphs');
});

test('a copy that drops a paragraph is a duplicate, and the dropped paragraph is reported', () => {
  const { matches } = indexWith(article('agency', ORIGINAL, 0), article('outlet', read('wire-copy/dropped-paragraph.txt'), 2));
  assert.equal(matches[1]?.duplicateOf, 'agency');
  assert.deepEqual(matches[1]?.differingParagraphs, { added: [], removed: [3] });
});

test('a copy with reordered paragraphs is a duplicate', () => {
  const { matches } = indexWith(article('agency', ORIGINAL, 0), article('outlet', read('wire-copy/reordered.txt'), 2));
  assert.equal(matches[1]?.duplicateOf, 'agency');
  assert.ok((matches[1]?.containment ?? 0) > 0.9);
});

test('a lightly edited wire copy is a duplicate', () => {
  const { matches } = indexWith(article('agency', ORIGINAL, 0), article('outlet', read('wire-copy/edited.txt'), 2));
  assert.equal(matches[1]?.duplicateOf, 'agency', `help: edited.txt rewrites a verb and shortens names; containment was ${matches[1]?.containment}`);
});

test('a follow-up that reuses two background paragraphs is not a duplicate', () => {
  const { matches } = indexWith(article('day-one', ORIGINAL, 0), article('day-two', read('follow-up/next-day.txt'), 24));
  assert.equal(matches[1], null, 'help: follow-up/next-day.txt shares 2 of 5 paragraphs; DUPLICATE_MIN_CONTAINMENT in config.ts');
});

test('the same announcement template for another person is not a duplicate', () => {
  const { matches } = indexWith(
    article('congratulation-a', read('template/congratulation-a.txt'), 0),
    article('congratulation-b', read('template/congratulation-b.txt'), 5),
  );
  assert.equal(matches[1], null, 'help: the names differ (rare terms); NOVEL_RARE_TERM_SHARE in config.ts');
});

test('the earliest publisher is decided by publication date, else first seen', () => {
  const index = new DuplicateIndex();
  const late = article('seen-first', ORIGINAL, 0, { publishedAt: '2015-08-04T12:00:00Z' });
  const early = article('published-first', ORIGINAL, 5, { publishedAt: '2015-08-04T06:00:00Z' });
  const third = article('third', ORIGINAL, 6);
  assert.equal(index.add(late, fingerprint(late)), null);
  const match = index.add(early, fingerprint(early));
  assert.equal(match?.duplicateOf, 'published-first', 'the article published earlier becomes the original though it arrived later');
  assert.deepEqual(match?.reassigned, ['seen-first']);
  assert.equal(index.add(third, fingerprint(third))?.duplicateOf, 'published-first');
  assert.equal(index.originalOf('seen-first'), 'published-first');
});

test('adding the same id twice does not duplicate it', () => {
  const index = new DuplicateIndex();
  const a = article('only', ORIGINAL, 0);
  index.add(a, fingerprint(a));
  assert.equal(index.add(a, fingerprint(a)), null);
  assert.equal(index.size, 1);
});

test('restore from stored rows keeps the groups and matches new copies', () => {
  const a = article('agency', ORIGINAL, 0);
  const b = article('outlet', read('wire-copy/dropped-paragraph.txt'), 2);
  const { index } = indexWith(a, b);
  const rows = [a, b].map((input) => ({
    id: input.id, fp: decodeFingerprint(encodeFingerprint(fingerprint(input))), firstSeenAt: input.firstSeenAt, duplicateOf: index.originalOf(input.id) === input.id ? null : index.originalOf(input.id),
  }));
  const restored = DuplicateIndex.restore(rows.reverse());
  assert.equal(restored.originalOf('outlet'), 'agency');
  const c = article('third', read('wire-copy/reordered.txt'), 4);
  assert.equal(restored.add(c, fingerprint(c))?.duplicateOf, 'agency');
});

test('empty and one-word articles are fingerprinted and never called copies', () => {
  const empty = article('empty', '', 0);
  const word = article('word', 'عاجل', 1);
  const { index, matches } = indexWith(empty, article('empty-2', '', 1), word, article('word-2', 'عاجل', 2));
  assert.deepEqual(matches, [null, null, null, null]);
  assert.equal(index.size, 4);
  assert.equal(fingerprint(empty).shingleCount, 0);
});

test('1,000 identical articles form one duplicate group of the first', () => {
  const index = new DuplicateIndex();
  let copies = 0;
  for (let i = 0; i < 1_000; i++) {
    const a = article(`copy-${i}`, ORIGINAL, i / 60);
    if (index.add(a, fingerprint(a))?.duplicateOf === 'copy-0') copies++;
  }
  assert.equal(copies, 999);
  const groups = [...index.groups()];
  assert.equal(groups.length, 1);
  assert.equal(groups[0].copies.length, 999);
});

test('a 5 MB article is fingerprinted within its bounds', () => {
  const huge = ORIGINAL.repeat(Math.ceil(5_000_000 / ORIGINAL.length));
  const fp = fingerprint(article('huge', huge, 0));
  assert.ok(huge.length >= 5_000_000);
  assert.ok(fp.shingles.length <= 20_000 && fp.paragraphHashes.length <= 400, 'help: MAX_SHINGLE_WORDS / MAX_PARAGRAPHS in config.ts');
  const { matches } = indexWith(article('huge', huge, 0), article('normal', ORIGINAL, 1));
  assert.equal(matches[1]?.duplicateOf, 'huge', 'the repeated text contains the original');
});

test('articles older than the memory horizon are forgotten, newer groups survive the compaction', () => {
  const index = new DuplicateIndex();
  const followUp = read('follow-up/next-day.txt');
  let inserted = 0;
  const add = (a: DedupInput) => { inserted++; return index.add(a, fingerprint(a)); };
  add(article('agency', ORIGINAL, 0));
  // Short items (too short to be bucketed) a few minutes apart carry the clock past the horizon.
  const filler = (from: number, to: number) => { for (let i = from; i < to; i++) add(article(`brief-${i}`, `موجز رقم ${i}`, i * 0.12)); };
  filler(1, 1000);
  add(article('recent', followUp, 121));
  assert.equal(add(article('recent-copy-1', followUp, 122))?.duplicateOf, 'recent');
  filler(1000, 2100);
  assert.ok(index.size < inserted, `help: ${index.size} of ${inserted} held; MEMORY_HORIZON_DAYS in config.ts`);
  assert.equal(add(article('agency-copy', ORIGINAL, 253)), null, 'an original beyond the horizon is not in memory any more');
  assert.equal(add(article('recent-copy-2', followUp, 253))?.duplicateOf, 'recent', 'a group within the horizon survives compaction');
  assert.equal(index.originalOf('recent-copy-1'), 'recent');
});

/** Every fixture text, as articles an hour apart: copies, a follow-up, templates and unrelated news. */
function fixtureArticles(): DedupInput[] {
  const names = ['wire-copy/original.txt', 'template/congratulation-a.txt', 'wire-copy/edited.txt', 'unrelated/stories.txt',
    'wire-copy/dropped-paragraph.txt', 'follow-up/next-day.txt', 'template/congratulation-b.txt', 'wire-copy/reordered.txt',
    'unrelated/boilerplate.txt', 'wire-copy/byline-boilerplate.txt', 'wire-copy/original.txt'];
  return names.map((name, i) => article(`${i}-${name}`, read(name), i));
}

test('an index that keeps no details but loads what detailsToLoad names decides as one that keeps them all', () => {
  const articles = fixtureArticles();
  const stored = new Map(articles.map((a) => [a.id, decodeFingerprint(encodeFingerprint(fingerprint(a)))]));
  const { matches: keepingAll } = indexWith(...articles);
  const loading = new DuplicateIndex();
  let loaded = 0;
  const matches = articles.map((a) => {
    loading.trimDetails(0);
    const fp = fingerprint(a);
    const missing = loading.detailsToLoad([{ id: a.id, fp }]);
    loaded += missing.length;
    loading.supplyFingerprints(missing.map((id) => [id, stored.get(id)!]));
    return loading.add(a, fp);
  });
  assert.deepEqual(matches, keepingAll);
  assert.ok(keepingAll.filter((m) => m !== null).length >= 4, 'the fixtures hold several copies');
  assert.ok(loaded > 0 && loaded < articles.length * (articles.length - 1) / 2, `help: ${loaded} loads; MinHash rules out unrelated candidates first`);
});

test('detailsToLoad names the original of an id added again, and nothing for unrelated articles', () => {
  const a = article('agency', ORIGINAL, 0);
  const b = article('outlet', read('wire-copy/edited.txt'), 1);
  const { index } = indexWith(a, b);
  index.trimDetails(0);
  assert.deepEqual(index.detailsToLoad([{ id: 'outlet', fp: fingerprint(b) }]).sort(), ['agency', 'outlet']);
  const unrelated = article('weather', read('unrelated/stories.txt'), 2);
  assert.deepEqual(index.detailsToLoad([{ id: unrelated.id, fp: fingerprint(unrelated) }]), []);
});

test('a candidate whose details cannot be loaded is not called an original', () => {
  const a = article('agency', ORIGINAL, 0);
  const index = new DuplicateIndex();
  index.add(a, fingerprint(a));
  index.trimDetails(0);
  const copy = article('outlet', read('wire-copy/reordered.txt'), 1);
  assert.deepEqual(index.detailsToLoad([{ id: copy.id, fp: fingerprint(copy) }]), ['agency']);
  assert.equal(index.add(copy, fingerprint(copy)), null, 'nothing supplied: the pair is not compared');
});
