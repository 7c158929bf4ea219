// An entity's "what they said" list is spread over articles: one long interview does not fill it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QuoteRecord } from '../../store/port.ts';
import { spreadOverArticles } from './entity-view.ts';

const quote = (articleId: string, n: number): QuoteRecord => ({
  articleId, articleTitle: `مقابلة مع وزير الخارجية ${articleId}`, text: `نحن ملتزمون بالحل السياسي ${n}`, start: n * 10, end: n * 10 + 5, direct: true,
});

describe('quotes shown on an entity page', () => {
  it('at most two quotes from one article while other articles have some, newest first kept', () => {
    const quotes = [...Array.from({ length: 7 }, (_, i) => quote('interview', i)), quote('briefing', 7), quote('statement', 8)];
    const shown = spreadOverArticles(quotes, 5);
    assert.equal(shown.length, 5);
    assert.deepEqual(shown.map((q) => q.articleId), ['interview', 'interview', 'interview', 'briefing', 'statement']);
    assert.deepEqual(shown, quotes.filter((q) => shown.includes(q)), 'in the order given');
    assert.equal(spreadOverArticles(quotes.slice(0, 7), 5).length, 5, 'one article alone still fills the list');
  });
});
