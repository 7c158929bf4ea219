// Bytes → text. The order follows the WHATWG sniffing algorithm (BOM, then HTTP, then <meta>),
// with one addition that real Arabic sites need: a declaration the bytes contradict is overruled
// by detection, and said so in a diagnostic.

import type { Diagnostic } from '../../core/types.ts';
import { MarsadError } from '../../core/errors.ts';
import { sniffBom } from './bom.ts';
import { charsetFromContentType, charsetFromMarkup, normaliseLabel } from './declared.ts';
import { looksBinary, sniffUtf16 } from './binary.ts';
import { checkUtf8, detectSingleByte } from './detect.ts';
import { MojibakeDetector } from './mojibake.ts';

export interface DecodeHints {
  /** The HTTP Content-Type header, when the bytes came over HTTP. */
  contentType?: string;
  /** A charset the caller knows (a RawDocument's `charset`); treated like the HTTP one. */
  declaredCharset?: string;
}

export interface DecodeResult {
  text: string;
  /** The WHATWG name of the charset used (`utf-8`, `windows-1256`, …). */
  charset: string;
  confidence: 'declared' | 'bom' | 'detected';
  diagnostics: Diagnostic[];
  mojibake: boolean;
}

const STAGE = 'decode';

export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): DecodeResult {
  if (bytes.length === 0) throw new MarsadError('empty_input', 'the input is empty');
  const diagnostics: Diagnostic[] = [];
  const bom = sniffBom(bytes);
  const utf16 = bom?.charset.startsWith('utf-16') ? bom.charset : sniffUtf16(bytes);
  const binary = looksBinary(bytes, utf16 !== undefined);
  if (binary.binary) throw new MarsadError('binary_input', `not a text or HTML file (${binary.reason})`);

  const chosen = chooseCharset(bytes, hints, bom, utf16, diagnostics);
  const body = bom && bom.charset === chosen.charset ? bytes.subarray(bom.length) : bytes;
  const text = chosen.text ?? new TextDecoder(chosen.charset).decode(body);

  // Judge what a reader would see: mojibake inside a script string or a URL attribute is the
  // page's own business, not the article's.
  const report = new MojibakeDetector().inspect(readableText(text));
  if (report.mojibake) {
    diagnostics.push({
      code: 'decode.mojibake',
      severity: 'error',
      stage: STAGE,
      message: `text looks mis-decoded (${report.pairs} mojibake pairs, ${report.replacementChars} replacement characters) after reading it as ${chosen.charset}`,
    });
  } else if (report.replacementChars > 0) {
    diagnostics.push({
      code: 'decode.replacement_chars',
      severity: 'warning',
      stage: STAGE,
      message: `${report.replacementChars} bytes could not be read as ${chosen.charset}`,
    });
  }
  return { text, charset: chosen.charset, confidence: chosen.confidence, diagnostics, mojibake: report.mojibake };
}

const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<[^>]*>/g;

function readableText(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(SCRIPT_OR_STYLE, ' ').replace(TAG, ' ');
}

interface Choice {
  charset: string;
  confidence: DecodeResult['confidence'];
  /** Set when detection already decoded the bytes. */
  text?: string;
}

function chooseCharset(
  bytes: Uint8Array,
  hints: DecodeHints,
  bom: ReturnType<typeof sniffBom>,
  utf16: string | undefined,
  diagnostics: Diagnostic[],
): Choice {
  if (bom) return { charset: bom.charset, confidence: 'bom' };
  if (utf16) return { charset: utf16, confidence: 'detected' };

  const declared = declaredCharset(bytes, hints, diagnostics);
  const utf8 = checkUtf8(bytes);
  if (declared) {
    const contradiction = contradicts(declared, utf8);
    if (!contradiction) return { charset: declared, confidence: 'declared' };
    diagnostics.push({ code: 'decode.charset_mismatch', severity: 'warning', stage: STAGE, message: contradiction });
  }
  if (utf8.valid) return { charset: 'utf-8', confidence: 'detected' };
  const detection = detectSingleByte(bytes);
  return { charset: detection.charset, confidence: 'detected', text: detection.text };
}

function declaredCharset(bytes: Uint8Array, hints: DecodeHints, diagnostics: Diagnostic[]): string | undefined {
  const sources: Array<{ label: string | undefined; fromMarkup: boolean; where: string }> = [
    { label: hints.declaredCharset, fromMarkup: false, where: 'the caller' },
    { label: charsetFromContentType(hints.contentType), fromMarkup: false, where: 'Content-Type' },
    { label: charsetFromMarkup(bytes), fromMarkup: true, where: '<meta>' },
  ];
  for (const source of sources) {
    if (!source.label) continue;
    const charset = normaliseLabel(source.label, source.fromMarkup);
    if (charset) return charset;
    diagnostics.push({
      code: 'decode.unknown_charset',
      severity: 'warning',
      stage: STAGE,
      message: `${source.where} declares charset "${source.label}", which is not a known encoding`,
    });
  }
  return undefined;
}

/** Why the bytes cannot be in the declared charset, or undefined when they can. */
function contradicts(declared: string, utf8: ReturnType<typeof checkUtf8>): string | undefined {
  if (declared === 'utf-8') {
    return utf8.valid ? undefined : `declared UTF-8 but ${utf8.malformed} byte sequences are not UTF-8`;
  }
  // Valid multi-byte UTF-8 is vanishingly rare in genuine single-byte text, and reading it
  // as the declared charset would store mojibake.
  const singleByte = !declared.startsWith('utf-16') && new TextDecoder(declared).encoding !== 'utf-8';
  if (singleByte && utf8.malformed === 0 && utf8.multibyte >= 2) {
    return `declared ${declared} but the bytes are valid UTF-8 (${utf8.multibyte} multi-byte characters)`;
  }
  return undefined;
}
