// The home page's reference time comes from the archive's own dates: an undated page ingested
// today or a date that does not parse must not hide a 2015 archive's stories behind an empty "today".
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Article } from '../../core/types.ts';
import { storiesOf, toStore, writeStories } from '../../http/testing/archive.ts';
import { SqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { homeView } from './home-view.ts';

function article(id: string, source: string, dates: Pick<Article, 'publishedAt' | 'firstSeenAt'>, storyId: string): Article {
  return {
    id, title: `اجتماع وزراء الخارجية العرب ${id}`, authors: [], language: 'ar', paragraphs: ['بحث الوزراء الأزمة في اليمن.'],
    text: 'بحث الوزراء الأزمة في اليمن.', diagnostics: [], source, storyId, ...dates,
  };
}

describe('home view reference time', () => {
  it('an undated article ingested today and an unparseable date do not hide the archive stories', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-home-'));
    const store = new SqliteStore(join(dir, 'home.db'));
    try {
      const archived = [
        article('s1', 'okaz', { firstSeenAt: '2015-07-23T00:00:00Z' }, 'yemen'),
        article('s2', 'alriyadh', { firstSeenAt: '2015-07-23T00:00:00Z' }, 'yemen'),
        article('s3', 'aawsat', { firstSeenAt: '2015-07-23T00:00:00Z' }, 'yemen'),
      ];
      // The seed page: no date, so the store gives it the ingest time; and a row whose date is garbage.
      const undated = article('seed', 'sabq', {}, 'seed-story');
      const garbage = article('bad', 'sabq', { firstSeenAt: '9999-99-99' }, 'bad-story');
      await store.putArticles([...archived, undated, garbage].map(toStore));
      writeStories(join(dir, 'home.db'), [
        ...storiesOf(archived).map((s) => ({ ...s, firstSeen: '2015-07-23T00:00:00Z', lastSeen: '2015-07-23T00:00:00Z' })),
        { id: 'seed-story', title: undated.title, firstSeen: new Date().toISOString(), lastSeen: new Date().toISOString(), size: 1, sources: ['sabq'] },
      ]);
      const view = await homeView(store);
      assert.equal(view.archiveIsOld, true);
      assert.equal(view.reference, '2015-07-23T00:00:00.000Z');
      assert.deepEqual(view.day.map((s) => s.id), ['yemen']);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
