// The worker side of the processing pool: RawDocument in, ArticleToStore (or a coded error) out.
// Pure per-document work only; everything stateful (the store, dedup, stories) stays on the main thread.
import { parentPort } from 'node:worker_threads';
import { MarsadError } from '../core/errors.ts';
import type { RawDocument } from '../core/types.ts';
import type { WorkerReply, WorkerRequest } from './pool.ts';
import { prepareForWriter, processDocument } from './process.ts';

function handle(request: WorkerRequest): WorkerReply {
  const raw: RawDocument = request.document;
  try {
    return { seq: request.seq, ok: true, prepared: prepareForWriter(processDocument(raw, request.options), raw) };
  } catch (error) {
    if (error instanceof MarsadError) return { seq: request.seq, ok: false, code: error.code, message: error.message };
    return { seq: request.seq, ok: false, code: 'internal', message: `${raw.origin}: internal error: ${(error as Error).message}` };
  }
}

parentPort!.on('message', (batch: WorkerRequest[]) => {
  parentPort!.postMessage(batch.map(handle));
});
