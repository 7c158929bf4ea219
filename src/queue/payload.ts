// What an ingest job carries: the raw documents themselves (bytes and what we know of them), so a
// worker on another machine needs no access to the files that were enqueued, and the "now" of
// enqueueing, so a job run twice gives its undated articles the same first-seen time both times.
import { deflateSync, inflateSync } from 'node:zlib';
import type { RawDocument } from '../core/types.ts';
import type { AnalysisStage } from '../pipeline/analyze.ts';

export interface IngestJobPayload {
  documents: RawDocument[];
  /** ISO time the documents were enqueued: their first-seen time when they carry no date. */
  now: string;
  /** Analysis stages left out (`marsad ingest --queue --skip …`). */
  skip?: AnalysisStage[];
}

interface EncodedDocument extends Omit<RawDocument, 'bytes'> {
  bytes: string;
}

export function encodeIngestPayload(payload: IngestJobPayload): Buffer {
  const documents: EncodedDocument[] = payload.documents.map((d) => ({
    ...d, bytes: Buffer.from(d.bytes.buffer, d.bytes.byteOffset, d.bytes.byteLength).toString('base64'),
  }));
  // Level 1: a payload is written once and read once or twice; speed matters more than size.
  return deflateSync(JSON.stringify({ documents, now: payload.now, skip: payload.skip }), { level: 1 });
}

export function decodeIngestPayload(data: Buffer): IngestJobPayload {
  const parsed = JSON.parse(inflateSync(data).toString('utf8')) as { documents: EncodedDocument[]; now: string; skip?: AnalysisStage[] };
  return {
    now: parsed.now,
    skip: parsed.skip,
    documents: parsed.documents.map((d) => ({ ...d, bytes: new Uint8Array(Buffer.from(d.bytes, 'base64')) })),
  };
}

/** The serialized size of a document in a payload, before compression (base64 grows bytes by 4/3). */
export function encodedSize(document: RawDocument): number {
  return Math.ceil(document.bytes.byteLength * 4 / 3) + document.origin.length + 200;
}
