// Stage 3 of the content cascade: the rescue when scoring found too little. First every <p>
// outside the furniture, then, for pages without paragraphs, all of the body's text blocks.

import type { ElementNode } from './dom.ts';
import type { Pruning } from './prune.ts';
import { emitBlocks, type Block } from './blocks.ts';

export function paragraphsRescue(elements: ElementNode[], pruning: Pruning): Block[] {
  const paragraphs = elements.filter((e) => (e.tag === 'p' || e.tag === 'pre' || e.tag === 'blockquote') && !pruning.dropped.has(e) && !insideSame(e));
  return emitBlocks(paragraphs, pruning.dropped);
}

export function bodyRescue(root: ElementNode, dropped: Set<ElementNode>): Block[] {
  return emitBlocks([root], dropped);
}

/** A <p> inside a <blockquote> is emitted with the quote; do not emit it twice. */
function insideSame(element: ElementNode): boolean {
  for (let node = element.parent; node; node = node.parent) {
    if (node.tag === 'p' || node.tag === 'pre' || node.tag === 'blockquote') return true;
  }
  return false;
}
