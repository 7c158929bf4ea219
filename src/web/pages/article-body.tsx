/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The article's body as HTML: display text rendered as text (JSX escapes it), entity mentions as
// links to their pages, quotes as marked spans the quote list can point to. Never raw HTML.
import type { Article } from '../../core/types.ts';
import { layoutBody, type Run } from '../body-layout.ts';
import { entityHref } from '../links.ts';

export const quoteAnchor = (index: number) => `quote-${index + 1}`;

function RunView({ run }: { run: Run }) {
  if (run.kind === 'text') return <>{run.text}</>;
  if (run.kind === 'entity') return <a class="ent" href={entityHref(run.entityId)}>{run.text}</a>;
  return <span class="quote" id={quoteAnchor(run.quoteIndex)}>{run.runs.map((r) => <RunView run={r} />)}</span>;
}

export function ArticleBody({ article }: { article: Article }) {
  const paragraphs = layoutBody(article.text, article.entities, article.quotes);
  return (
    <div class="body">
      {paragraphs.map((paragraph, index) => (
        <p>
          {index === 0 && article.dateline ? <><span class="dateline">{article.dateline}</span> – </> : null}
          {paragraph.runs.map((run) => <RunView run={run} />)}
        </p>
      ))}
    </div>
  );
}
