// `marsad eval ner --conll FILE`: entity recognition quality, CoNLL exact match, on `token TAG`
// lines (ANERcorp: BIO over PERS/LOC/ORG/MISC; PER accepted; sentence breaks optional).
import { existsSync, readFileSync } from 'node:fs';
import { MarsadError } from '../../core/errors.ts';
import { ExactMatchScorer, parseConll } from '../../analyze/entities/conll.ts';
import { EntityRecognizer } from '../../analyze/entities/recognizer.ts';
import { pseudoDocuments } from '../../analyze/entities/split.ts';

export interface NerEvaluation {
  precision: number;
  recall: number;
  f1: number;
  entities: number;
  byType: Record<string, { precision: number; recall: number; f1: number; gold: number }>;
}

/** Scores the recogniser on a CoNLL file; runs of sentences stand in for documents (split.ts). */
export function evaluateNer(content: string, recognizer: EntityRecognizer): NerEvaluation {
  const scorer = new ExactMatchScorer();
  for (const document of pseudoDocuments(parseConll(content))) {
    const predicted = recognizer.tagSentences(document.map((s) => s.tokens));
    document.forEach((s, i) => scorer.add(s.labels, predicted[i]));
  }
  const score = scorer.score();
  const byType = Object.fromEntries(Object.entries(scorer.scoreByType())
    .map(([type, s]) => [type, { precision: s.precision, recall: s.recall, f1: s.f1, gold: s.gold }]));
  return { precision: score.precision, recall: score.recall, f1: score.f1, entities: score.gold, byType };
}

export async function run(args: string[]): Promise<number> {
  const at = args.indexOf('--conll');
  const file = at >= 0 ? args[at + 1] : undefined;
  if (!file || file.startsWith('--')) throw new MarsadError('usage', 'usage: marsad eval ner --conll FILE');
  if (!existsSync(file)) throw new MarsadError('not_found', 'no such file', file);
  const result = evaluateNer(readFileSync(file, 'utf8'), EntityRecognizer.load());
  for (const [type, s] of Object.entries(result.byType)) {
    console.log(`${type} precision=${s.precision.toFixed(3)} recall=${s.recall.toFixed(3)} f1=${s.f1.toFixed(3)} entities=${s.gold}`);
  }
  console.log(`ner precision=${result.precision.toFixed(3)} recall=${result.recall.toFixed(3)} f1=${result.f1.toFixed(3)} entities=${result.entities}`);
  return 0;
}
