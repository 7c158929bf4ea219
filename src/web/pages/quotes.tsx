/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// Who said what: an article's own quotes (each pointing to its place in the body), and quotes
// gathered from the archive (each pointing to its article).
import type { Article, Speaker } from '../../core/types.ts';
import type { QuoteRecord } from '../../store/port.ts';
import { layoutBody } from '../body-layout.ts';
import { arabicDate } from '../format.ts';
import { articleHref, entityHref } from '../links.ts';
import { quoteAnchor } from './article-body.tsx';
import { outletName } from '../outlets.ts';

function SpeakerName({ speaker }: { speaker?: Pick<Speaker, 'text' | 'entityId' | 'canonical' | 'role'> }) {
  if (!speaker) return <span class="speaker unknown">متحدث غير محدد</span>;
  const name = speaker.canonical ?? speaker.text;
  return (
    <span class="speaker">
      {speaker.entityId ? <a href={entityHref(speaker.entityId)}>{name}</a> : name}
      {speaker.role ? <span class="meta">، {speaker.role}</span> : null}
    </span>
  );
}

/** Quote indexes that the body shows in place, so the list only links to anchors that exist. */
function placedQuotes(article: Article): Set<number> {
  const placed = new Set<number>();
  const visit = (runs: ReturnType<typeof layoutBody>[number]['runs']) => {
    for (const run of runs) if (run.kind === 'quote') placed.add(run.quoteIndex);
  };
  for (const paragraph of layoutBody(article.text, [], article.quotes)) visit(paragraph.runs);
  return placed;
}

export function QuoteList({ article }: { article: Article }) {
  const quotes = article.quotes ?? [];
  const placed = placedQuotes(article);
  return (
    <section aria-labelledby="quotes">
      <h2 id="quotes">من قال ماذا</h2>
      <ul class="quotes">
        {quotes.map((quote, index) => (
          <li>
            <SpeakerName speaker={quote.speaker} />
            {quote.direct ? null : <span class="meta"> (بتصرف)</span>}:{' '}
            <blockquote>{quote.text}</blockquote>
            {placed.has(index) ? <a class="meta" href={`#${quoteAnchor(index)}`}>في سياق النص</a> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ArchiveQuotes({ quotes, heading, id }: { quotes: QuoteRecord[]; heading: string; id: string }) {
  if (quotes.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul class="quotes">
        {quotes.map((quote) => (
          <li>
            <SpeakerName speaker={quote.speaker} />:{' '}
            <blockquote>{quote.text}</blockquote>
            <span class="meta">
              <a href={articleHref(quote.articleId)}>{quote.articleTitle}</a>
              {quote.source ? <> · <bdi>{outletName(quote.source)}</bdi></> : null}{arabicDate(quote.publishedAt) ? <> · {arabicDate(quote.publishedAt)}</> : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
