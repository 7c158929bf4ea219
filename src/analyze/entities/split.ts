// The data split and pseudo-documents shared by training, the eval command and the floor test.
import type { TaggedSentence } from './conll.ts';

/** ANERcorp's last ~15% of tokens (whole sentences) is our dev split; the rest trains. */
export const DEV_SHARE = 0.15;

/**
 * ANERcorp has no article breaks, so runs of this many sentences stand in for a document when
 * the second pass looks for a name's other mentions (an article has about as many).
 */
export const SENTENCES_PER_DOCUMENT = 15;

export function splitTrainDev<T extends { tokens: readonly unknown[] }>(sentences: readonly T[]): { train: T[]; dev: T[] } {
  const total = sentences.reduce((n, s) => n + s.tokens.length, 0);
  let seen = 0;
  let cut = 0;
  while (cut < sentences.length && seen < total * (1 - DEV_SHARE)) seen += sentences[cut++].tokens.length;
  return { train: sentences.slice(0, cut), dev: sentences.slice(cut) };
}

export function pseudoDocuments<T>(items: readonly T[], size = SENTENCES_PER_DOCUMENT): T[][] {
  const documents: T[][] = [];
  for (let i = 0; i < items.length; i += size) documents.push(items.slice(i, i + size));
  return documents;
}

export type { TaggedSentence };
