// The allow-list for the one piece of HTML the reader puts into a page as HTML: search snippets,
// which src/search/snippet.ts builds from escaped display text and <mark> tags. Anything between
// the allowed tags is escaped again, so even a snippet built wrongly cannot carry markup.

const ALLOWED_TAG = /(<\/?mark>)/;
const UNSAFE = /[<>"']/g;
const ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function allowOnlyMarks(html: string): string {
  return html.split(ALLOWED_TAG).map((part, index) => (index % 2 === 1 ? part : part.replace(UNSAFE, (c) => ESCAPES[c]))).join('');
}
