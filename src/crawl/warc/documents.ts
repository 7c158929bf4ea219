// The adapter that plugs the WARC reader into ingest: each HTML response becomes a RawDocument,
// each damaged record a rejection, in the shape src/ingest/sources.ts yields.
import { MarsadError } from '../../core/errors.ts';
import type { RawDocument } from '../../core/types.ts';
import { readWarc } from './reader.ts';

export type WarcSourceItem =
  | { kind: 'document'; document: RawDocument }
  | { kind: 'rejected'; origin: string; error: MarsadError };

export interface WarcSourceOptions {
  /** Outlet name for every document (`--source`). */
  source?: string;
  /** How origins name the input; defaults to the path. */
  name?: string;
}

export async function* warcDocuments(input: string | NodeJS.ReadableStream, options: WarcSourceOptions = {}): AsyncGenerator<WarcSourceItem> {
  const name = options.name ?? (typeof input === 'string' ? input : '-');
  const items = readWarc(input, { name });
  let documents = 0;
  for (let next = await items.next(); ; next = await items.next()) {
    if (next.done) {
      const { records, problems } = next.value;
      // A WARC of requests, images or redirects only would otherwise be a silent "ingested 0".
      if (documents === 0 && problems === 0) {
        yield { kind: 'rejected', origin: name, error: new MarsadError('no_content', `no HTML pages with status 200 among ${records} WARC records`, name) };
      }
      return;
    }
    const item = next.value;
    if (item.kind === 'problem') {
      yield { kind: 'rejected', origin: item.origin, error: item.error };
      continue;
    }
    documents++;
    yield {
      kind: 'document',
      document: {
        origin: item.origin,
        bytes: item.bytes,
        format: 'html',
        url: item.url,
        contentType: item.contentType,
        fetchedAt: item.date,
        source: options.source,
      },
    };
  }
}
