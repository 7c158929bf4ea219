// Content-Encoding undone as a stream, so the size cap applies to what decompression produces.
import { Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';

/** What we advertise in Accept-Encoding; a server sending anything else is refused. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

export class UnsupportedEncodingError extends Error {
  constructor(encoding: string) {
    super(`the server sent Content-Encoding "${encoding}", which we did not ask for and cannot read`);
    this.name = 'UnsupportedEncodingError';
  }
}

/** Undefined when the body is not encoded. Several encodings are undone last-applied first. */
export function createBodyDecoder(header: string | undefined): Transform | undefined {
  const encodings = (header ?? '').split(',').map((e) => e.trim().toLowerCase()).filter((e) => e && e !== 'identity');
  if (encodings.length === 0) return undefined;
  const stages = encodings.reverse().map(decoderFor);
  if (stages.length === 1) return stages[0];
  for (let i = 0; i < stages.length - 1; i++) stages[i].pipe(stages[i + 1]);
  return chain(stages[0], stages[stages.length - 1]);
}

function decoderFor(encoding: string): Transform {
  // Decompression errors at the very end (a missing gzip trailer) are common and harmless:
  // Z_SYNC_FLUSH hands over what was decoded instead of failing the whole page.
  const lenient = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  if (encoding === 'gzip' || encoding === 'x-gzip') return zlib.createGunzip(lenient);
  if (encoding === 'br') return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
  if (encoding === 'deflate') return new DeflateDecoder();
  throw new UnsupportedEncodingError(encoding);
}

/**
 * "deflate" should be zlib-wrapped (RFC 9110) but some servers send raw deflate; the first byte
 * tells them apart (a zlib header's low nibble is 8, the deflate method).
 */
class DeflateDecoder extends Transform {
  private inner?: zlib.Inflate | zlib.InflateRaw;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (!this.inner) {
      const lenient = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
      this.inner = (chunk[0] & 0x0f) === 8 ? zlib.createInflate(lenient) : zlib.createInflateRaw(lenient);
      this.inner.on('data', (data: Buffer) => this.push(data));
      this.inner.on('error', (error) => this.destroy(error));
    }
    if (this.inner.write(chunk)) callback();
    else this.inner.once('drain', () => callback());
  }

  override _flush(callback: TransformCallback): void {
    if (!this.inner) return callback();
    this.inner.once('end', () => callback());
    this.inner.end();
  }

  override _destroy(error: Error | null, callback: (error: Error | null) => void): void {
    this.inner?.destroy();
    callback(error);
  }
}

/** Writes go to `head`, reads come from `tail`. */
function chain(head: Transform, tail: Transform): Transform {
  const outer = new Transform({
    transform(chunk, _encoding, callback) {
      if (head.write(chunk)) callback();
      else head.once('drain', () => callback());
    },
    flush(callback) {
      tail.once('end', () => callback());
      head.end();
    },
    destroy(error, callback) {
      head.destroy();
      tail.destroy();
      callback(error);
    },
  });
  tail.on('data', (data: Buffer) => outer.push(data));
  for (const stage of [head, tail]) stage.on('error', (error) => outer.destroy(error));
  return outer;
}
