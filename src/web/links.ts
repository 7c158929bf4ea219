// The reader's URLs, built in one place: every id is percent-encoded, every query string built with
// URLSearchParams, so no stored value (an id, an outlet name) can break out of an attribute or a path.

export const articleHref = (id: string) => `/articles/${encodeURIComponent(id)}`;
/** Entity ids are `type:key`; a colon is allowed in a path segment, so it is left as it is. */
export const entityHref = (id: string) => `/entities/${encodeURIComponent(id).replace(/%3A/g, ':')}`;
export const storyHref = (id: string) => `/stories/${encodeURIComponent(id)}`;

/** `path?key=value…`, leaving out empty values and page 1. */
export function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    if (key === 'page' && Number(value) === 1) continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

export const outletHref = (source: string) => withQuery('/articles', { source });

/** Only http(s) links to the outlet's page: a stored `javascript:` or `data:` URL is never a link. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
