// HTML written as strings, for the parts of pages rendered most often (the frame of every page,
// article lists, page numbers, the search page): a string template costs a fraction of what
// building and walking a JSX tree does, and escapes exactly as hono/jsx does, so the same page
// comes out byte for byte either way.

/** The characters hono/jsx escapes in text and in attribute values, and what it writes for each. */
const ESCAPED = /[&<>"']/;
const ESCAPED_ALL = /[&<>"']/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value made safe to put between tags or in double quotes. */
export function escapeHtml(text: string): string {
  // Most values (ids, dates, outlet names, Arabic titles) have nothing to escape.
  return ESCAPED.test(text) ? text.replace(ESCAPED_ALL, (c) => ENTITY[c]) : text;
}

/** ` name="value"`, or nothing when there is no value: as JSX leaves out an undefined attribute. */
export function attribute(name: string, value: string | number | undefined): string {
  return value === undefined ? '' : ` ${name}="${typeof value === 'number' ? value : escapeHtml(value)}"`;
}
