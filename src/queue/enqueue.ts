// `marsad ingest --queue`: read the sources (cheap: files, zips, JSON records) and put their raw
// documents into ingest jobs for `marsad worker` processes; the costly part (extract, analyze,
// index, store) happens in the workers. Inputs that cannot be read are rejected here, one line each,
// exactly as a direct ingest rejects them.
import { MarsadError } from '../core/errors.ts';
import type { RawDocument } from '../core/types.ts';
import { readSources, type SourceOptions } from '../ingest/sources.ts';
import type { AnalysisStage } from '../pipeline/analyze.ts';
import type { Store } from '../store/port.ts';
import { PostgresStore } from '../store/postgres/postgres-store.ts';
import { JobQueue } from './job-queue.ts';
import { encodedSize, encodeIngestPayload } from './payload.ts';

export interface EnqueueOptions extends SourceOptions {
  /** Documents per job (default 100): big enough to amortise a transaction, small enough to lose little to a kill. */
  jobSize?: number;
  /** Stop after this many documents (benchmarks on part of a corpus). */
  maxDocuments?: number;
  /** First-seen time for documents without a date (default: now). */
  now?: string;
  /** Analysis stages the workers leave out (`--skip`). */
  skip?: ReadonlySet<AnalysisStage>;
  onRejected?: (origin: string, error: MarsadError) => void;
}

export interface EnqueueSummary {
  jobs: number;
  documents: number;
  rejected: number;
}

const DEFAULT_JOB_SIZE = 100;
/** A job's documents stay well under PostgreSQL's 1 GB field limit, and a worker's memory modest. */
const MAX_JOB_BYTES = 32 * 1024 * 1024;
/** Jobs are inserted this many at a time. */
const INSERT_BATCH = 20;

export function queueOf(store: Store): JobQueue {
  if (!(store instanceof PostgresStore)) {
    throw new MarsadError('usage', 'the job queue needs a PostgreSQL database (--db postgres://…)');
  }
  return new JobQueue(store.pool);
}

export async function enqueuePaths(paths: string[], store: Store, options: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const queue = queueOf(store);
  const jobSize = options.jobSize ?? DEFAULT_JOB_SIZE;
  const now = options.now ?? new Date().toISOString();
  const summary: EnqueueSummary = { jobs: 0, documents: 0, rejected: 0 };
  let documents: RawDocument[] = [];
  let bytes = 0;
  let pending: Buffer[] = [];

  const insertPending = async () => {
    if (pending.length === 0) return;
    summary.jobs += (await queue.enqueue('ingest', pending)).length;
    pending = [];
  };
  const closeJob = async () => {
    if (documents.length === 0) return;
    pending.push(encodeIngestPayload({ documents, now, skip: options.skip ? [...options.skip] : undefined }));
    summary.documents += documents.length;
    documents = [];
    bytes = 0;
    if (pending.length >= INSERT_BATCH) await insertPending();
  };

  const maxDocuments = options.maxDocuments ?? Number.POSITIVE_INFINITY;
  for await (const item of readSources(paths, options)) {
    if (summary.documents + documents.length >= maxDocuments) break;
    if (item.kind === 'rejected') {
      summary.rejected++;
      options.onRejected?.(item.origin, item.error);
      continue;
    }
    const size = encodedSize(item.document);
    if (documents.length >= jobSize || (documents.length > 0 && bytes + size > MAX_JOB_BYTES)) await closeJob();
    documents.push(item.document);
    bytes += size;
  }
  await closeJob();
  await insertPending();
  return summary;
}
