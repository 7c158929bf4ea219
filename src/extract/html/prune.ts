// Marks the page furniture to leave out: boilerplate tags, class/id vocabulary, hidden elements.
// An element that holds most of the page's text or prose, or that wraps the article body, is
// never dropped on a class/id hint alone: layout wrappers carry names like `sidebar-layout` too.

import type { ElementNode } from './dom.ts';
import { HintReader } from './hints.ts';
import { linkDensity } from './measure.ts';
import { BOILERPLATE_TAGS } from './vocabulary.ts';
import { measureProse } from './score.ts';

/** Metadata-ish elements (`post-meta`, `byline`) longer than this are not just metadata. */
const SMALL_BOILERPLATE_MAX_TEXT = 250;
/** Share of the page's text that makes an element too important to drop on a hint alone. */
const PROTECTED_TEXT_SHARE = 0.5;
const HEADER_WITH_PROSE_CHARS = 150;
/** 0.3 and 0.4 scored within 0.001 F1 of 0.5 on the trafilatura set; 0.5 keeps big sidebars out. */
const PROTECTED_PROSE_SHARE = 0.5;

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
  const hintsOf = elements.map((element) => hints.read(element));
  const articleBodies = new Set<ElementNode>();
  elements.forEach((element, i) => {
    if (hintsOf[i].content) contentHinted.add(element);
    if (hintsOf[i].articleBody) articleBodies.add(element);
  });
  const holdsArticle = ancestorsOf(articleBodies);
  // Prose measured before anything is dropped: furniture words on a wrapper that holds most of
  // the page's prose (`theiaStickySidebar`, `documentContent__sharingContainer`) name a layout trick.
  const rawProse = measureProse(elements, new Set());
  const pageProse = Math.max(rawProse.get(root) ?? 0, 1);
  elements.forEach((element, i) => {
    if (element.parent && dropped.has(element.parent)) {
      dropped.add(element);
      return;
    }
    let hint = hintsOf[i];
    // `c-fixed-sidebar-layout` wrapping `c-article__content` is layout, not a sidebar.
    if (hint.boilerplate && (holdsArticle.has(element) || (!hint.comments && (rawProse.get(element) ?? 0) / pageProse >= PROTECTED_PROSE_SHARE))) {
      hint = { ...hint, boilerplate: false };
    }
    if (isFurniture(element, hint, pageText)) dropped.add(element);
  });
  return { dropped, contentHinted };
}

/** Every ancestor of the given elements, each visited once. */
function ancestorsOf(elements: Set<ElementNode>): Set<ElementNode> {
  const out = new Set<ElementNode>();
  for (const element of elements) {
    for (let node = element.parent; node && !out.has(node); node = node.parent) out.add(node);
  }
  return out;
}

function isFurniture(element: ElementNode, hint: ReturnType<HintReader['read']>, pageText: number): boolean {
  const tag = element.tag;
  if (tag === 'body' || tag === 'html' || tag === '#root' || tag === 'main') return false;
  if (tag === 'figcaption') return true;
  const protectedBySize = element.textLength / pageText > PROTECTED_TEXT_SHARE && linkDensity(element) < 0.5;
  if (protectedBySize) return false;
  if (BOILERPLATE_TAGS.has(tag)) return true;
  // Article headers hold the headline and byline (furniture) but sometimes the standfirst too.
  if (tag === 'header' && !(element.paragraphs > 0 && element.textLength > HEADER_WITH_PROSE_CHARS)) return true;
  if (hint.content) return false;
  if (hint.boilerplate) return true;
  return hint.smallBoilerplate && element.textLength < SMALL_BOILERPLATE_MAX_TEXT && tag !== 'p';
}
