// The worker side of the processing pool: RawDocument in, ArticleToStore (or a coded error) out.
// Pure per-document work only; everything stateful (the store, dedup, stories) stays on the main thread.
import { parentPort } from 'node:worker_threads';
import { MarsadError } from '../core/errors.ts';
import type { RawDocument } from '../core/types.ts';
import type { WorkerReply, WorkerRequest } from './pool.ts';
import { prepareForWriter, processDocument } from './process.ts';

const NO_BYTES = new Uint8Array(0);

function handle(request: WorkerRequest): WorkerReply {
  const raw: RawDocument = request.document;
  try {
    const prepared = prepareForWriter(processDocument(raw, request.options), raw);
    // The writer stores the deflated form: the raw bytes would only be copied back and dropped.
    if (prepared.raw && prepared.storageForms) {
      prepared.storageForms.rawSize = prepared.raw.bytes.byteLength;
      prepared.raw.bytes = NO_BYTES;
    }
    return { seq: request.seq, ok: true, prepared };
  } catch (error) {
    if (error instanceof MarsadError) return { seq: request.seq, ok: false, code: error.code, message: error.message };
    return { seq: request.seq, ok: false, code: 'internal', message: `${raw.origin}: internal error: ${(error as Error).message}` };
  }
}

parentPort!.on('message', (batch: WorkerRequest[]) => {
  parentPort!.postMessage(batch.map(handle));
});
