// Snippets for feeds and webhooks: the search page's snippet (src/search/snippet.ts), as plain text.
import { makeSnippet } from '../search/snippet.ts';

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The words around the query's hits, without the <mark> tags and HTML escapes a page needs. */
export function plainSnippet(text: string, keys: Set<string>): string {
  return makeSnippet(text, keys).replace(/<\/?mark>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);
}
