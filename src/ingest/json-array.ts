// A JSON file whose top level is an array of records (SaudiNewsNet's dumps are 12 MB each) is
// split into its elements' bytes as the chunks arrive, so the file is never held, decoded or
// parsed whole: memory stays at one record whatever the file's size. Each element is then
// decoded and parsed on its own, so one bad record costs only itself.
//
// The splitter only tracks what it must to find the elements' ends (strings, escapes, nesting);
// JSON.parse checks each element properly. Between elements it allows whitespace and one comma.

/** One element of the array: its bytes, or its size when it was over the limit (not kept). */
export interface JsonArrayElement {
  index: number;
  bytes?: Uint8Array;
  tooLargeBytes?: number;
}

/** The text is not an array of elements as JSON writes one (a missing bracket, a stray byte). */
export class JsonArrayShapeError extends Error {}

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

type State = 'start' | 'first' | 'next' | 'element' | 'after' | 'end' | 'not-array';

export class JsonArraySplitter {
  private state: State = 'start';
  private offset = 0;
  private bomBytesRead = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private index = 0;
  /** The current element's bytes so far (views into the chunks, joined when it ends). */
  private pieces: Uint8Array[] = [];
  private pendingBytes = 0;
  private failure: JsonArrayShapeError | undefined;

  /** @param maxElementBytes elements larger than this are counted, not kept */
  constructor(private readonly maxElementBytes: number) {}

  /** False once the text turned out not to start with `[` (the caller parses it whole instead). */
  get isArray(): boolean {
    return this.state !== 'not-array';
  }

  /** True once the array's closing bracket was read. */
  get closed(): boolean {
    return this.state === 'end';
  }

  /** The elements completed by this chunk. A malformed array throws JsonArrayShapeError from the
   *  next push() or finish(), once the elements before the fault have been returned. */
  push(chunk: Uint8Array): JsonArrayElement[] {
    if (this.failure) throw this.failure;
    const elements: JsonArrayElement[] = [];
    let elementStart = -1;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      switch (this.state) {
        case 'start':
          // A UTF-8 byte order mark may open the text.
          if (this.offset + i === this.bomBytesRead && byte === UTF8_BOM[this.bomBytesRead]) {
            this.bomBytesRead++;
            continue;
          }
          if (isWhitespace(byte)) continue;
          if (byte !== OPEN_BRACKET) { this.state = 'not-array'; return elements; }
          this.state = 'first';
          continue;
        case 'first':
        case 'next':
          if (isWhitespace(byte)) continue;
          if (byte === CLOSE_BRACKET) {
            if (this.state === 'next') return this.fail(elements, i, 'a comma before the closing bracket');
            this.state = 'end';
            continue;
          }
          if (byte === COMMA) return this.fail(elements, i, 'an element is missing before a comma');
          this.state = 'element';
          elementStart = i;
          this.depth = 0;
          this.inString = false;
          this.escaped = false;
          i--; // read the element's first byte as part of it
          continue;
        case 'element': {
          if (elementStart < 0) elementStart = i;
          if (this.inString) {
            i = this.skipString(chunk, i) - 1;
            continue;
          }
          if (byte === QUOTE) this.inString = true;
          else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) this.depth++;
          else if ((byte === CLOSE_BRACE || byte === CLOSE_BRACKET) && this.depth > 0) this.depth--;
          else if (this.depth === 0 && (byte === COMMA || byte === CLOSE_BRACKET)) {
            elements.push(this.finishElement(chunk.subarray(elementStart, i)));
            elementStart = -1;
            this.state = byte === COMMA ? 'next' : 'end';
          } else if (this.depth === 0 && byte === CLOSE_BRACE) {
            return this.fail(elements, i, 'a closing brace without its opening one');
          }
          continue;
        }
        case 'end':
          if (!isWhitespace(byte)) return this.fail(elements, i, 'more data after the closing bracket');
          continue;
        default:
          return elements;
      }
    }
    if (this.state === 'element' && elementStart >= 0) this.keep(chunk.subarray(elementStart));
    this.offset += chunk.length;
    return elements;
  }

  /** Checks that the text ended where an array may end. */
  finish(): void {
    if (this.failure) throw this.failure;
    if (this.state === 'end' || this.state === 'not-array') return;
    if (this.state === 'start') throw new JsonArrayShapeError('no JSON value (only whitespace)');
    throw new JsonArrayShapeError(`the array is not closed: the text ends inside element ${this.index + 1}`);
  }

  /**
   * Inside a string from `from`: returns the offset just past its closing quote, or the chunk's
   * length when the string goes on into the next chunk. Strings are most of the bytes (an
   * article's text), so the quote is found by indexOf rather than byte by byte; a quote preceded
   * by an odd run of backslashes is escaped.
   */
  private skipString(chunk: Uint8Array, from: number): number {
    let at = from;
    for (;;) {
      const quote = chunk.indexOf(QUOTE, at);
      const end = quote < 0 ? chunk.length : quote;
      let run = 0;
      while (end - run - 1 >= from && chunk[end - run - 1] === BACKSLASH) run++;
      // The run reaching back to where this scan started continues an escape begun before it.
      if (end - run === from && this.escaped) run++;
      if (quote < 0) {
        this.escaped = run % 2 === 1;
        return chunk.length;
      }
      if (run % 2 === 0) {
        this.escaped = false;
        this.inString = false;
        return quote + 1;
      }
      // An escaped quote: the string goes on after it.
      this.escaped = false;
      from = quote + 1;
      at = quote + 1;
    }
  }

  private keep(piece: Uint8Array): void {
    this.pendingBytes += piece.length;
    if (this.pendingBytes <= this.maxElementBytes) this.pieces.push(piece);
    else this.pieces = [];
  }

  private finishElement(last: Uint8Array): JsonArrayElement {
    this.keep(last);
    const index = this.index++;
    const size = this.pendingBytes;
    const pieces = this.pieces;
    this.pieces = [];
    this.pendingBytes = 0;
    if (size > this.maxElementBytes) return { index, tooLargeBytes: size };
    return { index, bytes: pieces.length === 1 ? pieces[0] : Buffer.concat(pieces) };
  }

  /**
   * Remembers the shape error for the next push() or finish() and returns the elements completed
   * before it, so the records ahead of a malformed spot are not lost with it.
   */
  private fail(elements: JsonArrayElement[], at: number, problem: string): JsonArrayElement[] {
    this.failure = new JsonArrayShapeError(`${problem} at byte ${this.offset + at}`);
    return elements;
  }
}
