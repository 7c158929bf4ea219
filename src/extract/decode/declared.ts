// Charsets the outside world declares: the HTTP Content-Type header and the page's own
// <meta charset> / <meta http-equiv="Content-Type"> / <?xml encoding?>.

/** How far into the page a <meta> charset may sit (the HTML spec's pre-scan reads 1024 bytes; real pages put it later). */
export const META_SCAN_BYTES = 4096;

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return match ? match[1] : undefined;
}

/** Scans the head of the page as ASCII (every charset we accept keeps ASCII where markup lives). */
export function charsetFromMarkup(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, META_SCAN_BYTES));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1];
  const metaTags = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const tag of metaTags) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct && !/http-equiv/i.test(tag)) return direct[1];
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/i.exec(tag);
      const charset = charsetFromContentType(content ? content[2] : undefined);
      if (charset) return charset;
    }
  }
  return undefined;
}

/**
 * A label TextDecoder understands, or undefined. A <meta> that says UTF-16 was readable as ASCII,
 * so the page cannot be UTF-16: the WHATWG rule treats it as UTF-8, and so do we.
 */
export function normaliseLabel(label: string, fromMarkup: boolean): string | undefined {
  const lower = label.trim().toLowerCase();
  if (fromMarkup && lower.startsWith('utf-16')) return 'utf-8';
  try {
    return new TextDecoder(lower).encoding;
  } catch {
    return undefined;
  }
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 1) out += String.fromCharCode(bytes[i]);
  return out;
}
