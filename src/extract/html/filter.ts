// Block-level clean-up after a container was chosen: furniture that sits inside article
// containers (share bars, "read also" links, the headline and byline repeated, a bare date).

import type { Block } from './blocks.ts';
import { foldForPhrase, type PhraseMatcher } from './phrases.ts';
import { HEADING_TAGS } from './vocabulary.ts';

/** A block with more link text than this share is a list of links, unless it is long prose. */
const MAX_LINK_SHARE = 0.5;
const LONG_PROSE_CHARS = 300;
/** Bylines are short: "بقلم: محمد علي" or "By Jane Doe, Reuters". */
const MAX_BYLINE_CHARS = 80;
const MAX_PRE_TITLE_LABEL_CHARS = 100;
const BYLINE_OPENERS = /^(?:by|von|par|بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تحرير|حوار|تقرير|متابعة)[\s:：]/i;

export interface FilterContext {
  title?: string;
  authors: string[];
  phrases: PhraseMatcher;
  /** True when a block is only a date (the metadata stage knows how to read dates). */
  isDateOnly: (text: string) => boolean;
}

export function cleanBlocks(blocks: Block[], context: FilterContext): Block[] {
  const seen = new Set<string>();
  const foldedTitle = context.title ? foldForPhrase(context.title) : undefined;
  const foldedAuthors = context.authors.map(foldForPhrase).filter((a) => a.length > 3);
  const out: Block[] = [];
  const titleIndex = foldedTitle ? blocks.findIndex((b) => foldForPhrase(b.text) === foldedTitle) : -1;
  for (const [index, block] of blocks.entries()) {
    // Above the headline sit kickers, section labels and breadcrumbs, not the article.
    if (index < titleIndex && block.chars < MAX_PRE_TITLE_LABEL_CHARS) continue;
    const folded = foldForPhrase(block.text);
    if (!folded) continue;
    if (seen.has(folded)) continue;
    seen.add(folded);
    if (foldedTitle && folded === foldedTitle) continue;
    // <h1> is the page's headline, which travels as the title; in-article headings are <h2>–<h6>.
    if (block.tag === 'h1') continue;
    if (context.phrases.isBoilerplate(block.text)) continue;
    if (isLinkList(block)) continue;
    // A heading or label over a list of links ("Das könnte Sie auch interessieren:", "مواضيع ذات صلة") goes with it.
    if (isLabel(block) && index + 1 < blocks.length && isLinkList(blocks[index + 1])) continue;
    if (block.text.length <= MAX_BYLINE_CHARS && isByline(block.text, folded, foldedAuthors)) continue;
    if (block.text.length <= 60 && context.isDateOnly(block.text)) continue;
    out.push(block);
  }
  trimTrailingLabels(out);
  return out;
}

function isLinkList(block: Block): boolean {
  return block.chars > 0 && block.linkChars / block.chars > MAX_LINK_SHARE && block.chars < LONG_PROSE_CHARS;
}

function isLabel(block: Block): boolean {
  if (block.tag === 'li' || block.tag === 'td') return false;
  return HEADING_TAGS.has(block.tag) ? block.chars < MAX_HEADING_LABEL_CHARS : block.chars < MAX_LABEL_CHARS;
}

const MAX_HEADING_LABEL_CHARS = 60;

/** A short block without sentence punctuation: a label ("Weitere Themen", "مقالات ذات صلة"), not prose. */
const MAX_LABEL_CHARS = 30;
const SENTENCE_END = /[.!?؟:;…]["”»)]?$/;

/** Headings and labels at the end of the article introduce what follows it (related links, comments). */
function trimTrailingLabels(blocks: Block[]): void {
  while (blocks.length > 1) {
    const last = blocks[blocks.length - 1];
    const heading = HEADING_TAGS.has(last.tag);
    const label = last.tag !== 'li' && last.tag !== 'td' && last.chars < MAX_LABEL_CHARS && !SENTENCE_END.test(last.text);
    if (!heading && !label) break;
    blocks.pop();
  }
}

function isByline(text: string, folded: string, authors: string[]): boolean {
  if (BYLINE_OPENERS.test(text)) return true;
  return authors.some((author) => folded.includes(author) && folded.length < author.length + 30);
}
