// Readability.js over linkedom, the comparison extractor. Both are dev dependencies, so they
// are imported on demand; `load()` returns undefined when they are not installed.

import type { ExtractorOutput } from './score.ts';

interface ReadabilityArticle {
  title?: string | null;
  textContent?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
}
type ReadabilityClass = new (doc: unknown) => { parse(): ReadabilityArticle | null };
type ParseHTML = (html: string) => { document: unknown };

export class ReadabilityRunner {
  private constructor(private readonly Readability: ReadabilityClass, private readonly parseHTML: ParseHTML) {}

  static async load(): Promise<ReadabilityRunner | undefined> {
    try {
      const readability = (await import('@mozilla/readability')) as unknown as { Readability: ReadabilityClass };
      const linkedom = (await import('linkedom')) as unknown as { parseHTML: ParseHTML };
      return new ReadabilityRunner(readability.Readability, linkedom.parseHTML);
    } catch {
      return undefined;
    }
  }

  run(html: string): ExtractorOutput {
    try {
      const { document } = this.parseHTML(html);
      const article = new this.Readability(document).parse();
      if (!article) return { text: '' };
      return {
        text: article.textContent ?? '',
        title: article.title ?? undefined,
        date: article.publishedTime ?? undefined,
        authors: article.byline ? [article.byline.replace(/^(?:by|von)\s+/i, '').trim()] : [],
      };
    } catch {
      return { text: '' };
    }
  }
}
