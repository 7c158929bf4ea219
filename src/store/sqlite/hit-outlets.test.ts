// Facet counts from the in-memory outlet table must be what the grouped SQL over the same hits
// gives, before and after the archive grows.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import type { Article } from '../../core/types.ts';
import { indexTerms } from '../../search/index-terms.ts';
import { parseQuery, toFtsMatch } from '../../search/query.ts';
import type { ArticleToStore } from '../port.ts';
import { SqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-hit-outlets-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function item(id: string, source: string | undefined, paragraph: string): ArticleToStore {
  const article: Article = {
    id, title: `خبر ${id}`, authors: [], language: 'ar', paragraphs: [paragraph], text: paragraph, diagnostics: [],
    firstSeenAt: '2026-01-01T00:00:00.000Z', ...(source === undefined ? {} : { source }),
  };
  return { article, titleTerms: indexTerms(article.title), bodyTerms: indexTerms(article.text) };
}

/** The facets as one grouped SQL query over the hits gives them: the reference. */
function sqlFacets(path: string, query: string): Array<{ source: string; articles: number }> {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(`SELECT coalesce(a.source, '') AS source, count(*) AS articles
      FROM article_terms JOIN articles a ON a.rowid = article_terms.rowid WHERE article_terms MATCH ?
      GROUP BY a.source ORDER BY articles DESC, source`).all(toFtsMatch(parseQuery(query))) as Array<{ source: string; articles: number }>;
  } finally {
    db.close();
  }
}

test('outlet counts kept by rowid equal the grouped SQL count, ties by name, before and after the archive grows', async () => {
  const path = join(dir, 'facets.db');
  const store = new SqliteStore(path);
  await store.putArticles([
    item('a1', 'الوسط', 'وصل وزير الخارجية إلى طرابلس.'),
    item('a2', 'الأفق', 'قال وزير الخارجية إن المحادثات مستمرة.'),
    item('a3', 'الوسط', 'وزير الخارجية يلتقي المبعوث.'),
    item('a4', 'الأفق', 'وزير الخارجية في بنغازي.'),
    item('a5', undefined, 'بيان لوزير الخارجية بلا مصدر معروف.'),
    item('a6', 'البريد', 'الطقس في طرابلس معتدل.'),
  ]);
  for (const query of ['وزير الخارجية', 'طرابلس', 'كوكب']) {
    assert.deepEqual(await store.searchFacets(parseQuery(query)), sqlFacets(path, query), `facets for «${query}»`);
  }
  // Articles stored after the table was first read are counted too, a new outlet among them.
  await store.putArticles([item('b1', 'الشروق', 'وزير الخارجية يعود من القاهرة.'), item('b2', 'الشروق', 'زيارة وزير الخارجية.')]);
  assert.deepEqual(await store.searchFacets(parseQuery('وزير الخارجية')), sqlFacets(path, 'وزير الخارجية'));
  assert.ok((await store.searchFacets(parseQuery('الخارجية'))).some((f) => f.source === 'الشروق' && f.articles === 2));
  await store.close();
});
