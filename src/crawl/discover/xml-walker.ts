// A streaming walk over an XML document: htmlparser2 in XML mode, no DOM. Each element arrives
// with its namespace resolved, its xml:base and xml:lang in effect; a rule set asks for the text
// of the elements it wants and hears when they close. Memory stays bounded by the element depth
// and the text of the elements asked for (each capped), however many entries the document has.
import { Parser } from 'htmlparser2';
import { CONVENTIONAL_PREFIXES, MAX_FIELD_CHARS } from './vocabulary.ts';

export interface XmlElement {
  /** Namespace URI; '' for none. An undeclared, unknown prefix gives `prefix:` (matches nothing). */
  ns: string;
  /** Local name, lower-cased: feeds disagree on `pubDate` / `pubdate`. */
  local: string;
  /** Attribute names lower-cased, values entity-decoded. */
  attrs: Record<string, string>;
  /** The base URL in effect here (the document URL, or an xml:base). */
  base: string;
  lang?: string;
  depth: number;
}

export interface XmlRules {
  open(element: XmlElement, parent: XmlElement | undefined): void;
  /** Whether to collect the text inside this element (descendants included) for close(). */
  wantsText(element: XmlElement, parent: XmlElement | undefined): boolean;
  close(element: XmlElement, text: string | undefined, parent: XmlElement | undefined): void;
  /** True once the rules need nothing more: the walk stops reading. */
  done(): boolean;
}

export interface WalkResult {
  /** What was wrong with the XML, at most a few examples. */
  problems: string[];
  stoppedEarly: boolean;
}

const WRITE_SLICE_CHARS = 64 * 1024;
const MAX_PROBLEMS = 5;

interface Frame {
  element: XmlElement;
  prefixes: Readonly<Record<string, string>>;
  capture?: { text: string };
}

export function walkXml(text: string, documentUrl: string, rules: XmlRules): WalkResult {
  const problems: string[] = [];
  const note = (problem: string) => { if (problems.length < MAX_PROBLEMS) problems.push(problem); };
  const stack: Frame[] = [];
  const captures: Array<{ text: string }> = [];
  let rootClosed = false;
  /** The element just opened, with nothing inside yet: an implied close of it is a self-closing tag. */
  let justOpened: string | undefined;

  const appendText = (data: string) => {
    for (const capture of captures) {
      if (capture.text.length < MAX_FIELD_CHARS) capture.text += data.slice(0, MAX_FIELD_CHARS - capture.text.length);
    }
  };

  const parser = new Parser({
    onopentag(qname, attrs) {
      justOpened = qname;
      if (rootClosed && stack.length === 0) note(`content after the root element (<${qname}>)`);
      const parent = stack.at(-1);
      const prefixes = declaredPrefixes(attrs, parent?.prefixes ?? CONVENTIONAL_PREFIXES);
      const element = makeElement(qname, attrs, prefixes, parent?.element, documentUrl, stack.length);
      const frame: Frame = { element, prefixes };
      if (captures.length > 0) appendText(' ');
      if (rules.wantsText(element, parent?.element)) {
        frame.capture = { text: '' };
        captures.push(frame.capture);
      }
      stack.push(frame);
      rules.open(element, parent?.element);
    },
    ontext(data) {
      justOpened = undefined;
      if (captures.length > 0) appendText(data);
    },
    onclosetag(qname, isImplied) {
      // htmlparser2 reports a self-closing tag as an implied close right after its open.
      if (isImplied && justOpened !== qname) note(`<${qname}> is not closed`);
      justOpened = undefined;
      const frame = stack.pop();
      if (!frame) return;
      if (frame.capture) captures.splice(captures.indexOf(frame.capture), 1);
      if (captures.length > 0) appendText(' ');
      rules.close(frame.element, frame.capture?.text, stack.at(-1)?.element);
      if (stack.length === 0) rootClosed = true;
    },
  }, { xmlMode: true, decodeEntities: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true });

  let stoppedEarly = false;
  for (let at = 0; at < text.length; at += WRITE_SLICE_CHARS) {
    if (rules.done()) { stoppedEarly = true; break; }
    parser.write(text.slice(at, at + WRITE_SLICE_CHARS));
  }
  // Closing what is still open lets a cut-off document give its last complete entries.
  if (!stoppedEarly) parser.end();
  if (!rootClosed && !stoppedEarly && problems.length === 0) note('the document ends before its root element closes (cut off?)');
  return { problems, stoppedEarly };
}

function declaredPrefixes(attrs: Record<string, string>, inherited: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  let own: Record<string, string> | undefined;
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      own ??= { ...inherited };
      own[name === 'xmlns' ? '' : name.slice(6)] = value.trim();
    }
  }
  return own ?? inherited;
}

function makeElement(
  qname: string, attrs: Record<string, string>, prefixes: Readonly<Record<string, string>>,
  parent: XmlElement | undefined, documentUrl: string, depth: number,
): XmlElement {
  const colon = qname.indexOf(':');
  const prefix = colon === -1 ? '' : qname.slice(0, colon);
  const local = (colon === -1 ? qname : qname.slice(colon + 1)).toLowerCase();
  const ns = Object.hasOwn(prefixes, prefix) ? prefixes[prefix] : prefix === '' ? '' : `${prefix}:`;
  const outerBase = parent?.base ?? documentUrl;
  const base = attrs['xml:base'] ? resolveUrl(attrs['xml:base'], outerBase) ?? outerBase : outerBase;
  const lang = attrs['xml:lang']?.trim() || parent?.lang;
  return { ns, local, attrs, base, lang, depth };
}

/** An absolute http(s) URL, or undefined for what cannot be one. */
export function resolveUrl(href: string, base: string): string | undefined {
  const trimmed = href.trim();
  if (trimmed.length === 0) return undefined;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
