import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Article } from '../../core/types.ts';
import { indexTerms } from '../../search/index-terms.ts';
import { runAlertStoreContract } from '../alerts-contract.ts';
import type { InboxArticle } from '../alerts-port.ts';
import { requirePostgres, startTestPostgres, type TestPostgres } from '../pg-test-server.ts';
import type { ArticleToStore } from '../port.ts';
import { PostgresStore } from './postgres-store.ts';

const { skip } = requirePostgres();
let server: TestPostgres;
let counter = 0;

before(async () => { if (!skip) server = await startTestPostgres(); });
after(async () => { await server?.stop(); });

async function freshStore(): Promise<PostgresStore> {
  return PostgresStore.open(await server.createDatabase(`alerts_${counter++}`));
}

function item(n: number): ArticleToStore {
  const text = `قال المتحدث باسم الحكومة إن الاجتماع رقم ${n} انتهى دون اتفاق.`;
  const article: Article = { id: `pg-${n}`, title: `اجتماع ${n}`, authors: [], language: 'ar', paragraphs: [text], text, diagnostics: [],
    firstSeenAt: '2026-04-01T08:00:00.000Z' };
  return { article, titleTerms: indexTerms(article.title), bodyTerms: indexTerms(text) };
}

describe('PostgreSQL alert store', { skip }, () => {
  runAlertStoreContract('PostgreSQL', freshStore);

  it('two processes matching at once take each inbox article once', async () => {
    const url = await server.createDatabase(`alerts_race_${counter++}`);
    const [one, two] = [await PostgresStore.open(url), await PostgresStore.open(url)];
    await one.alerts.add({ name: 'اجتماع', query: 'الاجتماع', createdAt: '2026-04-01T08:00:00.000Z' });
    await one.putArticles(Array.from({ length: 60 }, (_, n) => item(n)));
    const seen: string[] = [];
    const choose = (items: InboxArticle[]) => items.map(({ article, alerts }) => {
      seen.push(article.id);
      return { alert: alerts[0].name, articleId: article.id };
    });
    const drain = async (store: PostgresStore) => {
      let matched = 0;
      for (;;) {
        const run = await store.alerts.matchNew(choose, { limit: 7, matchedAt: '2026-04-01T09:00:00.000Z' });
        matched += run.matched;
        if (run.articles === 0) return matched;
      }
    };
    const [a, b] = await Promise.all([drain(one), drain(two)]);
    assert.equal(a + b, 60);
    assert.equal(new Set(seen).size, 60);
    assert.equal(seen.length, 60, 'no article was handed to both');
    await one.close();
    await two.close();
  });
});
