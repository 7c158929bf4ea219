// Gzipped sitemaps (`sitemap.xml.gz`, or a server that forgot Content-Encoding): inflated in
// slices with a ceiling, so a gzip bomb costs at most the ceiling and what came before it is kept.
import { Gunzip } from 'fflate';

const GZIP_MAGIC = [0x1f, 0x8b];
const SLICE_BYTES = 64 * 1024;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

export interface Inflated {
  bytes: Uint8Array;
  /** The output reached the ceiling: the rest was not inflated. */
  capped: boolean;
  /** Why inflating stopped early (corrupt or cut-off data), if it did. */
  error?: string;
}

export function gunzipCapped(compressed: Uint8Array, maxBytes: number): Inflated {
  const parts: Uint8Array[] = [];
  let size = 0;
  let capped = false;
  const inflater = new Gunzip((chunk) => {
    if (capped) return;
    const room = maxBytes - size;
    if (chunk.length > room) {
      capped = true;
      parts.push(chunk.subarray(0, room));
      size = maxBytes;
      return;
    }
    parts.push(chunk);
    size += chunk.length;
  });
  let error: string | undefined;
  try {
    for (let at = 0; at < compressed.length && !capped; at += SLICE_BYTES) {
      const end = Math.min(at + SLICE_BYTES, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
  } catch (cause) {
    error = (cause as Error).message;
  }
  return { bytes: concat(parts, size), capped, error };
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) { out.set(part, at); at += part.length; }
  return out;
}
