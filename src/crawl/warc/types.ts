// What reading a WARC file yields: the HTML pages it holds, and a problem for each record that
// could not be read (named by file and offset, so it can be found with any WARC tool).
import type { MarsadError } from '../../core/errors.ts';

export interface WarcResponse {
  kind: 'response';
  /** `file.warc.gz#<offset>`: the record's offset in the file (its gzip member's, when gzipped). */
  origin: string;
  /** WARC-Target-URI. */
  url: string;
  /** WARC-Date: when the page was fetched. */
  date?: string;
  status: number;
  contentType?: string;
  /** The page's bytes: de-chunked and decompressed. */
  bytes: Uint8Array;
}

export interface WarcProblem {
  kind: 'problem';
  origin: string;
  error: MarsadError;
}

export type WarcItem = WarcResponse | WarcProblem;

/** Counts for the whole file: the generator's return value. */
export interface WarcSummary {
  records: number;
  responses: number;
  problems: number;
}

export interface WarcReadOptions {
  /** How origins name the input; defaults to the path, or `-` for a stream. */
  name?: string;
  /** Per-record cap on the page's bytes; default MAX_DOCUMENT_BYTES. */
  maxBodyBytes?: number;
}
