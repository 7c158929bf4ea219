// Scoring as the trafilatura benchmark does it: a `With` snippet found in the output is a true
// positive (else a false negative); a `Without` snippet found is a false positive (else a true
// negative). Matching is on whitespace-normalised text.

import type { GoldPage } from './dataset.ts';

export interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export interface ExtractorOutput {
  text: string;
  title?: string;
  date?: string;
  authors?: string[];
}

export interface MetadataTally {
  titleRight: number;
  titleGold: number;
  dateRight: number;
  dateGold: number;
  authorsRight: number;
  /** Pages where an author we gave is not among the gold ones. */
  authorsWrong: number;
  authorsGold: number;
}

export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function countSnippets(gold: GoldPage, output: string): Counts {
  const text = normaliseSpace(output);
  const counts: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const snippet of gold.with) {
    if (text.includes(normaliseSpace(snippet))) counts.tp += 1;
    else counts.fn += 1;
  }
  for (const snippet of gold.without) {
    if (text.includes(normaliseSpace(snippet))) counts.fp += 1;
    else counts.tn += 1;
  }
  return counts;
}

export function addCounts(total: Counts, page: Counts): void {
  total.tp += page.tp;
  total.fn += page.fn;
  total.fp += page.fp;
  total.tn += page.tn;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export function scores(counts: Counts): Scores {
  const precision = counts.tp + counts.fp === 0 ? 0 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 0 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function emptyTally(): MetadataTally {
  return { titleRight: 0, titleGold: 0, dateRight: 0, dateGold: 0, authorsRight: 0, authorsWrong: 0, authorsGold: 0 };
}

const foldName = (s: string) => normaliseSpace(s).toLowerCase();

export function tallyMetadata(tally: MetadataTally, gold: GoldPage, output: ExtractorOutput): void {
  if (gold.title) {
    tally.titleGold += 1;
    if (output.title && foldName(output.title) === foldName(gold.title)) tally.titleRight += 1;
  }
  if (gold.date) {
    tally.dateGold += 1;
    if (output.date && output.date.slice(0, 10) === gold.date.slice(0, 10)) tally.dateRight += 1;
  }
  if (gold.authors && gold.authors.length > 0) {
    tally.authorsGold += 1;
    const expected = new Set(gold.authors.map(foldName));
    const got = (output.authors ?? []).map(foldName);
    if (got.length === expected.size && got.every((a) => expected.has(a))) tally.authorsRight += 1;
    if (got.some((a) => !expected.has(a))) tally.authorsWrong += 1;
  }
}
