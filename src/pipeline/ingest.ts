// Ingest: sources → pipeline → store, in batches (one transaction each). One bad input is reported
// and skipped; nothing already stored is touched, and a batch is written whole or not at all.
import { MarsadError } from '../core/errors.ts';
import type { RawDocument } from '../core/types.ts';
import { readSources, type SourceItem, type SourceOptions } from '../ingest/sources.ts';
import type { ArticleToStore, Store, WriterLease } from '../store/port.ts';
import { ArchiveClustering } from './clustering.ts';
import { defaultPoolSize, ProcessorPool, type WorkerReply } from './pool.ts';
import { prepareForStore, processDocument, type ProcessOptions } from './process.ts';

export type ItemStatus = 'ingested' | 'duplicate' | 'rejected';

export interface ItemReport {
  origin: string;
  status: ItemStatus;
  id?: string;
  title?: string;
  code?: string;
  error?: string;
}

export interface IngestSummary {
  ingested: number;
  duplicates: number;
  rejected: number;
}

export interface IngestOptions extends SourceOptions, ProcessOptions {
  batchSize?: number;
  /**
   * Worker threads for the per-document pipeline; 0 processes everything on the main thread. By
   * default one core is left to the main thread and the pool grows when the workers fall behind.
   */
  workers?: number;
  /**
   * Documents processed on the main thread before the worker threads start (default 200: small
   * inputs are done before threads pay off). A crawl, whose pages arrive steadily, starts sooner.
   */
  poolAfter?: number;
  /** Called once per input item, in order of completion. */
  onItem?: (report: ItemReport) => void;
}

/**
 * Articles written per transaction. Every article of the batch, and those the workers finish
 * meanwhile, are held on the main thread until it is written: measured on all of SaudiNewsNet
 * (foundation stages, quiet machine, 4 runs each), 250 with 16 batches posted a worker
 * (pool.ts) peaked at 375–392 MB against 412–418 MB for 500 with 32, in the same time
 * (28.8–31.8 s against 28.7–31.9 s); 125 with 8 went lower still (359–381 MB) but slower.
 */
const DEFAULT_BATCH = 250;
/** Worker threads cost a few hundred milliseconds to start: small inputs are done before that pays. */
const POOL_AFTER_DOCUMENTS = 200;

/**
 * A request, inside a stream of items, to store what has been processed so far now rather than
 * when the batch is full: a crawler that fetches slowly keeps its fetched pages safe this way.
 */
export interface FlushRequest {
  kind: 'flush';
  /**
   * Also wait for documents still being processed by the worker threads (the end of a crawl
   * round: everything fetched is stored before the crawler sleeps). Without it, what is processed
   * so far is stored and the workers keep going.
   */
  drain?: boolean;
}

export type IngestItem = SourceItem | FlushRequest;

export function ingestPaths(paths: string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestItems(readSources(paths, options), store, options);
}

/** Processes and stores every item of the stream (documents, rejections, flush requests), in order. */
export async function ingestItems(items: AsyncIterable<IngestItem>, store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { ingested: 0, duplicates: 0, rejected: 0 };
  const report = (item: ItemReport) => {
    if (item.status === 'ingested') summary.ingested++;
    else if (item.status === 'duplicate') summary.duplicates++;
    else summary.rejected++;
    options.onItem?.(item);
  };
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  let batch: Array<{ prepared: ArticleToStore; origin: string }> = [];

  let clustering: ArchiveClustering | undefined;
  let writer: WriterLease | undefined;
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    // Only articles not stored yet (and the first of any id repeated in the batch) are clustered.
    const stored = await store.hasArticles(current.map((b) => b.prepared.article.id));
    const fresh = new Map<string, ArticleToStore>();
    for (const { prepared } of current) {
      const { id } = prepared.article;
      if (!stored.has(id) && !fresh.has(id)) fresh.set(id, prepared);
    }
    if (!clustering) {
      writer = await store.acquireClusteringWriter();
      clustering = await ArchiveClustering.open(store);
    }
    // Stories read entity ids: they get the ids the articles will be stored with.
    await store.resolveEntities([...fresh.values()].map((item) => item.article));
    const extras = await clustering.place([...fresh.values()]);
    const result = await store.putArticles(current.map((b) => b.prepared), extras);
    await clustering.afterBatch();
    const duplicates = new Set(result.duplicates);
    // A batch may hold the same id twice: the first is ingested, later ones are duplicates.
    const pendingIngested = new Map<string, number>();
    for (const id of result.ingested) pendingIngested.set(id, (pendingIngested.get(id) ?? 0) + 1);
    for (const { prepared, origin } of current) {
      const { id, title } = prepared.article;
      const left = pendingIngested.get(id) ?? 0;
      if (left > 0) {
        pendingIngested.set(id, left - 1);
        report({ origin, status: 'ingested', id, title });
      } else if (duplicates.has(id)) {
        report({ origin, status: 'duplicate', id, title });
      }
    }
  };

  const poolSize = options.workers ?? defaultPoolSize();
  const useWorkers = (typeof poolSize === 'number' ? poolSize : poolSize.max) > 0;
  let pool: ProcessorPool | undefined;
  let inline = 0;
  let submitted = 0;
  const origins = new Map<number, string>();

  const accept = async (prepared: ArticleToStore, origin: string) => {
    batch.push({ prepared, origin });
    if (batch.length >= batchSize) await flush();
  };
  const takeReplies = async (replies: Iterable<WorkerReply>) => {
    for (const reply of replies) {
      const origin = origins.get(reply.seq)!;
      origins.delete(reply.seq);
      if (reply.ok) await accept(reply.prepared, origin);
      else report({ origin, status: 'rejected', code: reply.code, error: reply.message });
    }
  };

  try {
    for await (const item of items) {
      if (item.kind === 'flush') {
        if (pool && item.drain) await pool.drain(submitted);
        if (pool) await takeReplies(pool.ready());
        await flush();
        continue;
      }
      if (item.kind === 'rejected') {
        report({ origin: item.origin, status: 'rejected', code: item.error.code, error: item.error.message });
        continue;
      }
      if (!pool && useWorkers && inline >= (options.poolAfter ?? POOL_AFTER_DOCUMENTS)) pool = new ProcessorPool(poolSize);
      if (pool) {
        origins.set(submitted, item.document.origin);
        await pool.submit({ seq: submitted++, document: item.document, options: { skip: options.skip, now: options.now } });
        await takeReplies(pool.ready());
        continue;
      }
      inline++;
      const prepared = processOne(item.document, options, report);
      if (prepared) await accept(prepared, item.document.origin);
    }
    if (pool) {
      await pool.drain(submitted);
      await takeReplies(pool.ready());
    }
    await flush();
    await clustering?.finish();
    if (clustering) await store.tidyAfterIngest?.();
  } finally {
    await pool?.close();
    await writer?.release();
  }
  return summary;
}

function processOne(raw: RawDocument, options: ProcessOptions, report: (r: ItemReport) => void): ArticleToStore | undefined {
  try {
    return prepareForStore(processDocument(raw, options), raw);
  } catch (error) {
    if (!(error instanceof MarsadError)) {
      // An extractor bug on one document must not lose the rest of the batch; it is reported as such.
      report({ origin: raw.origin, status: 'rejected', code: 'internal', error: `${raw.origin}: internal error: ${(error as Error).message}` });
      return undefined;
    }
    report({ origin: raw.origin, status: 'rejected', code: error.code, error: error.message });
    return undefined;
  }
}
