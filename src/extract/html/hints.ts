// Reads an element's class and id against the vocabulary.

import { classAndId, type ElementNode } from './dom.ts';
import {
  BOILERPLATE_CONTAINER_WORDS,
  BOILERPLATE_SMALL_WORDS,
  CONTENT_WORDS,
  LAYOUT_STATE_PREFIXES,
  LAYOUT_STATE_SUFFIXES,
} from './vocabulary.ts';

export interface Hints {
  boilerplate: boolean;
  smallBoilerplate: boolean;
  content: boolean;
}

const NO_HINTS: Hints = { boilerplate: false, smallBoilerplate: false, content: false };

/** A vocabulary reader; it keeps the word sets, so build one per extractor, not per element. */
export class HintReader {
  private readonly container = new Set(BOILERPLATE_CONTAINER_WORDS);
  private readonly small = new Set(BOILERPLATE_SMALL_WORDS);
  private readonly content = new Set(CONTENT_WORDS);
  private readonly layoutPrefixes = new Set(LAYOUT_STATE_PREFIXES);
  private readonly stateSuffixes = new Set(LAYOUT_STATE_SUFFIXES);

  read(element: ElementNode): Hints {
    const names = classAndId(element);
    const role = element.attrs.role;
    const itemprop = element.attrs.itemprop;
    if (!names && !role && !itemprop) return NO_HINTS;
    const hints: Hints = { boilerplate: false, smallBoilerplate: false, content: false };
    if (itemprop === 'articleBody' || role === 'main' || itemprop === 'text') hints.content = true;
    if (role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'banner' || role === 'dialog') hints.boilerplate = true;
    if (element.attrs['aria-hidden'] === 'true' || element.attrs.hidden !== undefined) hints.boilerplate = true;
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.attrs.style ?? '')) hints.boilerplate = true;
    for (const name of names.split(/\s+/)) {
      if (!name) continue;
      const words = splitWords(name);
      if (words.length === 0 || this.layoutPrefixes.has(words[0]) || this.stateSuffixes.has(words[words.length - 1])) continue;
      const candidates = words.length > 1 ? [...words, words.join('')] : words;
      // Within one class name furniture wins: `entry-footer` is a footer, `comment-content` a comment.
      let furniture = false;
      let content = false;
      for (const word of candidates) {
        if (this.container.has(word)) furniture = true;
        if (this.small.has(word)) hints.smallBoilerplate = true;
        if (this.content.has(word)) content = true;
      }
      if (furniture) hints.boilerplate = true;
      else if (content) hints.content = true;
    }
    return hints;
  }
}

/** `postFooter_2 main-nav` → words of one class name: ['post', 'footer'] (digits dropped). */
export function splitWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
}
