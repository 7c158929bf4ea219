// The bytes of a WARC file, gzipped or not, as a stream of chunks, plus where each record starts in
// the file. A .warc.gz is a series of gzip members, one record each (WARC 1.1 annex D): it is
// inflated as it is read, never whole, and a record's offset is its member's offset in the
// compressed file — the offset CDX indexes and Common Crawl use.
import { Gunzip } from 'fflate';

/** Names the place in the file where a record starts, from its offset in the uncompressed stream. */
export interface RecordOffsets {
  readonly compressed: boolean;
  /** Uncompressed offset → `1234` (a plain offset, or the gzip member's), or `1234+56` inside a member holding several records. */
  label(uncompressedOffset: number): string;
}

export interface WarcBytes {
  chunks: AsyncIterator<Uint8Array>;
  offsets: RecordOffsets;
}

const INFLATE_SLICE_BYTES = 8 * 1024;

const PLAIN: RecordOffsets = { compressed: false, label: (offset) => String(offset) };

/** Gzip member starts, oldest first; the reader asks in increasing order, so passed ones are dropped. */
class MemberOffsets implements RecordOffsets {
  readonly compressed = true;
  private readonly starts: Array<{ uncompressed: number; compressed: number }> = [];

  add(uncompressed: number, compressed: number): void {
    this.starts.push({ uncompressed, compressed });
  }

  label(uncompressedOffset: number): string {
    while (this.starts.length > 1 && this.starts[1].uncompressed <= uncompressedOffset) this.starts.shift();
    const member = this.starts[0];
    if (!member) return String(uncompressedOffset);
    const inside = uncompressedOffset - member.uncompressed;
    return inside === 0 ? String(member.compressed) : `${member.compressed}+${inside}`;
  }
}

export async function openWarcBytes(input: AsyncIterable<Uint8Array | string>): Promise<WarcBytes> {
  const source = input[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headSize = 0;
  while (headSize < 2) {
    const next = await source.next();
    if (next.done) break;
    const chunk = asBytes(next.value);
    head.push(chunk);
    headSize += chunk.length;
  }
  const first = Buffer.concat(head);
  const rest = (async function* () {
    if (first.length > 0) yield first;
    for (let next = await source.next(); !next.done; next = await source.next()) yield asBytes(next.value);
  })();
  if (first[0] !== 0x1f || first[1] !== 0x8b) return { chunks: rest, offsets: PLAIN };
  const offsets = new MemberOffsets();
  return { chunks: inflateMembers(rest, offsets), offsets };
}

async function* inflateMembers(compressed: AsyncIterable<Uint8Array>, offsets: MemberOffsets): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let produced = 0;
  let member = 0;
  const inflater = new Gunzip((chunk) => {
    if (chunk.length === 0) return;
    out.push(chunk);
    produced += chunk.length;
  });
  inflater.onmember = (compressedOffset) => {
    member = compressedOffset;
    offsets.add(produced, compressedOffset);
  };
  offsets.add(0, 0);
  const push = (chunk: Uint8Array, final: boolean): WarcGzipError | undefined => {
    try {
      inflater.push(chunk, final);
      return undefined;
    } catch (error) {
      const cutOff = final && /unexpected EOF/i.test((error as Error).message);
      return new WarcGzipError(cutOff ? 'the file ends inside a gzip member (cut off?)' : `damaged gzip data (${(error as Error).message})`, member);
    }
  };
  for await (const chunk of compressed) {
    // Small slices bound what one push can inflate to (deflate expands at most ~1000×): a
    // compressed run of one byte must not become one giant chunk in memory.
    for (let at = 0; at < chunk.length; at += INFLATE_SLICE_BYTES) {
      const failure = push(chunk.subarray(at, at + INFLATE_SLICE_BYTES), false);
      // What inflated before the damage is still good: hand it over, then stop.
      yield* out.splice(0);
      if (failure) throw failure;
    }
  }
  const failure = push(new Uint8Array(0), true);
  yield* out.splice(0);
  if (failure) throw failure;
}

/** The compressed data cannot be inflated past some point: reading stops there. */
export class WarcGzipError extends Error {
  override readonly name = 'WarcGzipError';

  constructor(message: string, readonly memberOffset: number) {
    super(message);
  }
}

function asBytes(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
}
