// What kind of input a path is, from its name, and — for `--format auto` or stdin — from its
// first bytes. The list of extensions is data; the sniffing is a few cheap looks at the start.

export type InputKind = 'text' | 'html' | 'html-gz' | 'json' | 'jsonl' | 'zip' | 'warc' | 'unknown';

const KIND_BY_SUFFIX: ReadonlyArray<[string, InputKind]> = [
  // Web archives (Common Crawl's news archive is .warc.gz), read record by record by src/crawl/warc.
  ['.warc.gz', 'warc'],
  ['.warc', 'warc'],
  ['.html.gz', 'html-gz'],
  ['.htm.gz', 'html-gz'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xhtml', 'html'],
  ['.txt', 'text'],
  ['.text', 'text'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.json', 'json'],
  ['.zip', 'zip'],
];

export function kindFromName(name: string): InputKind {
  const lower = name.toLowerCase();
  for (const [suffix, kind] of KIND_BY_SUFFIX) if (lower.endsWith(suffix)) return kind;
  return 'unknown';
}

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--)/i;
const TAG = /<\/?(?:p|div|span|a|h[1-6]|article|section|br|li|ul|table|script|style)\b[^>]*>/gi;

/** Tells a web page from scraped text by its first few KB. */
export function looksLikeHtml(head: string): boolean {
  if (HTML_START.test(head)) return true;
  const tags = head.slice(0, 4096).match(TAG);
  return (tags?.length ?? 0) >= 3;
}

/** For stdin and files of unknown kind: JSON, HTML or text. */
export function sniffKind(head: string): InputKind {
  const start = head.trimStart();
  if (/^WARC\/\d/.test(start)) return 'warc';
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) {
    const firstLineEnd = start.indexOf('\n');
    const firstLine = firstLineEnd === -1 ? start : start.slice(0, firstLineEnd);
    return firstLine.trimEnd().endsWith('}') ? 'jsonl' : 'json';
  }
  return looksLikeHtml(head) ? 'html' : 'text';
}
