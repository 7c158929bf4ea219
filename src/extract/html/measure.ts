// Fills in each element's text measurements bottom-up, in one pass over the elements in reverse
// document order (children before parents), so no recursion and no repeated subtree walks.

import { elementsInOrder, type ElementNode } from './dom.ts';

const COMMA = 0x2c;
const ARABIC_COMMA = 0x060c;
const FULL_STOP = 0x2e;
const ARABIC_SEMICOLON = 0x061b;
const ARABIC_QUESTION_MARK = 0x061f;

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x200b || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

function isPunctuation(code: number): boolean {
  return code === COMMA || code === ARABIC_COMMA || code === FULL_STOP || code === ARABIC_SEMICOLON
    || code === ARABIC_QUESTION_MARK || code === 0x3b || code === 0x3f || code === 0x21;
}

/** Measures every element under root and returns them in document order for later stages. */
export function measure(root: ElementNode): ElementNode[] {
  const elements = elementsInOrder(root);
  for (let i = elements.length - 1; i >= 0; i -= 1) {
    const element = elements[i];
    let textLength = 0;
    let linkLength = 0;
    let punctuation = 0;
    let paragraphs = element.tag === 'p' ? 1 : 0;
    for (const child of element.children) {
      if (child.type === 'text') {
        const text = child.text;
        for (let k = 0; k < text.length; k += 1) {
          const code = text.charCodeAt(k);
          if (isSpace(code)) continue;
          textLength += 1;
          if (isPunctuation(code)) punctuation += 1;
        }
      } else {
        textLength += child.textLength;
        linkLength += child.linkLength;
        punctuation += child.punctuation;
        paragraphs += child.paragraphs;
      }
    }
    element.textLength = textLength;
    element.linkLength = element.tag === 'a' ? textLength : linkLength;
    element.punctuation = punctuation;
    element.paragraphs = paragraphs;
  }
  return elements;
}

export function linkDensity(element: ElementNode): number {
  return element.textLength === 0 ? 0 : element.linkLength / element.textLength;
}
