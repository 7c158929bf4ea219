// Whitespace carries layout only, so display text keeps its shape and drops the noise:
// CRLF/CR and Unicode line/paragraph separators become \n; within a line any run of horizontal
// space (tab, NBSP, thin/ideographic spaces…) becomes one space; lines are trimmed; at most one
// blank line separates paragraphs; the text has no leading or trailing blank lines.
export const LINE_FEED = '\n';
export const CARRIAGE_RETURN = '\r';
export const NEXT_LINE = '\u0085';
export const LINE_SEPARATOR = '\u2028';
export const PARAGRAPH_SEPARATOR = '\u2029';

const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029\v\f]/g;
// \s minus the line feed: every other Unicode space (incl. NBSP U+00A0, U+202F, U+3000).
const HORIZONTAL_SPACE_RUN = /[^\S\n]+/g;
const THREE_OR_MORE_LINE_FEEDS = /\n{3,}/g;

// Anything normalizeWhitespace would change. Most text arrives already tidy; one scan for this
// is much cheaper than splitting it into lines and joining them again.
const NEEDS_WORK = /[\r\u0085\u2028\u2029\v\f\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]| {2}|^[ \n]|[ \n]$| \n|\n |\n{3}/;

export function normalizeWhitespace(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  const lines = text.replace(LINE_BREAKS, LINE_FEED).split(LINE_FEED);
  for (let i = 0; i < lines.length; i++) lines[i] = lines[i].replace(HORIZONTAL_SPACE_RUN, ' ').trim();
  return lines.join(LINE_FEED).replace(THREE_OR_MORE_LINE_FEEDS, '\n\n').replace(/^\n+|\n+$/g, '');
}
