// Scores the dedup engine on the hand-labelled pairs (pairs.tsv; see README.md):
//   node --import tsx eval/dedup/score.ts
// Last line: dedup precision=P recall=R purity=U pairs=N
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DuplicateIndex, StoryClusterer, fingerprint } from '../../src/dedup/index.ts';
import { loadSaudiNewsNet, toDedupInput } from './saudinewsnet.ts';
import { SAMPLE_DAYS } from './sample-days.ts';

export type PairLabel = 'duplicate' | 'same-story' | 'different';
export interface LabelledPair { a: string; b: string; label: PairLabel }

export interface DedupScore {
  precision: number; recall: number; purity: number; storyRecall: number; pairs: number;
  truePositives: number; falsePositives: number; falseNegatives: number;
  errors: Array<{ a: string; b: string; label: PairLabel; predictedDuplicate: boolean; sameStory: boolean }>;
}

const PAIRS_FILE = fileURLToPath(new URL('./pairs.tsv', import.meta.url));

export function readPairs(path = PAIRS_FILE): LabelledPair[] {
  const lines = readFileSync(path, 'utf8').split('\n').slice(1).filter((line) => line.trim() !== '');
  return lines.map((line) => {
    const [a, b, label] = line.split('\t');
    if (label !== 'duplicate' && label !== 'same-story' && label !== 'different') throw new Error(`pairs.tsv: bad label in line: ${line}`);
    return { a, b, label };
  });
}

/** Runs fingerprint → DuplicateIndex → StoryClusterer over the sampled days in time order. */
export function runEngine(days = SAMPLE_DAYS): { duplicates: DuplicateIndex; stories: StoryClusterer } {
  const duplicates = new DuplicateIndex();
  const stories = new StoryClusterer();
  for (const record of loadSaudiNewsNet({ days })) {
    const input = toDedupInput(record);
    const fp = fingerprint(input);
    const match = duplicates.add(input, fp);
    stories.assign(input, fp, { duplicateOf: match?.matchedId });
  }
  return { duplicates, stories };
}

export function scorePairs(pairs: LabelledPair[], engine: { duplicates: DuplicateIndex; stories: StoryClusterer }): DedupScore {
  let tp = 0, fp = 0, fn = 0, sameStoryPredicted = 0, sameStoryCorrect = 0, relatedLabelled = 0, relatedFound = 0;
  const errors: DedupScore['errors'] = [];
  for (const pair of pairs) {
    const originalA = engine.duplicates.originalOf(pair.a);
    const originalB = engine.duplicates.originalOf(pair.b);
    if (originalA === undefined || originalB === undefined) throw new Error(`article not in the engine run: ${originalA === undefined ? pair.a : pair.b}`);
    const predictedDuplicate = originalA === originalB;
    const sameStory = engine.stories.storyOf(pair.a) === engine.stories.storyOf(pair.b);
    const isDuplicate = pair.label === 'duplicate';
    const isRelated = pair.label !== 'different';
    if (predictedDuplicate && isDuplicate) tp++;
    if (predictedDuplicate && !isDuplicate) fp++;
    if (!predictedDuplicate && isDuplicate) fn++;
    if (sameStory) { sameStoryPredicted++; if (isRelated) sameStoryCorrect++; }
    if (isRelated) { relatedLabelled++; if (sameStory) relatedFound++; }
    if (predictedDuplicate !== isDuplicate || sameStory !== isRelated) errors.push({ ...pair, predictedDuplicate, sameStory });
  }
  return {
    precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), purity: ratio(sameStoryCorrect, sameStoryPredicted),
    storyRecall: ratio(relatedFound, relatedLabelled), pairs: pairs.length, truePositives: tp, falsePositives: fp, falseNegatives: fn, errors,
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function main(): void {
  const started = performance.now();
  const score = scorePairs(readPairs(), runEngine());
  const verbose = process.argv.includes('--errors');
  if (verbose) for (const e of score.errors) console.log(`${e.label}\tdup=${e.predictedDuplicate}\tstory=${e.sameStory}\t${e.a}\t${e.b}`);
  console.log(`duplicates: tp=${score.truePositives} fp=${score.falsePositives} fn=${score.falseNegatives}`);
  console.log(`stories: purity=${score.purity.toFixed(3)} story-recall=${score.storyRecall.toFixed(3)}`);
  console.log(`engine run over ${SAMPLE_DAYS.join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`dedup precision=${score.precision.toFixed(3)} recall=${score.recall.toFixed(3)} purity=${score.purity.toFixed(3)} pairs=${score.pairs}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
