// A WARC record's header block: a version line, then named fields (RFC 822 style, continuation
// lines allowed), ended by a blank line. Field names are case-insensitive.

export interface WarcHeader {
  version: string;
  /** Lower-cased field name → value (the first, when a field repeats). */
  fields: Map<string, string>;
  contentLength: number;
}

export type HeaderResult = { header: WarcHeader } | { problem: string };

const VERSION_LINE = /^WARC\/(\d+\.\d+)\s*$/;
const FIELD_LINE = /^([^:\s][^:]*):\s*(.*)$/;

/** `head` is the header block without its final CRLF CRLF. */
export function parseWarcHeader(head: Buffer): HeaderResult {
  const lines = head.toString('utf8').split(/\r?\n/);
  const version = VERSION_LINE.exec(lines[0] ?? '');
  if (!version) return { problem: `not a WARC record (starts ${JSON.stringify((lines[0] ?? '').slice(0, 40))})` };
  const fields = new Map<string, string>();
  let last: string | undefined;
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    if ((line[0] === ' ' || line[0] === '\t') && last) {
      fields.set(last, `${fields.get(last)} ${line.trim()}`);
      continue;
    }
    const field = FIELD_LINE.exec(line);
    if (!field) return { problem: `a malformed header line ${JSON.stringify(line.slice(0, 60))}` };
    last = field[1].trim().toLowerCase();
    if (!fields.has(last)) fields.set(last, field[2].trim());
  }
  const lengthText = fields.get('content-length');
  if (lengthText === undefined || !/^\d+$/.test(lengthText)) {
    return { problem: `no valid Content-Length (${JSON.stringify(lengthText ?? '')})` };
  }
  return { header: { version: version[1], fields, contentLength: Number(lengthText) } };
}

/** WARC 1.0's grammar put the target URI in angle brackets; some writers still do. */
export function targetUri(header: WarcHeader): string | undefined {
  const value = header.fields.get('warc-target-uri')?.trim();
  if (!value) return undefined;
  return value.startsWith('<') && value.endsWith('>') ? value.slice(1, -1) : value;
}
