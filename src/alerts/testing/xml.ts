// A strict little XML reader for the feed tests: it throws on anything that is not well-formed
// (a tag left open or closed out of order, an unquoted attribute, a bare '&' or '<', an unknown
// entity), so "the feed parses" means something without an XML library in the project.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  if (raw.includes('<')) throw new Error(`XML: '<' in text near ${where}`);
  return raw.replace(/&([^;\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new Error(`XML: a bare '&' near ${where}`);
    if (name in ENTITIES) return ENTITIES[name];
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1] ?? /^#(\d+)$/.exec(name)?.[1];
    if (code === undefined) throw new Error(`XML: unknown entity &${name}; near ${where}`);
    return String.fromCodePoint(name.startsWith('#x') ? parseInt(code, 16) : Number(code));
  });
}

function readAttributes(source: string, where: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  let rest = source.trim();
  while (rest.length > 0) {
    const match = /^([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')\s*/.exec(rest);
    if (!match) throw new Error(`XML: bad attribute ${JSON.stringify(rest.slice(0, 30))} near ${where}`);
    if (match[1] in attributes) throw new Error(`XML: attribute ${match[1]} twice near ${where}`);
    attributes[match[1]] = decode(match[2] ?? match[3], where);
    rest = rest.slice(match[0].length);
  }
  return attributes;
}

export function parseXml(xml: string): XmlElement {
  let i = 0;
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const open: XmlElement[] = [root];
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    const current = open[open.length - 1];
    if (open.length === 1 && text.trim() !== '') throw new Error(`XML: text outside the root element near ${i}`);
    current.text += decode(text, i);
    if (lt === -1) break;
    const gt = xml.indexOf('>', lt);
    if (gt === -1) throw new Error(`XML: a tag that never closes near ${lt}`);
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const closed = open.pop();
      if (!closed || closed.name !== tag.slice(1).trim() || open.length === 0) throw new Error(`XML: </${tag.slice(1)}> closes <${closed?.name}> near ${lt}`);
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const name = NAME.exec(body)?.[0];
      if (!name) throw new Error(`XML: bad tag <${tag}> near ${lt}`);
      if (open.length === 1 && root.children.length > 0) throw new Error('XML: more than one root element');
      const element: XmlElement = { name, attributes: readAttributes(body.slice(name.length), lt), children: [], text: '' };
      current.children.push(element);
      if (!selfClosing) open.push(element);
    }
    i = gt + 1;
  }
  if (open.length !== 1) throw new Error(`XML: <${open[open.length - 1].name}> is never closed`);
  if (root.children.length !== 1) throw new Error('XML: no root element');
  return root.children[0];
}

/** The children of `element` named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

export function childText(element: XmlElement, name: string): string | undefined {
  return childrenNamed(element, name)[0]?.text;
}
