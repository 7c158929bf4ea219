// Quote precision, recall and speaker accuracy on our annotated SaudiNewsNet articles.
//   node --import tsx eval/quotes/score.ts [--dataset DIR] [--entities] [--holdout] [--verbose]
// Last line: quotes precision=P recall=R speaker=S articles=N
import { resolve } from 'node:path';
import { findQuotes } from '../../src/analyze/quotes/index.ts';
import { recognizeEntities } from '../../src/analyze/entities/index.ts';
import type { Article } from '../../src/core/types.ts';
import { readAnnotations, loadDatasetArticles, scoreAll, MIN_GOLD_OVERLAP, ANNOTATIONS_PATH, HOLDOUT_PATH, type QuoteScore } from './scoring.ts';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function printErrors(score: QuoteScore): void {
  for (const detail of score.details) {
    const matchedGold = new Set(detail.pairs.map(([g]) => g));
    const matchedPredicted = new Set(detail.pairs.map(([, p]) => p));
    const lines: string[] = [];
    detail.gold.forEach((g, i) => { if (!matchedGold.has(i)) lines.push(`  missed ${g.direct ? 'D' : 'I'} [${g.start},${g.end}) speaker=${g.speaker}`); });
    detail.predicted.forEach((p, i) => { if (!matchedPredicted.has(i)) lines.push(`  extra  ${p.direct ? 'D' : 'I'} [${p.start},${p.end}) cue=${p.cue ?? ''} speaker=${p.speaker?.canonical ?? ''}: ${p.text.slice(0, 70)}`); });
    detail.pairs.forEach(([g, p], k) => {
      if (!detail.speakerRight[k]) lines.push(`  speaker [${detail.gold[g].start},${detail.gold[g].end}) gold=${detail.gold[g].speaker} got=${detail.predicted[p].speaker?.canonical ?? ''} / ${detail.predicted[p].speaker?.text ?? ''}`);
    });
    if (lines.length > 0) console.log(`${detail.url}\n${lines.join('\n')}`);
  }
}

const datasetDir = argument('--dataset') ?? resolve(process.cwd(), '../shared/data/saudinewsnet');
// --holdout: the 17 articles annotated after development (eval/quotes/holdout.jsonl), never used to tune.
const annotations = readAnnotations(process.argv.includes('--holdout') ? HOLDOUT_PATH : ANNOTATIONS_PATH);
const articles = loadDatasetArticles(datasetDir, annotations);
// --entities: speakers resolved through the entity recogniser (src/analyze/entities), as in the pipeline.
const withEntities = process.argv.includes('--entities');
const score = scoreAll(annotations, articles, (article) => findQuotes(article.content, {
  title: article.title,
  entities: withEntities ? recognizeEntities({ text: article.content } as Article) : undefined,
}));
if (process.argv.includes('--verbose')) printErrors(score);
console.log(`gold ${score.gold} predicted ${score.predicted} matched ${score.matched} (a match covers >= ${MIN_GOLD_OVERLAP * 100}% of the gold span) speakers right ${score.speakerRight}`);
console.log(`quotes precision=${score.precision.toFixed(3)} recall=${score.recall.toFixed(3)} speaker=${score.speaker.toFixed(3)} articles=${score.articles}`);
