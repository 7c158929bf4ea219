// Zip archives, read entry by entry (yauzl streams them), so an archive larger than memory is fine
// as long as each entry fits.
import yauzl from 'yauzl';
import { MarsadError } from '../core/errors.ts';
import { MAX_ZIP_ENTRY_BYTES } from './limits.ts';

export interface ZipEntry {
  name: string;
  /** The whole entry in memory (at most MAX_ZIP_ENTRY_BYTES). */
  read(): Promise<Uint8Array>;
  /** The entry's bytes as they are inflated, whatever its size (a JSON array of records is split as it streams). */
  chunks(): AsyncIterable<Uint8Array>;
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error || !zip) reject(new MarsadError('unsupported_format', `not a readable zip archive (${error?.message})`, path));
      else resolve(zip);
    });
  });
}

function openEntryStream(zip: yauzl.ZipFile, entry: yauzl.Entry, origin: string): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) reject(new MarsadError('unsupported_format', `cannot read zip entry (${error?.message})`, origin));
      else resolve(stream);
    });
  });
}

async function* entryChunks(zip: yauzl.ZipFile, entry: yauzl.Entry, origin: string): AsyncGenerator<Uint8Array> {
  const stream = await openEntryStream(zip, entry, origin);
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    throw new MarsadError('unsupported_format', `damaged zip entry (${(error as Error).message})`, origin);
  }
}

async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, origin: string): Promise<Uint8Array> {
  if (entry.uncompressedSize > MAX_ZIP_ENTRY_BYTES) {
    throw new MarsadError('too_large', `zip entry too large (${entry.uncompressedSize} bytes)`, origin);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of entryChunks(zip, entry, origin)) chunks.push(chunk as Buffer);
  // A copy of exactly the entry's size: a view into a larger buffer would carry all of it along
  // when the document is posted to a worker thread.
  return new Uint8Array(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
}

/** Yields the archive's files (not directories) in archive order. */
export async function* zipEntries(path: string): AsyncGenerator<ZipEntry> {
  const zip = await openZip(path);
  const queue: Array<yauzl.Entry | null | Error> = [];
  let wake: (() => void) | undefined;
  const push = (item: yauzl.Entry | null | Error) => { queue.push(item); wake?.(); wake = undefined; };
  zip.on('entry', (entry: yauzl.Entry) => push(entry));
  zip.on('end', () => push(null));
  zip.on('error', (error: Error) => push(error));
  zip.readEntry();
  for (;;) {
    if (queue.length === 0) await new Promise<void>((resolve) => { wake = resolve; });
    const item = queue.shift();
    if (item === null || item === undefined) return;
    if (item instanceof Error) throw new MarsadError('unsupported_format', `damaged zip archive (${item.message})`, path);
    const entry = item;
    if (!entry.fileName.endsWith('/')) {
      const origin = `${path}!${entry.fileName}`;
      yield { name: entry.fileName, read: () => readEntry(zip, entry, origin), chunks: () => entryChunks(zip, entry, origin) };
    }
    zip.readEntry();
  }
}
