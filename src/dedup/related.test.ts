import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fingerprint, relatedArticles, type RelatedCandidate } from './index.ts';

const FIXTURES = new URL('../../fixtures/dedup/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const UNRELATED = read('unrelated/stories.txt').trim().split(/\n\s*\n/);

function candidate(id: string, title: string, text: string, extra: Partial<RelatedCandidate> = {}): RelatedCandidate {
  return { id, fp: fingerprint({ id, title, text, firstSeenAt: '2015-08-04T08:00:00Z' }), ...extra };
}

const target = candidate('original', 'افتتاح محطة تحلية جديدة في الرمال البيضاء', read('wire-copy/original.txt'), { storyId: 'water' });

test('related articles list the same story first, then similar content, and leave out copies and unrelated news', () => {
  const related = relatedArticles(target, [
    candidate('sports', 'النجوم يفوز', UNRELATED[0], { storyId: 'football' }),
    candidate('copy', 'محطة تحلية', read('wire-copy/byline-boilerplate.txt'), { storyId: 'water', duplicateOf: 'original' }),
    candidate('similar', 'تقرير عن المياه', `${read('follow-up/next-day.txt')}`, { storyId: 'another-water-story' }),
    candidate('same-story', 'سكان الرمال البيضاء', UNRELATED[1], { storyId: 'water' }),
  ]);
  assert.deepEqual(related.map((r) => [r.id, r.reason]), [['same-story', 'same-story'], ['similar', 'similar']],
    'help: the copy (duplicateOf) is shown as «also at», not related; unrelated sports news scores below RELATED_MIN_SCORE');
});

test('shared entities raise a related article\'s score', () => {
  const entities = ['entity:salem-alkathiri'];
  const text = read('follow-up/next-day.txt');
  const [plain] = relatedArticles(target, [candidate('x', 'المياه', text)]);
  const [withEntity] = relatedArticles({ ...target, entityIds: entities }, [candidate('x', 'المياه', text, { entityIds: entities })]);
  assert.ok(withEntity.score > plain.score, `${withEntity.score} should exceed ${plain.score}`);
});

test('related articles are limited and never include the article itself', () => {
  const many = UNRELATED.map((story, i) => candidate(`story-${i}`, 'خبر', story, { storyId: 'water' }));
  const related = relatedArticles(target, [target, ...many], { limit: 3 });
  assert.equal(related.length, 3);
  assert.ok(related.every((r) => r.id !== 'original'));
});
