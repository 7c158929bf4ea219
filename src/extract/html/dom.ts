// The light tree the extractor works on: elements and text, nothing else. It is built once per
// page by parse.ts and only read afterwards, except for the measurements that measure.ts fills in.

export interface TextNode {
  type: 'text';
  text: string;
}

export interface ElementNode {
  type: 'element';
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: ElementNode | undefined;
  /** The element just before this one under the same parent (text between them ignored). */
  previous: ElementNode | undefined;
  /** Depth below the root; the parser caps it, so walks stay bounded. */
  depth: number;
  /** Filled in by measure(): characters of visible text (whitespace collapsed). */
  textLength: number;
  /** Characters of that text inside <a>. */
  linkLength: number;
  /** Commas and sentence punctuation: prose has them, menus do not. */
  punctuation: number;
  /** <p> elements inside. */
  paragraphs: number;
}

export type HtmlNode = ElementNode | TextNode;

export function createElement(tag: string, attrs: Record<string, string>, parent: ElementNode | undefined): ElementNode {
  return {
    type: 'element',
    tag,
    attrs,
    children: [],
    parent,
    previous: parent ? lastElementChild(parent) : undefined,
    depth: parent ? parent.depth + 1 : 0,
    textLength: 0,
    linkLength: 0,
    punctuation: 0,
    paragraphs: 0,
  };
}

/** Text children merge, so at most one text node sits after the last element: O(1). */
function lastElementChild(parent: ElementNode): ElementNode | undefined {
  for (let i = parent.children.length - 1; i >= 0; i -= 1) {
    const child = parent.children[i];
    if (child.type === 'element') return child;
  }
  return undefined;
}

/** Elements in document order, without recursion (pages nest thousands of levels deep). */
export function elementsInOrder(root: ElementNode): ElementNode[] {
  const out: ElementNode[] = [];
  const stack: ElementNode[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    out.push(element);
    for (let i = element.children.length - 1; i >= 0; i -= 1) {
      const child = element.children[i];
      if (child.type === 'element') stack.push(child);
    }
  }
  return out;
}

/** Descendant elements with a given tag, in document order. */
export function findAll(root: ElementNode, predicate: (element: ElementNode) => boolean): ElementNode[] {
  return elementsInOrder(root).filter(predicate);
}

/** Whitespace-collapsed text of an element, including descendants. */
export function textContent(root: ElementNode): string {
  const parts: string[] = [];
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') { parts.push(node.text); continue; }
    if (node.tag === 'br') parts.push(' ');
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]);
  }
  return collapseWhitespace(parts.join(''));
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function classAndId(element: ElementNode): string {
  const cls = element.attrs.class;
  const id = element.attrs.id;
  if (cls && id) return `${cls} ${id}`;
  return cls ?? id ?? '';
}

export function isAncestor(ancestor: ElementNode, element: ElementNode): boolean {
  for (let node: ElementNode | undefined = element; node; node = node.parent) {
    if (node === ancestor) return true;
  }
  return false;
}
