// Reads an element's class and id against the vocabulary.

import { classAndId, type ElementNode } from './dom.ts';
import {
  ARTICLE_WORDS,
  BODY_WORDS,
  COMMENT_WORDS,
  BOILERPLATE_CONTAINER_WORDS,
  BOILERPLATE_SMALL_WORDS,
  CONTENT_WORDS,
  LAYOUT_STATE_PREFIXES,
  LAYOUT_STATE_SUFFIXES,
  HEADING_TAGS,
} from './vocabulary.ts';

export interface Hints {
  boilerplate: boolean;
  smallBoilerplate: boolean;
  content: boolean;
  /** The class/id or itemprop names the article body itself, not just "content". */
  articleBody: boolean;
  /** Furniture that is reader discussion (comments), never protected by its size. */
  comments: boolean;
}

const NO_HINTS: Hints = { boilerplate: false, smallBoilerplate: false, content: false, articleBody: false, comments: false };

/** A vocabulary reader; it keeps the word sets, so build one per extractor, not per element. */
export class HintReader {
  private readonly container = new Set(BOILERPLATE_CONTAINER_WORDS);
  private readonly small = new Set(BOILERPLATE_SMALL_WORDS);
  private readonly content = new Set(CONTENT_WORDS);
  private readonly layoutPrefixes = new Set(LAYOUT_STATE_PREFIXES);
  private readonly articleWords = new Set(ARTICLE_WORDS);
  private readonly commentWords = new Set(COMMENT_WORDS);
  private readonly bodyWords = new Set(BODY_WORDS);
  private readonly stateSuffixes = new Set(LAYOUT_STATE_SUFFIXES);

  read(element: ElementNode): Hints {
    // Heading ids are anchors generated from the heading's words ("#nav_nur_die_folie"), not roles.
    const names = HEADING_TAGS.has(element.tag) ? element.attrs.class ?? '' : classAndId(element);
    const role = element.attrs.role;
    const itemprop = element.attrs.itemprop;
    if (!names && !role && !itemprop) return NO_HINTS;
    const hints: Hints = { boilerplate: false, smallBoilerplate: false, content: false, articleBody: false, comments: false };
    if (itemprop === 'articleBody' || itemprop === 'text') { hints.content = true; hints.articleBody = true; }
    if (role === 'main') hints.content = true;
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
        if (this.commentWords.has(word)) hints.comments = true;
        if (this.small.has(word)) hints.smallBoilerplate = true;
        if (this.content.has(word)) content = true;
      }
      if (furniture) hints.boilerplate = true;
      else if (content) {
        hints.content = true;
        if (words.some((w) => this.articleWords.has(w)) && words.some((w) => this.bodyWords.has(w))) hints.articleBody = true;
      }
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
