// Recognition throughput on SaudiNewsNet text, one core: tokens per CPU-second of
// recognizeEntities (tagging, completion, roles and in-article resolution), model load excluded.
// CPU time, not wall time: the machine is shared. "cold" is the first articles a fresh recogniser
// sees; "warm" is unseen articles after it has tagged WARM_UP others (as in a long ingest).
import { resolve } from 'node:path';
import { EntityRecognizer, recognizeEntities } from '../src/analyze/entities/index.ts';
import { readArticleTexts } from '../src/analyze/entities/corpus.ts';
import { tokenize } from '../src/analyze/entities/tokenize.ts';
import type { Article } from '../src/core/types.ts';

const WARM_UP = 2000;
const MEASURED = 3000;

const articleOf = (text: string): Article =>
  ({ id: 'bench', title: '', authors: [], language: 'ar', paragraphs: [text], text, diagnostics: [] });

function cpuSeconds(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

export default async function bench(): Promise<void> {
  const texts: string[] = [];
  readArticleTexts(resolve(process.cwd(), '../shared/data/saudinewsnet'), (text) => {
    if (texts.length < WARM_UP + MEASURED) texts.push(text);
  });
  const measured = texts.slice(WARM_UP).map(articleOf);
  const warmUp = texts.slice(0, WARM_UP).map(articleOf);
  const tokens = measured.reduce((n, article) => n + tokenize(article.text).length, 0);
  let mentions = 0;
  const run = (recognizer: EntityRecognizer) => () => {
    for (const article of measured) mentions += recognizeEntities(article, recognizer).length;
  };
  const cold = cpuSeconds(run(EntityRecognizer.load()));
  const warmed = EntityRecognizer.load();
  for (const article of warmUp) recognizeEntities(article, warmed);
  const warm = cpuSeconds(run(warmed));
  console.log(`ner articles=${measured.length} tokens=${tokens} mentions=${mentions / 2}`
    + ` cold_cpu_seconds=${cold.toFixed(2)} cold_tokens_per_second=${Math.round(tokens / cold)}`
    + ` warm_cpu_seconds=${warm.toFixed(2)} warm_tokens_per_second=${Math.round(tokens / warm)}`
    + ` warm_articles_per_second=${Math.round(measured.length / warm)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await bench();
