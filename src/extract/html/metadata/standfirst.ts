// The standfirst (lead, dek, sapo): the one or two sentences under the headline. Read from an
// element the outlet names as such, else from the description when it is not merely the first
// paragraph cut short.

import { classAndId, textContent, type ElementNode } from '../dom.ts';
import { splitWords } from '../hints.ts';
import { toDisplay } from '../../../text/index.ts';

/** Class/id words outlets use for the standfirst. */
export const STANDFIRST_WORDS = ['standfirst', 'lead', 'lede', 'intro', 'excerpt', 'summary', 'teaser', 'subtitle', 'subheadline', 'subhead', 'dek', 'deck', 'sapo', 'chapo', 'abstract', 'kicker', 'vorspann', 'brief'];
const MIN_STANDFIRST_CHARS = 40;
const MAX_STANDFIRST_CHARS = 400;

export class StandfirstFinder {
  private readonly words = new Set(STANDFIRST_WORDS);

  find(elements: ElementNode[], description: string | undefined, paragraphs: string[]): string | undefined {
    for (const element of elements) {
      if (element.textLength < MIN_STANDFIRST_CHARS || element.textLength > MAX_STANDFIRST_CHARS) continue;
      if (element.linkLength > element.textLength * 0.3) continue;
      const names = classAndId(element).split(/\s+/).filter(Boolean);
      if (!names.some((name) => splitWords(name).some((w) => this.words.has(w)))) continue;
      return toDisplay(textContent(element));
    }
    if (!description) return undefined;
    const display = toDisplay(description);
    const head = display.replace(/(?:\.\.\.|…)\s*$/, '').slice(0, 80);
    if (paragraphs.length > 0 && paragraphs[0].startsWith(head)) return undefined;
    return display;
  }
}
