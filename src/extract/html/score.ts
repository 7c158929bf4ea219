// Scores candidate containers the way Readability taught everyone: each paragraph-like block
// votes for its ancestors with a weight that falls with distance, scaled by how much prose it
// holds (length, punctuation); a container's score is then discounted by its link density.
// Unlike Readability nothing is mutated: scores live in a Map owned by this call.

import type { ElementNode } from './dom.ts';
import { linkDensity } from './measure.ts';
import type { Pruning } from './prune.ts';
import { BLOCK_TAGS, HEADING_TAGS } from './vocabulary.ts';

/** Blocks shorter than this do not vote: menus and labels are short. */
const MIN_VOTING_TEXT = 25;
/** How many ancestors a block votes for. */
const VOTE_LEVELS = 5;
const CONTENT_HINT_BONUS = 25;

export type Scores = Map<ElementNode, number>;

/** Characters of prose (voting blocks with few links, outside the furniture) under each element. */
export type Prose = Map<ElementNode, number>;
const MAX_PROSE_LINK_DENSITY = 0.3;

export function measureProse(elements: ElementNode[], dropped: ReadonlySet<ElementNode>): Prose {
  const prose: Prose = new Map();
  for (let i = elements.length - 1; i >= 0; i -= 1) {
    const element = elements[i];
    if (dropped.has(element)) continue;
    let chars = 0;
    if (votes(element) && element.textLength >= MIN_VOTING_TEXT) {
      chars = linkDensity(element) < MAX_PROSE_LINK_DENSITY && !isTeaserSummary(element) ? element.textLength : 0;
    } else {
      for (const child of element.children) if (child.type === 'element') chars += prose.get(child) ?? 0;
    }
    if (chars > 0) prose.set(element, chars);
  }
  return prose;
}

export function scoreCandidates(elements: ElementNode[], pruning: Pruning): Scores {
  const scores: Scores = new Map();
  for (const element of elements) {
    if (pruning.dropped.has(element) || !votes(element)) continue;
    if (element.textLength < MIN_VOTING_TEXT) continue;
    const vote = 1 + Math.min(element.punctuation, 30) + Math.min(Math.floor(element.textLength / 100), 3);
    let ancestor = element.parent;
    for (let level = 0; ancestor && level < VOTE_LEVELS; level += 1, ancestor = ancestor.parent) {
      if (ancestor.tag === '#root' || ancestor.tag === 'html') break;
      if (!scores.has(ancestor)) scores.set(ancestor, initialScore(ancestor, pruning));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, scores.get(ancestor)! + vote / divider);
    }
  }
  for (const [element, score] of scores) scores.set(element, score * (1 - linkDensity(element)));
  return scores;
}

/** A summary under a linked headline is a teaser card pointing elsewhere, not the article's prose. */
export function isTeaserSummary(element: ElementNode): boolean {
  const previous = element.previous;
  return previous !== undefined && HEADING_TAGS.has(previous.tag) && previous.textLength > 0 && previous.linkLength / previous.textLength > 0.8;
}

export function votes(element: ElementNode): boolean {
  const tag = element.tag;
  if (tag === 'p' || tag === 'pre' || tag === 'td' || tag === 'blockquote') return true;
  if (tag === 'div' || tag === 'section' || tag === 'article' || tag === 'span' || tag === 'font') return !hasBlockChild(element);
  return false;
}

export function hasBlockChild(element: ElementNode): boolean {
  for (const child of element.children) {
    if (child.type === 'element' && BLOCK_TAGS.has(child.tag) && child.tag !== 'br') return true;
  }
  return false;
}

function initialScore(element: ElementNode, pruning: Pruning): number {
  let score = 0;
  switch (element.tag) {
    case 'div': case 'article': case 'main': score = 5; break;
    case 'pre': case 'td': case 'blockquote': score = 3; break;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': score = -3; break;
    case 'th': score = -5; break;
    default: if (HEADING_TAGS.has(element.tag)) score = -5;
  }
  if (pruning.contentHinted.has(element)) score += CONTENT_HINT_BONUS;
  return score;
}

export interface Selection {
  top: ElementNode;
  score: number;
}

/** The best container, moved up when its parent holds about as much (Readability's refinement). */
/** A parent whose prose is this much more than the chosen container's holds the rest of the article. */
const PROSE_GROWTH_TO_CLIMB = 1.3;
const MAX_CLIMB_LINK_DENSITY = 0.4;
/** Growth past 1.0 gained recall but lost more precision on the trafilatura set (1.3: P 0.862 R 0.906). */
const SMALL_WRAPPER_GROWTH = 1.0;

export function selectTop(scores: Scores, prose?: Prose): Selection | undefined {
  let top: ElementNode | undefined;
  let best = -Infinity;
  for (const [element, score] of scores) {
    if (score > best) { best = score; top = element; }
  }
  if (!top) return undefined;
  // A lone child says nothing its parent does not: climb through wrappers.
  while (top.parent && top.parent.tag !== 'body' && top.parent.tag !== '#root' && elementChildren(top.parent).length === 1) {
    top = top.parent;
  }
  let lastScore = scores.get(top) ?? best;
  const threshold = lastScore / 3;
  for (let parent = top.parent; parent && parent.tag !== 'body' && parent.tag !== '#root'; parent = parent.parent) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) { top = parent; break; }
    lastScore = parentScore;
  }
  // Articles split over sibling columns (one <div> per few paragraphs): climb to the element
  // that holds them all, as long as each step adds real prose and not link lists.
  if (prose) {
    for (let parent = top.parent; parent && parent.tag !== 'body' && parent.tag !== '#root'; parent = top.parent) {
      const mine = prose.get(top) ?? 0;
      if ((prose.get(parent) ?? 0) < mine * PROSE_GROWTH_TO_CLIMB || linkDensity(parent) > MAX_CLIMB_LINK_DENSITY) break;
      top = parent;
    }
  }
  // A wrapper that adds only a little text around the container (standfirst, a last paragraph
  // outside the body <div>) holds the whole article.
  for (let parent = top.parent; parent && parent.tag !== 'body' && parent.tag !== '#root'; parent = top.parent) {
    if (parent.textLength > top.textLength * SMALL_WRAPPER_GROWTH || linkDensity(parent) > linkDensity(top) + 0.1) break;
    top = parent;
  }
  return { top, score: scores.get(top) ?? best };
}

export function elementChildren(element: ElementNode): ElementNode[] {
  const out: ElementNode[] = [];
  for (const child of element.children) if (child.type === 'element') out.push(child);
  return out;
}
