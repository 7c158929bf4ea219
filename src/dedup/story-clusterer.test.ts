import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { StoryClusterer, fingerprint, type DedupInput } from './index.ts';

const FIXTURES = new URL('../../fixtures/dedup/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const paragraphs = (text: string) => text.trim().split(/\n\s*\n/);

function article(id: string, title: string, text: string, hoursAfter: number, extra: Partial<DedupInput> = {}): DedupInput {
  return { id, title, text, firstSeenAt: new Date(Date.UTC(2015, 7, 4, 8) + hoursAfter * 3_600_000).toISOString(), ...extra };
}

function assign(clusterer: StoryClusterer, input: DedupInput, duplicateOf?: string) {
  return clusterer.assign(input, fingerprint(input), { duplicateOf });
}

const ORIGINAL = read('wire-copy/original.txt');
const FOLLOW_UP = read('follow-up/next-day.txt');
const UNRELATED = paragraphs(read('unrelated/stories.txt'));
const BOILERPLATE = read('unrelated/boilerplate.txt').trim();

test('a follow-up on the next day joins the story of the original', () => {
  const clusterer = new StoryClusterer();
  const first = assign(clusterer, article('day-one', 'افتتاح محطة تحلية جديدة في الرمال البيضاء', ORIGINAL, 0));
  const second = assign(clusterer, article('day-two', 'المياه المحلاة تصل إلى أحياء الرمال البيضاء', FOLLOW_UP, 24));
  assert.equal(first.isNew, true);
  assert.equal(second.storyId, first.storyId, `help: follow-up/next-day.txt scored ${second.similarity}; STORY_JOIN_SIMILARITY in config.ts`);
});

test('a copy joins the story of the article it copies', () => {
  const clusterer = new StoryClusterer();
  const first = assign(clusterer, article('agency', 'محطة تحلية', ORIGINAL, 0));
  const copy = assign(clusterer, article('outlet', 'خبر', read('wire-copy/edited.txt'), 1), 'agency');
  assert.deepEqual(copy, { storyId: first.storyId, isNew: false, similarity: 1 });
});

test('unrelated articles sharing a long boilerplate paragraph do not chain into one story', () => {
  const clusterer = new StoryClusterer();
  const ids = new Set<string>();
  UNRELATED.forEach((story, i) => {
    const a = article(`unrelated-${i}`, story.split(' ').slice(0, 6).join(' '), `${story}\n\n${BOILERPLATE}`, i);
    ids.add(assign(clusterer, a).storyId);
  });
  assert.equal(ids.size, UNRELATED.length, 'help: each of unrelated/stories.txt must be its own story; MAX_TERM_WEIGHT and the centroid comparison guard against chaining');
});

test('a story does not take an article from beyond its time window', () => {
  const clusterer = new StoryClusterer();
  const first = assign(clusterer, article('day-one', 'افتتاح محطة تحلية جديدة في الرمال البيضاء', ORIGINAL, 0));
  const late = assign(clusterer, article('week-later', 'المياه المحلاة تصل إلى أحياء الرمال البيضاء', FOLLOW_UP, 24 * 7));
  assert.notEqual(late.storyId, first.storyId, 'STORY_WINDOW_DAYS is 3 days from the story\'s last article');
});

test('shared entities raise the similarity to a story', () => {
  const withEntities = new StoryClusterer();
  const without = new StoryClusterer();
  const entities = ['entity:salem-alkathiri', 'entity:white-sands'];
  assign(withEntities, article('a', 'افتتاح محطة', ORIGINAL, 0, { entityIds: entities }));
  assign(without, article('a', 'افتتاح محطة', ORIGINAL, 0));
  const scored = assign(withEntities, article('b', 'المياه تصل', FOLLOW_UP, 20, { entityIds: entities }));
  const plain = assign(without, article('b', 'المياه تصل', FOLLOW_UP, 20));
  assert.ok(scored.similarity > plain.similarity, `${scored.similarity} should exceed ${plain.similarity}`);
});

test('the story title is the most central headline and the story lists its outlets and dates', () => {
  const clusterer = new StoryClusterer();
  const central = 'افتتاح محطة تحلية جديدة لهيئة المياه في الرمال البيضاء';
  const { storyId } = assign(clusterer, article('a', 'عاجل', ORIGINAL, 0, { source: 'agency' }));
  assign(clusterer, article('b', central, read('wire-copy/edited.txt'), 2, { source: 'outlet' }), 'a');
  assign(clusterer, article('c', 'هيئة المياه تفتتح محطة تحلية في الرمال البيضاء', read('wire-copy/reordered.txt'), 3, { source: 'outlet' }), 'a');
  const story = clusterer.story(storyId)!;
  assert.notEqual(story.title, 'عاجل', 'a headline that shares nothing with the story is not its title');
  assert.deepEqual(story.sources, ['agency', 'outlet']);
  assert.deepEqual(story.articleIds, ['a', 'b', 'c']);
  assert.equal(story.firstSeen, '2015-08-04T08:00:00.000Z');
  assert.equal(story.lastSeen, '2015-08-04T11:00:00.000Z');
});

test('restore from JSON story states continues the same stories', () => {
  const clusterer = new StoryClusterer();
  const first = assign(clusterer, article('day-one', 'افتتاح محطة تحلية جديدة في الرمال البيضاء', ORIGINAL, 0));
  UNRELATED.slice(0, 4).forEach((story, i) => assign(clusterer, article(`other-${i}`, 'خبر', story, i + 1)));
  const saved = JSON.parse(JSON.stringify({ stories: [...clusterer.stories()], vocabulary: clusterer.vocabulary() }));
  const restored = StoryClusterer.restore(saved.stories, saved.vocabulary);
  assert.deepEqual([...restored.stories()], saved.stories, 'states survive a JSON round trip unchanged');
  assert.equal(restored.storyOf('day-one'), first.storyId);
  const next = assign(restored, article('day-two', 'المياه المحلاة تصل إلى أحياء الرمال البيضاء', FOLLOW_UP, 24));
  assert.equal(next.storyId, first.storyId);
});

test('empty and one-word articles each get a story without error', () => {
  const clusterer = new StoryClusterer();
  const a = assign(clusterer, article('empty', '', '', 0));
  const b = assign(clusterer, article('word', '', 'عاجل', 1));
  assert.equal(a.isNew, true);
  assert.equal(typeof b.storyId, 'string');
});

test('stories that ended beyond the memory horizon are forgotten', () => {
  const clusterer = new StoryClusterer();
  const first = assign(clusterer, article('day-one', 'افتتاح محطة تحلية جديدة في الرمال البيضاء', ORIGINAL, 0));
  // Other news every few minutes for ten days (more than PRUNE_EVERY articles).
  for (let i = 0; i < 2100; i++) assign(clusterer, article(`other-${i}`, `خبر ${i}`, UNRELATED[i % UNRELATED.length], 1 + i * 0.12));
  assert.equal(clusterer.storyOf('day-one'), undefined, 'help: MEMORY_HORIZON_DAYS in config.ts; prune() forgets');
  assert.equal(clusterer.story(first.storyId), undefined);
  assert.notEqual(clusterer.storyOf('other-2099'), undefined, 'the latest stories are kept');
});
