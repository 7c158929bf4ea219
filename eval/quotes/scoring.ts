// Scores the quote finder against our annotations of SaudiNewsNet articles (eval/quotes/README.md).
// Shared by the command (eval/quotes/score.ts) and the quality floor test in src/analyze/quotes.
import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { foldForSearch } from '../../src/text/index.ts';
import type { Quote } from '../../src/core/types.ts';

export interface GoldQuote {
  start: number;
  end: number;
  direct: boolean;
  speaker: string;
}

export interface AnnotatedArticle {
  url: string;
  source: string;
  zip: string;
  contentSha1: string;
  quotes: GoldQuote[];
}

export interface DatasetArticle {
  url: string;
  title: string;
  content: string;
}

export interface QuoteScore {
  articles: number;
  gold: number;
  predicted: number;
  matched: number;
  speakerRight: number;
  precision: number;
  recall: number;
  speaker: number;
  /** Per-article details, for reports. */
  details: ArticleResult[];
}

export interface ArticleResult {
  url: string;
  gold: GoldQuote[];
  predicted: Quote[];
  /** Pairs [gold index, predicted index] that matched. */
  pairs: [number, number][];
  speakerRight: boolean[];
}

/** A predicted quote matches a gold quote when it covers at least this share of the gold span. */
export const MIN_GOLD_OVERLAP = 0.5;

export const ANNOTATIONS_PATH = new URL('./annotations.jsonl', import.meta.url);
export const HOLDOUT_PATH = new URL('./holdout.jsonl', import.meta.url);

export function readAnnotations(path: URL | string = ANNOTATIONS_PATH): AnnotatedArticle[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as AnnotatedArticle & { header?: boolean })
    .filter((record) => !record.header);
}

export function contentSha1(content: string): string {
  return createHash('sha1').update(content).digest('hex').slice(0, 16);
}

/** Loads the annotated articles from the SaudiNewsNet zips (content NFC-normalised, as annotated). */
export function loadDatasetArticles(datasetDir: string, annotations: readonly AnnotatedArticle[]): Map<string, DatasetArticle> {
  const wanted = new Set(annotations.map((a) => a.url));
  const articles = new Map<string, DatasetArticle>();
  for (const zip of new Set(annotations.map((a) => a.zip))) {
    const path = join(datasetDir, zip);
    if (!existsSync(path)) throw new Error(`missing dataset file ${path}`);
    for (const data of Object.values(unzipSync(readFileSync(path)))) {
      for (const record of JSON.parse(strFromU8(data)) as { url: string; title?: string; content: string }[]) {
        if (wanted.has(record.url)) articles.set(record.url, { url: record.url, title: record.title ?? '', content: record.content.normalize('NFC') });
      }
    }
  }
  return articles;
}

/** Folded name words without the article: "القائم بالأعمال" and "القائم بالاعمال" agree. */
export function nameWords(name: string): string[] {
  return foldForSearch(name).split(/[\s\p{P}\p{S}]+/u).filter(Boolean)
    .map((word) => (word.length > 4 && (word.startsWith('ال') || word.startsWith('وال')) ? word.slice(word.indexOf('ال') + 2) : word));
}

/** A predicted speaker may hold the gold name plus at most this many words (a role, a title). */
export const MAX_EXTRA_SPEAKER_WORDS = 2;

/**
 * Partial-name tolerance: the predicted name's words are all among the gold's ("السراج" ~
 * "فايز السراج"), or the gold's are all among the predicted's with at most
 * MAX_EXTRA_SPEAKER_WORDS more ("نادي استون فيلا الانكليزي" ~ "استون فيلا").
 */
export function sameSpeaker(gold: string, predicted: string | undefined): boolean {
  if (!predicted) return false;
  const g = nameWords(gold);
  const p = nameWords(predicted);
  if (g.length === 0 || p.length === 0) return false;
  if (p.every((word) => g.includes(word))) return true;
  return g.every((word) => p.includes(word)) && p.length - g.length <= MAX_EXTRA_SPEAKER_WORDS;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function scoreArticle(url: string, gold: GoldQuote[], predicted: Quote[]): ArticleResult {
  const candidates: { g: number; p: number; share: number }[] = [];
  gold.forEach((g, gi) => predicted.forEach((p, pi) => {
    const share = overlap(g, p) / Math.max(1, g.end - g.start);
    if (share >= MIN_GOLD_OVERLAP) candidates.push({ g: gi, p: pi, share });
  }));
  candidates.sort((a, b) => b.share - a.share);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { g, p } of candidates) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue;
    usedGold.add(g);
    usedPredicted.add(p);
    pairs.push([g, p]);
  }
  const speakerRight = pairs.map(([g, p]) => {
    const speaker = predicted[p].speaker;
    return sameSpeaker(gold[g].speaker, speaker?.canonical) || sameSpeaker(gold[g].speaker, speaker?.text);
  });
  return { url, gold, predicted, pairs, speakerRight };
}

export function scoreAll(
  annotations: readonly AnnotatedArticle[],
  articles: ReadonlyMap<string, DatasetArticle>,
  find: (article: DatasetArticle) => Quote[],
): QuoteScore {
  const details: ArticleResult[] = [];
  for (const annotated of annotations) {
    const article = articles.get(annotated.url);
    if (!article) throw new Error(`article not in the dataset: ${annotated.url}`);
    if (contentSha1(article.content) !== annotated.contentSha1) throw new Error(`article content differs from the annotated copy: ${annotated.url}`);
    details.push(scoreArticle(annotated.url, annotated.quotes, find(article)));
  }
  const gold = details.reduce((sum, d) => sum + d.gold.length, 0);
  const predicted = details.reduce((sum, d) => sum + d.predicted.length, 0);
  const matched = details.reduce((sum, d) => sum + d.pairs.length, 0);
  const speakerRight = details.reduce((sum, d) => sum + d.speakerRight.filter(Boolean).length, 0);
  return {
    articles: details.length, gold, predicted, matched, speakerRight,
    precision: predicted === 0 ? 0 : matched / predicted,
    recall: gold === 0 ? 0 : matched / gold,
    speaker: matched === 0 ? 0 : speakerRight / matched,
    details,
  };
}
