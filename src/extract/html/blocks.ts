// Turns chosen containers into display blocks: every block-level element (paragraph, heading,
// list item, quote, table cell…) becomes its own block, inline markup is flattened into it.
// Iterative, so a page nested thousands of levels deep cannot overflow the stack.

import { collapseWhitespace, type ElementNode, type HtmlNode } from './dom.ts';
import { BLOCK_TAGS } from './vocabulary.ts';

export interface Block {
  text: string;
  /** The block element the text sits in: p, h2, li, blockquote, td, div… */
  tag: string;
  /** Non-space characters inside links. */
  linkChars: number;
  /** Non-space characters in total. */
  chars: number;
  /** The element that holds the text, for position-based rules. */
  element: ElementNode;
}

/** Marker pushed on the walk stack to run "leaving this element" after its children. */
interface Exit {
  type: 'exit';
  element: ElementNode;
}

export function emitBlocks(containers: ElementNode[], dropped: Set<ElementNode>): Block[] {
  const blocks: Block[] = [];
  let buffer: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  const blockStack: ElementNode[] = [];

  const flush = () => {
    if (buffer.length === 0) return;
    const text = collapseWhitespace(buffer.join(''));
    buffer = [];
    if (text) {
      const holder = blockStack[blockStack.length - 1] ?? containers[0];
      blocks.push({ text, tag: holder.tag, linkChars, chars: countChars(text), element: holder });
    }
    linkChars = 0;
  };

  for (const container of containers) {
    const stack: Array<HtmlNode | Exit> = [container];
    while (stack.length > 0) {
      const item = stack.pop()!;
      if (item.type === 'exit') {
        const element = item.element;
        if (element.tag === 'a') linkDepth -= 1;
        if (BLOCK_TAGS.has(element.tag)) {
          flush();
          blockStack.pop();
        }
        continue;
      }
      if (item.type === 'text') {
        buffer.push(item.text);
        if (linkDepth > 0) linkChars += countChars(item.text);
        continue;
      }
      const element = item;
      if (dropped.has(element)) continue;
      if (element.tag === 'br' || element.tag === 'hr') { flush(); continue; }
      if (element.tag === 'img') continue;
      if (BLOCK_TAGS.has(element.tag)) {
        flush();
        blockStack.push(element);
      } else if (element.tag === 'a') {
        linkDepth += 1;
      }
      stack.push({ type: 'exit', element });
      for (let i = element.children.length - 1; i >= 0; i -= 1) stack.push(element.children[i]);
    }
    flush();
  }
  return blocks;
}

function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x0a && code !== 0x09 && code !== 0x0d && code !== 0xa0) n += 1;
  }
  return n;
}
