// Ingest: sources → pipeline → store, in batches (one transaction each). One bad input is reported
// and skipped; nothing already stored is touched, and a batch is written whole or not at all.
import { MarsadError } from '../core/errors.ts';
import type { RawDocument } from '../core/types.ts';
import { readSources, type SourceOptions } from '../ingest/sources.ts';
import type { ArticleToStore, Store } from '../store/port.ts';
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
  /** Called once per input item, in order of completion. */
  onItem?: (report: ItemReport) => void;
}

const DEFAULT_BATCH = 500;

export async function ingestPaths(paths: string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { ingested: 0, duplicates: 0, rejected: 0 };
  const report = (item: ItemReport) => {
    if (item.status === 'ingested') summary.ingested++;
    else if (item.status === 'duplicate') summary.duplicates++;
    else summary.rejected++;
    options.onItem?.(item);
  };
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  let batch: Array<{ prepared: ArticleToStore; origin: string }> = [];

  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    const result = await store.putArticles(current.map((b) => b.prepared));
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

  for await (const item of readSources(paths, options)) {
    if (item.kind === 'rejected') {
      report({ origin: item.origin, status: 'rejected', code: item.error.code, error: item.error.message });
      continue;
    }
    const prepared = processOne(item.document, options, report);
    if (!prepared) continue;
    batch.push({ prepared, origin: item.document.origin });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
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
