// The unlabelled corpus the lexicon is learned from: SaudiNewsNet's zips (each one JSON array of
// articles), read into one array of word ids so later passes are cheap.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { foldWord } from './normalize.ts';
import { tokenize } from './tokenize.ts';

export interface WordCorpus {
  /** Folded word of each id. */
  words: string[];
  idOf: Map<string, number>;
  /** Word ids in text order; −1 separates articles. */
  stream: Int32Array;
  counts: Int32Array;
  articles: number;
}

export const ARTICLE_BREAK = -1;

export function readArticleTexts(directory: string, onText: (text: string) => void): number {
  const files = readdirSync(directory).filter((name) => name.endsWith('.zip')).sort();
  let articles = 0;
  for (const file of files) {
    const entries = unzipSync(new Uint8Array(readFileSync(join(directory, file))));
    for (const bytes of Object.values(entries)) {
      const records = JSON.parse(new TextDecoder().decode(bytes)) as Array<{ title?: string; content?: string }>;
      for (const record of records) {
        onText(`${record.title ?? ''}\n\n${record.content ?? ''}`);
        articles++;
      }
    }
  }
  return articles;
}

export function readWordCorpus(directory: string): WordCorpus {
  const words: string[] = [];
  const idOf = new Map<string, number>();
  let stream = new Int32Array(1 << 24);
  let length = 0;
  const push = (id: number) => {
    if (length === stream.length) { const grown = new Int32Array(stream.length * 2); grown.set(stream); stream = grown; }
    stream[length++] = id;
  };
  const articles = readArticleTexts(directory, (text) => {
    for (const token of tokenize(text)) {
      const folded = foldWord(token.text);
      let id = idOf.get(folded);
      if (id === undefined) { id = words.length; words.push(folded); idOf.set(folded, id); }
      push(id);
    }
    push(ARTICLE_BREAK);
  });
  const counts = new Int32Array(words.length);
  for (let i = 0; i < length; i++) if (stream[i] >= 0) counts[stream[i]]++;
  return { words, idOf, stream: stream.subarray(0, length), counts, articles };
}
