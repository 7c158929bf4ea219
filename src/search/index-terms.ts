// What goes into the search index for an article: its search-profile keys, space-joined. The
// index never holds display text; snippets are cut from display text at query time instead.
import { searchTerms } from '../text/index.ts';

export function indexTerms(text: string): string {
  const terms = searchTerms(text);
  let out = '';
  for (let i = 0; i < terms.length; i++) {
    if (i > 0) out += ' ';
    out += terms[i].term;
  }
  return out;
}
