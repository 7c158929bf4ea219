// Marks the page furniture to leave out: boilerplate tags, class/id vocabulary, hidden elements.
// An element that holds most of the page's text is never dropped on a hint alone: layout
// wrappers carry names like `sidebar-layout` too.

import type { ElementNode } from './dom.ts';
import { HintReader } from './hints.ts';
import { linkDensity } from './measure.ts';
import { BOILERPLATE_TAGS } from './vocabulary.ts';

/** Metadata-ish elements (`post-meta`, `byline`) longer than this are not just metadata. */
const SMALL_BOILERPLATE_MAX_TEXT = 250;
/** Share of the page's text that makes an element too important to drop on a hint alone. */
const PROTECTED_TEXT_SHARE = 0.5;

export interface Pruning {
  /** Dropped elements, descendants included. */
  dropped: Set<ElementNode>;
  /** Elements whose class/id says "article text". */
  contentHinted: Set<ElementNode>;
}

export function prune(elements: ElementNode[], root: ElementNode, hints: HintReader): Pruning {
  const dropped = new Set<ElementNode>();
  const contentHinted = new Set<ElementNode>();
  const pageText = Math.max(root.textLength, 1);
  for (const element of elements) {
    if (element.parent && dropped.has(element.parent)) {
      dropped.add(element);
      continue;
    }
    const hint = hints.read(element);
    if (hint.content) contentHinted.add(element);
    if (isFurniture(element, hint, pageText)) dropped.add(element);
  }
  return { dropped, contentHinted };
}

function isFurniture(element: ElementNode, hint: ReturnType<HintReader['read']>, pageText: number): boolean {
  const tag = element.tag;
  if (tag === 'body' || tag === 'html' || tag === '#root' || tag === 'main') return false;
  if (tag === 'figcaption') return true;
  const protectedBySize = element.textLength / pageText > PROTECTED_TEXT_SHARE && linkDensity(element) < 0.5;
  if (protectedBySize) return false;
  if (BOILERPLATE_TAGS.has(tag)) return true;
  if (tag === 'header' && element.paragraphs < 3) return true;
  if (hint.content) return false;
  if (hint.boilerplate) return true;
  return hint.smallBoilerplate && element.textLength < SMALL_BOILERPLATE_MAX_TEXT && tag !== 'p';
}
