// Byte-order marks: the strongest charset evidence there is (it outranks HTTP and <meta>, as in
// the WHATWG encoding sniffing algorithm).

export interface BomMatch {
  charset: 'utf-8' | 'utf-16le' | 'utf-16be';
  length: number;
}

export function sniffBom(bytes: Uint8Array): BomMatch | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { charset: 'utf-8', length: 3 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return undefined;
}
