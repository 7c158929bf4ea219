// Recognition throughput on SaudiNewsNet text: tokens per second on one core, model load excluded.
import { resolve } from 'node:path';
import { EntityRecognizer } from '../src/analyze/entities/recognizer.ts';
import { readArticleTexts } from '../src/analyze/entities/corpus.ts';
import { tokenize } from '../src/analyze/entities/tokenize.ts';

const ARTICLES = 3000;

export default async function bench(): Promise<void> {
  const texts: string[] = [];
  readArticleTexts(resolve(process.cwd(), '../shared/data/saudinewsnet'), (text) => { if (texts.length < ARTICLES) texts.push(text); });
  const recognizer = EntityRecognizer.load();
  const tokens = texts.reduce((n, text) => n + tokenize(text).length, 0);
  recognizer.recognize(texts[0]);
  const started = process.hrtime.bigint();
  let mentions = 0;
  for (const text of texts) mentions += recognizer.recognize(text).length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`ner articles=${texts.length} tokens=${tokens} mentions=${mentions} seconds=${seconds.toFixed(2)} tokens_per_second=${Math.round(tokens / seconds)} articles_per_second=${Math.round(texts.length / seconds)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await bench();
