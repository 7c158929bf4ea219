// The allow-list for the one piece of HTML the reader puts into a page as HTML: search snippets,
// which src/search/snippet.ts builds from escaped display text and <mark> tags. Anything between
// the allowed tags is escaped again, so even a snippet built wrongly cannot carry markup.

/** An allowed tag, else one character that could start or quote markup: the tag is tried first at each place. */
const TAG_OR_UNSAFE = /<\/?mark>|[<>"']/g;
const ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function allowOnlyMarks(html: string): string {
  return html.replace(TAG_OR_UNSAFE, (found) => ESCAPES[found] ?? found);
}
