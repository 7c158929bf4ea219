// Feed text → plain text. Descriptions carry escaped HTML (`&lt;p&gt;…`, or CDATA) and titles
// sometimes carry HTML entities the XML parser left alone (`&nbsp;` is not an XML entity).
import { Parser } from 'htmlparser2';
import { HTML_BLOCK_TAGS, HTML_SKIPPED_TAGS, MAX_SUMMARY_CHARS } from './vocabulary.ts';

/** Whitespace runs → one space, ends trimmed. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text a reader would see in an HTML fragment: tags out, entities decoded, blocks separated. */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return collapseSpace(html);
  let out = '';
  let skipping = 0;
  const parser = new Parser({
    onopentag(name) {
      if (HTML_SKIPPED_TAGS.has(name)) skipping++;
      else if (HTML_BLOCK_TAGS.has(name)) out += ' ';
    },
    onclosetag(name) {
      if (HTML_SKIPPED_TAGS.has(name)) skipping = Math.max(0, skipping - 1);
      else if (HTML_BLOCK_TAGS.has(name)) out += ' ';
    },
    ontext(text) {
      if (skipping === 0) out += text;
    },
  }, { decodeEntities: true });
  parser.end(html);
  return collapseSpace(out);
}

/** A title: plain, unless it carries markup or entities. */
export function titleText(raw: string, isHtml = false): string | undefined {
  const text = isHtml || /[<&]/.test(raw) ? htmlToText(raw) : collapseSpace(raw);
  return text.length > 0 ? text : undefined;
}

/** A preview of the entry: plain text, cut at a word boundary. */
export function summaryText(raw: string, isHtml: boolean): string | undefined {
  const text = isHtml ? htmlToText(raw) : collapseSpace(raw);
  if (text.length === 0) return undefined;
  if (text.length <= MAX_SUMMARY_CHARS) return text;
  const cut = text.slice(0, MAX_SUMMARY_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_SUMMARY_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}
