// Refuses bytes that are not text at all (an image or archive saved as .html), before any
// decoder turns them into a page of replacement characters.

const SAMPLE_BYTES = 8192;
/** Share of control bytes above which a sample is not text in any charset we read. */
const MAX_CONTROL_SHARE = 0.1;

const MAGIC_NUMBERS: Array<{ name: string; bytes: number[] }> = [
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'WebP/RIFF', bytes: [0x52, 0x49, 0x46, 0x46] },
];

export interface BinaryVerdict {
  binary: boolean;
  reason?: string;
}

/** `utf16` says the caller already knows the bytes are UTF-16, where NULs are expected. */
export function looksBinary(bytes: Uint8Array, utf16: boolean): BinaryVerdict {
  for (const magic of MAGIC_NUMBERS) {
    if (magic.bytes.every((b, i) => bytes[i] === b)) return { binary: true, reason: `looks like ${magic.name} data` };
  }
  if (utf16) return { binary: false };
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const b = sample[i];
    if (b === 0) nul += 1;
    // Tab, LF, FF, CR and ESC (ISO-2022) appear in text; other C0 bytes do not.
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control += 1;
  }
  if (nul > 0) return { binary: true, reason: `${nul} NUL bytes in the first ${sample.length}` };
  if (sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE) {
    return { binary: true, reason: `${control} control bytes in the first ${sample.length}` };
  }
  return { binary: false };
}

/** UTF-16 without a BOM: ASCII markup leaves a NUL in every other byte. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 2048) & ~1);
  if (sample.length < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul += 1;
    if (sample[i + 1] === 0) oddNul += 1;
  }
  const pairs = sample.length / 2;
  // Arabic UTF-16 has no NULs in its code units (06xx), so only require markup-heavy evidence.
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}
