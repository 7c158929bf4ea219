// What the tagger knows about words from unlabelled text, as a lookup: clusters, frequency
// buckets, mined name lists. Stored as gzipped TSV lines `word  bucket  clusters  lists`.
import { gunzipSync, gzipSync } from 'node:zlib';
import type { WordLexicon } from './features.ts';

export interface LexiconEntry {
  bucket: number;
  clusters?: readonly number[];
  lists?: string;
}

export class Lexicon implements WordLexicon {
  constructor(private readonly entries: ReadonlyMap<string, LexiconEntry>) {}

  get size(): number {
    return this.entries.size;
  }

  clustersOf(word: string): readonly number[] | undefined {
    return this.entries.get(word)?.clusters;
  }

  frequencyBucketOf(word: string): number {
    return this.entries.get(word)?.bucket ?? 0;
  }

  listsOf(word: string): string {
    return this.entries.get(word)?.lists ?? '';
  }

  entryOf(word: string): LexiconEntry | undefined {
    return this.entries.get(word);
  }

  /** The words whose frequency bucket is at least `bucket`. */
  wordsFromBucket(bucket: number): Set<string> {
    const words = new Set<string>();
    for (const [word, entry] of this.entries) if (entry.bucket >= bucket) words.add(word);
    return words;
  }

  /** A copy whose mined lists are these (words the lists name but the corpus counts lack are added). */
  withLists(lists: ReadonlyMap<string, string>): Lexicon {
    const entries = new Map<string, LexiconEntry>();
    for (const [word, entry] of this.entries) entries.set(word, { bucket: entry.bucket, clusters: entry.clusters });
    for (const [word, list] of lists) {
      const entry = entries.get(word);
      if (entry) entry.lists = list;
      else entries.set(word, { bucket: 0, lists: list });
    }
    return new Lexicon(entries);
  }

  serialize(): Buffer {
    const lines: string[] = [];
    for (const [word, entry] of this.entries) {
      lines.push(`${word}\t${entry.bucket}\t${entry.clusters?.join(',') ?? ''}\t${entry.lists ?? ''}`);
    }
    return gzipSync(Buffer.from(lines.join('\n'), 'utf8'), { level: 9 });
  }

  static deserialize(gzipped: Uint8Array): Lexicon {
    const entries = new Map<string, LexiconEntry>();
    for (const line of gunzipSync(gzipped).toString('utf8').split('\n')) {
      const [word, bucket, clusters, lists] = line.split('\t');
      if (!word) continue;
      entries.set(word, {
        bucket: Number(bucket),
        clusters: clusters ? clusters.split(',').map(Number) : undefined,
        lists: lists || undefined,
      });
    }
    return new Lexicon(entries);
  }
}

/** Roughly log2 of a count, capped: rare words (often foreign names) stand apart from common ones. */
export function frequencyBucket(count: number): number {
  return count <= 0 ? 0 : Math.min(16, 1 + Math.floor(Math.log2(count)));
}
