// Pull-style reading over a stream of byte chunks, with the absolute offset of every byte: a WARC
// reader needs "read up to the blank line", "read exactly N bytes", "skip N bytes" and where a
// record began. Bodies are gathered chunk by chunk and joined once, never re-copied per chunk.

export class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private ended = false;
  /** Offset of the first unread byte in the stream. */
  position = 0;
  /** The byte just before `position`, for "does this start a line". */
  private previousByte = 0x0a;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  /** Appends the next chunk to the buffer; false at the end of the stream. */
  private async pull(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.source.next();
    if (next.done) { this.ended = true; return false; }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    return true;
  }

  private consume(n: number): Buffer {
    if (n > 0) this.previousByte = this.buffer[n - 1];
    const taken = this.buffer.subarray(0, n);
    this.buffer = this.buffer.subarray(n);
    this.position += n;
    return taken;
  }

  async atEnd(): Promise<boolean> {
    while (this.buffer.length === 0) if (!(await this.pull())) return true;
    return false;
  }

  /** Up to n bytes without consuming them (fewer at the end of the stream). */
  async peek(n: number): Promise<Buffer> {
    while (this.buffer.length < n) if (!(await this.pull())) break;
    return this.buffer.subarray(0, n);
  }

  /** Consumes bytes while they are in `bytes` (e.g. blank lines between records). */
  async skipWhile(bytes: ReadonlySet<number>): Promise<void> {
    for (;;) {
      let i = 0;
      while (i < this.buffer.length && bytes.has(this.buffer[i])) i++;
      this.consume(i);
      if (this.buffer.length > 0 || !(await this.pull())) return;
    }
  }

  /**
   * The bytes before `delimiter`, without consuming anything. Undefined when the delimiter does
   * not come within maxBytes or before the end.
   */
  async peekUntil(delimiter: Buffer, maxBytes: number): Promise<Buffer | undefined> {
    let searchFrom = 0;
    for (;;) {
      const at = this.buffer.indexOf(delimiter, searchFrom);
      if (at !== -1 && at <= maxBytes) return Buffer.from(this.buffer.subarray(0, at));
      if (this.buffer.length > maxBytes + delimiter.length) return undefined;
      searchFrom = Math.max(0, this.buffer.length - delimiter.length + 1);
      if (!(await this.pull())) return undefined;
    }
  }

  /** Exactly n bytes, or fewer when the stream ends first. */
  async read(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let size = 0;
    while (size < n) {
      if (this.buffer.length === 0 && !(await this.pull())) break;
      const part = this.consume(Math.min(n - size, this.buffer.length));
      parts.push(part);
      size += part.length;
    }
    return parts.length === 1 ? Buffer.from(parts[0]) : Buffer.concat(parts, size);
  }

  /** Discards n bytes without keeping them; returns how many there were. */
  async skip(n: number): Promise<number> {
    let skipped = 0;
    while (skipped < n) {
      if (this.buffer.length === 0 && !(await this.pull())) break;
      skipped += this.consume(Math.min(n - skipped, this.buffer.length)).length;
    }
    return skipped;
  }

  /**
   * Discards bytes until `pattern` starts a line (or the stream ends); the pattern is not consumed.
   * How a reader finds the next record after a damaged one (skip a byte of the damaged one first).
   */
  async skipToLineStarting(pattern: Buffer): Promise<boolean> {
    for (;;) {
      let from = 0;
      for (;;) {
        const at = this.buffer.indexOf(pattern, from);
        if (at === -1) break;
        if ((at === 0 ? this.previousByte : this.buffer[at - 1]) === 0x0a) {
          this.consume(at);
          return true;
        }
        from = at + 1;
      }
      // Keep a tail that may hold the start of the pattern and its preceding newline.
      this.consume(Math.max(0, this.buffer.length - pattern.length));
      if (!(await this.pull())) {
        this.consume(this.buffer.length);
        return false;
      }
    }
  }
}
