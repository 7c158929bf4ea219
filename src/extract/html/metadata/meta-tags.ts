// <meta> tags by name: `og:title`, `twitter:title`, `article:published_time`, `author`, `dc.date`…
// Keys are lower-cased; the first value of each key wins, as pages repeat tags inconsistently.

export class MetaTags {
  private readonly values = new Map<string, string[]>();

  constructor(metas: Array<Record<string, string>>) {
    for (const attrs of metas) {
      const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? attrs['http-equiv'])?.trim().toLowerCase();
      const content = attrs.content?.trim();
      if (!key || !content) continue;
      const list = this.values.get(key);
      if (list) list.push(content);
      else this.values.set(key, [content]);
    }
  }

  /** The first value among the keys, tried in order. */
  first(...keys: string[]): string | undefined {
    for (const key of keys) {
      const list = this.values.get(key);
      if (list && list.length > 0) return list[0];
    }
    return undefined;
  }

  all(key: string): string[] {
    return this.values.get(key) ?? [];
  }
}
